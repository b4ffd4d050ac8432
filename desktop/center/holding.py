"""How much the center holds of a province's bundles that arrived after a gap (desktop/center/service.py).

A held bundle is stored whole until the bundles before it arrive. Without bounds a province's key could park any
number of them, at any sequence up to 2**63 - 1 (never to be applied): 40 posts of 2 MiB grew the center's
database by 84 MB. So a bundle is held only when

* its sequence is within ``window`` of the province's last applied one (a later one cannot be applied before the
  bundles between arrive, so keeping it gains nothing), and
* the province's held bundles stay within ``max_count`` bundles and ``max_bytes`` bytes with it.

Otherwise the answer is a signed RETRY receipt saying why, and nothing is stored: the province keeps the bundle
pending and sends it again after its back-off, in order, after the earlier ones (desktop/sync/sender.py), so
nothing is lost — it is held or applied once the gap closes. The defaults leave room for an honest gap (a
center restored from a backup that forgot some acknowledged bundles: docs/deployment.md "Backups").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center.models import CenterBundle
from desktop.sync.refusals import HELD_FULL, HELD_TOO_FAR

DEFAULT_WINDOW = 1000
DEFAULT_MAX_COUNT = 100
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # one bundle of the largest size (CenterService.max_bytes)


@dataclass(frozen=True)
class HeldLimits:
    window: int = DEFAULT_WINDOW  # sequences above the last applied one that may be held
    max_count: int = DEFAULT_MAX_COUNT  # held bundles of one province
    max_bytes: int = DEFAULT_MAX_BYTES  # their bytes together

    def refusal(self, sequence: int, last_applied: int, held_count: int, held_bytes: int, size: int) -> str | None:
        """The RETRY reason for holding a bundle of ``size`` bytes at ``sequence``, or None: it may be held."""
        if sequence > last_applied + self.window:
            return HELD_TOO_FAR.format(sequence=sequence, last=last_applied)
        if held_count + 1 > self.max_count or held_bytes + size > self.max_bytes:
            return HELD_FULL.format(count=held_count, sequence=last_applied + 1)
        return None


def held_load(session: Session, code: str) -> tuple[int, int]:
    """How many bundles of ``code`` the center holds, and their bytes together."""
    count, size = session.execute(select(func.count(), func.coalesce(func.sum(func.length(CenterBundle.data)), 0))
                                  .where(CenterBundle.province == code, CenterBundle.state == "held")).one()
    return int(count), int(size)
