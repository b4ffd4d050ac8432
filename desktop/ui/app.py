"""Starting the window: application object, fonts, language, database, first run, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from desktop import APP_NAME, __version__
from desktop.paths import default_database_path, demo_database_path

log = logging.getLogger(__name__)


def launch(db_path: Path | None = None, *, demo: bool = False, language: str | None = None,
           selftest: bool = False, screenshot: Path | None = None) -> int:
    if selftest or screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.fonts import install_fonts
    from desktop.ui.language import Language, install_language
    from desktop.ui.settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = UiSettings()
    chosen = Language(language) if language else settings.language
    install_language(app, chosen)
    install_fonts(app)

    from desktop.ui.startup import DatabaseOpener

    path = db_path or (demo_database_path() if demo else default_database_path())
    opener = DatabaseOpener(path, demo=demo)
    services = opener.open_interactively()
    if services is None:
        return 1

    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    window.show()
    if selftest or screenshot:
        return _render_once(app, window, screenshot)
    try:
        return app.exec()
    finally:
        services.close()
        del QMessageBox


def _render_once(app, window, screenshot: Path | None) -> int:
    """Paint the home page once offscreen; used by `--selftest` and the installer check."""
    app.processEvents()
    picture = window.grab()
    ok = not picture.isNull() and window.home_page_ready()
    if screenshot:
        picture.save(str(screenshot))
    print("selftest: ok" if ok else "selftest: FAILED")
    window.close()
    return 0 if ok else 1
