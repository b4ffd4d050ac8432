"""`bundle export|receipts|resync|verify` (removable media) and `directives import` (the center's directives)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.sync_support import (
    STATE_NAMES,
    VERIFY_MAX_BYTES,
    VERIFY_MAX_UNCOMPRESSED,
    cut_bundle,
    db_and_key_file,
    directive_line,
    file_error,
    key_store,
    missing_center_url,
    now,
    print_resync,
    resync_online,
    run_for_province,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli.acting_user import add_user_argument

    bundle = subparsers.add_parser("bundle", help=QT_TRANSLATE_NOOP(
        "CliHelp", "progress bundles on removable media"))
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    bexport = bundle_sub.add_parser("export", help=QT_TRANSLATE_NOOP(
        "CliHelp", "cut the changes and write every pending bundle to a folder"))
    db_and_key_file(bexport)
    bexport.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the folder to write into"))
    bexport.set_defaults(handler=_bundle_export)
    receipts = bundle_sub.add_parser("receipts", help=QT_TRANSLATE_NOOP(
        "CliHelp", "settle bundles with the center's receipt files"))
    receipts.add_argument("files", nargs="+", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the receipt files the center wrote"))
    receipts.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    receipts.add_argument("--key-file", dest="key_file", type=Path, default=None,
                          help=QT_TRANSLATE_NOOP(
                              "CliHelp", "the key file, to erase a retired key once the center evidently has "
                                         "its rotation"))
    add_user_argument(receipts)
    receipts.set_defaults(handler=_bundle_receipts)
    resync = bundle_sub.add_parser("resync", help=QT_TRANSLATE_NOOP(
        "CliHelp", "after restoring a backup: take the province's bundle chain back from the center before "
                   "anything is sent"))
    db_and_key_file(resync)
    resync.add_argument("--from", dest="source", type=Path, default=None,
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "a folder the center exported (export-chain) instead of asking the "
                                       "center online"))
    resync.add_argument("--center", default=None, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the center's address (else the one stored)"))
    resync.set_defaults(handler=_bundle_resync)
    recut = bundle_sub.add_parser("recut", help=QT_TRANSLATE_NOOP(
        "CliHelp", "after the center refused a bundle for good: remove it and the later unacknowledged ones; "
                   "their changes go into the next bundle"))
    recut.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    add_user_argument(recut)
    recut.set_defaults(handler=_bundle_recut)
    verify = bundle_sub.add_parser("verify", help=QT_TRANSLATE_NOOP(
        "CliHelp", "check a bundle file against a public key"))
    verify.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "the bundle file to check"))
    verify.add_argument("--public-key", dest="public_key", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the signing province's public key file (keys export-public)"))
    verify.add_argument("--province", default=None, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the province the bundle must come from"))
    verify.set_defaults(handler=_bundle_verify)

    directives = subparsers.add_parser("directives", help=QT_TRANSLATE_NOOP(
        "CliHelp", "directive bundles from the center"))
    directives_sub = directives.add_subparsers(dest="directives_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    dimport = directives_sub.add_parser("import", help=QT_TRANSLATE_NOOP(
        "CliHelp", "verify and apply directive files (removable media)"))
    dimport.add_argument("files", nargs="+", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the directive bundle files the center issued"))
    dimport.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    add_user_argument(dimport)
    dimport.set_defaults(handler=_directives_import)


# -- bundles --------------------------------------------------------------------------------------------

def _bundle_export(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.media import export_pending
        from desktop.sync.rotation import export_rotations

        outbox = cut_bundle(args, database, province, now)
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # said of the folder given (missing, read-only, a file), as the window says it
            from desktop.domain.system_errors import folder_problem
            from desktop.sync.media import FolderExportError

            raise FolderExportError(problem=folder_problem(args.out, error)) from None
        rotations = export_rotations(database, province, args.out)
        bundles = export_pending(outbox, args.out)
        files = rotations + bundles
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{count} bundle(s) written to {path}."),
                         count=len(bundles), path=str(args.out)))
        for path in files:
            print(f"  {path}")
        return 0
    return run_for_province(args, body)


def _bundle_resync(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        import httpx2

        from desktop.cli.output import ExitCode, translated
        from desktop.sync import bounded_http
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.resync import apply_center_chain, read_chain_folder

        link = CenterLinkService(database)
        if args.source is not None:
            try:
                items = read_chain_folder(args.source)
            except OSError as error:
                raise file_error(Path(error.filename or args.source), error) from error
            print_resync(apply_center_chain(database, items, link.center_key(), province, now))
            return 0
        url = link.set_center_url(args.center) if args.center else link.link().url
        if not url:
            raise missing_center_url()
        try:
            with bounded_http.client() as client:
                print_resync(resync_online(args, database, province, client, url))
        except httpx2.HTTPError as error:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center could not be reached ({reason})."),
                             reason=str(error) or type(error).__name__))
            return ExitCode.UNREACHABLE
        return 0
    return run_for_province(args, body)


def _bundle_receipts(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import describe, translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.media import import_receipts
        from desktop.sync.outbox import Outbox

        center_key = CenterLinkService(database).center_key()
        worst = 0
        for result in import_receipts(Outbox(database, now), args.files, center_key, province):
            if result.error is not None:
                worst = 1
                print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: {what}"), path=str(result.path),
                                 what=describe(result.error)))
            else:
                state = translated("Cli", STATE_NAMES.get(result.entry.state, result.entry.state))
                print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: bundle {sequence} is {state}."),
                                 path=str(result.path), sequence=result.entry.sequence, state=state))
        from desktop.sync.rotation import settle_by_receipts

        settle_by_receipts(database, key_store(args, province))  # the center evidently has the rotation
        return worst
    return run_for_province(args, body)


def _bundle_recut(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.sync.outbox import Outbox

        result = Outbox(database, now).recut()
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Bundle {sequence} and the later ones not acknowledged ({removed} in all) were removed; their "
                   "changes go into the next bundle, after bundle {head}."),
            sequence=result.refused_sequence, removed=result.removed, head=result.head_sequence))
        if result.resync_required:
            print(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The center holds another bundle at that place for this province: the next sync first "
                       "takes the center's chain back (or use bundle resync --from FOLDER).")))
        return 0
    return run_for_province(args, body)


def _bundle_verify(args: argparse.Namespace) -> int:
    from desktop.cli.output import fail, listed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.sync import frame
    from desktop.sync.errors import TooLargeError
    from desktop.sync.keys import fingerprint, load_public
    from desktop.sync.progress_content import parse_progress
    from desktop.sync.regular_files import read_regular

    try:
        public = load_public(read_regular(args.public_key, 64 * 1024))
        data = read_regular(args.file, VERIFY_MAX_BYTES + 1)
        if len(data) > VERIFY_MAX_BYTES:
            raise TooLargeError(size=args.file.stat().st_size, limit=VERIFY_MAX_BYTES)
        verified = frame.verify(data, public_keys={fingerprint(public): public}, expected_province=args.province,
                                expected_payload_type="progress", max_bytes=VERIFY_MAX_BYTES,
                                max_uncompressed=VERIFY_MAX_UNCOMPRESSED)
        parse_progress(verified.parts)  # the center's own content check: what it would refuse is refused here
    except OSError as error:
        raise file_error(Path(error.filename or args.file), error) from error
    except DomainError as error:
        raise fail(error) from error
    parts = listed(f"{name} {len(body)} B" for name, body in verified.parts.items())
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Valid bundle: province {province}, sequence {sequence}, key {key_id}, {size} bytes; parts: {parts}."),
        province=verified.header["province"], sequence=verified.sequence, key_id=verified.key_id,
        size=len(data), parts=parts))
    return 0


def _directives_import(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import CommandFailed, fail, translated
        from desktop.domain.messages import DomainError
        from desktop.sync.center_link import CenterLinkService
        from desktop.sync.directives import MAX_DIRECTIVE_BYTES, DirectiveInbox, in_sequence_order
        from desktop.sync.regular_files import read_regular

        center_key = CenterLinkService(database).center_key()
        inbox = DirectiveInbox(database, now)

        for path in sorted(args.files, key=in_sequence_order):  # in sequence order, whatever order they came in
            try:
                data = read_regular(path, MAX_DIRECTIVE_BYTES + 1)
            except OSError as error:
                raise file_error(path, error) from error
            try:
                result = inbox.receive(data, center_key, province)
            except DomainError as error:  # which of the files named it is: the message alone does not say
                failure = fail(error)
                raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: {what}"), path=str(path),
                                               what=failure.message), failure.exit_code) from error
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: {what}"), path=str(path),
                             what=directive_line(result)))
            for note in result.notes:
                print("  " + translated("Sync", note.text, **note.params))
        return 0
    return run_for_province(args, body, action="edit")


