"""The demo province the tests share: the date it is generated as of, and copies of it (tests/conftest.py
generates it once per test process, `demo_province`)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

#: The date the demo is generated as of (2 Azar 1405), as every area's tests expect.
DEMO_AS_OF = date(2026, 11, 23)


def copy_demo(demo_province: Path, folder: Path, name: str = "demo.sqlite3") -> Path:
    """A copy of the demo folder at ``folder``, its database (and the files beside it) named ``name``; returns
    the database's path. The copy stands as a demo generated in place would: recorded as checked
    (desktop/store/check_record.py) when the generator's own file is, so that its first write does not run the
    full integrity check a copied-in file otherwise gets (seconds), just as when each area generated its own."""
    from desktop.store.check_record import identity_of, is_recorded_as_checked, write_record

    original = demo_province / "demo.sqlite3"
    checked = is_recorded_as_checked(original) is not None
    shutil.copytree(demo_province, folder)
    if name != "demo.sqlite3":
        for path in list(folder.glob("demo.sqlite3*")):
            path.rename(folder / (name + path.name.removeprefix("demo.sqlite3")))
    database = folder / name
    identity = identity_of(database)
    if checked and identity is not None:
        write_record(database, identity)
    return database
