"""A path inside a Persian message stays one left-to-right run (its leading slash was drawn at the far end, a
figure after it pulled into it), never broken after a slash; sizes read as people read them: "3 GB", not
3221225472 bytes, and a 6-byte file "6 bytes", not "1 KB"."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.byte_sizes import byte_size
from desktop.sync.media import ReceiptFileTooLargeError
from desktop.ui.formatting import format_size
from desktop.ui.widgets.errors import describe

LRE, PDF, RLM = "\u202a", "\u202c", "\u200f"


def test_a_huge_receipt_names_its_path_left_to_right_and_its_size_in_gigabytes() -> None:
    error = ReceiptFileTooLargeError(path=str(Path("/tmp/walk40/huge.receipt")), size=byte_size(3221225472),
                                     limit=byte_size(65536))
    said = describe(error)
    assert said.startswith(f"{RLM}{LRE}/tmp/walk40/huge.receipt{PDF}{RLM} ۳ گیگابایت است")
    assert "(۶۴ کیلوبایت)" in said


def test_a_small_file_is_shown_in_bytes() -> None:
    assert format_size(6) == "۶ بایت"
    assert format_size(1) == "۱ بایت"
    assert format_size(1331) == "۱٫۳ کیلوبایت"
    assert format_size(3221225472) == "۳ گیگابایت"


def test_sizes_in_english() -> None:
    assert byte_size(6).english() == "6 bytes"
    assert byte_size(1).english() == "1 byte"
    assert byte_size(333926).english() == "326 KB"
    assert byte_size(3221225472).english() == "3 GB"
