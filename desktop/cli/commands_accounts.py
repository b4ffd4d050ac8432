"""`accounts password`: the signed-in user changes his own password (File → Change my password…).
`accounts add|change|list|disable|enable|reset-password`: the secretary manages user accounts (the Users page), a
chief justice the chief justices' accounts.
`accounts recovery-code` (a signed-in secretary) issues a one-time recovery code; `accounts recover LOGIN` sets a
locked-out or forgotten secretary's password anew with it, without signing in (docs/access.md, "Recovery").

The acting secretary's password comes from RASAD_PASSWORD; a new password for the account being added, reset or
recovered comes from RASAD_NEW_PASSWORD, the recovery code from RASAD_RECOVERY_CODE; each is asked for on a
terminal when its variable is not set.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP

NEW_PASSWORD_VARIABLE = "RASAD_NEW_PASSWORD"
RECOVERY_CODE_VARIABLE = "RASAD_RECOVERY_CODE"
ROLES = ("secretary", "chief_justice", "district_head", "viewer")


def register(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser("accounts", help=QT_TRANSLATE_NOOP(
        "CliHelp", "user accounts: add, change, list, disable, reset a password"))
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP(
        "CliHelp", "add an account (its password from RASAD_NEW_PASSWORD or asked)"))
    add.add_argument("login", help=QT_TRANSLATE_NOOP("CliHelp", "the user name (Latin letters)"))
    add.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the name the change log shows"))
    add.add_argument("--role", choices=ROLES, required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the account's role"))
    add.add_argument("--district", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the district's code (a district head only)"))
    change = actions.add_parser("change", help=QT_TRANSLATE_NOOP(
        "CliHelp", "change an account's user name, name shown, role or district (the options given)"))
    change.add_argument("login", help=help_texts.LOGIN)
    change.add_argument("--new-login", dest="new_login", help=QT_TRANSLATE_NOOP(
        "CliHelp", "its new user name (Latin letters)"))
    change.add_argument("--name", help=QT_TRANSLATE_NOOP("CliHelp", "the name the change log shows"))
    change.add_argument("--role", choices=ROLES, help=QT_TRANSLATE_NOOP("CliHelp", "the account's role"))
    change.add_argument("--district", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the district's code (a district head only)"))
    own = actions.add_parser("password", help=QT_TRANSLATE_NOOP(
        "CliHelp", "change your own password (--user; the current one as for signing in, the new one from "
                   "RASAD_NEW_PASSWORD or asked)"))
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "every account, its role, district and state"))
    disable = actions.add_parser("disable", help=QT_TRANSLATE_NOOP(
        "CliHelp", "stop an account from signing in (its history stays)"))
    disable.add_argument("login", help=help_texts.LOGIN)
    enable = actions.add_parser("enable", help=QT_TRANSLATE_NOOP(
        "CliHelp", "let a disabled account sign in again"))
    enable.add_argument("login", help=help_texts.LOGIN)
    reset = actions.add_parser("reset-password", help=QT_TRANSLATE_NOOP(
        "CliHelp", "set a new password (RASAD_NEW_PASSWORD or asked); also lifts a lock"))
    reset.add_argument("login", help=help_texts.LOGIN)
    code = actions.add_parser("recovery-code", help=QT_TRANSLATE_NOOP(
        "CliHelp", "issue a one-time code that recovers a locked-out or forgotten secretary (secretary; "
                   "shown once, any earlier code stops working)"))
    recover = actions.add_parser("recover", help=QT_TRANSLATE_NOOP(
        "CliHelp", "set a secretary's password anew with the recovery code (RASAD_RECOVERY_CODE or asked) "
                   "and lift the lock; no sign-in needed"))
    recover.add_argument("login", help=QT_TRANSLATE_NOOP("CliHelp", "the secretary's user name"))
    for parser, handler in ((add, _add), (change, _change), (own, _own_password), (listing, _list),
                            (disable, _disable), (enable, _enable),
                            (reset, _reset), (code, _recovery_code)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        add_user_argument(parser)
        parser.set_defaults(handler=handler)
    recover.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    recover.set_defaults(handler=_recover)


def _service(database):  # noqa: ANN001
    from desktop.accounts.service import AccountService
    from desktop.clock import SystemClock

    return AccountService(database, SystemClock())


def _add(args: argparse.Namespace) -> int:
    from desktop.accounts.views import AccountForm
    from desktop.cli.acting_user import read_password
    from desktop.cli.output import translated
    from desktop.domain.access import Role
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.organisation.service import OrganisationService

    with acting_database(args) as (database, principal):
        service = _service(database)
        service.require_may_add(principal, Role(args.role))  # before a password is asked for
        district_id = OrganisationService(database).district_by_code(args.district).id if args.district else None
        password = read_password(args.login, NEW_PASSWORD_VARIABLE)
        service.create_account(principal, AccountForm(args.login, args.name, Role(args.role), district_id),
                               password)
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Account {login} added."), login=args.login))
    return 0


def _change(args: argparse.Namespace) -> int:
    """The Users page's "Change…": what is not given stays; a district is kept only for a district head."""
    from dataclasses import replace

    from desktop.accounts.views import AccountForm
    from desktop.cli.output import translated
    from desktop.domain.access import Role
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.organisation.service import OrganisationService

    with acting_database(args) as (database, principal):
        service = _service(database)
        account = service.account_by_login(principal, args.login)
        form = AccountForm(account.login, account.display_name, account.role, account.district_id, account.active)
        changes: dict[str, object] = {}
        if args.new_login is not None:
            changes["login"] = args.new_login
        if args.name is not None:
            changes["display_name"] = args.name
        if args.role is not None:
            changes["role"] = Role(args.role)
        if args.district is not None:
            changes["district_id"] = OrganisationService(database).district_by_code(args.district).id
        service.update_account(principal, account.id, replace(form, **changes))
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Account {login} changed."), login=args.new_login or args.login))
    return 0


