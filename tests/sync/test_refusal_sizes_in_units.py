"""A center's refusal for a size ("The bundle is 73400320 bytes, more than the limit of 67108864 bytes.", as the
receipt keeps it) reads in the units people read - "70 MB", «۷۰ مگابایت» - wherever the receipt is shown."""

from __future__ import annotations

from desktop.sync.errors import DecompressionBombError, TooLargeError
from desktop.sync.refusals import recognise
from desktop.translations import Language, translate

TOO_LARGE = TooLargeError(size=73_400_320, limit=67_108_864).english()


def _shown(language: Language, reason: str) -> str:
    known = recognise(reason)
    assert known is not None
    return translate(language, "Sync", known.message, **known.params)


def test_the_receipt_keeps_the_bytes() -> None:
    assert TOO_LARGE == "The bundle is 73400320 bytes, more than the limit of 67108864 bytes."


def test_a_bundle_too_large_reads_in_megabytes_in_english() -> None:
    assert _shown(Language.ENGLISH, TOO_LARGE) == "The bundle is 70 MB, more than the limit of 64 MB."


def test_a_bundle_too_large_reads_in_megabytes_with_persian_digits_in_persian() -> None:
    shown = _shown(Language.PERSIAN, TOO_LARGE)
    assert "۷۰ مگابایت" in shown and "۶۴ مگابایت" in shown
    assert "بایت است" not in shown.replace("مگابایت", "") and not any(digit in shown for digit in "0123456789")


def test_a_part_that_expands_too_far_reads_its_limit_in_units() -> None:
    reason = DecompressionBombError(name="changes.json", limit=256 * 1024 * 1024).english()
    assert _shown(Language.ENGLISH, reason) == "Part changes.json of the bundle expands past its limit of 256 MB."
    assert "۲۵۶ مگابایت" in _shown(Language.PERSIAN, reason)
