"""A message from below the UI (a refusal, an import's problem or note, a sync outcome) as the window shows it.

:func:`desktop.ui.language.translate` is shared with the command line, the reports and the files they write (a
saved problem list), so it fills a message's fields as they are. The window says the same message through
:func:`said`: in Persian each field that is a file name or a path is kept left to right as one unit
(:func:`desktop.ui.formatting.file_name`) - the import's «{file} has column headers but no rows.» named «1405-08.csv»
first and Qt laid the whole sentence out left to right.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from desktop.domain.messages import Bilingual, DomainError
from desktop.ui.formatting import file_name
from desktop.ui.language import translate

#: The fields that hold a file name or a path (``path=str(path)``, ``file=path.name`` by the project's convention).
FILE_FIELDS = frozenset({"path", "folder", "file", "location", "database", "backup_database", "backup", "source",
                         "target", "written"})
#: ``{name}`` is a file's in some messages ("The file “{name}” is empty"), a person's or a branch's in others.
_LOOKS_LIKE_A_FILE = re.compile(r"[/\\]|\.[^\W_]{1,8}$")


def said(context: str, message: str, params: Mapping[str, object] | None = None) -> str:
    """``message`` in the window's language, its file names and paths kept left to right, and likewise those of
    the messages inside it (a reason)."""
    return translate(context, message, **{key: _field(key, value) for key, value in (params or {}).items()})


def said_error(error: DomainError) -> str:
    return said(error.context, error.message, error.params)


def _field(key: str, value: object) -> object:
    if isinstance(value, DomainError):
        return said_error(value)
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or isinstance(value, Bilingual) or not value:
        return value
    if key in FILE_FIELDS or (key == "name" and _LOOKS_LIKE_A_FILE.search(value)):
        return file_name(value)
    return value
