"""A database whose pages are damaged on disk, as its backup finds it: one leaf page overwritten (SQLite's check
stops with "database disk image is malformed") or every leaf but the first (its check lists "Page 157:
btreeInitPage() returns error code 11" lines)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.store.database import open_database
from desktop.store.models import Meeting, Province
from tests.damage import overwrite_leaf_pages

#: What a backup of it says, in English, whichever way it is damaged.
REFUSAL = ("No backup was made: the database “{path}” failed its check: some of its pages are damaged (its disk "
           "may be failing). No change is saved into it from now on; restore its newest backup.")
#: SQLite's own words for that damage, which go to the log only.
SQLITES_WORDS = ("malformed", "btreeInitPage", "database disk image")


def damaged_database(path: Path, *, every_leaf_but_the_first: bool) -> Path:
    with open_database(path) as database, database.session() as session:
        session.add(Province(code="KHR", name="خراسان رضوی"))
        for number in range(2, 400):  # enough meeting pages to damage one in the middle
            session.add(Meeting(number=number, held_on=date(2024, 1, 1), title="جلسه " * 20))
    overwrite_leaf_pages(path, "meeting", every_leaf_but_the_first=every_leaf_but_the_first)
    return path
