"""Opening an import file of any supported kind as a stream of rows, never the whole file at once: a CSV file
(desktop/imports/csv_reader.py) or an Excel workbook (desktop/imports/workbook_reader.py), told apart by content,
not by name. Every reader gives its rows the same way (desktop/imports/table_reader.py).
"""

from __future__ import annotations

import io
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error
from desktop.imports.csv_reader import SAMPLE_BYTES, CsvReader
from desktop.imports.table_reader import TableReader, UnreadableFileError
from desktop.imports.workbook_reader import CalamineReader, open_workbook

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_table(path: Path | str) -> TableReader:
    """Open ``path`` (CSV or Excel, told apart by content, not by name) for reading."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            head = file.read(SAMPLE_BYTES)
            size = file.seek(0, io.SEEK_END)
    except OSError as error:
        raise UnreadableFileError(path, QT_TRANSLATE_NOOP("Import", "{file} could not be read: {error}"),
                                  error=describe_os_error(error)) from error
    if head.startswith(_ZIP_MAGIC):
        return open_workbook(path)
    if head.startswith(_OLE_MAGIC):
        return CalamineReader(path)
    return CsvReader(path, head, size)
