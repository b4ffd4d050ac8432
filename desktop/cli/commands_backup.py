"""`backup create|list|restore`: backups through SQLite's online backup API, verified and rotated.

Acts for ``--user`` (required once the database has accounts). Backups go to ``--folder`` (default
``<db folder>/backups``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help=QT_TRANSLATE_NOOP(
        "CliHelp", "back the database up or restore a backup"))
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    create = actions.add_parser("create", help=QT_TRANSLATE_NOOP(
        "CliHelp", "take a verified backup now (the oldest beyond --keep go)"))
    create.add_argument("--keep", type=int, default=10, help=QT_TRANSLATE_NOOP(
        "CliHelp", "how many backups to keep (default %(default)s)"))
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list the backups, newest first"))
    restore = actions.add_parser("restore", help=QT_TRANSLATE_NOOP(
        "CliHelp", "replace the database with a backup (verified first)"))
    restore.add_argument("backup", type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "the backup file to restore"))
    restore.add_argument("--another-province", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "restore it even though it is a backup of another province (its data, province and name replace "
                   "this database's)"))
    restore.add_argument("--another-database", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "restore it even though it is a backup of another installation's database of this province (its "
                   "data replaces this database's)"))
    restore.add_argument("--without-accounts", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "restore it even though it would leave the database with no account (anyone who opens it acts "
                   "as the secretary)"))
    for parser, handler in ((create, _create), (listing, _list), (restore, _restore)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        parser.add_argument("--folder", type=Path, default=None, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the backup folder"))
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _service(args: argparse.Namespace, keep: int = 10):
    from desktop.backups.service import BackupService
    from desktop.cli.output import open_existing_database
    from desktop.clock import SystemClock

    database = open_existing_database(args.db)
    try:
        principal = acting_principal(database, args)
    except Exception:
        database.close()
        raise
    return database, BackupService(database, SystemClock(), folder=args.folder, keep=keep, principal=principal)


def _create(args: argparse.Namespace) -> int:
    from desktop.cli.output import TerminalLine, fail, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

    if args.keep < 1:
        from desktop.cli.output import CommandFailed

        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--keep must be at least 1.")))
    database, service = _service(args, args.keep)
    line = TerminalLine()  # seconds on a large province: the copy, then its whole-file check
    try:
        backup = service.back_up_now(_phases_on(line, QT_TRANSLATE_NOOP("Cli", "Taking a backup: {phase} {percent}%")))
    except DomainError as error:
        raise fail(error) from error
    finally:
        line.clear()
        database.close()
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path}"), path=str(backup.path)))
    evidence = backup.evidence
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Evidence files beside the backups: {copied} copied now, {there} there already."),
        copied=evidence.copied, there=evidence.already_there))
    _warn_not_copied(evidence, QT_TRANSLATE_NOOP(
        "Cli", "{count} evidence files the database refers to are missing or damaged in the evidence folder and "
               "could not be backed up."))
    return 0


def _warn_not_copied(evidence, message: str) -> None:  # noqa: ANN001 - an EvidenceCopies
    from desktop.cli.output import print_error, translated

    if evidence.not_copied:
        print_error(translated("Cli", message, count=evidence.not_copied))


def _list(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    database, service = _service(args)
    try:
        backups = service.backups()
    finally:
        database.close()
    if not backups:
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There are no backups in {folder}."),
                         folder=str(service.folder)))
    earlier = translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "from an earlier version of Rasad: of this province, never removed by the rotation"))
    for backup in backups:  # a fourth column only for those of an earlier version
        print(f"{backup.path}\t{backup.taken_at.isoformat()}\t{backup.size_bytes}" + (
            f"\t{earlier}" if backup.earlier else ""))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desktop.backups.service import BackupService
    from desktop.cli.output import TerminalLine, fail, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

    # A new computer: no database yet, or one only just made (nothing to keep, nobody to sign in).
    if not args.db.exists() or BackupService.holds_nothing(args.db):
        return _restore_new(args)
    from desktop.backups.restore_consent import RestoreConsent, RestoreNeedsConsent

    consent = [flag for flag, given in ((RestoreConsent.ANOTHER_PROVINCE, args.another_province),
                                        (RestoreConsent.ANOTHER_DATABASE, args.another_database),
                                        (RestoreConsent.WITHOUT_ACCOUNTS, args.without_accounts)) if given]
    database, service = _service(args)
    line = TerminalLine()  # seconds on a large province: two copies of the backup, three whole-file checks
    try:
        restored = service.restore(args.backup, _phases_on(line, QT_TRANSLATE_NOOP(
            "Cli", "Restoring the backup: {phase} {percent}%")), consent)
    except RestoreNeedsConsent as error:
        raise _needs_flag(error) from error
    except DomainError as error:
        raise fail(error) from error
    finally:
        line.clear()
        database.close()
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Restored {backup} into {path}. The replaced database was kept as {kept}."),
        backup=str(args.backup), path=str(args.db), kept=str(restored.kept)))
    _say_evidence_back(restored)
    return 0


def _needs_flag(error) -> Exception:  # noqa: ANN001 - a RestoreNeedsConsent; a CommandFailed
    """The refusal, and the option that restores it all the same (exit code 1: a rule, not a role)."""
    from desktop.cli.output import CommandFailed, describe, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    hint = translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Nothing was restored. To restore it all the same, add {option}."), option=f"--{error.consent}")
    return CommandFailed(f"{describe(error)} {hint}")


def _restore_new(args: argparse.Namespace) -> int:
    from desktop.backups.service import BackupService
    from desktop.cli.output import TerminalLine, fail, translated
    from desktop.clock import SystemClock
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

    existed = args.db.exists()
    line = TerminalLine()
    try:
        restored = BackupService.restore_new(args.backup, args.db, SystemClock(), _phases_on(
            line, QT_TRANSLATE_NOOP("Cli", "Restoring the backup: {phase} {percent}%")))
    except DomainError as error:
        raise fail(error) from error
    finally:
        line.clear()
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Restored {backup} into {path}, where no province was set up yet.")
                     if existed else QT_TRANSLATE_NOOP("Cli", "Restored {backup} into {path}, where there was no database "
                                                              "before."), backup=str(args.backup), path=str(args.db)))
    _say_evidence_back(restored)
    return 0


def _say_evidence_back(restored) -> None:  # noqa: ANN001 - a Restored
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Evidence files brought back from beside the backup: {copied} ({there} were in place)."),
        copied=restored.evidence.copied, there=restored.evidence.already_there))
    _warn_not_copied(restored.evidence, QT_TRANSLATE_NOOP(
        "Cli", "{count} evidence files the restored database refers to are neither in the evidence folder nor "
               "beside the backup (or are damaged there): their reports and resolutions list them as missing."))


def _phases_on(line, text: str):  # noqa: ANN001, ANN202 - a TerminalLine; a TaskProgress
    """A backup's or a restore's phases on the terminal's line: ``text`` with the phase (context ``Store``) and
    the share done."""
    from desktop.cli.output import translated
    from desktop.tasks import TaskProgress

    current = [""]

    def show(done: int, total: int, phase: str) -> None:
        current[0] = phase or current[0]  # the last step (all done) names no phase
        if total:
            line.show(translated("Cli", text, phase=translated("Store", current[0]), percent=100 * done // total))

    return TaskProgress(on_progress=show if line.enabled else None)
