"""``python -m desktop.center serve|ingest|register|rotate-key|directive|status|national|report|init-key|
staff-token|rotate-center-key|accounts``.

Its parts: the command line's words — its parser, whose usage errors and ``--help`` are in the run's language — are
desktop/center/cli_parser.py; what it says, in that language, desktop/center/cli_output.py; the center's key and
the service signed with it, desktop/center/cli_key.py; the ``report`` command, desktop/center/cli_report.py; the
``staff-token`` and ``accounts`` commands, desktop/center/cli_staff.py.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from pathlib import Path

from desktop.center.cli_key import NEW_PASSPHRASE_ENV, open_service, passphrase
from desktop.center.cli_output import (
    EXIT_FAILED,
    CommandFailed,
    center_reason,
    choose_language,
    describe,
    say,
    verdict_text,
)
from desktop.center.cli_parser import build_parser
from desktop.center.cli_report import report_command
from desktop.center.cli_staff import accounts_command, staff_token_command
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.domain.system_errors import describe_os_error
from desktop.sync.errors import SyncError
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.keys import export_public, fingerprint

MAX_ROTATION_FILE_BYTES = 8 * 1024
MAX_PUBLIC_KEY_FILE_BYTES = 16 * 1024  # an exported public key is a few hundred bytes


def server_config(app, args: argparse.Namespace):  # noqa: ANN001, ANN201 - uvicorn imported lazily
    """uvicorn's configuration of ``serve`` (tests start the same one): our request log instead of uvicorn's
    access log, X-Forwarded-For/-Proto believed only from ``--forwarded-allow-ips`` (none by default: uvicorn's
    own default trusts 127.0.0.1, and anyone on the host could then pose as any client), and what slow clients can
    hold bounded (desktop/center/connections.py): more than 16 x ``--max-unauthenticated`` requests at once are
    answered 503, a request's head has ``--header-timeout``, and one address holds at most half the connection
    places (no share behind a proxy, where every connection is the proxy's)."""
    import uvicorn

    from desktop.center.connections import (
        HEADER_SECONDS,
        RequestsInFlight,
        connection_places,
        guarded_protocol,
    )

    trusted = [part.strip() for part in (getattr(args, "forwarded_allow_ips", "") or "").split(",") if part.strip()]
    places = connection_places()
    protocol = guarded_protocol(max(0.5, min(getattr(args, "header_timeout", HEADER_SECONDS), 300.0)), places,
                                per_address=None if trusted else max(1, places // 2))
    requests = max(32, 16 * args.max_unauthenticated)
    return uvicorn.Config(RequestsInFlight(app, requests), host=args.host, port=args.port, timeout_keep_alive=5,
                          http=protocol, log_config=None, access_log=False, proxy_headers=bool(trusted),
                          forwarded_allow_ips=trusted or None)


def exposed_without_proxy(args: argparse.Namespace) -> bool:
    """Whether ``serve`` listens beyond this machine with no reverse proxy named (``--forwarded-allow-ips``).
    ``serve`` bounds a request's head in time and one address to half the connections (desktop/center/connections.py),
    but many addresses reconnecting as each deadline passes can still hold every connection slot: only the proxy
    of docs/deployment.md, which holds idle connections cheaply, bounds them."""
    if getattr(args, "forwarded_allow_ips", ""):
        return False
    if args.host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(args.host).is_loopback
    except ValueError:  # a host name: it may well resolve to an address reachable from elsewhere
        return True


def _listening_address(args: argparse.Namespace) -> str:
    """``http://host:port`` (an IPv6 host bracketed): a URL, so a Persian message keeps its digits Latin."""
    host = f"[{args.host}]" if ":" in args.host else args.host
    return f"http://{host}:{args.port}"


def _print_view(rows: list, fmt: str) -> None:  # noqa: ANN001
    if fmt == "json":
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        line = "  ".join(f"{key}={value}" for key, value in row.as_json().items() if key != "registered_at")
        print(f"{line}  — {_never_sent(row)}" if row.never_sent else line)


def _never_sent(row) -> str:  # noqa: ANN001 - a ProvinceStatus or a ProvinceProgress
    """A province that has sent nothing said in words: stale=False there means "not late yet", never "it sent
    recently"."""
    registered = getattr(row, "registered_at", None)
    if registered is None:
        return say(QT_TRANSLATE_NOOP("Center", "has sent nothing yet"))
    return say(QT_TRANSLATE_NOOP("Center", "has sent nothing yet (registered on {date})"),
               date=registered.date().isoformat())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    choose_language(args.lang)
    try:
        if args.command == "init-key":
            key = EncryptedKeyFile(args.out).create(passphrase())
            if args.public_out:
                args.public_out.write_bytes(export_public(key.public_key()))
            print(say(QT_TRANSLATE_NOOP("Center", "Center key id {key_id} written to {path}."),
                      key_id=fingerprint(key.public_key()), path=str(args.out)))
            return 0
        if args.command == "serve":
            import uvicorn

            from desktop.center import logs
            from desktop.center.app import CenterLimits, create_app

            logs.configure(args.log_format)
            service = open_service(args)
            if service.rotated_out():
                print(say(QT_TRANSLATE_NOOP("Center", "This key was rotated out: serve with the new key "
                                                      "(rotate-center-key).")), file=sys.stderr)
                return EXIT_FAILED
            from desktop.center.web.app import DashboardSettings

            if exposed_without_proxy(args):
                print(say(QT_TRANSLATE_NOOP(
                    "Center", "Warning: the center listens on {address} with no reverse proxy in front. On its own it "
                              "closes a connection whose request headers take more than {seconds} s and lets one "
                              "address hold at most half the connections, but slow connections from many "
                              "addresses can still stop it answering anyone. Put it behind the proxy described in docs/deployment.md "
                              "(\"nginx in front\") and listen on 127.0.0.1, or give --forwarded-allow-ips with "
                              "the proxy's address."),
                          address=_listening_address(args), seconds=f"{args.header_timeout:g}"), file=sys.stderr)
            server = uvicorn.Server(server_config(create_app(
                service, CenterLimits(max_unauthenticated=max(1, args.max_unauthenticated),
                                      max_per_client=args.max_per_client, max_sign_ins=max(1, args.max_sign_ins)),
                dashboard=DashboardSettings(secure_cookies=not args.plain_http_cookies)), args))
            server.run()
            return 0
        if args.command == "demo":
            from desktop.center.demo import seed_demo

            for province in seed_demo(open_service(args), seed=args.seed):
                if province.verdict:
                    print(say(QT_TRANSLATE_NOOP("Center", "Demo province {province} ({name}) registered; its bundle "
                                                          "{verdict}."),
                              province=province.code, name=province.name,
                              verdict=verdict_text(province.verdict)))
                else:
                    print(say(QT_TRANSLATE_NOOP("Center", "Demo province {province} ({name}) registered; it has sent "
                                                          "nothing."), province=province.code, name=province.name))
            return 0
        if args.command == "staff-token":
            return staff_token_command(args)
        if args.command == "accounts":
            return accounts_command(args)
        if args.command == "rotate-center-key":
            service = open_service(args)
            new_passphrase = os.environ.get(NEW_PASSPHRASE_ENV) or passphrase()
            new_key = EncryptedKeyFile(args.new_key).load(new_passphrase)
            if fingerprint(new_key.public_key()) == fingerprint(service.public_key):
                print(say(QT_TRANSLATE_NOOP("Center", "The new key is the current key.")), file=sys.stderr)
                return EXIT_FAILED
            service.rotate_center_key(new_key)
            print(say(QT_TRANSLATE_NOOP("Center", "Center key {old} rotated to {new}; serve with --key {path} from "
                                                  "now on."),
                      old=fingerprint(service.public_key), new=fingerprint(new_key.public_key()), path=str(args.new_key)))
            return 0
        if args.command == "register":
            public_key = _read_capped(args.public_key, MAX_PUBLIC_KEY_FILE_BYTES)
            if len(public_key) > MAX_PUBLIC_KEY_FILE_BYTES:  # from outside: capped before it is parsed
                raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "The file {path} is too large to be a public key."),
                                        path=str(args.public_key)))
            key_id = open_service(args).register_province(args.province, args.name, public_key, replace=args.replace)
            print(say(QT_TRANSLATE_NOOP("Center", "Province {province} registered with key id {key_id}."),
                      province=args.province, key_id=key_id))
            return 0
        if args.command == "rotate-key":
            key_id = open_service(args).rotate_key(args.province, _read_capped(args.record, MAX_ROTATION_FILE_BYTES))
            print(say(QT_TRANSLATE_NOOP("Center", "Province {province} now signs with key id {key_id}."),
                      province=args.province, key_id=key_id))
            return 0
        if args.command == "directive":
            from desktop.sync import directive_content
            from desktop.sync.media import write_verified

            try:
                document = json.loads(args.file.read_text(encoding="utf-8"))
            except (ValueError, UnicodeError) as error:
                raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "The file {path} is not valid JSON ({reason})."),
                                        path=str(args.file), reason=str(error))) from error
            directives = directive_content.from_json(document)
            issued = open_service(args).issue_directive(args.province, directives)
            print(say(QT_TRANSLATE_NOOP("Center", "Directive {sequence} for {province}: {programs} program(s), "
                                                  "{targets} target(s), {deadlines} deadline(s)."),
                      sequence=issued.sequence, province=args.province, programs=len(directives.programs),
                      targets=len(directives.indicator_targets), deadlines=len(directives.deadlines)))
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                name = f"{args.province}-directive-{issued.sequence:06d}.rasad-directive"
                print(write_verified(args.out / name, issued.data, issued.file_hash))
            return 0
        if args.command == "export-chain":
            from desktop.sync import frame
            from desktop.sync.media import write_verified

            service = open_service(args)
            args.out.mkdir(parents=True, exist_ok=True)
            after, count = 0, 0
            while rows := service.chain_for(args.province, after):
                for sequence, data, stored in rows:
                    receipt = service.current_receipt(stored)  # signed again if the center's key was rotated
                    name = f"{args.province}-{sequence:06d}.rasad-bundle"
                    write_verified(args.out / name, data, frame.file_hash(data))
                    write_verified(args.out / f"{name}.receipt", receipt, frame.file_hash(receipt))
                    after, count = sequence, count + 1
            print(say(QT_TRANSLATE_NOOP("Center", "{count} bundle(s) of {province} with their receipts written to "
                                                  "{path}."), count=count, province=args.province, path=str(args.out)))
            return 0
        if args.command == "report":
            return report_command(args)
        if args.command in ("status", "national"):
            service = open_service(args)
            _print_view(service.status() if args.command == "status" else service.national(), args.format)
            return 0
        if args.command == "ingest":
            from desktop.sync.receipts import read_receipt
            from desktop.sync.rotation_records import rotation_province

            service = open_service(args)
            worst = 0
            rotations = [path for path in args.files if _is_rotation_record(path)]
            for path in rotations:  # new keys first
                try:  # one bad file stops nothing: the rest of the batch goes on
                    record = _read_capped(path, MAX_ROTATION_FILE_BYTES)
                    province = rotation_province(record)
                    print(say(QT_TRANSLATE_NOOP("Center", "{path}: province {province} now signs with key id "
                                                          "{key_id}."),
                              path=str(path), province=province, key_id=service.rotate_key(province, record)))
                except (SyncError, OSError) as error:
                    reason = describe(error) if isinstance(error, SyncError) else (describe_os_error(error))
                    print(say(QT_TRANSLATE_NOOP("Center", "{path}: refused ({reason})"), path=str(path),
                              reason=reason), file=sys.stderr)
                    worst = 1
            for path in [p for p in args.files if p not in rotations]:
                try:
                    data = _read_capped(path, service.max_bytes)
                except OSError as error:
                    print(say(QT_TRANSLATE_NOOP("Center", "{path}: could not be read ({reason})"), path=str(path),
                              reason=describe_os_error(error)), file=sys.stderr)
                    worst = 1
                    continue
                # a duplicate's stored receipt is signed again if the center's key was rotated since
                receipt_bytes = service.current_receipt(service.ingest(data))
                receipt = _peek(receipt_bytes, service, read_receipt)
                verdict = verdict_text(receipt.verdict.value)
                if receipt.reason:
                    print(say(QT_TRANSLATE_NOOP("Center", "{path}: {verdict} sequence {sequence} ({reason})"),
                              path=str(path), verdict=verdict, sequence=receipt.sequence,
                              reason=center_reason(receipt.reason)))
                else:
                    print(say(QT_TRANSLATE_NOOP("Center", "{path}: {verdict} sequence {sequence}"), path=str(path),
                              verdict=verdict, sequence=receipt.sequence))
                if receipt.verdict.value in ("rejected", "retry"):  # retry: not taken now, ingest it again later
                    worst = 1
                if args.receipts:
                    args.receipts.mkdir(parents=True, exist_ok=True)
                    (args.receipts / f"{path.name}.receipt").write_bytes(receipt_bytes)
            return worst
    except CommandFailed as failure:
        print(failure, file=sys.stderr)
        return EXIT_FAILED
    except DomainError as error:
        print(describe(error), file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(say(QT_TRANSLATE_NOOP("Center", "The file {path} could not be used ({reason})."),
                  path=str(error.filename or "?"), reason=describe_os_error(error)), file=sys.stderr)
        return EXIT_FAILED
    except ValueError as error:
        print(say(QT_TRANSLATE_NOOP("Center", "The command could not be done ({reason})."), reason=str(error)),
              file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        message = _database_failure(error, getattr(args, "db", None))
        if message is None:
            raise  # not something a user can cause: a bug, shown as such
        print(message, file=sys.stderr)
        return EXIT_FAILED
    return 1


def _database_failure(error: Exception, url: str | None) -> str | None:
    """A center database that cannot be reached or opened, or an address that is not one, as one line (its
    password never shown); None for any other error."""
    from sqlalchemy import exc
    from sqlalchemy.engine import make_url

    if isinstance(error, exc.ArgumentError):
        return say(QT_TRANSLATE_NOOP("Center", "The --db value is not a database address "
                                               "(sqlite:///center.db or postgresql+psycopg://...)."))
    if isinstance(error, exc.OperationalError | exc.InterfaceError):
        try:
            shown = make_url(url or "").render_as_string(hide_password=True)
        except exc.ArgumentError:
            shown = "?"
        reason = (str(getattr(error, "orig", None) or error).strip().splitlines() or [""])[0]  # the driver's line
        return say(QT_TRANSLATE_NOOP("Center", "The center database {url} could not be used ({reason})."),
                   url=shown, reason=reason)
    return None


def _is_rotation_record(path: Path) -> bool:
    """A key rotation record by what the file begins with, not by its name (a record renamed on the way, say
    ``rot.json``, is still one); a file that cannot be read, by its name (its error is said where it belongs)."""
    from desktop.sync.regular_files import read_regular
    from desktop.sync.rotation import ROTATION_SUFFIX
    from desktop.sync.rotation_records import ROTATION_MAGIC

    try:
        return read_regular(path, len(ROTATION_MAGIC)) == ROTATION_MAGIC
    except OSError:
        return path.name.endswith(ROTATION_SUFFIX)


def _read_capped(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a file from removable media (one byte more, so "too large" is seen)."""
    from desktop.sync.regular_files import read_regular

    return read_regular(path, limit + 1)  # a FIFO or a device is refused, never waited on


def _peek(receipt_bytes: bytes, service, read_receipt):  # noqa: ANN001, ANN202
    from desktop.sync import canonical, frame

    header_len = int.from_bytes(receipt_bytes[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
    province = canonical.loads_strict(receipt_bytes[frame._PREFIX_LEN: frame._PREFIX_LEN + header_len])["province"]
    return read_receipt(receipt_bytes, service.public_key, province)
