"""A file name or a path in a message of the Persian window is drawn as one left-to-right unit, and a message that
starts with one is still a right-to-left sentence: the name at its right end, its last word and full stop at the
left. Checked where Qt draws the pieces (tests/ui/text_layout.py), not in the characters' order: «1405-08.csv عنوان
ستون‌ها ...» was laid out left to right (its first strong letter is the "c" of ".csv"), a Persian folder in a path
swapped places with the digits after it, and «آمار-۱۴۰۵-۰۸.csv» was drawn with its parts backwards."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.context import AppServices
from desktop.domain.byte_sizes import byte_size
from desktop.imports.columns import FileKind
from desktop.imports.problems import ImportProblem
from desktop.imports.service import ImportResult
from desktop.imports.writing import NO_ROWS
from desktop.sync.media import ReceiptFileTooLargeError
from desktop.ui.changes import ChangeNotifier
from desktop.ui.dialogs.import_problems import ImportProblemsDialog, problem_reason
from desktop.ui.language import Language, install_language
from desktop.ui.pages.imports import ImportsPage
from desktop.ui.widgets.errors import describe
from tests.ui.test_indicators_page import import_through_page, silent_messages  # noqa: F401
from tests.ui.text_layout import readable, visual_spans

pytestmark = pytest.mark.gui

Span = tuple[float, float]


def _font() -> QFont:
    return QApplication.font()


def _spans(text: str, pieces: list[str]) -> list[Span]:
    """Where the pieces are drawn in a label, its direction taken from its first strong character as a QLabel's."""
    return visual_spans(text, pieces, _font(), Qt.LayoutDirection.LayoutDirectionAuto)


def _left_to_right_and_whole(spans: list[Span]) -> bool:
    """The name's parts one after another from left to right, each touching the next: nothing drawn between them."""
    return all(abs(left[1] - right[0]) < 1 and left[0] < right[0] for left, right in itertools.pairwise(spans))


def _assert_right_to_left_sentence_led_by(text: str, name_parts: list[str], first_word: str, last_word: str,
                                          end: str) -> None:
    *name, first, last, stop = _spans(text, [*name_parts, first_word, last_word, end])
    assert _left_to_right_and_whole(name), (readable(text), name)
    assert min(left for left, _ in name) >= first[1] - 1  # the name first, at the right end
    assert first[0] > last[1]  # the sentence read right to left
    assert stop[1] <= last[0] + 1 and stop[0] == min(span[0] for span in (*name, first, last, stop))  # at the left end


def _refusal_of_a_header_only_file(qtbot, services: AppServices, folder: Path, name: str,
                                   shown: list[str]) -> str:
    path = folder / name
    path.write_text("branch_code,year,month\n", encoding="utf-8")
    page = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(page)
    import_through_page(qtbot, page, path)
    [message] = shown
    return message


def test_the_refusal_of_a_file_named_in_latin_letters_reads_right_to_left_from_its_name(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str]) -> None:  # noqa: F811
    said = _refusal_of_a_header_only_file(qtbot, services, tmp_path, "1405-08.csv", silent_messages)
    assert readable(said) == "1405-08.csv عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد؛ چیزی برای وارد کردن نیست."
    _assert_right_to_left_sentence_led_by(said, ["1405-08", ".csv"], "عنوان", "نیست", ".")


def test_the_refusal_of_a_persian_file_name_with_digits_keeps_the_name_left_to_right(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str]) -> None:  # noqa: F811
    said = _refusal_of_a_header_only_file(qtbot, services, tmp_path, "آمار-۱۴۰۵-۰۸.csv", silent_messages)
    assert readable(said).startswith("آمار-۱۴۰۵-۰۸.csv عنوان ستون‌ها را دارد")
    _assert_right_to_left_sentence_led_by(said, ["آمار", "-۱۴۰۵", "-۰۸", ".csv"], "عنوان", "نیست", ".")


def test_a_path_through_a_persian_folder_is_drawn_whole_left_to_right_at_the_start_of_a_message() -> None:
    error = ReceiptFileTooLargeError(path="/home/sec/پرونده‌ها/1405-08.receipt", size=byte_size(3221225472),
                                     limit=byte_size(65536))
    said = describe(error)
    assert readable(said).startswith("/home/sec/پرونده‌ها/1405-08.receipt ۳ گیگابایت است")
    _assert_right_to_left_sentence_led_by(said, ["/home/sec/", "پرونده‌ها", "/1405-08", ".receipt"], "۳", "خود بسته است",
                                          "؟")


@pytest.mark.parametrize(("name", "parts"), [
    ("1405-08.csv", ["1405-08", ".csv"]),
    ("آمار-۱۴۰۵-۰۸.csv", ["آمار", "-۱۴۰۵", "-۰۸", ".csv"]),
])
def test_the_problem_list_says_a_header_only_file_right_to_left_from_its_name(name: str, parts: list[str]) -> None:
    said = problem_reason(ImportProblem(name, 0, "", NO_ROWS, {"file": name}))
    assert readable(said) == f"{name} عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد."
    _assert_right_to_left_sentence_led_by(said, parts, "عنوان", "ندارد", ".")


def test_the_saved_problem_list_holds_the_file_name_without_the_marks_that_order_it_on_screen(
        qtbot, tmp_path: Path) -> None:
    """The marks are the window's: the list saved for another program (desktop.ui.language.translate) has none."""
    name = "آمار-۱۴۰۵-۰۸.csv"
    result = ImportResult("rejected", FileKind.CASES, name, rows_read=1, rows_rejected=1, problem_count=1,
                          problems=(ImportProblem(name, 0, "", NO_ROWS, {"file": name}),))
    dialog = ImportProblemsDialog(result)
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "problems.csv")
    saved = (tmp_path / "problems.csv").read_text(encoding="utf-8-sig")
    assert f"{name},,,{name} عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد." in saved
    assert readable(saved) == saved


def test_an_english_message_keeps_its_file_name_as_it_is() -> None:
    app = QApplication.instance()
    install_language(app, Language.ENGLISH)
    try:
        said = problem_reason(ImportProblem("1405-08.csv", 0, "", NO_ROWS, {"file": "1405-08.csv"}))
        refused = describe(ReceiptFileTooLargeError(path="/home/sec/پرونده‌ها/1405-08.receipt",
                                                    size=byte_size(3221225472), limit=byte_size(65536)))
    finally:
        install_language(app, Language.PERSIAN)
    assert said == "1405-08.csv has column headers but no rows."
    assert refused.startswith("/home/sec/پرونده‌ها/1405-08.receipt is 3 GB, more than a receipt can be (64 KB)")
