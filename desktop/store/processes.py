"""Whether a process that left a temporary file behind is still running (the file names carry its id)."""

from __future__ import annotations

import os
import time
from pathlib import Path

#: Windows has no cheap "is this process alive": a leftover there goes once it is this old (seconds).
WINDOWS_LEFTOVER_AGE_S = 3600


def running(pid: int) -> bool:
    """True while process ``pid`` exists (this one included); always False on Windows (see
    :func:`abandoned`)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, another user's
        return True
    return True


def abandoned(path: Path, pid: int) -> bool:
    """Whether ``path``, a temporary file written by process ``pid``, was left by a process that is gone (on
    Windows: that is an hour old)."""
    if running(pid):
        return False
    if os.name == "nt":
        try:
            return time.time() - path.stat().st_mtime >= WINDOWS_LEFTOVER_AGE_S
        except OSError:
            return False
    return True
