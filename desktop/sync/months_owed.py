"""The indicator months a progress bundle left for the next one of the chain (desktop/sync/payload.py: a large
import's months are sent in as many bundles as their rows take), kept in the province's settings by the bundle's
sequence until the next bundle is cut.

Kept by sequence, not as one value, so that a recut - which takes the chain back to its last acknowledged bundle
(desktop/sync/outbox.py) - owes what that bundle left, and a bundle cut again at a sequence owes only what it
leaves itself. Written in the transaction that cuts the bundle: a cut that fails owes nothing new.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.store.settings import delete_setting, get_setting, set_setting

#: ``sync.indicator_months_owed.<sequence>`` = [month index, ...]
MONTHS_OWED_KEY = "sync.indicator_months_owed.{sequence}"


def months_owed(session: Session, after_sequence: int) -> list[int]:
    """The months the bundle of ``after_sequence`` left for the next one (none before the first bundle)."""
    owed = get_setting(session, MONTHS_OWED_KEY.format(sequence=after_sequence)) or []
    return [month for month in owed if isinstance(month, int) and not isinstance(month, bool)]


def owe_months(session: Session, sequence: int, months: Sequence[int]) -> None:
    """Record what the bundle of ``sequence`` leaves for the next one (forgetting what an earlier bundle cut at
    the same sequence, since removed, had left)."""
    key = MONTHS_OWED_KEY.format(sequence=sequence)
    if months:
        set_setting(session, key, list(months))
    else:
        delete_setting(session, key)
