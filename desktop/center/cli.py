"""``python -m desktop.center serve|ingest|register|rotate-key|directive|status|national|report|init-key|
staff-token|rotate-center-key|accounts``.

The center's private key is an encrypted key file (``--key``, default from ``RASAD_CENTER_KEY_FILE``)
whose passphrase comes from the environment variable ``RASAD_CENTER_PASSPHRASE``.

Every message is marked for translation (context ``Center``; errors in their own context) and printed in the
language of ``--lang fa|en`` (default: ``RASAD_CENTER_LANG``, else English — a server's console and logs),
read from the same translation files as the province's, without Qt (desktop/translations.py). The reasons
the center writes into receipts stay the English texts of desktop/sync/refusals.py: the province recognises
and translates them; here they are shown translated as well. The command line's words — its parser, whose usage
errors and ``--help`` are in the same language — are desktop/center/cli_parser.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.center.cli_parser import LANGUAGE_ENV, build_parser, language_of
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.domain.system_errors import describe_os_error
from desktop.sync.errors import SyncError
from desktop.sync.keys import EncryptedKeyFile, export_public, fingerprint
from desktop.translations import Language, translate

PASSPHRASE_ENV = "RASAD_CENTER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "RASAD_CENTER_NEW_PASSPHRASE"
MAX_ROTATION_FILE_BYTES = 8 * 1024
MAX_PUBLIC_KEY_FILE_BYTES = 16 * 1024  # an exported public key is a few hundred bytes
KEY_FILE_ENV = "RASAD_CENTER_KEY_FILE"
CONTEXT = "Center"
#: Exit codes: 0 done; 1 a file of a batch was refused (ingest); 2 the command could not be done.
EXIT_FAILED = 2


class _Language:
    current = Language.ENGLISH


def say(text: str, **params: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in context ``Center``) in this run's language."""
    return translate(_Language.current, CONTEXT, text, **params)


def describe(error: DomainError) -> str:
    """The error's message in this run's language; a field that is itself a marked message of the same context
    (a reason such as "the new key is already known") is translated too, any other is shown as it is."""
    params = {name: translate(_Language.current, error.context, value) if isinstance(value, str) else value
              for name, value in error.params.items()}
    return translate(_Language.current, error.context, error.message, **params)


def center_reason(reason: str) -> str:
    """A receipt's reason (an English text of desktop/sync/refusals.py, kept as such in the receipt) shown in
    this run's language."""
    from desktop.sync.refusals import recognise

    known = recognise(reason)
    return translate(_Language.current, "Sync", known.message, **known.params) if known else reason


class _Failed(Exception):
    """A command that cannot be done: one translated line on stderr and exit code 2."""


def _passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV, "")
    if not value:
        raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Set {variable} to the center key's passphrase."),
                          variable=PASSPHRASE_ENV))
    return value


def _service(args: argparse.Namespace):  # noqa: ANN202 - imported lazily
    from desktop.center.service import CenterService

    key_path = args.key or os.environ.get(KEY_FILE_ENV)
    if not key_path:
        raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Give --key FILE or set {variable}."), variable=KEY_FILE_ENV))
    stale_days = getattr(args, "stale_days", 14)
    lock_timeout = max(0.1, getattr(args, "lock_timeout", 15.0))
    return CenterService(args.db, EncryptedKeyFile(key_path).load(_passphrase()), stale_days=stale_days,
                         lock_timeout_seconds=lock_timeout)


def server_config(app, args: argparse.Namespace):  # noqa: ANN001, ANN201 - uvicorn imported lazily
    """uvicorn's configuration of ``serve`` (tests start the same one): our request log instead of uvicorn's
    access log, X-Forwarded-For/-Proto believed only from ``--forwarded-allow-ips`` (none by default: uvicorn's
    own default trusts 127.0.0.1, and anyone on the host could then pose as any client), connections past
    ``limit_concurrency`` answered 503."""
    import uvicorn

    trusted = [part.strip() for part in (getattr(args, "forwarded_allow_ips", "") or "").split(",") if part.strip()]
    return uvicorn.Config(app, host=args.host, port=args.port, timeout_keep_alive=5,
                          limit_concurrency=max(32, 16 * args.max_unauthenticated), log_config=None,
                          access_log=False, proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None)


