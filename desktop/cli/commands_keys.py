"""`keys init|show|export-public|rotate|pin-center`: the province's signing key and the center's pinned key."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.sync_support import (
    db_and_key_file,
    file_error,
    key_passphrase,
    key_store,
    run_for_province,
    say_keyring_notice,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    keys = subparsers.add_parser("keys", help=QT_TRANSLATE_NOOP("CliHelp", "the province's signing key"))
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    init = keys_sub.add_parser("init", help=QT_TRANSLATE_NOOP(
        "CliHelp", "generate the province's signing key (never replaces one)"))
    show = keys_sub.add_parser("show", help=QT_TRANSLATE_NOOP(
        "CliHelp", "show the key id and where the key is kept"))
    export = keys_sub.add_parser("export-public", help=QT_TRANSLATE_NOOP(
        "CliHelp", "write the public key, for registration at the center"))
    export.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the file to write the public key to"))
    rotate = keys_sub.add_parser("rotate", help=QT_TRANSLATE_NOOP(
        "CliHelp", "replace the signing key with a new one, announced by a record signed by both keys"))
    rotate.add_argument("--out", type=Path, default=None, help=QT_TRANSLATE_NOOP(
        "CliHelp", "also write the rotation record to this file"))
    pin = keys_sub.add_parser("pin-center", help=QT_TRANSLATE_NOOP(
        "CliHelp", "pin the center's public key (from the file the center gave)"))
    pin.add_argument("center_key", type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "the center's public key file"))
    pin.add_argument("--replace", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "replace a different key pinned before"))
    for parser, handler in ((init, _keys_init), (show, _keys_show), (export, _keys_export), (rotate, _keys_rotate),
                            (pin, _keys_pin_center)):
        db_and_key_file(parser)
        parser.set_defaults(handler=handler)


# -- keys -----------------------------------------------------------------------------------------------

def _keys_init(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import fingerprint

        store = key_store(args, province)
        key = store.create(key_passphrase())
        from desktop.sync.rotation import record_key_created

        record_key_created(database, fingerprint(key.public_key()), province)
        say_keyring_notice(store)
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Signing key {key_id} created for province {province} "
                                                         "in {location}."),
                         key_id=fingerprint(key.public_key()), province=province, location=store.location))
        return 0
    return run_for_province(args, body)


def _keys_show(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import fingerprint

        store = key_store(args, province)
        key = store.load(key_passphrase())
        say_keyring_notice(store)
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Province {province}: signing key {key_id} in {location}."),
                         province=province, key_id=fingerprint(key.public_key()), location=store.location))
        return 0
    return run_for_province(args, body)


def _keys_export(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.keys import export_public, fingerprint

        public = key_store(args, province).load(key_passphrase()).public_key()
        try:
            args.out.write_bytes(export_public(public))
        except OSError as error:
            raise file_error(args.out, error) from error
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Public key {key_id} written to {path}."),
                         key_id=fingerprint(public), path=str(args.out)))
        return 0
    return run_for_province(args, body)


def _keys_rotate(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.key_files import write_new_file_atomically
        from desktop.sync.rotation import rotate

        rotation = rotate(database, key_store(args, province), province, key_passphrase())
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Signing key {old} replaced by {new}; bundles from sequence {sequence} on are signed with the new "
                   "key. The center learns of it at the next sync or from the record file."),
            old=rotation.old_key_id, new=rotation.new_key_id, sequence=rotation.from_sequence))
        if args.out:
            try:
                write_new_file_atomically(args.out, rotation.record)
            except OSError as error:
                raise file_error(args.out, error) from error
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Rotation record written to {path}."),
                             path=str(args.out)))
        return 0
    return run_for_province(args, body)


def _keys_pin_center(args: argparse.Namespace) -> int:
    def body(database, province: str) -> int:
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP
        from desktop.sync.center_link import CenterLinkService, read_center_key_file

        data = read_center_key_file(args.center_key)
        key_id = CenterLinkService(database).pin_center_key(data, replace=args.replace)
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The center's key {key_id} is pinned."), key_id=key_id))
        return 0
    return run_for_province(args, body)


