"""Evidence files on disk, stored by content: ``<root>/<first two hex digits>/<sha256>``.

A file is streamed once (hashing while copying) into a temporary file in ``root``, flushed to disk, then
renamed into place with ``os.replace``; the same content added twice is kept once. Linking a stored file
to a progress update or resolution is a service's job; :func:`get_or_create_evidence_row` gives it the
``evidence_file`` row.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.system_errors import describe_os_error
from desktop.store.durable import fsync_folder
from desktop.store.errors import EvidenceEmptyError, EvidenceTooLargeError, EvidenceUnreadableError
from desktop.store.models import EvidenceFile
from desktop.store.processes import abandoned

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
_CHUNK = 1024 * 1024
_TEMP_PREFIX = ".incoming-"
_LEFTOVER = re.compile(r"^\.incoming-(?P<pid>\d+)-.*\.tmp$")
_UNNAMED_LEFTOVER_AGE_S = 3600
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class StoredEvidence:
    sha256: str
    size_bytes: int
    original_name: str
    media_type: str
    path: Path


class EvidenceStore:
    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def add(self, source: Path) -> StoredEvidence:
        """Copy ``source`` into the store (or find it already there) and describe it.

        Raises :class:`EvidenceTooLargeError` over ``max_bytes``, :class:`EvidenceEmptyError` for a file of no
        bytes and :class:`EvidenceUnreadableError` when the file cannot be read; nothing is left behind in any
        case.
        """
        source = Path(source)
        name = source.name
        try:
            reader = source.open("rb")
        except OSError as error:
            raise EvidenceUnreadableError(name, describe_os_error(error)) from error
        with reader:
            try:
                declared = os.fstat(reader.fileno()).st_size
            except OSError as error:  # pragma: no cover - fstat of an open file hardly fails
                raise EvidenceUnreadableError(name, describe_os_error(error)) from error
            if declared > self.max_bytes:
                raise EvidenceTooLargeError(name, declared, self.max_bytes)
            if declared == 0:
                raise EvidenceEmptyError(name)
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # the owner's only, like the files
            descriptor, temp_name = tempfile.mkstemp(dir=self.root, prefix=f"{_TEMP_PREFIX}{os.getpid()}-",
                                                     suffix=".tmp")
            temp = Path(temp_name)
            try:
                digest, size = self._copy(reader, descriptor, name)
                if size == 0:  # it was emptied after it was measured
                    raise EvidenceEmptyError(name)
                target = self.path_for(digest)
                if self.verify(digest):  # already stored and intact
                    temp.unlink()
                else:
                    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    os.replace(temp, target)
                    fsync_folder(target.parent)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
        media_type = mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MEDIA_TYPE
        return StoredEvidence(digest, size, name, media_type, target)

    def _copy(self, reader: BinaryIO, descriptor: int, name: str) -> tuple[str, int]:
        hasher = hashlib.sha256()
        size = 0
        with os.fdopen(descriptor, "wb") as writer:
            while True:
                try:
                    chunk = reader.read(_CHUNK)
                except OSError as error:
                    raise EvidenceUnreadableError(name, describe_os_error(error)) from error
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:  # the file grew after it was measured
                    raise EvidenceTooLargeError(name, size, self.max_bytes)
                hasher.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        return hasher.hexdigest(), size

    def path_for(self, sha256: str) -> Path:
        """Where the file with this SHA-256 (64 lower-case hex digits) is, or would be, stored."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def verify(self, sha256: str) -> bool:
        """Whether the stored file exists and still hashes to ``sha256``."""
        path = self.path_for(sha256)
        hasher = hashlib.sha256()
        try:
            with path.open("rb") as reader:
                while chunk := reader.read(_CHUNK):
                    hasher.update(chunk)
        except OSError:
            return False
        return hasher.hexdigest() == sha256

    def discard_incomplete(self) -> int:
        """Remove the temporary files of an :meth:`add` whose process is gone (killed halfway); return how many.
        Another process's copy in progress is left alone: its name carries its process id."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for leftover in self.root.glob(_TEMP_PREFIX + "*"):
            match = _LEFTOVER.match(leftover.name)
            if match is not None:
                gone = abandoned(leftover, int(match.group("pid")))
            else:  # named by a version before the process id went into the name: gone once it is old
                gone = _older_than(leftover, _UNNAMED_LEFTOVER_AGE_S)
            if gone:
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime >= seconds
    except OSError:
        return False


def get_or_create_evidence_row(session: Session, stored: StoredEvidence) -> EvidenceFile:
    """The ``evidence_file`` row of ``stored``, added to the session if this content is new."""
    row = session.scalar(select(EvidenceFile).where(EvidenceFile.sha256 == stored.sha256))
    if row is None:
        row = EvidenceFile(
            sha256=stored.sha256,
            original_name=stored.original_name,
            size_bytes=stored.size_bytes,
            media_type=stored.media_type,
        )
        session.add(row)
        session.flush()
    return row