def _print_view(rows: list, fmt: str) -> None:  # noqa: ANN001
    if fmt == "json":
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        print("  ".join(f"{key}={value}" for key, value in row.as_json().items()))


def _choose_language(code: str | None) -> None:
    _Language.current = language_of(code)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _choose_language(args.lang)
    try:
        if args.command == "init-key":
            key = EncryptedKeyFile(args.out).create(_passphrase())
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
            service = _service(args)
            if service.rotated_out():
                print(say(QT_TRANSLATE_NOOP("Center", "This key was rotated out: serve with the new key "
                                                      "(rotate-center-key).")), file=sys.stderr)
                return EXIT_FAILED
            from desktop.center.web.app import DashboardSettings

            server = uvicorn.Server(server_config(create_app(
                service, CenterLimits(max_unauthenticated=max(1, args.max_unauthenticated),
                                      max_per_client=args.max_per_client),
                dashboard=DashboardSettings(secure_cookies=not args.plain_http_cookies)), args))
            server.run()
            return 0
        if args.command == "demo":
            from desktop.center.demo import seed_demo

            for province in seed_demo(_service(args), seed=args.seed):
                if province.verdict:
                    print(say(QT_TRANSLATE_NOOP("Center", "Demo province {province} ({name}) registered; its bundle "
                                                          "{verdict}."),
                              province=province.code, name=province.name,
                              verdict=_verdict_text(province.verdict)))
                else:
                    print(say(QT_TRANSLATE_NOOP("Center", "Demo province {province} ({name}) registered; it has sent "
                                                          "nothing."), province=province.code, name=province.name))
            return 0
        if args.command == "staff-token":
            return _staff_token(args)
        if args.command == "accounts":
            return _accounts(args)
        if args.command == "rotate-center-key":
            service = _service(args)
            new_passphrase = os.environ.get(NEW_PASSPHRASE_ENV) or _passphrase()
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
                raise _Failed(say(QT_TRANSLATE_NOOP("Center", "The file {path} is too large to be a public key."),
                                  path=str(args.public_key)))
            key_id = _service(args).register_province(args.province, args.name, public_key, replace=args.replace)
            print(say(QT_TRANSLATE_NOOP("Center", "Province {province} registered with key id {key_id}."),
                      province=args.province, key_id=key_id))
            return 0
        if args.command == "rotate-key":
            key_id = _service(args).rotate_key(args.province, _read_capped(args.record, MAX_ROTATION_FILE_BYTES))
            print(say(QT_TRANSLATE_NOOP("Center", "Province {province} now signs with key id {key_id}."),
                      province=args.province, key_id=key_id))
            return 0
        if args.command == "directive":
            from desktop.sync import directive_content
            from desktop.sync.media import write_verified

            try:
                document = json.loads(args.file.read_text(encoding="utf-8"))
            except (ValueError, UnicodeError) as error:
                raise _Failed(say(QT_TRANSLATE_NOOP("Center", "The file {path} is not valid JSON ({reason})."),
                                  path=str(args.file), reason=str(error))) from error
            directives = directive_content.from_json(document)
            issued = _service(args).issue_directive(args.province, directives)
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

            service = _service(args)
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
            return _report(args)
        if args.command in ("status", "national"):
            service = _service(args)
            _print_view(service.status() if args.command == "status" else service.national(), args.format)
            return 0
        if args.command == "ingest":
            from desktop.sync.keys import rotation_province
            from desktop.sync.receipts import read_receipt

            service = _service(args)
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
                verdict = _verdict_text(receipt.verdict.value)
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
    except _Failed as failure:
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


