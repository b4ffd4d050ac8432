"""The window's own preferences, each declared once with its type and default (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.language import Language

SETTINGS_VERSION = 1


class UiSettings:
    """Per-user preferences. Database-scoped facts (province, user) live in the database."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings()
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._settings.value("settings_version", 0))
        if version < SETTINGS_VERSION:
            self._settings.setValue("settings_version", SETTINGS_VERSION)

    @property
    def language(self) -> Language:
        value = str(self._settings.value("language", Language.PERSIAN.value))
        return Language(value) if value in {lang.value for lang in Language} else Language.PERSIAN

    @language.setter
    def language(self, value: Language) -> None:
        self._settings.setValue("language", value.value)

    @property
    def backup_every_hours(self) -> int:
        """How often the scheduled backup runs (0: never); a day by default."""
        try:
            return max(0, int(self._settings.value("backup_every_hours", 24)))
        except (TypeError, ValueError):
            return 24

    @backup_every_hours.setter
    def backup_every_hours(self, value: int) -> None:
        self._settings.setValue("backup_every_hours", int(value))

    @property
    def last_page(self) -> str:
        """The page shown when the window was last closed (opened again at start); the overview by default."""
        return str(self._settings.value("last_page", "home") or "home")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._settings.setValue("last_page", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{name}", value)
