"""Writing exported files: a temporary name in the target folder first, then a rename — never a partial file; and,
for an export that is an audit event, never a file on disk without its event."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.domain.system_errors import describe_os_error
from desktop.store.processes import abandoned


class ExportError(DomainError):
    def __init__(self, path: Path, reason: str):
        super().__init__("Export", QT_TRANSLATE_NOOP("Export", "The file {path} could not be written: {reason}"),
                         {"path": str(path), "reason": reason})


#: What records an export (its audit event, in its write transaction), given the file's final path: entered once
#: the file is written under its temporary name, the rename done inside it.
Recording = Callable[[Path], AbstractContextManager[object]]


def write_atomically(path: Path, produce: Callable[[], bytes], record: Recording | None = None) -> Path:
    """Claim a temporary name beside ``path`` (so an unwritable folder fails before any work), write what
    ``produce`` returns, sync and rename. Raises :class:`ExportError` with the reason on failure.

    With ``record``, the rename happens inside ``record(path)``: an event that cannot be recorded (a damaged
    database, one kept busy past the wait, Ctrl+C) leaves no file, and a rename whose transaction then fails to
    commit is taken back - a report or an audit trail never leaves the office unrecorded."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_abandoned_parts(path.parent)
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".part", dir=path.parent)
    except OSError as error:
        raise ExportError(path, describe_os_error(error)) from error
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(produce())
            file.flush()
            os.fsync(file.fileno())
        if record is None:
            os.replace(temporary, path)
        else:
            _rename_recorded(temporary, path, record)
    except OSError as error:
        raise ExportError(path, describe_os_error(error)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path


#: The temporary name :func:`write_atomically` gives a file before its rename: ``.<name>.<pid>-<random>.part``.
_PART = re.compile(r"^\..+\.(?P<pid>\d+)-[^./]+\.part$")


def remove_abandoned_parts(folder: Path) -> list[Path]:
    """Remove the temporary files of exports into ``folder`` whose process is gone (killed between claiming the
    name and the rename); nothing else, and not those of a process still writing. Returns what was removed."""
    removed = []
    for candidate in folder.iterdir():
        match = _PART.match(candidate.name)
        if match is not None and abandoned(candidate, int(match.group("pid"))):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _rename_recorded(temporary: Path, path: Path, record: Recording) -> None:
    renamed = False
    try:
        with record(path):
            os.replace(temporary, path)
            renamed = True
    except BaseException:
        if renamed:
            path.unlink(missing_ok=True)
        raise
