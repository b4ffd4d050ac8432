"""`setup`: the first run without the window — the province, its districts, the first secretary's account and,
optionally, the branch registry. The secretary's password comes from RASAD_PASSWORD or is asked for."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    setup = subparsers.add_parser("setup", help=QT_TRANSLATE_NOOP(
        "CliHelp", "set a new database up: province, districts, first secretary, branches (what the window's "
                   "first-run wizard asks)"))
    setup.add_argument("--db", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the database file (created when missing)"))
    setup.add_argument("--province-code", dest="province_code", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the province's code, the one the center knows it by (e.g. QOM)"))
    setup.add_argument("--province-name", dest="province_name", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the province's name"))
    setup.add_argument("--district", dest="districts", action="append", default=[], metavar="CODE=NAME",
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "a judicial district (repeat for each); or give --districts-file"))
    setup.add_argument("--districts-file", dest="districts_file", type=Path, metavar="FILE.csv",
                       help=QT_TRANSLATE_NOOP("CliHelp", "a CSV file of districts: code,name per line"))
    setup.add_argument("--branches", type=Path, metavar="FILE",
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "the branch registry (CSV or Excel, as the import takes it), imported "
                                      "after setup"))
    setup.add_argument("--secretary", required=True, metavar="LOGIN", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the first secretary's user name"))
    setup.add_argument("--secretary-name", dest="secretary_name", required=True,
                       help=QT_TRANSLATE_NOOP("CliHelp", "the secretary's name as the change log shows it"))
    setup.set_defaults(handler=_setup)


def _setup(args: argparse.Namespace) -> int:
    from desktop.accounts.service import AccountService
    from desktop.cli.acting_user import read_password
    from desktop.cli.commands_import import print_result
    from desktop.cli.output import CommandFailed, translated
    from desktop.clock import SystemClock
    from desktop.domain.jalali import to_jalali
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.domain.signin import validate_login, validate_new_password
    from desktop.imports.service import ImportService
    from desktop.organisation.service import OrganisationService, SetupForm
    from desktop.store.database import open_database

    districts = _districts(args)
    login = validate_login(args.secretary)  # before anything is written, as the wizard checks the account first
    password = validate_new_password(read_password(login), login)
    if args.branches is not None and not args.branches.is_file():
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There is no file {path}."),
                                       path=str(args.branches)))
    existed = args.db.exists()
    database = open_database(args.db, create=True)
    set_up = False
    try:
        clock = SystemClock()
        accounts = AccountService(database, clock)
        if accounts.has_accounts():
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "{path} is already set up (it has user accounts)."), path=str(args.db)))
        organisation = OrganisationService(database)
        secretary = accounts.first_secretary(login, args.secretary_name, password)
        principal = organisation.complete_setup(
            SetupForm(args.province_code, args.province_name, args.secretary_name, districts),
            plans_year=to_jalali(clock.today())[0], secretary=secretary)
        assert principal is not None
        set_up = True
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} is set up: province {province}, {districts} district(s), secretary {login}."),
            path=str(args.db), province=args.province_name, districts=len(districts), login=login))
        if args.branches is not None:
            database.user_name = principal.user_name
            result = ImportService(database, clock, principal=principal).import_file(args.branches, "branches")
            return print_result(args.branches, "branches", result)
    finally:
        database.close()
        if not set_up and not existed:  # a file this command created and could not set up: leave nothing
            for suffix in ("", "-wal", "-shm", "-checked"):  # -checked: desktop/store/check_record.py
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    return 0


def _districts(args: argparse.Namespace):
    import csv

    from desktop.cli.output import CommandFailed, file_failure, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.organisation.service import DistrictDraft

    pairs: list[tuple[str, str]] = []
    for item in args.districts:
        code, separator, name = item.partition("=")
        if not separator:
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "--district takes CODE=NAME, e.g. 01=حوزه قضایی قم; not {value}."), value=item),
                exit_code=2)
        pairs.append((code, name))
    if args.districts_file is not None:
        try:
            with args.districts_file.open(encoding="utf-8-sig", newline="") as handle:
                pairs.extend((row[0], row[1] if len(row) > 1 else "") for row in csv.reader(handle) if row)
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            if isinstance(error, OSError):
                raise file_failure(error, args.districts_file) from error
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "{path} is not a CSV file of districts (code,name) in UTF-8."),
                path=str(args.districts_file))) from error
    return tuple(DistrictDraft(code.strip(), name.strip()) for code, name in pairs)
