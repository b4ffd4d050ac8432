"""What the province's key, bundle and sync commands share: the province code, the signing key (OS keyring
when secure, else an encrypted key file whose passphrase comes from RASAD_KEY_PASSPHRASE; default
``<db folder>/<code>.rasad-key``), acting for ``--user``, and translated messages."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.output import ExitCode
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error

PASSPHRASE_ENV = "RASAD_KEY_PASSPHRASE"
PROVINCE_SETTING = "province.code"
VERIFY_MAX_BYTES = 64 * 1024 * 1024
VERIFY_MAX_UNCOMPRESSED = 256 * 1024 * 1024


STATE_NAMES = {"waiting": QT_TRANSLATE_NOOP("Cli", "waiting"),
                "sent": QT_TRANSLATE_NOOP("Cli", "sent, held by the center"),
                "acknowledged": QT_TRANSLATE_NOOP("Cli", "acknowledged"),
                "rejected": QT_TRANSLATE_NOOP("Cli", "rejected"),
                "applied": QT_TRANSLATE_NOOP("Cli", "applied"),
                "held": QT_TRANSLATE_NOOP("Cli", "held until the earlier ones arrive"),
                "duplicate": QT_TRANSLATE_NOOP("Cli", "already applied; nothing changed")}


def directive_line(result) -> str:
    from desktop.cli.output import translated

    return translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "directive {sequence} {outcome} ({programs} program(s), {targets} target(s), {deadlines} "
               "deadline(s))"),
        sequence=result.sequence, outcome=translated("Cli", STATE_NAMES[result.outcome.value]),
        programs=result.counts[0], targets=result.counts[1], deadlines=result.counts[2])


def db_and_key_file(parser: argparse.ArgumentParser) -> None:
    from desktop.cli.acting_user import add_user_argument

    add_user_argument(parser)
    parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    parser.add_argument("--key-file", dest="key_file", type=Path, default=None,
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "the encrypted key file used when the OS keyring is not a secure store"))


# -- helpers --------------------------------------------------------------------------------------------

def province_of(database) -> str:
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.store.settings import get_setting

    with database.reading() as session:
        code = get_setting(session, PROVINCE_SETTING)
    if not isinstance(code, str) or not code:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The database has no province code (setting {key}); set it first."), key=PROVINCE_SETTING))
    return code


def key_store(args: argparse.Namespace, province: str):
    from desktop.sync.key_files import EncryptedKeyFile
    from desktop.sync.key_store import KeyStore

    key_file = getattr(args, "key_file", None) or args.db.parent / f"{province}.rasad-key"
    return KeyStore(province, EncryptedKeyFile(key_file))


def say_keyring_notice(store) -> None:  # noqa: ANN001
    """Tell the user (on stderr) when a failing keyring was given up for the key file."""
    import sys

    from desktop.cli.output import describe

    if store.notice is not None:
        print(describe(store.notice), file=sys.stderr)


def key_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def run_for_province(args: argparse.Namespace, body, action: str = "send") -> int:
    """Open the database, act for ``--user`` (who must be allowed ``action``: sending, or editing for the
    center's directives), run ``body(database, province)``; Rasad errors become translated failures."""
    from desktop.cli.acting_user import acting_principal
    from desktop.cli.output import fail, open_existing_database
    from desktop.domain.access import Action
    from desktop.domain.messages import DomainError

    database = open_existing_database(args.db)
    try:
        acting_principal(database, args).require(Action(action))
        return body(database, province_of(database))
    except DomainError as error:
        raise fail(error) from error
    finally:
        database.close()


def file_error(path: Path, error: OSError):
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    return CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The file {path} could not be used ({reason})."),
                                    path=str(path), reason=describe_os_error(error)))


def cut_bundle(args: argparse.Namespace, database, province: str, clock, key=None):  # noqa: ANN001
    from desktop import __version__
    from desktop.sync.outbox import Outbox

    outbox = Outbox(database, clock)
    key = key or key_store(args, province).load(key_passphrase())
    outbox.cut_all(key, province, __version__)
    return outbox


def now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def resync_online(args: argparse.Namespace, database, province: str, client, url: str):
    from desktop.sync.center_link import CenterLinkService
    from desktop.sync.request_auth import RequestRefusedError
    from desktop.sync.resync import apply_center_chain, fetch_center_chain
    from desktop.sync.rotation import deliver_rotations, signed_request_refused

    store = key_store(args, province)
    key = store.load(key_passphrase())
    # the chain is asked for with the current key: a rotation the center has not had yet goes first
    deliver_rotations(database, client, url, province, store)
    try:
        items = fetch_center_chain(client, url, province, key, now)
    except RequestRefusedError:
        raise signed_request_refused(database) from None
    return apply_center_chain(database, items, CenterLinkService(database).center_key(), province, now)


def print_resync(result) -> None:
    from desktop.cli.output import translated

    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} "
               "confirmed, head at sequence {head}."),
        taken=result.taken_back, confirmed=result.confirmed, head=result.head_sequence))
    if result.corrected:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{count} row(s) the center holds differ from this database (changes the restore lost): the next "
                   "bundle corrects them at the center."), count=result.corrected))
    elif result.taken_back:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The center holds the rows of the bundles taken back as this database has them: nothing to "
                   "correct.")))


def missing_center_url():
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    return CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "No center address is stored yet; give it once with --center https://...")))


def center_reason(reason: str) -> str:
    """The center's reason (an English sentence from desktop/sync/refusals.py) in the user's language."""
    from desktop.cli.output import translated
    from desktop.sync.refusals import recognise

    known = recognise(reason)
    return translated("Sync", known.message, **known.params) if known else reason


#: `sync` exit codes (README): 0 every due bundle settled; 2 the center could not be reached, or refused a bundle
#: for now (it is sent again later); 3 the center refused a bundle for good (the alarm: `bundle recut`).
EXIT_TRY_LATER = ExitCode.UNREACHABLE
EXIT_REFUSED = ExitCode.CENTER_REFUSED


def print_refusal_alarm(args: argparse.Namespace, sequence: int, reason: str) -> None:
    """The alarm for a final refusal, with the recovery (docs/bundles.md, "Recovery"), on standard error."""
    import sys

    from desktop.cli.output import translated

    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "ALARM: the center refused bundle {sequence} for good: {reason}\nNothing after it is sent. To "
               "recover, cut its changes again into a new bundle (the chain stays whole):\n  python -m desktop "
               "bundle recut --db {db}\nthen sync again."),
        sequence=sequence, reason=center_reason(reason), db=str(args.db)), file=sys.stderr)
