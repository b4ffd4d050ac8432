"""The translation files are complete, current with the code, and compile."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n, ts_files

TS_FILES = [i18n.PERSIAN_TS, i18n.ENGLISH_TS]


def test_every_persian_message_is_translated() -> None:
    problems = ts_files.report(i18n.PERSIAN_TS)
    if problems:
        pytest.fail(f"{len(problems)} Persian message(s) need work (`python -m tools.i18n update`, "
                    "then `pyside6-linguist i18n/rasad_fa.ts`):\n" + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize("committed", TS_FILES, ids=lambda path: path.name)
def test_translation_files_hold_every_message_in_the_code(committed: Path, tmp_path: Path) -> None:
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n.lupdate(fresh, silent=True)
    missing = ts_files.source_keys(fresh) - ts_files.source_keys(committed)
    if missing:
        pytest.fail(f"{committed.name} is stale; run `python -m tools.i18n update`. New messages:\n"
                    + "\n".join(f"[{context}] {source!r}" for context, source in sorted(missing)), pytrace=False)


def test_english_file_translates_every_message_to_its_source() -> None:
    unfilled = [m for m in ts_files.read_messages(i18n.ENGLISH_TS)
                if m.live and (not m.finished or any(text != m.source for text in m.translations))]
    assert not unfilled, "run `python -m tools.i18n update`: " + ", ".join(repr(m.source) for m in unfilled)


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.name)
def test_translation_files_compile_with_lrelease(ts_file: Path, tmp_path: Path) -> None:
    qm = tmp_path / ts_file.with_suffix(".qm").name
    result = subprocess.run([i18n.qt_tool("lrelease"), str(ts_file), "-qm", str(qm)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert qm.is_file() and qm.stat().st_size > 0


# The checker itself.

def _ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "x_fa.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="fa_IR" sourcelanguage="en"><context><name>C</name>{body}'
                    "</context></TS>\n", encoding="utf-8")
    return path


def test_checker_accepts_a_finished_translation_keeping_placeholders_and_allowed_latin(tmp_path: Path) -> None:
    path = _ts(tmp_path, "<message><source>Export {name} to PDF</source><translation>خروجی PDF از {name}"
                         "</translation></message><message><source>SPI</source><translation>SPI</translation>"
                         "</message>")
    assert ts_files.report(path) == []


def test_checker_flags_unfinished_empty_copied_and_placeholder_losing_messages(tmp_path: Path) -> None:
    path = _ts(tmp_path, "<message><source>Save</source><translation type=\"unfinished\">ذخیره</translation>"
                         "</message><message><source>Open</source><translation></translation></message>"
                         "<message><source>Close</source><translation>Close</translation></message>"
                         "<message><source>Saved %1 as {path}</source><translation>ذخیره شد</translation>"
                         "</message>")
    assert ts_files.report(path) == [
        "[C] 'Save': unfinished",
        "[C] 'Open': not translated",
        "[C] 'Close': identical to the source",
        "[C] 'Saved %1 as {path}': missing %1, {path}",
    ]


def test_english_fill_sets_every_plural_form_to_the_source(tmp_path: Path) -> None:
    path = _ts(tmp_path, '<message numerus="yes"><source>%n file(s)</source><translation type="unfinished">'
                         "<numerusform></numerusform><numerusform></numerusform></translation></message>")
    ts_files.fill_with_source(path)
    [message] = ts_files.read_messages(path)
    assert message.finished and message.translations == ("%n file(s)", "%n file(s)")


@pytest.mark.parametrize("committed", TS_FILES, ids=lambda path: path.name)
def test_translators_see_only_the_notes_written_for_them(committed: Path) -> None:
    """A ``#:`` comment documenting a constant is not a translator note, though lupdate reads it as one for the
    next marked text (the center's exit codes reached translators as a note on «accepted»)."""
    notes = i18n.translator_notes()
    assert "A phase of a backup or a restore, shown under its progress bar's title." in notes
    shown = {element.text for element in ET.parse(committed).getroot().iter("extracomment")}
    assert shown <= notes, f"run `python -m tools.i18n update`: {sorted(shown - notes)}"


def test_a_code_comment_glued_before_a_translator_note_is_cut_off_and_a_stray_one_removed(tmp_path: Path) -> None:
    path = _ts(tmp_path, "<message><source>Copying</source><extracomment>Exit codes: 0 done. A phase of a backup."
                         "</extracomment><translation>رونوشت</translation></message><message><source>accepted"
                         "</source><extracomment>Exit codes: 0 done.</extracomment><translation>پذیرفته"
                         "</translation></message>")
    assert ts_files.keep_translator_notes(path, {"A phase of a backup."}) == 2
    assert [element.text for element in ET.parse(path).getroot().iter("extracomment")] == ["A phase of a backup."]


def test_a_text_moved_to_another_context_keeps_its_translation_and_one_newly_used_elsewhere_does_not() -> None:
    def message(context: str, source: str, translation: str = "", kind: str = "") -> ts_files.Message:
        return ts_files.Message(context, source, (translation,), kind)

    before = [message("Page", "Loading the trend…", "در حال بارگذاری روند…"),
              message("Page", "Province", "استان"),
              message("Page", "Threshold", "حد مطلوب"), message("Chart", "Threshold", "آستانه")]
    after = [message("Trend", "Loading the trend…", kind="unfinished"),  # moved out of Page
             message("Page", "Province", "استان"), message("Choices", "Province", kind="unfinished"),  # also used
             message("Trend", "Threshold", kind="unfinished")]  # left two contexts with two translations
    assert ts_files.moved_translations(before, after) == {"Trend|Loading the trend…": "در حال بارگذاری روند…"}


def test_a_refusal_given_as_the_reason_inside_a_message_is_translated_with_it() -> None:
    """The center's translator (no Qt) fills a nested refusal in the message's language, not in English."""
    from desktop.domain.messages import Bilingual
    from desktop.store.errors import EvidenceUnreadableError
    from desktop.translations import Language, translate

    reason = EvidenceUnreadableError("report.pdf", Bilingual("دسترسی رد شد", "permission denied"))
    outer = "The backup “{path}” was written and checked, but its evidence files could not be copied beside it: {reason}"
    persian = translate(Language.PERSIAN, "Store", outer, path="b.sqlite3", reason=reason)
    english = translate(Language.ENGLISH, "Store", outer, path="b.sqlite3", reason=reason)
    assert persian.endswith("فایل «report.pdf» خوانده نمی‌شود: دسترسی رد شد"), persian
    assert english.endswith("The file “report.pdf” cannot be read: permission denied"), english


# One spelling of «پایگاه داده» (database): two words, no joiner; with the ezafe written «دادهٔ», as every ezafe
# after a final ه in the file («نسخهٔ», «دادهٔ»), when a word qualifying it follows («پایگاه دادهٔ مرکز»), and
# without it otherwise («پایگاه داده را», «این پایگاه داده حساب کاربری دارد»).
DATABASE = "پایگاه داده"
_DATABASE_SPELLED_OTHERWISE = re.compile("پایگاه\u200c? ?\u200c?داده(?:\u200cی|ی)(?=[\\s.،؛:…»)]|$)|پایگاه\u200c|پایگاهداده")
#: Words that qualify a database (which one, whose, what kind): they take the ezafe.
_QUALIFIERS = {"مرکز", "استان", "نمایشی", "تازه", "تازهٔ", "جدید", "کنونی", "واقعی", "بازگردانده", "جایگزین‌شده",
               "رصد", "رصدی", "SQLite", "برنامهٔ", "برنامه", "اصلی", "دیگر", "قدیمی"}
#: Words after which no ezafe can stand: a preposition, a conjunction, the object marker, a verb.
_NOT_QUALIFIERS = {"را", "به", "با", "از", "در", "و", "یا", "که", "است", "نیست", "بود", "شد"}
_AFTER_DATABASE = re.compile("پایگاه داده(\u0654?) ([^\\s.،؛:…»)]+)")


def _persian_texts() -> list[tuple[str, str]]:
    return [(message.source, text) for message in ts_files.read_messages(i18n.PERSIAN_TS) if message.live
            for text in message.translations]


def test_the_persian_translations_spell_database_one_way() -> None:
    texts = _persian_texts()
    assert sum(DATABASE in text for _source, text in texts) > 50
    otherwise = [text for _source, text in texts if _DATABASE_SPELLED_OTHERWISE.search(text)]
    assert not otherwise, otherwise
    ezafe, bare = set(), set()
    for _source, text in texts:
        for mark, word in _AFTER_DATABASE.findall(text):
            (ezafe if mark else bare).add(word)
    # a qualifier takes the ezafe, every time; nothing else does
    assert not bare & (_QUALIFIERS | ezafe), sorted(bare & (_QUALIFIERS | ezafe))
    assert not ezafe & _NOT_QUALIFIERS, sorted(ezafe & _NOT_QUALIFIERS)
    assert ezafe - _QUALIFIERS == set(), "a new qualifier of «پایگاه دادهٔ»: add it to _QUALIFIERS"


def test_the_database_spelling_check_finds_the_other_spellings() -> None:
    for wrong in ("پایگاه‌داده", "پایگاهداده", "پایگاه داده‌ی مرکز", "پایگاه‌دادهٔ مرکز"):
        assert _DATABASE_SPELLED_OTHERWISE.search(wrong), wrong
    assert not _DATABASE_SPELLED_OTHERWISE.search("پایگاه دادهٔ مرکز، پایگاه داده‌ای تازه و پایگاه داده")


def test_a_field_echoing_the_users_input_keeps_its_digits_as_typed_while_other_figures_are_persian() -> None:
    """«1405-13» typed on the command line had been echoed as «۱۴۰۵-۱۳»: not what the user typed."""
    from desktop.domain.messages import AsTyped
    from desktop.translations import Language, translate

    text = "{value} and {count} and {date}"
    for typed in ("1405-13", "۱۴۰۵-۱۳", "1405-H9"):
        assert translate(Language.PERSIAN, "Tests", text, value=AsTyped(typed), count=13, date="1405/08/15") \
            == f"{typed} and ۱۳ and ۱۴۰۵/۰۸/۱۵"
        assert translate(Language.ENGLISH, "Tests", text, value=AsTyped(typed), count=13, date="1405/08/15") \
            == f"{typed} and 13 and 1405/08/15"


@pytest.mark.parametrize("typed", ["12 5", "۱۲\u00a0۵", "1403/02/05 25:00", "- 5"])
def test_an_echoed_number_with_a_space_inside_is_kept_left_to_right_in_persian(typed: str) -> None:
    """In a right-to-left line the space between two numbers takes the line's direction: «12 5» was shown «5 12».
    Embedded left-to-right (LRE…PDF, as a signed number is); English text is left alone."""
    from desktop.domain.messages import AsTyped
    from desktop.translations import Language, translate

    assert translate(Language.PERSIAN, "Tests", "«{value}»", value=AsTyped(typed)) == f"«\u202a{typed}\u202c»"
    assert translate(Language.ENGLISH, "Tests", "'{value}'", value=AsTyped(typed)) == f"'{typed}'"
    assert translate(Language.PERSIAN, "Tests", "«{value}»", value=AsTyped("فردا ۱۲")) == "«فردا ۱۲»"
