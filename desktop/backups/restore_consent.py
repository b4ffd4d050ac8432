"""What a restore does only when it is asked for by name: a backup of another province put in place of this
province's database (its data, its province and its name replaced by the other's - a backup picked from a folder
two provinces' databases share, or from the wrong disk), a backup of another database of the same province put in
place of this one (another installation's: another computer's, or a database set up anew beside this one - its
data replaces this database's, whatever was entered here since), or a restore that leaves a database with no
account where there were accounts (anyone who opens it then acts as the secretary, without signing in).

Another database is told by the identity each database carries in its backups (``database.id``,
desktop/store/backup_origin.py). A backup of an earlier version carries none: it is taken for this database's, as
it always was (nothing in it tells otherwise). A database not yet backed up by this version has none either, so no
backup carrying one can be of it: such a backup is another database's.

:class:`~desktop.backups.service.BackupService` refuses each with :class:`RestoreNeedsConsent` unless the caller
passes its :class:`RestoreConsent`: the command line with ``--another-province``, ``--another-database`` or
``--without-accounts``, the window after a question that names both provinces or both databases.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.backup_origin import BackupOrigin
from desktop.store.backup_refusals import BackupError
from desktop.store.errors import STORE_CONTEXT


class RestoreConsent(StrEnum):
    ANOTHER_PROVINCE = "another-province"
    ANOTHER_DATABASE = "another-database"
    WITHOUT_ACCOUNTS = "without-accounts"


ANOTHER_PROVINCE = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” is of the province {backup_province}, and this database is {province}'s: "
             "restored, it would put {backup_province}'s data, province and name in place of {province}'s.")
ANOTHER_DATABASE = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” is of {province}, but of another installation's database (“{backup_database}”), "
             "not of this one (“{database}”): restored, that database's data would replace this one's.")
WITHOUT_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” holds no user account, and the accounts of this database cannot be carried into "
             "it: restored, anyone who opens Rasad would act as the secretary, without signing in.")


class RestoreNeedsConsent(BackupError):
    """A restore refused until it is asked for by name: ``consent`` says what it takes."""

    consent: RestoreConsent = RestoreConsent.ANOTHER_PROVINCE


def needed_consents(current: BackupOrigin, restored: BackupOrigin, backup: Path,
                    database: Path | None = None) -> list[RestoreNeedsConsent]:
    """What restoring ``restored`` (a backup's origin; its accounts counted after the ledger is carried in) in
    place of ``current`` (the database at ``database``) needs consent for, each with the message that names it."""
    needed: list[RestoreNeedsConsent] = []
    if current.province_code and restored.province_code and current.province_code != restored.province_code:
        needed.append(_needs(RestoreConsent.ANOTHER_PROVINCE, ANOTHER_PROVINCE, {
            "path": str(backup), "province": current.province, "backup_province": restored.province}))
    elif another_database(current, restored):  # another province is another database too: asked once
        needed.append(_needs(RestoreConsent.ANOTHER_DATABASE, ANOTHER_DATABASE, {
            "path": str(backup), "province": current.province, "database": str(database or ""),
            "backup_database": _database_named_in(backup)}))
    if current.accounts and not restored.accounts:
        needed.append(_needs(RestoreConsent.WITHOUT_ACCOUNTS, WITHOUT_ACCOUNTS, {"path": str(backup)}))
    return needed


def another_database(current: BackupOrigin, restored: BackupOrigin) -> bool:
    """Whether ``restored`` is provably of a database other than ``current``, of the same province: it carries an
    identity, and it is not ``current``'s. A database nobody set up (no province: a new computer's) has nothing to
    lose; a backup without an identity (an earlier version's) proves nothing."""
    return (bool(current.province_code) and restored.database_id is not None
            and current.database_id != restored.database_id)


def require_consent(current: BackupOrigin, restored: BackupOrigin, backup: Path,
                    given: frozenset[RestoreConsent], database: Path | None = None) -> list[RestoreConsent]:
    """Refuse the restore unless every consent it needs is among ``given``; the consents it needed (and was
    given), for its audit event."""
    needed = needed_consents(current, restored, backup, database)
    for refusal in needed:
        if refusal.consent not in given:
            raise refusal
    return [refusal.consent for refusal in needed]


def _database_named_in(backup: Path) -> str:
    """The file name of the database a backup was taken of, as its own name tells (``<stem>-YYYYMMDD-HHMMSS``):
    its stem, with the extension the default database has."""
    from desktop.store.backup_files import BACKUP_NAME

    match = BACKUP_NAME.match(backup.name)
    return f"{match.group('stem')}.sqlite3" if match else backup.name


def _needs(consent: RestoreConsent, message: str, params: dict[str, str]) -> RestoreNeedsConsent:
    error = RestoreNeedsConsent(STORE_CONTEXT, message, params)
    error.consent = consent
    return error
