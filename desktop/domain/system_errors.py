"""What the operating system said, in the message's language.

An error from the system comes with its own text ("Is a directory", "No such file or directory"), in English
whatever the user reads: a Persian message then ended in English words. The common causes a user can meet and
fix - a missing file, a folder given for a file, a refused permission, a full or read-only disk - are named in
both languages here (a :class:`~desktop.domain.messages.Bilingual` field, which each message shows in its own
language); any other keeps the system's text.
"""

from __future__ import annotations

import errno

from desktop.domain.messages import Bilingual

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
