"""What a progress bundle's parts must hold — one check shared by the center (before it applies anything) and
``bundle verify`` on the province side, so the two cannot disagree (issue 12).

`changes.json` = {"changes": [...]}, each change exactly ``{id, changed_at, user_name, table, row_id, operation,
old, new}`` with integer ids (unique in the bundle), text fields, and ``old``/``new`` each an object or null;
optional `indicators.json` = {"months": [...], "rows": [...]} (every listed month is replaced, even with no rows);
optional `approvals.json` = {"periods": [...]}; optional `snapshots.json` = {"snapshots": [...]} (an approved
period's frozen figures, each matching its SHA-256); optional `manifest.json`; and `evidence-<sha256>` parts.
Anything else raises :class:`BadPartError` (strict JSON: duplicate keys, NaN, … are refused too).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from desktop.sync import canonical
from desktop.sync.errors import BadPartError
from desktop.sync.row_values import bad_value

CHANGES_PART = "changes.json"
INDICATORS_PART = "indicators.json"
MANIFEST_PART = "manifest.json"
APPROVALS_PART = "approvals.json"
APPROVAL_FIELDS = frozenset({"period", "kind", "state", "decided_by", "decided_at", "approved_at"})
SNAPSHOTS_PART = "snapshots.json"
SNAPSHOT_FIELDS = frozenset({"period", "sha256", "approved_by", "approved_at", "figures"})
APPROVAL_STATES = frozenset({"submitted", "approved", "returned", "reopened"})
CHANGE_FIELDS = frozenset({"id", "changed_at", "user_name", "table", "row_id", "operation", "old", "new"})
OPERATIONS = frozenset({"insert", "update", "delete"})
#: What one bundle carries at most: the province's outbox cuts a longer run of changes into several bundles
#: (desktop/sync/outbox.py), so one bundle is parsed and applied in bounded memory and time — the center's
#: single writer is held seconds, not minutes. The center refuses beyond MAX_CHANGES / MAX_CHANGES_BYTES, a
#: margin above what any province cuts (the normal demo's first bundle: 2,538 changes, 1.1 MB).
CUT_CHANGES = 20_000
CUT_CHANGES_BYTES = 24 * 1024 * 1024
#: The same for a bundle's indicator rows: the months of an import are sent in as many chained bundles as it takes
#: (desktop/sync/payload.py). A large province's first bundle had 97 MB of indicators.json, which the center
#: parsed with 813 MB at its peak (176,481 rows); a hostile province could send 256 MiB. At most one month more
#: than this goes into one bundle (a month is never split: a 3,000-branch province's month is about 2 MB).
CUT_INDICATOR_BYTES = 16 * 1024 * 1024
#: Parsed parts larger than these are refused before parsing (JSON takes many times its size in memory).
MAX_PART_BYTES = {INDICATORS_PART: 32 * 1024 * 1024, SNAPSHOTS_PART: 32 * 1024 * 1024,
                  APPROVALS_PART: 4 * 1024 * 1024, MANIFEST_PART: 4 * 1024 * 1024}
MAX_CHANGES = 25_000
MAX_CHANGES_BYTES = 32 * 1024 * 1024
#: A change's value the province could not have written (desktop/sync/row_values.py), as the receipt says it.
CHANGE_VALUE = "change {change}: {table} row {row}, field {field}: {problem}"


@dataclass(frozen=True)
class ProgressContent:
    changes: list[dict[str, Any]]
    indicators: dict[int, list[Any]]
    approvals: list[dict[str, Any]] | None = None  # None: the bundle carried no approvals.json
    snapshots: list[dict[str, Any]] | None = None  # checked against their hashes; not stored yet (issue 11)


def strict_json(name: str, data: bytes) -> Any:
    """Strict JSON (no duplicate keys, NaN ...) of any top-level type, via the canonical parser."""
    try:
        return canonical.loads_strict(b'{"v":' + data + b"}")["v"]
    except canonical.CanonicalError as exc:
        raise BadPartError(name=name, reason=exc.reason) from None


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_progress(parts: dict[str, bytes]) -> ProgressContent:
    """The contents of a verified progress bundle as the province's outbox writes them; BadPartError when they
    are not as documented (the module docstring)."""
    for name in parts:
        if name not in (CHANGES_PART, INDICATORS_PART, MANIFEST_PART, APPROVALS_PART, SNAPSHOTS_PART) \
                and not name.startswith("evidence-"):
            raise BadPartError(name=name, reason="unexpected part")
    if CHANGES_PART not in parts:
        raise BadPartError(name=CHANGES_PART, reason="missing part")
    if len(parts[CHANGES_PART]) > MAX_CHANGES_BYTES:  # before parsing: JSON takes ~8 times its size in memory
        raise BadPartError(name=CHANGES_PART, reason=f"larger than {MAX_CHANGES_BYTES} bytes (a province cuts at "
                                                     f"most {CUT_CHANGES_BYTES} bytes of changes into one bundle)")
    for name, cap in MAX_PART_BYTES.items():
        if len(parts.get(name, b"")) > cap:
            raise BadPartError(name=name, reason=(
                f"larger than {cap} bytes (a province cuts at most {CUT_INDICATOR_BYTES} bytes of indicators into "
                f"one bundle)" if name == INDICATORS_PART else f"larger than {cap} bytes"))
    body = strict_json(CHANGES_PART, parts[CHANGES_PART])
    changes = body.get("changes") if isinstance(body, dict) and set(body) == {"changes"} else None
    if not isinstance(changes, list):
        raise BadPartError(name=CHANGES_PART, reason="not {changes: [...]}")
    if len(changes) > MAX_CHANGES:
        raise BadPartError(name=CHANGES_PART, reason=f"more than {MAX_CHANGES} changes (a province cuts at most "
                                                     f"{CUT_CHANGES} changes into one bundle)")
    seen: set[int] = set()
    for change in changes:
        if not isinstance(change, dict) or set(change) != CHANGE_FIELDS:
            raise BadPartError(name=CHANGES_PART, reason="invalid change entry")
        if not is_int(change["id"]) or not is_int(change["row_id"]) or change["id"] in seen:
            raise BadPartError(name=CHANGES_PART, reason="invalid or repeated change id")
        seen.add(change["id"])
        if change["operation"] not in OPERATIONS or not isinstance(change["table"], str) \
                or not isinstance(change["changed_at"], str) or not isinstance(change["user_name"], str) \
                or len(change["table"]) > 64 or len(change["changed_at"]) > 40:  # the center's column widths
            raise BadPartError(name=CHANGES_PART, reason="invalid change entry")
        if not all(change[side] is None or isinstance(change[side], dict) for side in ("old", "new")):
            raise BadPartError(name=CHANGES_PART, reason=f"change {change['id']}: a value that is not an object")
        # the center replays these rows into its pages and reports: a value the province could not have
        # written is refused here, before anything is stored (desktop/sync/row_values.py)
        bad = bad_value(change["table"], change["new"]) if change["new"] is not None else None
        if bad is not None:
            raise BadPartError(name=CHANGES_PART, reason=CHANGE_VALUE.format(
                change=change["id"], table=change["table"], row=change["row_id"], field=bad.field,
                problem=bad.problem))
    months: dict[int, list[Any]] = {}
    if INDICATORS_PART in parts:
        indicators = strict_json(INDICATORS_PART, parts[INDICATORS_PART])
        if not isinstance(indicators, dict) or set(indicators) != {"months", "rows"} \
                or not isinstance(indicators["months"], list) or not isinstance(indicators["rows"], list):
            raise BadPartError(name=INDICATORS_PART, reason="not {months: [...], rows: [...]}")
        for month in indicators["months"]:
            if not is_int(month):
                raise BadPartError(name=INDICATORS_PART, reason="a month that is not an integer month index")
            months.setdefault(month, [])
        for row in indicators["rows"]:
            if not isinstance(row, dict) or not is_int(row.get("month_index")) or row["month_index"] not in months:
                raise BadPartError(name=INDICATORS_PART, reason="a row outside the listed months")
            months[row["month_index"]].append(row)
    if MANIFEST_PART in parts and not isinstance(strict_json(MANIFEST_PART, parts[MANIFEST_PART]), dict):
        raise BadPartError(name=MANIFEST_PART, reason="not an object")
    return ProgressContent(changes=changes, indicators=months,
                           approvals=_parse_approvals(parts[APPROVALS_PART]) if APPROVALS_PART in parts else None,
                           snapshots=_parse_snapshots(parts[SNAPSHOTS_PART]) if SNAPSHOTS_PART in parts else None)


def _parse_snapshots(data: bytes) -> list[dict[str, Any]]:
    """The frozen figures of the approvals in a bundle (issue 11); each must match its own hash, computed over
    the same canonical JSON as desktop/approvals/snapshot.py."""
    body = strict_json(SNAPSHOTS_PART, data)
    snapshots = body.get("snapshots") if isinstance(body, dict) and set(body) == {"snapshots"} else None
    if not isinstance(snapshots, list):
        raise BadPartError(name=SNAPSHOTS_PART, reason="not {snapshots: [...]}")
    for entry in snapshots:
        if not isinstance(entry, dict) or set(entry) != SNAPSHOT_FIELDS or not isinstance(entry["figures"], dict) \
                or not isinstance(entry["period"], str) or len(entry["period"]) > 16:
            raise BadPartError(name=SNAPSHOTS_PART, reason="invalid snapshot entry")
        canonical_figures = json.dumps(entry["figures"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        if hashlib.sha256(canonical_figures.encode("utf-8")).hexdigest() != entry["sha256"]:
            raise BadPartError(name=SNAPSHOTS_PART, reason=f"the figures of {entry['period']} do not match their hash")
    return snapshots


def _parse_approvals(data: bytes) -> list[dict[str, Any]]:
    body = strict_json(APPROVALS_PART, data)
    periods = body.get("periods") if isinstance(body, dict) and set(body) == {"periods"} else None
    if not isinstance(periods, list):
        raise BadPartError(name=APPROVALS_PART, reason="not {periods: [...]}")
    seen: set[str] = set()
    for entry in periods:
        if not isinstance(entry, dict) or set(entry) != APPROVAL_FIELDS or entry["state"] not in APPROVAL_STATES \
                or entry["kind"] not in ("month", "half") or not isinstance(entry["period"], str) \
                or len(entry["period"]) > 16 or entry["period"] in seen or not isinstance(entry["decided_by"], str) \
                or not all(entry[k] is None or isinstance(entry[k], str) for k in ("decided_at", "approved_at")):
            raise BadPartError(name=APPROVALS_PART, reason="invalid period entry")
        seen.add(entry["period"])
    return periods
