"""Making a file's rename durable: after ``os.replace`` (or a hard link) into a folder, the folder itself is
synced, or a power cut can lose the new name though the file's bytes were on disk. POSIX only: Windows cannot
open a folder, and there the rename is all that can be done."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Sync ``folder``'s entries (a rename, a new link) to the disk."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
