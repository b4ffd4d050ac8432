"""Language and direction, set once at start before any widget exists.

The direction follows the translation: Qt reads the message `QT_LAYOUT_DIRECTION` of the context
`QGuiApplication` ("RTL" in Persian), which is the documented way to make a translated application
right-to-left. `apply_direction` sets it explicitly as well; the window calls it once it has painted,
because touching Qt's `Qt` namespace costs about 15 ms at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, english_fields
from desktop.paths import translations_dir
from desktop.translations import persian_field

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Qt's own key for the layout direction of a translation; rasad_fa.ts translates it as "RTL".
LAYOUT_DIRECTION_KEY = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


class Language(StrEnum):
    PERSIAN = "fa"
    ENGLISH = "en"

    @property
    def qlocale(self) -> QLocale:
        if self is Language.PERSIAN:
            return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    @property
    def direction(self) -> Qt.LayoutDirection:
        from PySide6.QtCore import Qt

        return Qt.LayoutDirection.RightToLeft if self is Language.PERSIAN else Qt.LayoutDirection.LeftToRight


@dataclass
class _Current:
    language: Language = Language.PERSIAN


_current = _Current()
_installed: list[QTranslator] = []


def current_language() -> Language:
    return _current.language


def install_language(app: QCoreApplication, language: Language, *, set_direction: bool = True) -> bool:
    """Load Qt's own and Rasad's translations and set the default locale.

    Returns False when Rasad's `.qm` file is missing (the app then shows the
    English source strings, which is why `make` always builds translations).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current.language = language
    QLocale.setDefault(language.qlocale)

    qt_translator = QTranslator(app)
    if qt_translator.load(language.qlocale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)

    own = QTranslator(app)
    loaded = own.load(f"rasad_{language.value}", str(translations_dir()))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    if set_direction:
        apply_direction(app)
    return loaded


def apply_direction(app: QCoreApplication) -> None:
    """Make the application's layout direction that of the current language (no-op without widgets)."""
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(current_language().direction)


def translate(context: str, text: str, **params: object) -> str:
    """Translate a message marked with QT_TRANSLATE_NOOP below the UI, then fill its fields.

    In Persian, numbers, dates and times among the fields are shown in Persian digits (names and paths are
    left as they are); in English, a name given in both languages (a period's) in English."""
    translated = QCoreApplication.translate(context, text)
    if not params:
        return translated
    if _current.language is Language.PERSIAN:
        params = {key: translate(value.context, value.message, **value.params) if isinstance(value, DomainError)
                  else persian_field(value) for key, value in params.items()}
    else:
        params = english_fields(params)
    return translated.format(**params)
