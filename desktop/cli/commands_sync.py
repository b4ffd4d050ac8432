"""`keys init|show|export-public|rotate|pin-center`, `bundle export|verify`, `directives import` and `sync`
(issue 4).

The province code is the database setting ``province.code``. The signing key lives in the OS keyring when it
is a secure store, otherwise in an encrypted key file (``--key-file``, default ``<db folder>/<code>.rasad-key``)
whose passphrase comes from the environment variable RASAD_KEY_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "RASAD_KEY_PASSPHRASE"
PROVINCE_SETTING = "province.code"
VERIFY_MAX_BYTES = 64 * 1024 * 1024
VERIFY_MAX_UNCOMPRESSED = 256 * 1024 * 1024


_STATE_NAMES = {"waiting": QT_TRANSLATE_NOOP("Cli", "waiting"),
                "sent": QT_TRANSLATE_NOOP("Cli", "sent, held by the center"),
                "acknowledged": QT_TRANSLATE_NOOP("Cli", "acknowledged"),
                "rejected": QT_TRANSLATE_NOOP("Cli", "rejected"),
                "applied": QT_TRANSLATE_NOOP("Cli", "applied"),
                "held": QT_TRANSLATE_NOOP("Cli", "held until the earlier ones arrive"),
                "duplicate": QT_TRANSLATE_NOOP("Cli", "already applied; nothing changed")}


def _directive_line(result) -> str:
    from desktop.cli.output import translated

    return translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "directive {sequence} {outcome} ({programs} program(s), {targets} target(s), {deadlines} "
               "deadline(s))"),
        sequence=result.sequence, outcome=translated("Cli", _STATE_NAMES[result.outcome.value]),
        programs=result.counts[0], targets=result.counts[1], deadlines=result.counts[2])


def register(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli.acting_user import add_user_argument

    keys = subparsers.add_parser("keys", help="the province's signing key")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = keys_sub.add_parser("init", help="generate the province's signing key (never replaces one)")
    show = keys_sub.add_parser("show", help="show the key id and where the key is kept")
    export = keys_sub.add_parser("export-public", help="write the public key, for registration at the center")
    export.add_argument("--out", type=Path, required=True)
    rotate = keys_sub.add_parser("rotate", help="replace the signing key with a new one, announced by a record "
                                               "signed by both keys")
    rotate.add_argument("--out", type=Path, default=None, help="also write the rotation record to this file")
    pin = keys_sub.add_parser("pin-center", help="pin the center's public key (from the file the center gave)")
    pin.add_argument("center_key", type=Path)
    pin.add_argument("--replace", action="store_true", help="replace a different key pinned before")
    for parser, handler in ((init, _keys_init), (show, _keys_show), (export, _keys_export), (rotate, _keys_rotate),
                            (pin, _keys_pin_center)):
        _db_and_key_file(parser)
        parser.set_defaults(handler=handler)

    directives = subparsers.add_parser("directives", help="directive bundles from the center")
    directives_sub = directives.add_subparsers(dest="directives_command", metavar="ACTION", required=True)
    dimport = directives_sub.add_parser("import", help="verify and apply directive files (removable media)")
    dimport.add_argument("files", nargs="+", type=Path)
    dimport.add_argument("--db", type=Path, required=True)
    add_user_argument(dimport)
    dimport.set_defaults(handler=_directives_import)

    bundle = subparsers.add_parser("bundle", help="progress bundles on removable media")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bexport = bundle_sub.add_parser("export", help="cut the changes and write every pending bundle to a folder")
    _db_and_key_file(bexport)
    bexport.add_argument("--out", type=Path, required=True, help="the folder to write into")
    bexport.set_defaults(handler=_bundle_export)
    receipts = bundle_sub.add_parser("receipts", help="settle bundles with the center's receipt files")
    receipts.add_argument("files", nargs="+", type=Path)
    receipts.add_argument("--db", type=Path, required=True)
    add_user_argument(receipts)
    receipts.set_defaults(handler=_bundle_receipts)
    resync = bundle_sub.add_parser("resync", help="after restoring a backup: take the province's bundle chain "
                                                  "back from the center before anything is sent")
    _db_and_key_file(resync)
    resync.add_argument("--from", dest="source", type=Path, default=None,
                        help="a folder the center exported (export-chain) instead of asking the center online")
    resync.add_argument("--center", default=None, help="the center's address (else the one stored)")
    resync.set_defaults(handler=_bundle_resync)
    verify = bundle_sub.add_parser("verify", help="check a bundle file against a public key")
    verify.add_argument("file", type=Path)
    verify.add_argument("--public-key", dest="public_key", type=Path, required=True)
    verify.add_argument("--province", default=None, help="the province the bundle must come from")
    verify.set_defaults(handler=_bundle_verify)

    sync = subparsers.add_parser("sync", help="cut the changes and send pending bundles to the center")
    _db_and_key_file(sync)
    sync.add_argument("--center", default=None,
                      help="the center's address (https://...); remembered, defaults to the one stored")
    sync.add_argument("--center-key", dest="center_key", type=Path, default=None,
                      help="pin this center public key file first (only if no other key is pinned)")
    sync.set_defaults(handler=_sync)


def _db_and_key_file(parser: argparse.ArgumentParser) -> None:
    from desktop.cli.acting_user import add_user_argument

    add_user_argument(parser)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--key-file", dest="key_file", type=Path, default=None,
                        help="the encrypted key file used when the OS keyring is not a secure store")


# -- helpers --------------------------------------------------------------------------------------------

def _province(database) -> str:
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.store.settings import get_setting

    with database.session() as session:
        code = get_setting(session, PROVINCE_SETTING)
    if not isinstance(code, str) or not code:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The database has no province code (setting {key}); set it first."), key=PROVINCE_SETTING))
    return code


def _store(args: argparse.Namespace, province: str):
    from desktop.sync.keys import EncryptedKeyFile, KeyStore

    key_file = args.key_file or args.db.parent / f"{province}.rasad-key"
    return KeyStore(province, EncryptedKeyFile(key_file))


def _passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _run(args: argparse.Namespace, body, action: str = "send") -> int:
    """Open the database, act for ``--user`` (who must be allowed ``action``: sending, or editing for the
    center's directives), run ``body(database, province)``; Rasad errors become translated failures."""
    from desktop.cli.acting_user import acting_principal
    from desktop.cli.output import fail, open_existing_database
    from desktop.domain.access import Action
    from desktop.domain.messages import DomainError

    database = open_existing_database(args.db)
    try:
        acting_principal(database, args).require(Action(action))
        return body(database, _province(database))
    except DomainError as error:
        raise fail(error) from error
    finally:
        database.close()


def _file_error(path: Path, error: OSError):
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    return CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The file {path} could not be used ({reason})."),
                                    path=str(path), reason=error.strerror or str(error)))


