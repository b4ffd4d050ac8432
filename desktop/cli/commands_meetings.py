"""`meetings list` and `meetings resolutions`: the council's meetings and their resolutions (the Meetings page),
as CSV or JSON; the editors' actions are in desktop/cli/commands_meeting_edits.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import commands_meeting_edits, help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    meetings = subparsers.add_parser("meetings", help=QT_TRANSLATE_NOOP(
        "CliHelp", "council meetings and their resolutions: list, add, edit, delete; status, notes, evidence"))
    actions = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the meetings, newest first, with their resolution counts"))
    resolutions = actions.add_parser("resolutions", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the resolutions, with deadline, status and days overdue"))
    which = resolutions.add_mutually_exclusive_group()
    which.add_argument("--open", dest="only_open", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "only those not done or cancelled"))
    which.add_argument("--overdue", dest="only_overdue", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "only overdue ones"))
    resolutions.add_argument("--owner", help=QT_TRANSLATE_NOOP("CliHelp", "only this owner's"))
    commands_meeting_edits.register(actions)
    for parser, handler in ((listing, _list), (resolutions, _resolutions)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        parser.add_argument("--format", choices=("csv", "json"), default="csv", help=help_texts.FORMAT)
        parser.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
            "CliHelp", "write to this file instead of the screen"))
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _service(database, principal):  # noqa: ANN001
    from desktop.clock import SystemClock
    from desktop.meetings.service import MeetingService

    return MeetingService(database, SystemClock(), principal=principal)


def _list(args: argparse.Namespace) -> int:
    from desktop.cli.tables import write_rows

    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        # --out is an export: the meeting service's right and audit event (printing is reading)
        write_rows(service.meetings(), args.format, args.out, export=service.export_listing, what="meetings list")
    return 0


def _resolutions(args: argparse.Namespace) -> int:
    from desktop.cli.tables import write_rows
    from desktop.meetings.views import ResolutionFilter

    which = ResolutionFilter(only_open=args.only_open, only_overdue=args.only_overdue, owner=args.owner)
    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        write_rows(service.resolutions(which), args.format, args.out, export=service.export_listing,
                   what="meetings resolutions")
    return 0
