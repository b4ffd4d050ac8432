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
from desktop.ui.formatting import file_name
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


def test_the_letterhead_emblem_is_chosen_shown_and_removed_on_the_page(
        qtbot, services: AppServices, ui_settings: UiSettings, tmp_path) -> None:
    from PIL import Image

    from desktop.reports.service import ReportService

    source = tmp_path / "نشان.png"
    Image.new("RGB", (300, 200), (29, 53, 87)).save(source)
    page = make_page(qtbot, services, ui_settings)
    box = page.letterhead
    assert not box.clear_button.isEnabled() and box.shown_picture().isNull()
    assert box.choose(source)
    stored = ReportService(services.database, services.clock).emblem()
    assert stored is not None and stored.data == source.read_bytes() and stored.file_name == "نشان.png"
    assert not box.shown_picture().isNull() and box.clear_button.isEnabled()
    assert "۳۰۰" in box.description.text()
    again = make_page(qtbot, services, ui_settings)  # shown again when the page is opened later
    assert not again.letterhead.shown_picture().isNull()
    assert box.clear()
    assert ReportService(services.database, services.clock).emblem() is None
    assert box.shown_picture().isNull() and not box.clear_button.isEnabled()


def test_a_file_that_is_no_picture_is_refused_at_the_emblem_field_and_the_old_one_stays(
        qtbot, services: AppServices, ui_settings: UiSettings, tmp_path) -> None:
    from PIL import Image

    good = tmp_path / "emblem.jpg"
    Image.new("RGB", (100, 100), (29, 53, 87)).save(good, "JPEG")
    bad = tmp_path / "letter.png"
    bad.write_text("not a picture")
    page = make_page(qtbot, services, ui_settings)
    assert page.letterhead.choose(good)
    assert not page.letterhead.choose(bad)
    message = page.letterhead.errors.message_for("emblem")
    assert str(bad) in message and message == translate(  # the path kept left to right in the sentence
        "Validation", "The emblem {file} is not a PNG or JPEG picture, or the picture is damaged.",
        file=file_name(str(bad)))
    assert not page.letterhead.shown_picture().isNull()


def test_only_the_secretary_may_change_the_letterhead_on_the_page(qtbot, services: AppServices,
                                                                 ui_settings: UiSettings) -> None:
    from desktop.domain.access import Principal, Role

    services.set_principal(Principal("ناظر", Role.VIEWER))
    page = make_page(qtbot, services, ui_settings)
    assert not page.letterhead.choose_button.isEnabled() and not page.letterhead.clear_button.isEnabled()


def _signed_in(services: AppServices, login: str, name: str, role) -> None:  # noqa: ANN001
    from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
    from desktop.accounts.service import AccountService
    from desktop.accounts.views import AccountForm

    accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    secretary = accounts.create_first_secretary("sec", "مریم احمدی", "باغ انار ۱۴۰۵ سبز")
    if login != "sec":
        accounts.create_account(secretary, AccountForm(login, name, role), "باغ انار ۱۴۰۵ سبز")
    services.set_principal(accounts.sign_in(login, "باغ انار ۱۴۰۵ سبز"))


def test_a_signed_in_secretarys_name_is_his_accounts_and_is_changed_on_the_users_page(
        qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    """With accounts, the page's name had set the province's old name: a secretary recorded his work under the
    chief justice's name with it, which `accounts change` refuses (settings_page.py)."""
    from desktop.domain.access import Role

    _signed_in(services, "sec", "مریم احمدی", Role.SECRETARY)
    page = make_page(qtbot, services, ui_settings)
    assert page.account_name.text() == "مریم احمدی" != services.profile().user_name
    assert not page.user_name.isVisibleTo(page) and not page.save_user_button.isVisibleTo(page)
    assert page.account_note.isVisibleTo(page) and page.account_note.text()  # where the name is changed
    assert page.save_user_name() is False  # and if it were called anyway, the service refuses it
    assert services.principal.user_name == "مریم احمدی" and services.profile().user_name == "دبیر شورا"


def test_a_viewers_name_on_the_settings_page_is_his_accounts_not_the_provinces(
        qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    from desktop.domain.access import Role

    _signed_in(services, "viewer1", "بیننده استان", Role.VIEWER)
    page = make_page(qtbot, services, ui_settings)
    assert page.account_name.text() == "بیننده استان" and page.account_name.isVisibleTo(page)
    assert not page.user_name.isVisibleTo(page) and not page.save_user_button.isVisibleTo(page)


def test_before_accounts_exist_the_name_is_still_the_provinces_and_the_secretary_changes_it(
        qtbot, services: AppServices, ui_settings: UiSettings) -> None:
    page = make_page(qtbot, services, ui_settings)
    assert page.user_name.text() == "دبیر شورا" and not page.user_name.isReadOnly()
    assert page.save_user_button.isVisibleTo(page) and not page.account_note.isVisibleTo(page)
    assert not page.account_name.isVisibleTo(page)
