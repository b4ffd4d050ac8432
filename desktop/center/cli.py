"""``python -m desktop.center serve|ingest|register|init-key``.

The center's private key is an encrypted key file (``--key``, default from ``RASAD_CENTER_KEY_FILE``)
whose passphrase comes from the environment variable ``RASAD_CENTER_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.sync.errors import SyncError
from desktop.sync.keys import EncryptedKeyFile, export_public, fingerprint

PASSPHRASE_ENV = "RASAD_CENTER_PASSPHRASE"
KEY_FILE_ENV = "RASAD_CENTER_KEY_FILE"


def _passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV, "")
    if not value:
        raise SystemExit(f"set {PASSPHRASE_ENV} to the center key's passphrase")
    return value


def _service(args: argparse.Namespace):  # noqa: ANN202 - imported lazily
    from desktop.center.service import CenterService

    key_path = args.key or os.environ.get(KEY_FILE_ENV)
    if not key_path:
        raise SystemExit(f"give --key FILE or set {KEY_FILE_ENV}")
    return CenterService(args.db, EncryptedKeyFile(key_path).load(_passphrase()))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop.center")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--db", required=True, help="SQLAlchemy URL of the center database")
    serve.add_argument("--key", help="the center's encrypted key file")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400)
    ingest = sub.add_parser("ingest", help="ingest bundle files (e.g. from removable media)")
    ingest.add_argument("files", nargs="+", type=Path)
    ingest.add_argument("--db", required=True)
    ingest.add_argument("--key")
    ingest.add_argument("--receipts", type=Path, help="folder to write each receipt to")
    register = sub.add_parser("register", help="register a province's public key")
    register.add_argument("--db", required=True)
    register.add_argument("--key")
    register.add_argument("--province", required=True)
    register.add_argument("--name", required=True)
    register.add_argument("--public-key", required=True, type=Path)
    init_key = sub.add_parser("init-key", help="create the center's key in an encrypted file")
    init_key.add_argument("--out", required=True, type=Path)
    init_key.add_argument("--public-out", type=Path, help="also write the public key (to pin in provinces)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "init-key":
            key = EncryptedKeyFile(args.out).create(_passphrase())
            if args.public_out:
                args.public_out.write_bytes(export_public(key.public_key()))
            print(f"center key id {fingerprint(key.public_key())} written to {args.out}")
            return 0
        if args.command == "serve":
            import uvicorn

            from desktop.center.app import create_app

            uvicorn.run(create_app(_service(args)), host=args.host, port=args.port)
            return 0
        if args.command == "register":
            key_id = _service(args).register_province(args.province, args.name, args.public_key.read_bytes())
            print(f"registered {args.province} with key id {key_id}")
            return 0
        if args.command == "ingest":
            from desktop.sync.receipts import read_receipt

            service = _service(args)
            worst = 0
            for path in args.files:
                receipt_bytes = service.ingest(path.read_bytes())
                receipt = _peek(receipt_bytes, service, read_receipt)
                print(f"{path}: {receipt.verdict.value} sequence {receipt.sequence}"
                      + (f" ({receipt.reason})" if receipt.reason else ""))
                if receipt.verdict.value == "rejected":
                    worst = 1
                if args.receipts:
                    args.receipts.mkdir(parents=True, exist_ok=True)
                    (args.receipts / f"{path.name}.receipt").write_bytes(receipt_bytes)
            return worst
    except SyncError as error:
        print(error.english(), file=sys.stderr)
        return 2
    return 1


def _peek(receipt_bytes: bytes, service, read_receipt):  # noqa: ANN001, ANN202
    from desktop.sync import canonical, frame

    header_len = int.from_bytes(receipt_bytes[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
    province = canonical.loads_strict(receipt_bytes[frame._PREFIX_LEN: frame._PREFIX_LEN + header_len])["province"]
    return read_receipt(receipt_bytes, service.public_key, province)
