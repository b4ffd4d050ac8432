"""Writing exported files: a temporary name in the target folder first, then a rename — never a partial file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError


class ExportError(DomainError):
    def __init__(self, path: Path, reason: str):
        super().__init__("Export", QT_TRANSLATE_NOOP("Export", "The file {path} could not be written: {reason}"),
                         {"path": str(path), "reason": reason})


def write_atomically(path: Path, produce: Callable[[], bytes]) -> Path:
    """Claim a temporary name beside ``path`` (so an unwritable folder fails before any work), write what
    ``produce`` returns, sync and rename. Raises :class:`ExportError` with the reason on failure."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent)
    except OSError as error:
        raise ExportError(path, error.strerror or str(error)) from error
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(produce())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(path, error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path
