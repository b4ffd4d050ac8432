"""Reading import files: encodings, delimiters, Excel, and the files that cannot be read."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.imports.reading import open_table
from desktop.imports.table_reader import EmptyFileError, NoHeaderError, UnreadableFileError
from tests.imports.conftest import CASE_HEADERS, CASES, write_csv, write_xlsx


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], object]:
    with open_table(path) as reader:
        return reader.headers, list(reader.rows()), reader


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("cp1256", "cp1256"),
])
def test_every_supported_encoding_reads_the_same_persian_text(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "cases.csv"
    headers, cases = CASE_HEADERS, CASES
    if encoding == "cp1256":  # Windows-1256 has only the Arabic yeh, as real exports do
        headers = tuple(h.replace("ی", "ي") for h in headers)
        cases = tuple(tuple(c.replace("ی", "ي") for c in row) for row in cases)
    if encoding == "utf-16-be":
        path.write_bytes(codecs.BOM_UTF16_BE + "\n".join(
            ",".join(row) for row in (CASE_HEADERS, *CASES)).encode("utf-16-be"))
    else:
        write_csv(path, headers, cases, encoding=encoding)
    read_headers, rows, reader = _read(path)
    assert reader.encoding == expected
    assert read_headers == list(headers)
    assert [cells for _, cells in rows] == [list(row) for row in cases]
    assert [line for line, _ in rows] == [2, 3, 4]


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_the_delimiter_is_sniffed_from_the_header(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES, delimiter=delimiter)
    headers, rows, reader = _read(path)
    assert reader.delimiter == delimiter
    assert headers == list(CASE_HEADERS)
    assert rows[0][1][0] == "1001"


def test_utf8_beyond_the_sample_is_still_strict(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    body = ",".join(CASE_HEADERS).encode() + b"\n" + b"1001,101001,x,1403/02/05,,,,\n" * 8000
    path.write_bytes(body + b"1002,101001,\xff\xfe,1403/02/05,,,,\n")
    with open_table(path) as reader, pytest.raises(UnreadableFileError) as raised:
        list(reader.rows())
    assert raised.value.params["file"] == "cases.csv"
    assert raised.value.context == "Import"


def test_blank_lines_are_skipped_and_lines_still_counted(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text("\n" + ",".join(CASE_HEADERS) + "\n1001,101001\n\n,,,\n1002,101002\n", encoding="utf-8")
    headers, rows, reader = _read(path)
    assert reader.header_line == 2
    assert [(line, cells[:2]) for line, cells in rows] == [(3, ["1001", "101001"]), (6, ["1002", "101002"])]
    assert len(rows[0][1]) == len(CASE_HEADERS)  # short rows are padded


def test_xlsx_is_read_with_numbers_as_text_and_real_dates_as_jalali(tmp_path: Path) -> None:
    from datetime import date

    path = write_xlsx(tmp_path / "cases.xlsx", CASE_HEADERS,
                      [(1001, 101001, "حقوقی", date(2024, 4, 24), "1403/02/05 13:45", None, 2.0, "")])
    headers, rows, reader = _read(path)
    assert reader.format == "xlsx"
    assert headers == list(CASE_HEADERS)
    assert rows == [(2, ["1001", "101001", "حقوقی", "1403/02/05", "1403/02/05 13:45", "", "2", ""])]


def test_a_large_worksheet_is_streamed_with_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.imports import workbook_reader

    monkeypatch.setattr(workbook_reader, "CALAMINE_MAX_SHEET_XML", 10)
    path = write_xlsx(tmp_path / "cases.xlsx", CASE_HEADERS, [list(row) for row in CASES])
    with open_table(path) as reader:
        assert type(reader).__name__ == "_OpenpyxlReader"
        assert [cells for _, cells in reader.rows()] == [list(row) for row in CASES]


@pytest.mark.parametrize(("content", "error"), [
    (b"", EmptyFileError),
    (b"\n\n  \n", EmptyFileError),
    (bytes(range(256)) * 40, UnreadableFileError),
    (b"PK\x03\x04 not really a zip", UnreadableFileError),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, UnreadableFileError),
    ("1001,101001,حقوقی,1403/02/05\n".encode(), NoHeaderError),
])
def test_files_that_cannot_be_imported_raise_a_clear_error_naming_the_file(
        tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        open_table(path)
    assert raised.value.params["file"] == "bad.csv"
    assert raised.value.context == "Import"
    assert "bad.csv" in raised.value.english()


def test_records_are_dicts_by_header(tmp_path: Path, cases_csv: Path) -> None:
    with open_table(cases_csv) as reader:
        line, record = next(reader.records())
    assert line == 2
    assert record["شماره پرونده"] == "1001"


def _with_a_padded_part(workbook: Path, out: Path, megabytes: int) -> Path:
    """``workbook`` with a sharedStrings part of one string of ``megabytes`` MB of one letter (packs ~1000:1)."""
    import zipfile

    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        with target.open("xl/sharedStrings.xml", "w") as stream:
            stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            for _ in range(megabytes):
                stream.write(b"A" * 1024 * 1024)
            stream.write(b"</t></si></sst>")
    return out


def test_a_workbook_that_would_unpack_beyond_any_spreadsheet_is_refused_before_it_is_unpacked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1 MB workbook unpacked to 4 GB in the importer's memory (sharedStrings), or 2 GB (one cell)."""
    from desktop.imports import workbook_reader

    plain = write_xlsx(tmp_path / "cases.xlsx", CASE_HEADERS, [list(row) for row in CASES])
    monkeypatch.setattr(workbook_reader, "MAX_WORKBOOK_UNPACKED", 3 * 1024 * 1024)
    with pytest.raises(UnreadableFileError) as refused:
        open_table(_with_a_padded_part(plain, tmp_path / "big.xlsx", 4))
    assert refused.value.english() == ("big.xlsx cannot be imported: it would unpack to 5 MB, more than the 3 MB "
                                       "a workbook may hold.")
    monkeypatch.setattr(workbook_reader, "RATIO_CHECKED_FROM", 1024 * 1024)
    with pytest.raises(UnreadableFileError) as refused:
        open_table(_with_a_padded_part(plain, tmp_path / "bomb.xlsx", 2))
    assert "its part xl/sharedStrings.xml unpacks to" in refused.value.english()
    with open_table(plain) as reader:  # an ordinary workbook is read as before
        assert [cells for _, cells in reader.rows()] == [list(row) for row in CASES]
