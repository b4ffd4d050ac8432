"""`meetings add|edit|delete|show` and `meetings resolution add|edit|delete|show|status|note|attach`: the
Meetings page's editors on the command line.

    python -m desktop meetings add --db PATH --held-on 1405-08-20 --title "..." --attendee "نام=سمت" --agenda "..."
    python -m desktop meetings resolution add --db PATH --meeting 3 --text "..." --owner "..." --deadline 1405-10-30
    python -m desktop meetings resolution status 17 done --completed-on 1405-09-10 --db PATH

``edit`` changes only the fields given (``show`` prints them); ``--attendee`` and ``--agenda`` given on ``edit``
replace the whole list. Every rule is the service's, as in the window: the role (exit 3), an approved month
(exit 4), the fields' checks (exit 1, naming the field)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP

STATUSES = ("open", "in_progress", "done", "cancelled")
STATUS_HELP = QT_TRANSLATE_NOOP("CliHelp", "open, in_progress, done or cancelled")


def register(actions: argparse._SubParsersAction) -> None:
    """The meeting actions and the ``resolution`` action of ``meetings`` (``actions``: its subparsers)."""
    from desktop.cli.dates import cli_date

    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "add a meeting; prints its id"))
    edit = actions.add_parser("edit", help=QT_TRANSLATE_NOOP(
        "CliHelp", "change a meeting's fields given; the others stay as stored"))
    delete = actions.add_parser("delete", help=QT_TRANSLATE_NOOP(
        "CliHelp", "delete a meeting with its resolutions"))
    show = actions.add_parser("show", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a meeting's fields and resolutions as JSON"))
    for parser in (edit, delete, show):
        parser.add_argument("id", type=int, help=QT_TRANSLATE_NOOP("CliHelp", "the meeting's id (from `meetings list`)"))
    for parser, required in ((add, True), (edit, False)):
        parser.add_argument("--held-on", dest="held_on", type=cli_date, required=required, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the day it was held, YYYY-MM-DD"))
        parser.add_argument("--title", required=required, help=QT_TRANSLATE_NOOP("CliHelp", "its title"))
        parser.add_argument("--number", type=int, help=QT_TRANSLATE_NOOP(
            "CliHelp", "its number (default: the next one)"))
        parser.add_argument("--location", help=QT_TRANSLATE_NOOP("CliHelp", "where it was held"))
        parser.add_argument("--attendee", dest="attendees", action="append", metavar="NAME=ROLE",
                            help=QT_TRANSLATE_NOOP("CliHelp", "an attendee and his role; repeat for each"))
        parser.add_argument("--agenda", action="append", metavar="ITEM", help=QT_TRANSLATE_NOOP(
            "CliHelp", "an agenda item; repeat for each"))
    edit.add_argument("--no-attendees", dest="no_attendees", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "empty the list of attendees"))
    edit.add_argument("--no-agenda", dest="no_agenda", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "empty the agenda"))
    for verb, parser in (("add", add), ("edit", edit), ("delete", delete), ("show", show)):
        _common(parser, _run_meeting, verb)

    resolution = actions.add_parser("resolution", help=QT_TRANSLATE_NOOP(
        "CliHelp", "add, edit, delete or show a resolution; its status, follow-up notes and evidence"))
    verbs = resolution.add_subparsers(dest="resolution_command", metavar="ACTION", required=True,
                                      help=help_texts.ACTION)
    r_add = verbs.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "add a resolution; prints its id"))
    r_edit = verbs.add_parser("edit", help=QT_TRANSLATE_NOOP(
        "CliHelp", "change a resolution's fields given; the others stay as stored"))
    r_delete = verbs.add_parser("delete", help=QT_TRANSLATE_NOOP("CliHelp", "delete a resolution"))
    r_show = verbs.add_parser("show", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a resolution, its follow-up notes and evidence as JSON"))
    r_status = verbs.add_parser("status", help=QT_TRANSLATE_NOOP("CliHelp", "change a resolution's status"))
    r_note = verbs.add_parser("note", help=QT_TRANSLATE_NOOP(
        "CliHelp", "add a follow-up note (and evidence files) to a resolution"))
    r_attach = verbs.add_parser("attach", help=QT_TRANSLATE_NOOP(
        "CliHelp", "attach evidence files to a resolution"))
    for parser in (r_edit, r_delete, r_show, r_status, r_note, r_attach):
        parser.add_argument("id", type=int, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the resolution's id (from `meetings resolutions`)"))
    r_add.add_argument("--meeting", type=int, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the meeting's id (from `meetings list`)"))
    for parser, required in ((r_add, True), (r_edit, False)):
        parser.add_argument("--text", required=required, help=QT_TRANSLATE_NOOP("CliHelp", "what was resolved"))
        parser.add_argument("--owner", required=required, help=QT_TRANSLATE_NOOP("CliHelp", "who carries it out"))
        parser.add_argument("--deadline", type=cli_date, required=required, help=QT_TRANSLATE_NOOP(
            "CliHelp", "its deadline, YYYY-MM-DD"))
        parser.add_argument("--number", type=int, help=QT_TRANSLATE_NOOP(
            "CliHelp", "its number in the meeting (default: the next one)"))
    r_add.add_argument("--status", choices=STATUSES, default="open", help=STATUS_HELP)
    r_edit.add_argument("--status", choices=STATUSES, help=STATUS_HELP)
    r_status.add_argument("status", choices=STATUSES, help=STATUS_HELP)
    for parser in (r_add, r_edit, r_status):
        parser.add_argument("--completed-on", dest="completed_on", type=cli_date, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the day it was done, YYYY-MM-DD (a done resolution)"))
    r_note.add_argument("--text", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the note"))
    r_note.add_argument("--on", type=cli_date, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the day of the note, YYYY-MM-DD (default: today)"))
    r_note.add_argument("--evidence", type=Path, nargs="*", default=[], metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "evidence files, copied and kept with the resolution"))
    r_attach.add_argument("files", type=Path, nargs="+", metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "evidence files, copied and kept with the resolution"))
    for verb, parser in (("add", r_add), ("edit", r_edit), ("delete", r_delete), ("show", r_show),
                         ("status", r_status), ("note", r_note), ("attach", r_attach)):
        _common(parser, _run_resolution, verb)


def _common(parser: argparse.ArgumentParser, handler: Any, verb: str) -> None:
    parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    add_user_argument(parser)
    parser.set_defaults(handler=handler, verb=verb)


def _service(database: Any, principal: Any) -> Any:
    from desktop.clock import SystemClock
    from desktop.meetings.service import MeetingService

    return MeetingService(database, SystemClock(), principal=principal)


def _run_meeting(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.cli.tables import as_records, write_json
    from desktop.meetings.views import MeetingForm

    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        if args.verb == "show":
            write_json(as_records([service.meeting(args.id)])[0], None)
            return 0
        if args.verb == "delete":
            service.delete_meeting(args.id)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Meeting {id} deleted, with its resolutions."),
                             id=args.id))
            return 0
        if args.verb == "add":
            form = MeetingForm(held_on=args.held_on, title=args.title)
            new_id = service.create_meeting(_meeting_changed(form, args))
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Meeting {id} added."), id=new_id))
            return 0
        service.update_meeting(args.id, _meeting_changed(service.meeting(args.id).form, args))
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Meeting {id} changed."), id=args.id))
    return 0


def _meeting_changed(form: Any, args: argparse.Namespace) -> Any:
    given = {"held_on": args.held_on, "title": args.title, "number": args.number, "location": args.location}
    changes: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    if getattr(args, "no_attendees", False):
        changes["attendees"] = ()
    if args.attendees:
        changes["attendees"] = tuple(_attendee(text) for text in args.attendees)
    if getattr(args, "no_agenda", False):
        changes["agenda"] = ()
    if args.agenda:
        changes["agenda"] = tuple(args.agenda)
    return replace(form, **changes)


def _attendee(text: str) -> tuple[str, str]:
    """``NAME=ROLE`` (the role may be left out: ``NAME``)."""
    name, _, role = text.partition("=")
    return name.strip(), role.strip()


def _run_resolution(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.cli.tables import as_records, write_json
    from desktop.domain.meetings import ResolutionStatus
    from desktop.meetings.views import ResolutionForm

    verb = args.verb
    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        if verb == "show":
            from desktop.cli.evidence_paths import with_stored_paths
            from desktop.clock import SystemClock
            from desktop.planning.service import PlanService

            evidence_path = PlanService(database, SystemClock(), principal=principal).evidence_path
            write_json(with_stored_paths(as_records([service.resolution(args.id)])[0], evidence_path), None)
        elif verb == "delete":
            service.delete_resolution(args.id)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Resolution {id} deleted."), id=args.id))
        elif verb == "status":
            service.set_status(args.id, ResolutionStatus(args.status), args.completed_on)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Resolution {id} changed."), id=args.id))
        elif verb == "note":
            service.add_follow_up(args.id, args.text, args.on, args.evidence)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Follow-up note added to resolution {id}."),
                             id=args.id))
        elif verb == "attach":
            service.attach_evidence(args.id, args.files)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Evidence files attached to resolution {id}: {count}."),
                             count=len(args.files), id=args.id))
        elif verb == "add":
            form = ResolutionForm(meeting_id=args.meeting, text=args.text, owner=args.owner, deadline=args.deadline)
            new_id = service.create_resolution(_resolution_changed(form, args))
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Resolution {id} added."), id=new_id))
        else:
            row = service.resolution(args.id).row
            form = ResolutionForm(row.meeting_id, row.text, row.owner, row.deadline, row.number, row.status,
                                  row.completed_on)
            service.update_resolution(args.id, _resolution_changed(form, args))
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Resolution {id} changed."), id=args.id))
    return 0


def _resolution_changed(form: Any, args: argparse.Namespace) -> Any:
    from desktop.domain.meetings import ResolutionStatus

    given = {"text": args.text, "owner": args.owner, "deadline": args.deadline, "number": args.number,
             "completed_on": args.completed_on}
    changes: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    if args.status is not None:
        changes["status"] = ResolutionStatus(args.status)
        if changes["status"] is not ResolutionStatus.DONE and args.completed_on is None:
            changes["completed_on"] = None  # only a done resolution has a day it was done
    return replace(form, **changes)