def _cut(args: argparse.Namespace, database, province: str, clock):
    from desktop import __version__
    from desktop.sync.outbox import Outbox

    outbox = Outbox(database, clock)
    key = _store(args, province).load(_passphrase())
    outbox.cut(key, province, __version__)
    return outbox


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


# -- keys -----------------------------------------------------------------------------------------------

def _keys_init(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import fingerprint

        store = _store(args, province)
        key = store.create(_passphrase())
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Signing key {key_id} created for province {province} "
                                                         "in {location}."),
                         key_id=fingerprint(key.public_key()), province=province, location=store.location))
        return 0
    return _run(args, body)


def _keys_show(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import fingerprint

        store = _store(args, province)
        key = store.load(_passphrase())
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Province {province}: signing key {key_id} in {location}."),
                         province=province, key_id=fingerprint(key.public_key()), location=store.location))
        return 0
    return _run(args, body)


def _keys_export(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import export_public, fingerprint

        public = _store(args, province).load(_passphrase()).public_key()
        try:
            args.out.write_bytes(export_public(public))
        except OSError as error:
            raise _file_error(args.out, error) from error
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Public key {key_id} written to {path}."),
                         key_id=fingerprint(public), path=str(args.out)))
        return 0
    return _run(args, body)


def _keys_rotate(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import write_new_file_atomically
        from desktop.sync.rotation import rotate

        rotation = rotate(database, _store(args, province), province, _passphrase())
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Signing key {old} replaced by {new}; bundles from sequence {sequence} on are signed with the new "
                   "key. The center learns of it at the next sync or from the record file."),
            old=rotation.old_key_id, new=rotation.new_key_id, sequence=rotation.from_sequence))
        if args.out:
            try:
                write_new_file_atomically(args.out, rotation.record)
            except OSError as error:
                raise _file_error(args.out, error) from error
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Rotation record written to {path}."),
                             path=str(args.out)))
        return 0
    return _run(args, body)


