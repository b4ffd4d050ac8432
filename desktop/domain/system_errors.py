"""What the operating system said, in the message's language.

An error from the system comes with its own text ("Is a directory", "No such file or directory"), in English
whatever the user reads: a Persian message then ended in English words. The common causes a user can meet and
fix - a missing file, a folder given for a file, a refused permission, a full or read-only disk - are named in
both languages here (a :class:`~desktop.domain.messages.Bilingual` field, which each message shows in its own
language); any other keeps the system's text.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError

log = logging.getLogger(__name__)

_KNOWN: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("چنین فایل یا پوشه‌ای نیست", "there is no such file or folder"),
    errno.EISDIR: ("این یک پوشه است، نه فایل", "it is a folder, not a file"),
    errno.ENOTDIR: ("بخشی از این نشانی پوشه نیست", "a part of the path is not a folder"),
    errno.EACCES: ("اجازهٔ دسترسی نیست", "permission denied"),
    errno.EPERM: ("اجازهٔ این کار نیست", "the operation is not permitted"),
    errno.ENOSPC: ("دیسک پر است", "the disk is full"),
    errno.EROFS: ("دیسک فقط‌خواندنی است", "the disk is read-only"),
    errno.EEXIST: ("فایلی با این نام هست", "a file of that name exists"),
    errno.ENAMETOOLONG: ("نام بیش از اندازه بلند است", "the name is too long"),
    errno.EIO: ("خطای خواندن یا نوشتن دیسک", "a read or write error of the disk"),
}


class NotARegularFileError(OSError):
    """A pipe, a device or a socket given where a file is read (a FIFO would block the reader forever)."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.EINVAL, "not a regular file", path)


def describe_os_error(error: OSError) -> str:
    """The cause of ``error`` for a message: in both languages when it is a common one, else the system's text."""
    if isinstance(error, NotARegularFileError):
        return Bilingual("این یک فایل معمولی نیست (لوله یا دستگاه است)", "it is not a regular file (a pipe or a device)")
    known = _KNOWN.get(error.errno) if error.errno is not None else None
    if known is not None:
        return Bilingual(*known)
    return error.strerror or str(error)


#: A folder the user chose that could not be written in, by the system's error (context "Errors"): the sentence
#: names the folder, never the temporary file the program was writing inside it.
_FOLDER: dict[int, str] = {
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the folder {path} is on a read-only disk"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the folder {path} does not exist and cannot be made"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "{path} is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "{path} is not a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "there is no permission to write in the folder {path}"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "there is no permission to write in the folder {path}"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk of the folder {path} is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk of the folder {path} is full"),
}
FOLDER_NOT_WRITTEN = QT_TRANSLATE_NOOP("Errors", "the folder {path} could not be written in ({reason})")
FOLDER_NOT_WRITTEN_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "the folder {path} could not be written in")
#: SQLite's result codes (its English words: "database or disk is full") as the system's errors above.
_SQLITE_AS_ERRNO = {13: errno.ENOSPC, 8: errno.EROFS, 10: errno.EIO, 23: errno.EACCES}  # FULL, READONLY, IOERR, AUTH
#: SQLite's result codes that are the folder's fault when SQLite writes a file there.
SQLITE_FOLDER_CODES = frozenset(_SQLITE_AS_ERRNO)


def folder_problem(folder: Path | str, error: BaseException) -> DomainError:
    """Why nothing could be written in ``folder`` (an ``OSError``, or SQLite's error writing a file there), as a
    message field or a message of its own: "the folder X is on a read-only disk". A cause not named here is
    written to the log; the sentence then says only that the folder could not be written in."""
    sqlite_code = getattr(error, "sqlite_errorcode", None) or 0
    # SQLite's extended codes keep the primary one in their low byte (IOERR_WRITE 778 is an IOERR, 10).
    code = error.errno if isinstance(error, OSError) else _SQLITE_AS_ERRNO.get(sqlite_code & 0xFF)
    message = _FOLDER.get(code) if code is not None else None
    if message is not None:
        return DomainError("Errors", message, {"path": str(folder)})
    if isinstance(error, OSError) and error.errno in _KNOWN:
        return DomainError("Errors", FOLDER_NOT_WRITTEN, {"path": str(folder), "reason": describe_os_error(error)})
    if code in _KNOWN:
        return DomainError("Errors", FOLDER_NOT_WRITTEN, {"path": str(folder), "reason": Bilingual(*_KNOWN[code])})
    log.warning("the folder %s could not be written in: %r", folder, error)
    return DomainError("Errors", FOLDER_NOT_WRITTEN_UNKNOWN, {"path": str(folder)})
