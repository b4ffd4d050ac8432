"""What a restore does only when it is asked for by name: a backup of another province put in place of this
province's database (its data, its province and its name replaced by the other's - a backup picked from a folder
two provinces' databases share, or from the wrong disk), or a restore that leaves a database with no account
where there were accounts (anyone who opens it then acts as the secretary, without signing in).

:class:`~desktop.backups.service.BackupService` refuses either with :class:`RestoreNeedsConsent` unless the caller
passes its :class:`RestoreConsent`: the command line with ``--another-province`` or ``--without-accounts``, the
window after a question that names both provinces.
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
    WITHOUT_ACCOUNTS = "without-accounts"


ANOTHER_PROVINCE = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” is of the province {backup_province}, and this database is {province}'s: "
             "restored, it would put {backup_province}'s data, province and name in place of {province}'s.")
WITHOUT_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” holds no user account, and the accounts of this database cannot be carried into "
             "it: restored, anyone who opens Rasad would act as the secretary, without signing in.")


class RestoreNeedsConsent(BackupError):
    """A restore refused until it is asked for by name: ``consent`` says what it takes."""

    consent: RestoreConsent = RestoreConsent.ANOTHER_PROVINCE


def needed_consents(current: BackupOrigin, restored: BackupOrigin, backup: Path) -> list[RestoreNeedsConsent]:
    """What restoring ``restored`` (a backup's origin; its accounts counted after the ledger is carried in) in
    place of ``current`` needs consent for, each with the message that names it."""
    needed: list[RestoreNeedsConsent] = []
    if current.province_code and restored.province_code and current.province_code != restored.province_code:
        needed.append(_needs(RestoreConsent.ANOTHER_PROVINCE, ANOTHER_PROVINCE, {
            "path": str(backup), "province": current.province, "backup_province": restored.province}))
    if current.accounts and not restored.accounts:
        needed.append(_needs(RestoreConsent.WITHOUT_ACCOUNTS, WITHOUT_ACCOUNTS, {"path": str(backup)}))
    return needed


def require_consent(current: BackupOrigin, restored: BackupOrigin, backup: Path,
                    given: frozenset[RestoreConsent]) -> None:
    """Refuse the restore unless every consent it needs is among ``given``."""
    for needed in needed_consents(current, restored, backup):
        if needed.consent not in given:
            raise needed


def _needs(consent: RestoreConsent, message: str, params: dict[str, str]) -> RestoreNeedsConsent:
    error = RestoreNeedsConsent(STORE_CONTEXT, message, params)
    error.consent = consent
    return error
