"""`settings show|user-name|emblem`: facts about the database (the Settings page), the name written into the change
log before accounts exist, and the emblem of the reports' letterhead. The window's language is the window's own
setting (`run --lang`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    settings = subparsers.add_parser("settings", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the database's profile; the user name of the change log"))
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    show = actions.add_parser("show", help=QT_TRANSLATE_NOOP(
        "CliHelp", "province, user name, schema revision, database and evidence folders"))
    name = actions.add_parser("user-name", help=QT_TRANSLATE_NOOP(
        "CliHelp", "set the name written beside changes (before accounts exist)"))
    name.add_argument("name", help=QT_TRANSLATE_NOOP("CliHelp", "the name to record changes under"))
    emblem = actions.add_parser("emblem", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the letterhead's emblem: set it from a PNG or JPEG file (a copy is kept in the "
                   "database), --clear it, or --show it"))
    choice = emblem.add_mutually_exclusive_group(required=True)
    choice.add_argument("path", nargs="?", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "a PNG or JPEG picture, 32 to 4000 pixels a side, at most 2 MB"))
    choice.add_argument("--clear", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "print the letterhead without an emblem"))
    choice.add_argument("--show", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the emblem kept in the database"))
    for parser, handler in ((show, _show), (name, _user_name), (emblem, _emblem)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _show(args: argparse.Namespace) -> int:
    from desktop.organisation.service import OrganisationService
    from desktop.store.migrate import current_revision

    with acting_database(args) as (database, principal):
        organisation = OrganisationService(database, principal=principal)
        profile, counts = organisation.profile(), organisation.counts()
        revision = current_revision(database.engine)
        facts = (("province", f"{profile.province_code} {profile.province_name}".strip()),
                 ("user_name", profile.user_name), ("set_up", str(profile.is_set_up).lower()),
                 ("districts", str(counts.districts)), ("branches", str(counts.branches)),
                 ("schema_revision", revision or "-"), ("database", str(database.path)),
                 ("evidence", str(database.evidence_dir)))
    for key, value in facts:
        print(f"{key}\t{value}")
    return 0


def _user_name(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.organisation.service import OrganisationService

    with acting_database(args) as (database, principal):
        OrganisationService(database, principal=principal).set_user_name(args.name)
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Changes are now recorded under the name {name}."),
                     name=args.name))
    return 0


def _emblem(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.clock import SystemClock
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.reports.service import ReportService

    with acting_database(args) as (database, principal):
        reports = ReportService(database, SystemClock(), principal=principal)
        if args.show:
            picture = reports.emblem()
        elif args.clear:
            reports.clear_emblem()
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The letterhead has no emblem now.")))
            return 0
        else:
            picture = reports.set_emblem(args.path)
            print(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The emblem {file} is kept in the database; reports printed with a letterhead show it."),
                file=picture.file_name))
    if picture is None:
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The letterhead has no emblem.")))
        return 0
    for key, value in (("file", picture.file_name), ("format", picture.image_format),
                       ("size", f"{picture.width}x{picture.height}"), ("bytes", str(len(picture.data))),
                       ("sha256", picture.sha256)):
        print(f"{key}\t{value}")
    return 0
