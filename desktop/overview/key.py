"""Which remembered overview may be shown: its key, known without importing the overview's types (the window
looks for a snapshot before anything else; the dates and enums of the views are loaded only when there is one)."""

from __future__ import annotations

from datetime import date

from desktop import __version__
from desktop.store.view_snapshots import SnapshotKey

#: Part of the snapshot's page key: bump it when the payload's shape changes without a new app version.
#: 2: the units not judged at risk (an overview of format 1 would say none: not looked up).
#: 3: the activities behind schedule with no progress report, apart from the ranked ones (and named under their
#:    program).
#: 4: how many activities with a progress report are behind beyond the ranked ten, and how many of them tie with
#:    the tenth (a format-3 overview would say none: not counted).
PAYLOAD_FORMAT = 4
PAGE = f"home/{PAYLOAD_FORMAT}"


def snapshot_key(day: date) -> SnapshotKey:
    """The key of the overview remembered for ``day`` by this version of Rasad (system scope only)."""
    return SnapshotKey(page=PAGE, day=day, app_version=__version__)