def _report(args: argparse.Namespace) -> int:
    """The national report: read only (no center key needed); the file is written whole or not at all."""
    from datetime import UTC, datetime

    from desktop.center.report import service as national_report
    from desktop.reports.language import ReportLanguage

    period = national_report.half_year(args.period)  # a bad period fails before the database is touched
    fmt = national_report.output_format(args.out, args.format)
    # the report is Persian unless English is asked for (--lang en or RASAD_CENTER_LANG=en)
    code = args.lang or os.environ.get(LANGUAGE_ENV) or Language.PERSIAN.value
    language = Language(code) if code in {known.value for known in Language} else Language.PERSIAN
    lang = ReportLanguage(lambda context, text, **params: translate(language, context, text, **params),
                          rtl=language is Language.PERSIAN)
    engine = _existing_center(args.db)
    try:
        now = datetime.now(UTC)
        data = national_report.gather(engine, period, now, args.stale_days)
        report = national_report.build(data, lang, now, lambda reason: national_report.reason_in(language, reason))
        written = national_report.write(report, args.out, fmt, lang)
    finally:
        engine.dispose()
    print(say(QT_TRANSLATE_NOOP("Center", "The national report of {period} was written to {path}."),
              period=period.code, path=str(written)))
    return 0


def _existing_center(url: str):  # noqa: ANN202 - an Engine, imported lazily
    """An engine on a center database that exists and is migrated; a report never creates or migrates one."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).is_file():
        raise _Failed(say(QT_TRANSLATE_NOOP("Center", "There is no center database at {path}."),
                          path=parsed.database))
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _read_snapshot(engine)
    try:
        if not inspect(engine).has_table("center_province"):
            raise _Failed(say(QT_TRANSLATE_NOOP("Center", "{url} is not a center database (no center tables)."),
                              url=parsed.render_as_string(hide_password=True)))
    except BaseException:
        engine.dispose()
        raise
    return engine


def _read_snapshot(engine) -> None:  # noqa: ANN001 - an Engine
    """pysqlite's documented recipe with a plain (deferred) BEGIN: the report's reads form one transaction, so
    bundles ingested meanwhile by a running ``serve`` are either all in it or all out of it."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")


def _verdict_text(verdict: str) -> str:
    """A receipt's verdict (the stable code, desktop/sync/receipts.py) as a word of this run's language."""
    words = {"accepted": QT_TRANSLATE_NOOP("Center", "accepted"), "duplicate": QT_TRANSLATE_NOOP("Center", "duplicate"),
             "held": QT_TRANSLATE_NOOP("Center", "held"), "retry": QT_TRANSLATE_NOOP("Center", "retry"),
             "rejected": QT_TRANSLATE_NOOP("Center", "rejected")}
    return say(words[verdict]) if verdict in words else verdict


def _is_rotation_record(path: Path) -> bool:
    """A key rotation record by what the file begins with, not by its name (a record renamed on the way, say
    ``rot.json``, is still one); a file that cannot be read, by its name (its error is said where it belongs)."""
    from desktop.sync.keys import ROTATION_MAGIC
    from desktop.sync.rotation import ROTATION_SUFFIX

    try:
        with path.open("rb") as handle:
            return handle.read(len(ROTATION_MAGIC)) == ROTATION_MAGIC
    except OSError:
        return path.name.endswith(ROTATION_SUFFIX)


def _read_capped(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a file from removable media (one byte more, so "too large" is seen)."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def _staff_token(args: argparse.Namespace) -> int:
    from desktop.center.auth import CenterAuth

    service = _service(args)
    auth = CenterAuth(service.engine, service.clock)
    if args.action == "add":
        if not args.name:
            print(say(QT_TRANSLATE_NOOP("Center", "Give --name.")), file=sys.stderr)
            return EXIT_FAILED
        new = auth.add_token(args.name)
        print(say(QT_TRANSLATE_NOOP("Center", "Token {id} for {name} (shown once; only its hash is kept):"),
                  id=new.id, name=new.name))
        print(new.token)
        return 0
    if args.action == "revoke":
        if args.id is None or not auth.revoke_token(args.id):
            print(say(QT_TRANSLATE_NOOP("Center", "There is no such token (give --id).")), file=sys.stderr)
            return EXIT_FAILED
        print(say(QT_TRANSLATE_NOOP("Center", "Token {id} revoked."), id=args.id))
        return 0
    for view in auth.tokens():
        if view.revoked_at:
            state = say(QT_TRANSLATE_NOOP("Center", "revoked {time}"), time=view.revoked_at.isoformat())
        else:
            state = say(QT_TRANSLATE_NOOP("Center", "active"))
        print(say(QT_TRANSLATE_NOOP("Center", "{id}  {name}  created {time}  {state}"), id=view.id, name=view.name,
                  time=view.created_at.isoformat(), state=state))
    return 0


def _read_password(args: argparse.Namespace) -> str:
    """The new password: the first line of standard input with --password-stdin, else asked twice at a terminal.
    Never an argument (it would stay in the shell's history and the process list)."""
    from desktop.center.staff.accounts import MAX_PASSWORD_LENGTH

    if args.password_stdin:
        line = sys.stdin.readline(MAX_PASSWORD_LENGTH + 2)
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Give the password on standard input with --password-stdin, "
                                                      "or run the command in a terminal to be asked for it.")))
    import getpass

    first = getpass.getpass(say(QT_TRANSLATE_NOOP("Center", "Password: ")))
    if getpass.getpass(say(QT_TRANSLATE_NOOP("Center", "The same password again: "))) != first:
        raise _Failed(say(QT_TRANSLATE_NOOP("Center", "The two passwords differ; nothing was changed.")))
    return first