def _keys_pin_center(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService

        try:
            data = args.center_key.read_bytes()
        except OSError as error:
            raise _file_error(args.center_key, error) from error
        key_id = CenterLinkService(database).pin_center_key(data, replace=args.replace)
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center's key {key_id} is pinned."), key_id=key_id))
        return 0
    return _run(args, body)


def _directives_import(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.directives import MAX_DIRECTIVE_BYTES, DirectiveInbox

        center_key = CenterLinkService(database).center_key()
        inbox = DirectiveInbox(database, _now)

        def sequence_of(path: Path) -> tuple[int, str]:  # apply in sequence order, whatever order they came in
            digits = "".join(ch for ch in path.stem.rsplit("-", 1)[-1] if ch.isdigit())
            return (int(digits) if digits else 0, path.name)

        for path in sorted(args.files, key=sequence_of):
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_DIRECTIVE_BYTES + 1)
            except OSError as error:
                raise _file_error(path, error) from error
            result = inbox.receive(data, center_key, province)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: {what}"), path=str(path),
                             what=_directive_line(result)))
            for note in result.notes:
                print("  " + translated("Sync", note.text, **note.params))
        return 0
    return _run(args, body, action="edit")


# -- bundles --------------------------------------------------------------------------------------------

def _bundle_export(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.media import export_pending
        from desktop.sync.rotation import export_rotations

        outbox = _cut(args, database, province, _now)
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _file_error(args.out, error) from error
        rotations = export_rotations(database, province, args.out)
        bundles = export_pending(outbox, args.out)
        files = rotations + bundles
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{count} bundle(s) written to {path}."),
                         count=len(bundles), path=str(args.out)))
        for path in files:
            print(f"  {path}")
        return 0
    return _run(args, body)


def _resync_online(args: argparse.Namespace, database, province: str, client, url: str):
    from desktop.sync.center_link import CenterLinkService
    from desktop.sync.resync import apply_center_chain, fetch_center_chain

    key = _store(args, province).load(_passphrase())
    items = fetch_center_chain(client, url, province, key, _now)
    return apply_center_chain(database, items, CenterLinkService(database).center_key(), province, _now)


def _print_resync(result) -> None:
    from desktop.cli.output import translated

    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "The bundle chain is up to date with the center: {taken} bundle(s) taken back, {confirmed} "
               "confirmed, head at sequence {head}."),
        taken=result.taken_back, confirmed=result.confirmed, head=result.head_sequence))


def _bundle_resync(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        import httpx

        from desktop.cli.output import translated
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.resync import apply_center_chain, read_chain_folder

        link = CenterLinkService(database)
        if args.source is not None:
            try:
                items = read_chain_folder(args.source)
            except OSError as error:
                raise _file_error(Path(error.filename or args.source), error) from error
            _print_resync(apply_center_chain(database, items, link.center_key(), province, _now))
            return 0
        url = link.set_center_url(args.center) if args.center else link.link().url
        if not url:
            raise _missing_center_url()
        try:
            with httpx.Client() as client:
                _print_resync(_resync_online(args, database, province, client, url))
        except httpx.HTTPError as error:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center could not be reached ({reason})."),
                             reason=str(error) or type(error).__name__))
            return 2
        return 0
    return _run(args, body)


