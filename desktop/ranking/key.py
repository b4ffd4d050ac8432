"""Which remembered first ranking may be shown: its key, known without importing the views' types (the window
looks for a snapshot before anything else)."""

from __future__ import annotations

from datetime import date

from desktop import __version__
from desktop.store.view_snapshots import SnapshotKey

#: Part of the snapshot's page key: bump it when the payload's shape changes without a new app version.
PAYLOAD_FORMAT = 2  # 2: rows say how many cases they rest on and whether too few to rank
PAGE = f"indicators/{PAYLOAD_FORMAT}"


def snapshot_key(day: date) -> SnapshotKey:
    """The key of the first ranking remembered for ``day`` by this version of Rasad (system scope only)."""
    return SnapshotKey(page=PAGE, day=day, app_version=__version__)
