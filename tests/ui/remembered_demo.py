"""A copy of the demo with a page's first view computed and remembered for today, as the window tests of the
remembered pages start from (tests/ui/test_startup_snapshot.py, test_startup_ranking.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.context import AppServices
from desktop.store.database import open_database


def demo_with_remembered_view(demo_template: Path, folder: Path, page: str) -> Path:
    """``page`` names the service that computes and remembers the view: ``overview`` or ``ranking``. The copy is
    checked first (a view is remembered only in a file vouched for), and closed."""
    shutil.copytree(demo_template, folder)
    path = folder / "demo.sqlite3"
    with open_database(path) as database:
        assert not database.health.check().is_damaged
        service = getattr(AppServices(database), page)
        assert service.remember(service.compute())
    return path
