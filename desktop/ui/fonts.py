"""The bundled Vazirmatn font, for the window and for charts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import fonts_dir

log = logging.getLogger(__name__)

FAMILY = "Vazirmatn"
BASE_POINT_SIZE = 10


def install_fonts(app: QApplication) -> str:
    families: set[str] = set()
    for path in sorted(fonts_dir().glob("Vazirmatn-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else app.font().family()
    font = QFont(family, BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family
