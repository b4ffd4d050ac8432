"""`--user NAME`: on whose behalf a command reads or writes (docs/access.md, "Command line").

The password comes from the environment variable ``RASAD_PASSWORD`` or is asked for (without echo). Without
``--user`` a command acts as the province-wide secretary only while the database has no accounts; once
accounts exist it must name one, so a district head on the command line gets only his district.
"""

from __future__ import annotations

import argparse
import os

PASSWORD_VARIABLE = "RASAD_PASSWORD"


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=f"act as this account (password from {PASSWORD_VARIABLE} or asked for); required "
                             "once the database has accounts")


def acting_principal(database, args: argparse.Namespace):
    """The signed-in principal of ``--user``, or the system secretary of a database without accounts; a
    CommandFailed (translated, never a traceback) otherwise. Also names the change log's user."""
    from desktop.accounts.service import AccountService
    from desktop.cli.output import CommandFailed, fail, translated
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
                       "RASAD_PASSWORD or asked for).")), exit_code=2)
        principal = Principal.system(OrganisationService(database).profile().user_name)
    else:
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None:
            import getpass

            password = getpass.getpass(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Password for {user}: "),
                                                  user=login))
        try:
            principal = accounts.sign_in(login, password)
        except DomainError as error:
            raise fail(error, exit_code=2) from error
    from dataclasses import replace

    from desktop.audit.service import refusal_recorder

    database.user_name, database.user_login = principal.user_name, principal.login
    return replace(principal, on_refusal=refusal_recorder(database))  # refusals go to the audit trail