def _accounts(args: argparse.Namespace) -> int:
    """``accounts add|list|disable|enable|set-role|set-password|unlock|audit``: exit 0 done, 2 not done."""
    from desktop.center.service import center_engine
    from desktop.center.staff import audit
    from desktop.center.staff.accounts import StaffAccounts

    engine = center_engine(args.db)
    try:
        staff = StaffAccounts(engine)
        if args.action == "list":
            for view in staff.accounts():
                state = say(QT_TRANSLATE_NOOP("Center", "disabled")) if view.disabled else (
                    say(QT_TRANSLATE_NOOP("Center", "locked until {time}"), time=view.locked_until.isoformat())
                    if view.locked_until and view.locked_until > staff.clock() else say(
                        QT_TRANSLATE_NOOP("Center", "active")))
                print(say(QT_TRANSLATE_NOOP("Center", "{user}  {name}  {role}{provinces}  {state}"),
                          user=view.user_name, name=view.display_name, role=say(view.role.label),
                          provinces=f" ({', '.join(view.provinces)})" if view.provinces else "", state=state))
            return 0
        if args.action == "audit":
            with staff.read() as session:
                rows = audit.latest(session, max(1, min(args.limit, 10_000)))
            for row in rows:
                print("  ".join((row.at.isoformat(timespec="seconds"), row.user_name, row.action, row.outcome,
                                 row.target, row.address)).rstrip())
            return 0
        if not args.user:
            raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Give --user NAME.")))
        provinces = [code for code in args.provinces.split(",") if code.strip()]
        if args.action == "add":
            if not args.role:
                raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Give --role (admin, analyst, viewer or liaison).")))
            view = staff.add(args.user, args.name or args.user, args.role, _read_password(args), provinces=provinces,
                             language=args.language)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} added as {role}."), user=view.user_name,
                      role=say(view.role.label)))
        elif args.action in ("disable", "enable"):
            view = staff.set_disabled(args.user, args.action == "disable")
            message = (QT_TRANSLATE_NOOP("Center", "Account {user} disabled; its sessions are ended.")
                       if view.disabled else QT_TRANSLATE_NOOP("Center", "Account {user} enabled."))
            print(say(message, user=view.user_name))
        elif args.action == "set-role":
            if not args.role:
                raise _Failed(say(QT_TRANSLATE_NOOP("Center", "Give --role (admin, analyst, viewer or liaison).")))
            view = staff.set_role(args.user, args.role, provinces)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} is now {role}."), user=view.user_name,
                      role=say(view.role.label)))
        elif args.action == "set-password":
            view = staff.set_password(args.user, _read_password(args))
            print(say(QT_TRANSLATE_NOOP("Center", "The password of {user} is changed; its sessions are ended."),
                      user=view.user_name))
        else:  # unlock
            view = staff.unlock(args.user)
            print(say(QT_TRANSLATE_NOOP("Center", "Account {user} unlocked."), user=view.user_name))
        return 0
    finally:
        engine.dispose()


def _peek(receipt_bytes: bytes, service, read_receipt):  # noqa: ANN001, ANN202
    from desktop.sync import canonical, frame

    header_len = int.from_bytes(receipt_bytes[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
    province = canonical.loads_strict(receipt_bytes[frame._PREFIX_LEN: frame._PREFIX_LEN + header_len])["province"]
    return read_receipt(receipt_bytes, service.public_key, province)
