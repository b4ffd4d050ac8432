"""`plans solution|program|activity add|edit|delete|show`: the Plans page's editors on the command line.

    python -m desktop plans activity add --db PATH --program 12 --code 3 --title "..." --weight 2 \
        --start 1405-01-01 --finish 1405-06-31
    python -m desktop plans activity edit 40 --db PATH --finish 1405-09-30
    python -m desktop plans solution show 5 --db PATH

``edit`` changes only the fields given (the rest as stored: `show` prints them); ``none`` clears an optional
link (a solution's term or driver project, an activity's parent). Every rule is the service's, as in the window:
the role (exit 3), an approved period whose figures the change would move (exit 4), the fields' checks (exit 1,
naming the field)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped

NONE = "none"  # clears an optional link on `edit`


def register(actions: argparse._SubParsersAction) -> None:
    """The ``solution``, ``program`` and ``activity`` actions of ``plans`` (``actions``: its subparsers)."""
    from desktop.cli.dates import cli_date

    kinds = {
        "solution": QT_TRANSLATE_NOOP("CliHelp", "add, edit, delete or show a solution (راهکار)"),
        "program": QT_TRANSLATE_NOOP("CliHelp", "add, edit, delete or show an operational program"),
        "activity": QT_TRANSLATE_NOOP("CliHelp", "add, edit, delete or show an activity or sub-activity"),
    }
    for kind, help_text in kinds.items():
        node = actions.add_parser(kind, help=help_text)
        verbs = node.add_subparsers(dest=f"{kind}_command", metavar="ACTION", required=True,
                                    help=help_texts.ACTION)
        add = verbs.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "add one; prints its id"))
        edit = verbs.add_parser("edit", help=QT_TRANSLATE_NOOP(
            "CliHelp", "change the fields given; the others stay as stored"))
        delete = verbs.add_parser("delete", help=QT_TRANSLATE_NOOP(
            "CliHelp", "delete it, with everything under it"))
        show = verbs.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "its fields as JSON (what edit changes)"))
        for parser in (edit, delete, show):
            parser.add_argument("id", type=int, help=QT_TRANSLATE_NOOP("CliHelp", "its id (from `plans list`)"))
        _FIELDS[kind](add, edit, cli_date)
        for verb, parser in (("add", add), ("edit", edit), ("delete", delete), ("show", show)):
            parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
            add_user_argument(parser)
            parser.set_defaults(handler=_run, node_kind=kind, verb=verb)


def _solution_fields(add: argparse.ArgumentParser, edit: argparse.ArgumentParser, _cli_date: Any) -> None:
    add.add_argument("--plan", type=int, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the plan's id (from `plans list`)"))
    for parser, required in ((add, True), (edit, False)):
        _code_and_title(parser, required)
        parser.add_argument("--term", choices=("short", "mid", "long", *((NONE,) if not required else ())),
                            help=QT_TRANSLATE_NOOP("CliHelp", "short, mid or long term"))
        parser.add_argument("--unit", help=QT_TRANSLATE_NOOP("CliHelp", "the responsible unit"))
        parser.add_argument("--manager", help=QT_TRANSLATE_NOOP("CliHelp", "the executive manager"))
        parser.add_argument("--driver-project", dest="driver_project", help=QT_TRANSLATE_NOOP(
            "CliHelp", "the driver project's number (none: no driver project)"))
        _weight(parser, required=False)
        parser.add_argument("--description", help=QT_TRANSLATE_NOOP("CliHelp", "a description"))


def _program_fields(add: argparse.ArgumentParser, edit: argparse.ArgumentParser, _cli_date: Any) -> None:
    add.add_argument("--solution", type=int, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the solution's id (from `plans list`)"))
    for parser, required in ((add, True), (edit, False)):
        _code_and_title(parser, required)
        parser.add_argument("--expected-results", dest="expected_results", help=QT_TRANSLATE_NOOP(
            "CliHelp", "the results expected of it"))
        parser.add_argument("--owner", help=QT_TRANSLATE_NOOP("CliHelp", "who carries it out"))
        _weight(parser, required=False)


def _activity_fields(add: argparse.ArgumentParser, edit: argparse.ArgumentParser, cli_date: Any) -> None:
    add.add_argument("--program", type=int, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the operational program's id (from `plans list`)"))
    for parser, required in ((add, True), (edit, False)):
        _code_and_title(parser, required)
        _weight(parser, required=required)
        parser.add_argument("--start", type=cli_date, required=required, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the planned start, YYYY-MM-DD"))
        parser.add_argument("--finish", type=cli_date, required=required, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the planned finish, YYYY-MM-DD"))
        parser.add_argument("--parent", help=QT_TRANSLATE_NOOP(
            "CliHelp", "the id of the activity it is a sub-activity of (none: directly under the program)"))
        parser.add_argument("--resources", help=QT_TRANSLATE_NOOP("CliHelp", "the resources it needs"))
        parser.add_argument("--owner", help=QT_TRANSLATE_NOOP("CliHelp", "who carries it out"))


def _code_and_title(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--code", required=required, help=QT_TRANSLATE_NOOP("CliHelp", "its code"))
    parser.add_argument("--title", required=required, help=QT_TRANSLATE_NOOP("CliHelp", "its title"))


def _weight(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--weight", type=float, required=required, help=QT_TRANSLATE_NOOP(
        "CliHelp", "its weight among its siblings"))


_FIELDS = {"solution": _solution_fields, "program": _program_fields, "activity": _activity_fields}


def _run(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.cli.tables import as_records, write_json
    from desktop.clock import SystemClock
    from desktop.planning.service import PlanService

    kind, verb = args.node_kind, args.verb
    with acting_database(args) as (database, principal):
        service = PlanService(database, SystemClock(), principal=principal)
        if verb == "show":
            from desktop.cli.evidence_paths import with_stored_paths

            shown = {"id": args.id, **as_records([_stored(service, kind, args.id)])[0]}
            write_json(with_stored_paths(shown, service.evidence_path), None)
            return 0
        if verb == "delete":
            getattr(service, f"delete_{kind}")(args.id)
            print(translated("Cli", _DELETED[kind], id=args.id))
            return 0
        if verb == "add":
            new_id = getattr(service, f"create_{kind}")(_changed(_blank(kind, args), kind, args))
            print(translated("Cli", _ADDED[kind], id=new_id))
            return 0
        stored = _stored(service, kind, args.id)
        form = stored.form if kind == "activity" else stored
        getattr(service, f"update_{kind}")(args.id, _changed(form, kind, args))
        print(translated("Cli", _CHANGED[kind], id=args.id))
    return 0


_ADDED = {"solution": QT_TRANSLATE_NOOP("Cli", "Solution {id} added."),
          "program": QT_TRANSLATE_NOOP("Cli", "Operational program {id} added."),
          "activity": QT_TRANSLATE_NOOP("Cli", "Activity {id} added.")}
_CHANGED = {"solution": QT_TRANSLATE_NOOP("Cli", "Solution {id} changed."),
            "program": QT_TRANSLATE_NOOP("Cli", "Operational program {id} changed."),
            "activity": QT_TRANSLATE_NOOP("Cli", "Activity {id} changed.")}
_DELETED = {"solution": QT_TRANSLATE_NOOP("Cli", "Solution {id} deleted, with its programs and activities."),
            "program": QT_TRANSLATE_NOOP("Cli", "Operational program {id} deleted, with its activities."),
            "activity": QT_TRANSLATE_NOOP("Cli", "Activity {id} deleted, with its sub-activities.")}


def _stored(service: Any, kind: str, item_id: int) -> Any:
    """What the editor would show: the form (an activity: its detail, progress and history included)."""
    return getattr(service, kind)(item_id)


def _blank(kind: str, args: argparse.Namespace) -> Any:
    from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm

    if kind == "solution":
        return SolutionForm(plan_id=args.plan, code="", title="", term=None)
    if kind == "program":
        return ProgramForm(solution_id=args.solution, code="", title="")
    return ActivityForm(program_id=args.program, code="", title="", weight=0.0, planned_start=None,
                        planned_finish=None)


def _changed(form: Any, kind: str, args: argparse.Namespace) -> Any:
    """``form`` with the fields the command gave (an option left out keeps its field; ``none`` clears a link)."""
    from desktop.domain.planning import SolutionTerm

    given: dict[str, Any] = {"code": args.code, "title": args.title, "weight": args.weight}
    if kind == "solution":
        given.update(responsible_unit=args.unit, executive_manager=args.manager, description=args.description)
    elif kind == "program":
        given.update(expected_results=args.expected_results, owner=args.owner)
    else:
        given.update(planned_start=args.start, planned_finish=args.finish, resource_estimate=args.resources,
                     owner=args.owner)
    changes = {name: value for name, value in given.items() if value is not None}
    if kind == "solution" and args.term is not None:
        changes["term"] = None if args.term == NONE else SolutionTerm(args.term)
    if kind == "solution" and args.driver_project is not None:
        changes["driver_project_number"] = _optional_id(args.driver_project, "--driver-project")
    if kind == "activity" and args.parent is not None:
        changes["parent_id"] = _optional_id(args.parent, "--parent")
    return replace(form, **changes)


def _optional_id(text: str, option: str) -> int | None:
    """A number, or ``none``; anything else is a usage error (exit 2)."""
    if text.strip().lower() == NONE:
        return None
    try:
        return int(text)
    except ValueError:
        from desktop.cli.output import CommandFailed, translated

        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{option} takes a number or none, not '{value}'."), option=option, value=AsTyped(text)),
            exit_code=2) from None
