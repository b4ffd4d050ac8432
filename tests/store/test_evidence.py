"""Evidence files are stored once per content, within a size limit, atomically."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.messages import DomainError
from desktop.store.database import open_database
from desktop.store.errors import EvidenceTooLargeError, EvidenceUnreadableError
from desktop.store.evidence import EvidenceStore, get_or_create_evidence_row
from desktop.store.models import EvidenceFile


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _everything_in(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence", max_bytes=1000)


def test_a_file_is_stored_under_its_sha256(store: EvidenceStore, tmp_path: Path) -> None:
    content = "صورتجلسه".encode() * 10
    stored = store.add(_file(tmp_path, "صورتجلسه.pdf", content))
    digest = hashlib.sha256(content).hexdigest()
    assert stored.sha256 == digest
    assert stored.size_bytes == len(content)
    assert stored.original_name == "صورتجلسه.pdf"
    assert stored.media_type == "application/pdf"
    assert stored.path == store.root / digest[:2] / digest == store.path_for(digest)
    assert stored.path.read_bytes() == content


def test_the_same_content_added_twice_is_kept_once(store: EvidenceStore, tmp_path: Path) -> None:
    first = store.add(_file(tmp_path, "a.jpg", b"photo"))
    second = store.add(_file(tmp_path, "copy-of-a.png", b"photo"))
    assert first.path == second.path
    assert second.original_name == "copy-of-a.png" and second.media_type == "image/png"
    assert _everything_in(store.root) == [first.path]


def test_a_file_over_the_limit_is_refused_with_name_size_and_limit(
    store: EvidenceStore, tmp_path: Path
) -> None:
    big = _file(tmp_path, "big.pdf", b"x" * 1001)
    with pytest.raises(EvidenceTooLargeError) as raised:
        store.add(big)
    error = raised.value
    assert isinstance(error, DomainError) and error.context == "Evidence"
    assert (error.params["name"], error.params["size_bytes"], error.params["limit_bytes"]) == (
        "big.pdf",
        1001,
        1000,
    )
    assert "big.pdf" in error.english()
    assert not store.root.exists() or _everything_in(store.root) == []


def test_the_default_limit_is_25_megabytes_and_shows_in_the_message(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    assert store.max_bytes == 25 * 1024 * 1024
    big = tmp_path / "scan.tif"
    with big.open("wb") as file:
        file.truncate(26 * 1024 * 1024)
    with pytest.raises(EvidenceTooLargeError) as raised:
        store.add(big)
    assert raised.value.english() == "The file “scan.tif” is 26 MB; evidence files may be at most 25 MB."


def test_an_unreadable_file_is_refused(store: EvidenceStore, tmp_path: Path) -> None:
    with pytest.raises(EvidenceUnreadableError) as raised:
        store.add(tmp_path / "vanished.pdf")
    assert raised.value.params["name"] == "vanished.pdf"
    with pytest.raises(EvidenceUnreadableError):
        store.add(tmp_path)  # a folder


def test_no_temporary_files_are_left_after_success_or_refusal(store: EvidenceStore, tmp_path: Path) -> None:
    store.add(_file(tmp_path, "ok.txt", b"fine"))
    with pytest.raises(EvidenceTooLargeError):
        store.add(_file(tmp_path, "big.txt", b"x" * 5000))
    names = [path.name for path in _everything_in(store.root)]
    assert names == [hashlib.sha256(b"fine").hexdigest()]
    assert store.discard_incomplete() == 0


def test_leftovers_of_an_interrupted_add_can_be_discarded(store: EvidenceStore, tmp_path: Path) -> None:
    """A name without a process id (an earlier version's) goes once it is an hour old; a newer one may be a copy
    another process is making (its own: tests/backups/test_evidence_beside_backups.py)."""
    import os
    import time

    store.add(_file(tmp_path, "ok.txt", b"fine"))
    old, recent = store.root / ".incoming-crashed.tmp", store.root / ".incoming-recent.tmp"
    old.write_bytes(b"half")
    recent.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert store.discard_incomplete() == 1
    assert not old.exists() and recent.exists()


def test_verify_detects_a_changed_or_missing_file(store: EvidenceStore, tmp_path: Path) -> None:
    stored = store.add(_file(tmp_path, "a.txt", b"original"))
    assert store.verify(stored.sha256)
    stored.path.write_bytes(b"tampered")
    assert not store.verify(stored.sha256)
    stored.path.unlink()
    assert not store.verify(stored.sha256)
    assert not store.contains(stored.sha256)


def test_adding_again_repairs_a_damaged_stored_copy(store: EvidenceStore, tmp_path: Path) -> None:
    stored = store.add(_file(tmp_path, "a.txt", b"original"))
    stored.path.write_bytes(b"tampered")
    store.add(_file(tmp_path, "a.txt", b"original"))
    assert store.verify(stored.sha256)


def test_path_for_refuses_anything_but_a_sha256(store: EvidenceStore) -> None:
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd")


def test_an_unknown_extension_is_stored_as_octet_stream(store: EvidenceStore, tmp_path: Path) -> None:
    assert store.add(_file(tmp_path, "data.qqq", b"?")).media_type == "application/octet-stream"


def test_the_database_row_of_a_stored_file_is_created_once(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as db:
        store = db.evidence_store()
        assert store.root == tmp_path / "evidence"
        stored = store.add(_file(tmp_path, "a.pdf", b"%PDF-1.7"))
        with db.session() as session:
            first = get_or_create_evidence_row(session, stored)
            assert first.id is not None
            again = get_or_create_evidence_row(session, stored)
            assert again is first
        with db.session() as session:
            row = session.scalars(select(EvidenceFile)).one()
            assert (row.sha256, row.size_bytes, row.original_name, row.media_type) == (
                stored.sha256,
                8,
                "a.pdf",
                "application/pdf",
            )
            assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 1


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind the user"
)
def test_a_file_without_read_permission_is_unreadable(store: EvidenceStore, tmp_path: Path) -> None:
    secret = _file(tmp_path, "secret.pdf", b"x")
    secret.chmod(0)
    with pytest.raises(EvidenceUnreadableError):
        store.add(secret)


def test_an_empty_file_is_refused_and_leaves_nothing_behind(store: EvidenceStore, tmp_path: Path) -> None:
    from desktop.store.errors import EvidenceEmptyError

    empty = tmp_path / "scan.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceEmptyError) as refused:
        store.add(empty)
    assert refused.value.name == "scan.pdf"
    assert not store.root.exists() or not any(store.root.rglob("*"))
