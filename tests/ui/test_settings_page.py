"""The settings page: language, the user's name in the change log, facts about the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop import __version__
from desktop.context import AppServices
from desktop.domain.persian import to_persian_digits
from desktop.meetings.views import MeetingForm
from desktop.store.migrate import head_revision
from desktop.store.models import ChangeLog
from desktop.ui.language import Language, translate
from desktop.ui.pages.settings_page import SettingsPage
from desktop.ui.settings import UiSettings


def make_page(qtbot, services: AppServices, ui_settings: UiSettings) -> SettingsPage:
    page = SettingsPage(services, ui_settings)
    qtbot.addWidget(page)
    return page


def test_a_new_user_name_is_recorded_in_later_change_log_rows(
        qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    page = make_page(qtbot, services, ui_settings)
    assert page.user_name.text() == "دبیر شورا"
    page.user_name.setText("  مریم احمدی ")
    qtbot.mouseClick(page.save_user_button, Qt.MouseButton.LeftButton)

    assert services.profile().user_name == "مریم احمدی"
    assert page.user_name.text() == "مریم احمدی"
    meeting = services.meetings.create_meeting(MeetingForm(date(2026, 11, 18), "جلسه شورای قضایی استان"))
    with services.database.session() as session:
        logged = session.scalars(select(ChangeLog.user_name).where(
            ChangeLog.table_name == "meeting", ChangeLog.row_id == meeting)).all()
    assert logged == ["مریم احمدی"]


def test_an_empty_user_name_is_refused_at_the_field(qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    page = make_page(qtbot, services, ui_settings)
    page.user_name.setText("   ")
    qtbot.mouseClick(page.save_user_button, Qt.MouseButton.LeftButton)
    assert page.user_errors.message_for("user_name") == translate("Validation", "This field must not be empty.")
    assert services.profile().user_name == "دبیر شورا"


def test_the_chosen_language_is_saved_for_the_next_start(
        qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    page = make_page(qtbot, services, ui_settings)
    assert page.persian.isChecked()
    page.english.setChecked(True)
    qtbot.mouseClick(page.save_language_button, Qt.MouseButton.LeftButton)
    assert ui_settings.language is Language.ENGLISH
    assert page.language_note.text() == page.tr("Saved. The new language applies the next time Rasad starts.")


def test_the_database_facts_are_shown(qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    page = make_page(qtbot, services, ui_settings)
    facts = page.information()
    assert facts[page.tr("Database file:")] == str(services.database.path)
    assert facts[page.tr("Schema revision:")] == to_persian_digits(head_revision())  # Persian digits, as elsewhere
    assert facts[page.tr("Evidence folder:")] == str(services.database.evidence_dir)
    assert facts[page.tr("Rasad version:")] == to_persian_digits(__version__)
    assert facts[page.tr("Province:")] == "خراسان رضوی"
    assert facts[page.tr("Judicial districts:")] == "۱"
    assert facts[page.tr("Branches:")] == "۱"