def _bundle_receipts(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import describe, translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.media import import_receipts
        from desktop.sync.outbox import Outbox

        center_key = CenterLinkService(database).center_key()
        worst = 0
        for result in import_receipts(Outbox(database, _now), args.files, center_key, province):
            if result.error is not None:
                worst = 1
                print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: {what}"), path=str(result.path),
                                 what=describe(result.error)))
            else:
                state = translated("Cli", _STATE_NAMES.get(result.entry.state, result.entry.state))
                print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: bundle {sequence} is {state}."),
                                 path=str(result.path), sequence=result.entry.sequence, state=state))
        return worst
    return _run(args, body)


def _bundle_verify(args: argparse.Namespace) -> int:
    from desktop.cli.output import fail, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.sync import frame
    from desktop.sync.errors import TooLargeError
    from desktop.sync.keys import fingerprint, load_public

    try:
        public = load_public(args.public_key.read_bytes())
        with args.file.open("rb") as handle:
            data = handle.read(VERIFY_MAX_BYTES + 1)
        if len(data) > VERIFY_MAX_BYTES:
            raise TooLargeError(size=args.file.stat().st_size, limit=VERIFY_MAX_BYTES)
        verified = frame.verify(data, public_keys={fingerprint(public): public}, expected_province=args.province,
                                expected_payload_type="progress", max_bytes=VERIFY_MAX_BYTES,
                                max_uncompressed=VERIFY_MAX_UNCOMPRESSED)
    except OSError as error:
        raise _file_error(Path(error.filename or args.file), error) from error
    except DomainError as error:
        raise fail(error) from error
    parts = ", ".join(f"{name} {len(body)} B" for name, body in verified.parts.items())
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Valid bundle: province {province}, sequence {sequence}, key {key_id}, {size} bytes; parts: {parts}."),
        province=verified.header["province"], sequence=verified.sequence, key_id=verified.key_id,
        size=len(data), parts=parts))
    return 0


# -- sync ------------------------------------------------------------------------------------------------

def _sync(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        import httpx

        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.directives import DirectiveInbox, fetch_directives
        from desktop.sync.resync import resync_required as outbox_resync_required
        from desktop.sync.rotation import deliver_rotations, pending_rotations
        from desktop.sync.sender import Sender

        link = CenterLinkService(database)
        if args.center_key is not None:
            try:
                link.pin_center_key(args.center_key.read_bytes())
            except OSError as error:
                raise _file_error(args.center_key, error) from error
        url = link.set_center_url(args.center) if args.center else link.link().url
        if not url:
            raise _missing_center_url()
        center_key = link.center_key()
        try:
            with httpx.Client() as client:
                if outbox_resync_required(database):  # a restored database: catch up before anything is sent
                    _print_resync(_resync_online(args, database, province, client, url))
                outbox = _cut(args, database, province, _now)
                deliver_rotations(database, client, url, province)
                if pending_rotations(database):  # bundles signed by a key the center does not know yet would fail
                    raise httpx.TransportError("the key rotation record could not be delivered")
                report = Sender(outbox, client, url, center_key, province, _now).send_due(now_anyway=True)
                directives = fetch_directives(DirectiveInbox(database, _now), client, url, center_key, province) \
                    if not report.failed else []
        except httpx.HTTPError as error:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center could not be reached ({reason})."),
                             reason=str(error) or type(error).__name__))
            return 2
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Sent {sent}, acknowledged {acknowledged}, rejected {rejected}, failed {failed}."),
            sent=report.sent, acknowledged=report.acknowledged, rejected=report.rejected, failed=report.failed))
        for result in directives:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "From the center: {what}"),
                             what=_directive_line(result)))
        if report.failed:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Next attempt at {when} ({reason})."),
                             when=report.next_attempt_at.isoformat() if report.next_attempt_at else "-",
                             reason=report.error))
            return 2
        return 0
    return _run(args, body)


def _missing_center_url():
    from desktop.cli.output import CommandFailed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    return CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "No center address is stored yet; give it once with --center https://...")))
