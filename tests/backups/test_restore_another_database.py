"""A backup of another installation's database of the same province (another identity inside) is restored only
when asked for by name, as another province's is; an earlier version's backup, and this database's own, restore
as before. Every consent a restore needed is kept in its audit event."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.audit.service import AuditFilter, AuditService
from desktop.backups.restore_consent import RestoreConsent, RestoreNeedsConsent
from desktop.backups.service import BackupService
from desktop.domain.access import Principal
from desktop.organisation.service import PROVINCE_CODE, PROVINCE_NAME
from desktop.store.audit import RESTORE, record_event
from desktop.store.database import open_database
from desktop.store.models import Province
from desktop.store.settings import get_setting, set_setting
from tests.accounts.conftest import MovableClock

NOW = datetime(2026, 12, 4, 20, 6, tzinfo=UTC)


def _province(path: Path, code: str = "QOM", name: str = "قم", marker: str = "") -> Path:
    with open_database(path) as database, database.session() as session:
        session.add(Province(code=code, name=name))
        set_setting(session, PROVINCE_CODE, code)
        set_setting(session, PROVINCE_NAME, name)
        set_setting(session, "test.marker", marker or path.stem)
    return path


def _back_up(path: Path) -> Path:
    with open_database(path, create=False) as database:
        return BackupService(database, MovableClock(NOW)).back_up_now().path


def _marker(path: Path) -> str:
    with open_database(path, create=False) as database, database.reading() as session:
        return get_setting(session, "test.marker")


def _restore_events(path: Path) -> list[str]:
    with open_database(path, create=False) as database:
        return [event.detail for event in AuditService(database).events(AuditFilter(operation="restore"))]


@pytest.fixture
def office_and_other(tmp_path: Path) -> tuple[Path, Path]:
    """Qom's database at the office, and another installation's database of Qom (a laptop's), each backed up."""
    office = _province(tmp_path / "office" / "rasad.sqlite3", marker="office")
    laptop = _province(tmp_path / "laptop" / "rasad.sqlite3", marker="laptop")
    _back_up(office)
    return office, laptop


def test_another_installations_backup_of_the_same_province_is_refused_naming_both(office_and_other) -> None:
    office, laptop = office_and_other
    of_laptop = _back_up(laptop)
    with open_database(office, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        question = service.restore_question(of_laptop)
        assert question is not None and question.consent is RestoreConsent.ANOTHER_DATABASE
        with pytest.raises(RestoreNeedsConsent) as refused:
            service.restore(of_laptop)
    assert refused.value.consent is RestoreConsent.ANOTHER_DATABASE
    assert refused.value.english() == (
        f"The backup “{of_laptop}” is of قم, but of another installation's database (“rasad.sqlite3”), not of this "
        f"one (“{office}”): restored, that database's data would replace this one's.")
    assert _marker(office) == "office" and not list(office.parent.glob("*.before-restore-*"))


def test_another_installations_backup_is_restored_with_consent_and_its_audit_event_says_so(
        office_and_other) -> None:
    office, laptop = office_and_other
    of_laptop = _back_up(laptop)
    with open_database(office, create=False) as database:
        BackupService(database, MovableClock(NOW)).restore(of_laptop, consent=[RestoreConsent.ANOTHER_DATABASE])
    assert _marker(office) == "laptop"
    [detail] = _restore_events(office)
    assert detail.endswith("; consented to: another-database")


def test_this_databases_own_backup_asks_nothing_and_records_no_consent(office_and_other) -> None:
    office, _laptop = office_and_other
    [own] = (office.parent / "backups").glob("rasad-*.sqlite3")
    with open_database(office, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        assert service.restore_question(own) is None
        service.restore(own, consent=[RestoreConsent.ANOTHER_DATABASE])  # given, but not needed: not recorded
    [detail] = _restore_events(office)
    assert "consented" not in detail and detail.endswith("; consents needed: none")
    with open_database(office, create=False) as database:
        [event] = AuditService(database).events(AuditFilter(operation="restore"))
    assert event.consents == ()  # said to have needed none, not left unknown like an earlier version's


def test_a_restore_recorded_before_restores_kept_their_consents_is_not_said_to_have_needed_none(
        office_and_other) -> None:
    office, _laptop = office_and_other
    with open_database(office, create=False) as database:
        with database.session() as session:
            record_event(session, Principal.system(), RESTORE, "from rasad-20261101-090000.sqlite3; previous "
                         "database kept as rasad.sqlite3.before-restore-1; approvals carried: 0")
        [event] = AuditService(database).events(AuditFilter(operation="restore"))
        [backup] = AuditService(database).events(AuditFilter(operation="backup.create"))
    assert event.consents is None and backup.consents is None


def test_an_earlier_versions_backup_of_this_province_restores_as_before(office_and_other) -> None:
    office, _laptop = office_and_other
    earlier = office.parent / "backups" / "rasad-20261101-090000.sqlite3"  # no identity inside
    shutil.copyfile(_province(office.parent / "old.sqlite3", marker="earlier"), earlier)
    with open_database(office, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        assert service.restore_question(earlier) is None
        service.restore(earlier)
    assert _marker(office) == "earlier"


def test_a_database_never_backed_up_is_asked_before_another_installations_backup_replaces_it(tmp_path) -> None:
    """No backup of it carries an identity yet, so one that does is another database's (set up anew on a new
    computer instead of restoring, then restored over: what was entered there is replaced)."""
    office = _province(tmp_path / "office" / "rasad.sqlite3", marker="office")
    of_laptop = _back_up(_province(tmp_path / "laptop" / "rasad.sqlite3", marker="laptop"))
    with open_database(office, create=False) as database, pytest.raises(RestoreNeedsConsent) as refused:
        BackupService(database, MovableClock(NOW)).restore(of_laptop)
    assert refused.value.consent is RestoreConsent.ANOTHER_DATABASE


def test_another_provinces_backup_is_asked_once_as_another_province(office_and_other, tmp_path) -> None:
    office, _laptop = office_and_other
    of_isfahan = _back_up(_province(tmp_path / "isf" / "isf.sqlite3", "ISF", "اصفهان"))
    with open_database(office, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        assert service.restore_question(of_isfahan).consent is RestoreConsent.ANOTHER_PROVINCE
        service.restore(of_isfahan, consent=[RestoreConsent.ANOTHER_PROVINCE])
    [detail] = _restore_events(office)
    assert detail.endswith("; consented to: another-province")