def _own_password(args: argparse.Namespace) -> int:
    """The current password is read once: it signs in and proves the change (a wrong one counts as a failed
    sign-in either way)."""
    from desktop.cli.acting_user import read_password
    from desktop.cli.output import CommandFailed, ExitCode, fail, open_existing_database, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

    if not args.user:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Name the account whose password changes with --user.")), exit_code=ExitCode.USAGE)
    database = open_existing_database(args.db)
    try:
        service = _service(database)
        current = read_password(args.user)
        try:
            principal = service.sign_in(args.user, current)
        except DomainError as error:
            raise fail(error) from error
        database.user_name, database.user_login = principal.user_name, principal.login
        service.change_password(principal, current, read_password(args.user, NEW_PASSWORD_VARIABLE))
    finally:
        database.close()
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "The password of {login} is changed; sign in with the new one from now on."), login=args.user))
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.domain.messages import LABEL_CONTEXT, QT_TRANSLATE_NOOP

    with acting_database(args) as (database, principal):
        rows = _service(database).accounts(principal)
    active, disabled = (translated("Cli", QT_TRANSLATE_NOOP("Cli", "active")),
                        translated("Cli", QT_TRANSLATE_NOOP("Cli", "disabled")))
    if not rows:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "There are no accounts: anyone who opens the database acts as the secretary. "
                   "'accounts add' creates the first.")))
    for row in rows:
        when = row.last_sign_in_at.isoformat(timespec="minutes") if row.last_sign_in_at else "-"
        locked = row.locked_until.isoformat(timespec="minutes") if row.locked_until else "-"
        print("\t".join((row.login, row.display_name, translated(LABEL_CONTEXT, row.role.label),
                         row.district_name or "-", active if row.active else disabled, locked, when)))
    return 0


def _set_active(args: argparse.Namespace, active: bool) -> int:
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    with acting_database(args) as (database, principal):
        service = _service(database)
        service.set_active(principal, service.account_by_login(principal, args.login).id, active)
    message = (QT_TRANSLATE_NOOP("Cli", "Account {login} can sign in again.") if active
               else QT_TRANSLATE_NOOP("Cli", "Account {login} is disabled; it can no longer sign in."))
    print(translated("Cli", message, login=args.login))
    return 0


def _disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def _enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def _reset(args: argparse.Namespace) -> int:
    from desktop.cli.acting_user import read_password
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    with acting_database(args) as (database, principal):
        service = _service(database)
        account = service.account_by_login(principal, args.login)
        service.require_may_change(principal, account)  # before a password is asked for
        service.reset_password(principal, account.id, read_password(args.login, NEW_PASSWORD_VARIABLE))
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The password of {login} is reset."), login=args.login))
    return 0


def _recovery_code(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    with acting_database(args) as (database, principal):
        code = _service(database).issue_recovery_code(principal)
    print(code)
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Write this recovery code down and keep it away from the computer: it is shown only this once. "
               "With it, `accounts recover LOGIN` sets a secretary's password anew; it works once, and any earlier "
               "code no longer works.")))
    return 0


def _recover(args: argparse.Namespace) -> int:
    """No sign-in: the code is the proof. A wrong code counts as a failed sign-in (the same message, the same
    lockout), so it cannot be guessed."""
    from desktop.cli.acting_user import read_password, read_secret
    from desktop.cli.output import open_existing_database, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    database = open_existing_database(args.db)
    try:
        code = read_secret(args.login, RECOVERY_CODE_VARIABLE, QT_TRANSLATE_NOOP(
            "Cli", "No recovery code for {user}: set {variable}, or run the command in a terminal to be asked."),
            QT_TRANSLATE_NOOP("Cli", "Recovery code for {user}: "))
        password = read_password(args.login, NEW_PASSWORD_VARIABLE)
        _service(database).recover_secretary(args.login, code, password)
    finally:
        database.close()
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "The password of {login} is set anew and its lock lifted; the recovery code is used up (issue a new "
               "one once signed in)."), login=args.login))
    return 0
