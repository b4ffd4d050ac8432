"""`--user NAME`: on whose behalf a command reads or writes (docs/access.md, "Command line").

The password comes from the environment variable ``RASAD_PASSWORD`` or is asked for (without echo). Without
``--user`` a command acts as the province-wide secretary only while the database has no accounts; once
accounts exist it must name one, so a district head on the command line gets only his district.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.domain.access import Principal
    from desktop.store.database import Database

PASSWORD_VARIABLE = "RASAD_PASSWORD"


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "act as this account (password from RASAD_PASSWORD or asked for); "
                                       "required once the database has accounts"))


def acting_principal(database, args: argparse.Namespace):
    """The signed-in principal of ``--user``, or the system secretary of a database without accounts; a
    CommandFailed (translated, never a traceback) otherwise. Also names the change log's user."""
    from desktop.accounts.service import AccountService
    from desktop.cli.output import CommandFailed, ExitCode, fail, translated
    from desktop.clock import SystemClock
    from desktop.domain.access import Principal
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.organisation.service import OrganisationService

    accounts = AccountService(database, SystemClock())
    login = getattr(args, "user", None)
    if not login:
        if accounts.has_accounts():
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "This database has user accounts: name yours with --user (the password is read from "
                       "RASAD_PASSWORD or asked for).")), exit_code=ExitCode.USAGE)
        principal = Principal.system(OrganisationService(database).profile().user_name)
    else:
        password = read_password(login)
        try:
            principal = accounts.sign_in(login, password)
        except DomainError as error:
            raise fail(error) from error
    from dataclasses import replace

    from desktop.accounts.live import watch
    from desktop.audit.service import refusal_recorder

    database.user_name, database.user_login = principal.user_name, principal.login
    # A long command's every write checks the account again: disabled or changed meanwhile, it writes no more.
    watch(database, principal)
    return replace(principal, on_refusal=refusal_recorder(database))  # refusals go to the audit trail


def read_password(login: str, variable: str = PASSWORD_VARIABLE) -> str:
    """The password from ``variable``, else asked for on the terminal (no echo). Without a terminal (a
    script, a pipe, a service) there is no one to ask: a clear refusal (exit code 2), never EOFError."""
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    return read_secret(login, variable,
                       QT_TRANSLATE_NOOP("Cli", "No password for {user}: set {variable}, or run the command in a "
                                                "terminal to be asked."),
                       QT_TRANSLATE_NOOP("Cli", "Password for {user}: "))


def read_secret(login: str, variable: str, missing: str, prompt: str) -> str:
    """A secret (a password, a recovery code) from the environment ``variable``, else asked for on the terminal
    without echo; ``missing`` (with {user} and {variable}) refuses when there is no terminal, ``prompt`` (with
    {user}) asks. Both are messages of the "Cli" context."""
    import sys

    from desktop.cli.output import CommandFailed, ExitCode, translated

    secret = os.environ.get(variable)
    if secret is not None:
        return secret
    refused = CommandFailed(translated("Cli", missing, user=login, variable=variable), exit_code=ExitCode.USAGE)
    if sys.stdin is None or not sys.stdin.isatty():
        raise refused
    import getpass

    try:
        return getpass.getpass(translated("Cli", prompt, user=login))
    except EOFError:
        raise refused from None


@contextmanager
def acting_database(args: argparse.Namespace) -> Iterator[tuple[Database, Principal]]:
    """The database of ``--db`` and the principal of ``--user``; closed when the block ends. Errors go up to
    the command line's one mapping (desktop.cli.output.report)."""
    from desktop.cli.output import open_existing_database

    database = open_existing_database(args.db)
    try:
        yield database, acting_principal(database, args)
    finally:
        database.close()
