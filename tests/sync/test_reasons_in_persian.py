"""Why a bundle or a receipt was refused reads in the user's language: the reader's codes ("truncated", "SHA-256
mismatch", "not a Rasad bundle") have Persian of their own, in a message raised here and in a center's receipt
read back; their English - what receipts and logs keep - is unchanged; a code not known is left out of a Persian
sentence."""

from __future__ import annotations

import pytest

from desktop.sync import frame
from desktop.sync.errors import BadFrameError, BadHeaderError, BadPartError, BundleError
from desktop.sync.refusals import recognise
from desktop.translations import Language, translate

LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _persian(error: BundleError) -> str:
    return translate(Language.PERSIAN, error.context, error.message, **error.params)


def _read(data: bytes) -> BundleError:
    with pytest.raises(BundleError) as refused:
        frame.verify(data, public_keys={}, expected_province="QOM", expected_payload_type="receipt",
                     max_bytes=1 << 20, max_uncompressed=1 << 20)
    return refused.value


def test_a_file_that_is_no_bundle_is_refused_in_persian_without_english_words() -> None:
    refused = _read(b"garbage!")
    assert refused.english() == "The bundle file is damaged or not a bundle (not a Rasad bundle)."
    assert _persian(refused) == "فایل بسته آسیب دیده است یا بسته نیست (فایل رصد نیست)."


@pytest.mark.parametrize("error", [
    BadFrameError(reason="truncated"),
    BadPartError(name="receipt.json", reason="SHA-256 mismatch"),
    BadHeaderError(reason="invalid province"),
    BadHeaderError(reason="invalid created_at"),
])
def test_each_known_reason_has_persian_of_its_own(error: BundleError) -> None:
    assert not LATIN & set(_persian(error).replace("receipt.json", ""))


def test_the_english_of_a_reason_is_the_code_receipts_keep() -> None:
    error = BadPartError(name="receipt.json", reason="SHA-256 mismatch")
    assert error.english() == "Part receipt.json of the bundle is damaged (SHA-256 mismatch)."
    assert error.params["reason"] == "SHA-256 mismatch"


def test_a_reason_in_a_centers_receipt_reads_in_persian_too() -> None:
    known = recognise("The bundle file is damaged or not a bundle (truncated).")
    assert known is not None
    assert translate(Language.PERSIAN, "Sync", known.message, **known.params) == (
        "فایل بسته آسیب دیده است یا بسته نیست (فایل ناتمام است).")


def test_an_unknown_reason_stays_out_of_a_persian_sentence_and_in_english() -> None:
    error = BadHeaderError(reason="something new 42")
    assert error.english() == "The bundle's header is invalid (something new 42)."
    assert "something" not in _persian(error)
