"""What another process holding the database is doing, in words (context "Store"): "an import of the file
cases.csv", "a backup", "the restore of the backup …", "the Rasad window" - from the lock-holder note's activity
code and file (desktop/store/busy.py), never its command line ("python -m desktop import (process 1234)" told an
office nothing it could act on). A command not named here is "the Rasad command “…”"."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.busy import WINDOW, LockHolder
from desktop.store.errors import STORE_CONTEXT

#: Before activities were codes, a command line's note held "python -m desktop <words>".
_COMMAND_PREFIX = "python -m desktop "

#: An activity code, and what it is called with a file (``{file}``) and without one.
_WORDS: dict[str, tuple[str, str]] = {
    WINDOW: (QT_TRANSLATE_NOOP("Store", "the Rasad window"), QT_TRANSLATE_NOOP("Store", "the Rasad window")),
    "import": (QT_TRANSLATE_NOOP("Store", "an import of {file}"), QT_TRANSLATE_NOOP("Store", "an import")),
    "backup create": (QT_TRANSLATE_NOOP("Store", "a backup"), QT_TRANSLATE_NOOP("Store", "a backup")),
    "backup restore": (QT_TRANSLATE_NOOP("Store", "the restore of the backup {file}"),
                       QT_TRANSLATE_NOOP("Store", "the restore of a backup")),
    "demo": (QT_TRANSLATE_NOOP("Store", "the making of the demo database"),
             QT_TRANSLATE_NOOP("Store", "the making of the demo database")),
    "setup": (QT_TRANSLATE_NOOP("Store", "the setup of a province"),
              QT_TRANSLATE_NOOP("Store", "the setup of a province")),
    "sync": (QT_TRANSLATE_NOOP("Store", "sending to the center"), QT_TRANSLATE_NOOP("Store", "sending to the center")),
    "report": (QT_TRANSLATE_NOOP("Store", "a report being written to {file}"),
               QT_TRANSLATE_NOOP("Store", "a report being written")),
}
OTHER_COMMAND = QT_TRANSLATE_NOOP("Store", "the Rasad command “{command}”")
ANOTHER_RASAD = QT_TRANSLATE_NOOP("Store", "another Rasad program")
SEVERAL_FILES = QT_TRANSLATE_NOOP("Store", "{file} and {count} more files")


def activity_words(holder: LockHolder) -> DomainError:
    """What ``holder`` is doing, as a message field."""
    code = holder.activity.removeprefix(_COMMAND_PREFIX).strip()
    words = _WORDS.get(code) or _WORDS.get(code.split(" ")[0]) if code else None
    if words is not None:
        with_file, without = words
        if holder.subject and "{file}" in with_file:
            return DomainError(STORE_CONTEXT, with_file, {"file": _file(holder.subject)})
        return DomainError(STORE_CONTEXT, without)
    if not code or code == "Rasad":
        return DomainError(STORE_CONTEXT, ANOTHER_RASAD)
    return DomainError(STORE_CONTEXT, OTHER_COMMAND, {"command": code})


def _file(subject: str) -> str | DomainError:
    """The file's name, the folder left out (the note lists several one a line: the first, and how many more)."""
    names = [Path(line).name for line in subject.splitlines() if line.strip()] or [subject]
    if len(names) == 1:
        return names[0]
    return DomainError(STORE_CONTEXT, SEVERAL_FILES, {"file": names[0], "count": len(names) - 1})
