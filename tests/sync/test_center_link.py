"""The province's pinned center key and address (issue 4, "The center's public key is pinned")."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.database import open_database
from desktop.sync.center_link import (
    CenterKeyAlreadyPinnedError,
    CenterKeyNotPinnedError,
    CenterLinkService,
    KeyFileTooLargeError,
    read_center_key_file,
)
from desktop.sync.errors import KeyStoreError
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from desktop.sync.sender import InsecureCenterUrlError


@pytest.fixture
def links(tmp_path: Path):
    database = open_database(tmp_path / "p.sqlite3")
    yield CenterLinkService(database)
    database.close()


def test_no_center_key_is_trusted_before_one_is_pinned(links: CenterLinkService) -> None:
    with pytest.raises(CenterKeyNotPinnedError):
        links.center_key()
    assert links.link().center_key_id is None


def test_the_pinned_key_is_the_one_read_back(links: CenterLinkService) -> None:
    public = generate_private_key().public_key()
    assert links.pin_center_key(export_public(public)) == fingerprint(public)
    assert fingerprint(links.center_key()) == fingerprint(public)
    assert links.link().center_key_id == fingerprint(public)


def test_another_center_key_does_not_silently_replace_the_pinned_one(links: CenterLinkService) -> None:
    first, second = generate_private_key().public_key(), generate_private_key().public_key()
    links.pin_center_key(export_public(first))
    links.pin_center_key(export_public(first))  # the same key again is fine
    with pytest.raises(CenterKeyAlreadyPinnedError):
        links.pin_center_key(export_public(second))
    assert fingerprint(links.center_key()) == fingerprint(first)
    links.pin_center_key(export_public(second), replace=True)
    assert fingerprint(links.center_key()) == fingerprint(second)


def test_a_damaged_key_file_is_refused_and_nothing_is_pinned(links: CenterLinkService) -> None:
    public = generate_private_key().public_key()
    wrong_id = export_public(public).replace(fingerprint(public).encode(), b"0123456789abcdef")
    for damaged in (wrong_id, b"not a key file"):
        with pytest.raises(KeyStoreError):
            links.pin_center_key(damaged)
    with pytest.raises(CenterKeyNotPinnedError):
        links.center_key()


def test_the_center_address_must_be_https(links: CenterLinkService) -> None:
    with pytest.raises(InsecureCenterUrlError):
        links.set_center_url("http://center.example/")
    assert links.set_center_url(" https://center.example/rasad/ ") == "https://center.example/rasad"
    assert links.link().url == "https://center.example/rasad"


def test_a_key_file_over_the_cap_is_refused_as_too_large_after_reading_one_byte_past_it(tmp_path: Path) -> None:
    limit = 16 * 1024
    exact, over = tmp_path / "exact.pub", tmp_path / "over.pub"
    exact.write_bytes(b"k" * limit)
    over.write_bytes(b"k" * (limit + 1))
    assert read_center_key_file(exact) == b"k" * limit  # the cap itself is allowed (and parsed by the pin)
    with pytest.raises(KeyFileTooLargeError) as refused:
        read_center_key_file(over)
    assert refused.value.english() == (f"The file {over} is larger than a public key file can be ({limit} bytes at "
                                       "most): it is not the center's key file.")
