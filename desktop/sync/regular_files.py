"""Reading a file someone names (a key file, a receipt, a directive, a bundle on removable media) only when it is a
regular file: a FIFO named as a key file would block the reader forever on open or read, a device would feed it
endlessly. The file is opened without blocking and checked on the open descriptor (no window between a check and
the open); anything else is an OSError (:class:`~desktop.domain.system_errors.NotARegularFileError`, or the
folder's EISDIR), which every caller already reports as "cannot read"."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop.domain.system_errors import NotARegularFileError

#: O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer (absent on Windows,
#: which has no FIFOs among files)
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_regular(path: Path | str, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path`` (read ``limit`` + 1 to see that one is too large)."""
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit)
    finally:
        os.close(fd)
