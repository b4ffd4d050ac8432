"""Where Rasad finds its bundled resources and keeps its data. No Qt here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME


def project_root() -> Path:
    """The folder holding `resources/` and `i18n/`: the checkout, or PyInstaller's bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return project_root() / "i18n"


def data_dir() -> Path:
    """The user's data folder; RASAD_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("RASAD_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path  # a few milliseconds: not before the window paints

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # the council's data: the owner's only
    return path


def default_database_path() -> Path:
    return data_dir() / "rasad.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo" / "rasad-demo.sqlite3"
