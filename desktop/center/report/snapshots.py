"""The figures a province's chief justice approved for a period, as the center received them.

A bundle whose range approves a period carries ``snapshots.json`` (desktop/sync/payload.py): the frozen figures
and their SHA-256. The center keeps every applied bundle as it was signed, so the snapshot is read back from the
newest applied bundle that carried one for the period — verified again with the province's registered key
(the same check as at ingest, desktop/sync/frame.py) before a byte of it is used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.approvals.snapshot_values import UNBOUNDED_VALUE
from desktop.center.models import CenterBundle, CenterProvinceKey
from desktop.sync import frame
from desktop.sync.errors import SyncError
from desktop.sync.keys import load_public
from desktop.sync.progress_content import SNAPSHOTS_PART, parse_progress

#: Bundles are capped at ingest (desktop/center/service.py); read back under the same caps.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
#: How many of a province's newest applied bundles are searched for a snapshot of the period.
SEARCHED_BUNDLES = 200


@dataclass(frozen=True)
class ApprovedSnapshot:
    period: str
    sha256: str
    approved_by: str
    approved_at: datetime | None
    figures: dict[str, Any]

    def province_value(self, code: str) -> tuple[bool, float | None]:
        """(found, value) of an indicator for the whole province in the approved figures."""
        units = self.figures.get("indicators", {}).get(code, {}).get("province", {})
        if not isinstance(units, dict) or not units:
            return False, None
        first = units[sorted(units)[0]]
        value = first.get("value") if isinstance(first, dict) else None
        if value == UNBOUNDED_VALUE:  # disposition time with nothing disposed of (snapshot version 4)
            return True, math.inf
        return True, value if isinstance(value, int | float) and not isinstance(value, bool) else None

    def province_cases(self, code: str) -> int | None:
        """The cases the province's approved value of an indicator rested on; None when not recorded (before
        version 4 of the figures)."""
        units = self.figures.get("indicators", {}).get(code, {}).get("province", {})
        if not isinstance(units, dict) or not units or not isinstance(units[sorted(units)[0]], dict):
            return None
        cases = units[sorted(units)[0]].get("cases")
        return cases if isinstance(cases, int) and not isinstance(cases, bool) else None

    @property
    def as_of(self) -> date | None:
        """The day the approved figures describe: the half-year's last day, or the day of approval when the chief
        justice approved it while it was under way (``JalaliPeriod.described_on``)."""
        try:
            return date.fromisoformat(str(self.figures.get("as_of"))[:10])
        except ValueError:
            return None

    def milestones(self) -> dict[str, dict[str, Any]]:
        found = self.figures.get("plan", {}).get("milestones", {})
        return found if isinstance(found, dict) else {}

    def driver_projects(self) -> dict[str, dict[str, Any]]:
        plan = self.figures.get("plan", {})
        found = plan.get("driver_projects", {}) if isinstance(plan, dict) else {}
        return found if isinstance(found, dict) else {}

    def overall(self) -> dict[str, Any]:
        found = self.figures.get("plan", {}).get("overall", {})
        return found if isinstance(found, dict) else {}


def _moment(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def approved_snapshot(session: Session, province: str, period: str) -> ApprovedSnapshot | None:
    """The newest snapshot of ``period`` the province sent, or None (never approved, or the bundle is gone)."""
    keys = list(session.scalars(select(CenterProvinceKey).where(CenterProvinceKey.province == province)))
    rows = session.execute(select(CenterBundle.sequence, CenterBundle.data).where(
        CenterBundle.province == province, CenterBundle.state == "applied").order_by(
        CenterBundle.sequence.desc()).limit(SEARCHED_BUNDLES))
    for sequence, data in rows:
        data = bytes(data)
        if SNAPSHOTS_PART.encode("ascii") not in data:  # named in the header's part list: cheap to skip the rest
            continue
        signers = {key.key_id: load_public(key.public_key.encode("ascii")) for key in keys
                   if key.first_sequence <= sequence and (key.last_sequence is None or sequence <= key.last_sequence)}
        try:
            verified = frame.verify(data, public_keys=signers, expected_province=province,
                                    expected_payload_type="progress", max_bytes=MAX_BUNDLE_BYTES,
                                    max_uncompressed=MAX_UNCOMPRESSED_BYTES)
            content = parse_progress(verified.parts)
        except SyncError:
            continue  # a key retired by hand since: the approval state still says approved, without figures
        for entry in reversed(content.snapshots or []):
            if entry["period"] == period:
                return ApprovedSnapshot(period, entry["sha256"], str(entry["approved_by"]),
                                        _moment(entry["approved_at"]), entry["figures"])
    return None
