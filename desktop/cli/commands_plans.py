"""`overview` (the home page's figures), `plans list` (the plan tree with PV, EV and SPI) and `plans progress`
(report an activity's progress, as on the Plans page); the editors' actions are in
desktop/cli/commands_plan_edits.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import commands_plan_edits, help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    from desktop.cli.dates import cli_date

    overview = subparsers.add_parser("overview", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the overview: overall progress, plans, milestones, driver projects, what is most behind, "
                   "the units at risk and those not judged for incomplete statistics (JSON)"))
    plans = subparsers.add_parser("plans", help=QT_TRANSLATE_NOOP(
        "CliHelp", "plans, solutions, programs and activities: list, add, edit, delete; report progress"))
    actions = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the plan tree, one row per node, with PV, EV and SPI"))
    listing.add_argument("--format", choices=("csv", "json"), default="csv", help=help_texts.FORMAT)
    listing.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "write to this file instead of the screen"))
    progress = actions.add_parser("progress", help=QT_TRANSLATE_NOOP(
        "CliHelp", "report an activity's percent complete on a date"))
    progress.add_argument("--activity", type=int, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the activity's id (from `plans list`)"))
    progress.add_argument("--percent", type=float, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the percent complete, 0 to 100"))
    progress.add_argument("--on", type=cli_date, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the date reported, YYYY-MM-DD (default: today)"))
    progress.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("CliHelp", "a note kept with the report"))
    progress.add_argument("--evidence", type=Path, nargs="*", default=[], metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "evidence files, copied and kept with the report"))
    for parser in (overview, listing):
        parser.add_argument("--as-of", dest="as_of", type=cli_date, help=QT_TRANSLATE_NOOP(
            "CliHelp", "'today', YYYY-MM-DD"))
    commands_plan_edits.register(actions)
    for parser, handler in ((overview, _overview), (listing, _list), (progress, _progress)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _overview(args: argparse.Namespace) -> int:
    import json

    from desktop.cli.tables import as_records
    from desktop.clock import SystemClock
    from desktop.domain.access import Action
    from desktop.indicators.at_risk import judge_units_at_risk
    from desktop.indicators.service import IndicatorService
    from desktop.planning.dashboard import DashboardService

    with acting_database(args) as (database, principal):
        principal.require(Action.VIEW)
        summary = DashboardService(database, SystemClock()).home_summary(args.as_of)
        # the home page's early warning (its months: the latest reported), with the units it could not judge
        judged = judge_units_at_risk(IndicatorService(database, principal=principal))
    record = as_records([summary])[0]
    record["units_at_risk"] = as_records(judged.at_risk)
    record["units_not_judged_count"] = len(judged.not_judged)
    record["units_not_judged"] = as_records(judged.not_judged)
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop.cli.tables import write_rows
    from desktop.clock import SystemClock
    from desktop.planning.service import PlanService

    with acting_database(args) as (database, principal):
        service = PlanService(database, SystemClock(), principal=principal)
        rows = _plan_rows(service.tree(args.as_of))
        # --out is an export: the plan service's right and audit event (printing is reading)
        write_rows(rows, args.format, args.out, export=service.export_listing, what="plans list")
    return 0


def _plan_rows(tree) -> list[dict[str, object]]:  # noqa: ANN001 - PlanNodes
    """One row per node of the plan tree, depth first."""
    rows: list[dict[str, object]] = []

    def walk(node, depth: int, parent: str) -> None:  # noqa: ANN001 - a PlanNode
        rows.append({"depth": depth, "kind": str(node.kind), "id": node.id, "code": node.code, "title": node.title,
                     "parent": parent, "weight": node.weight, "owner": node.owner,
                     "planned_start": node.planned_start, "planned_finish": node.planned_finish,
                     "planned_percent": _rounded(node.progress.planned),
                     "actual_percent": _rounded(node.progress.actual), "spi": _rounded(node.progress.spi),
                     # nothing reported by the day (under it): actual and SPI unknown (null), never 0
                     "not_reported": node.not_reported})
        for child in node.children:
            walk(child, depth + 1, node.code)

    for plan in tree:
        walk(plan, 0, "")
    return rows


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _progress(args: argparse.Namespace) -> int:
    from desktop.cli.output import translated
    from desktop.clock import SystemClock
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    clock = SystemClock()
    with acting_database(args) as (database, principal):
        service = _plan_service(database, clock, principal)
        day = args.on or clock.today()
        service.record_progress(args.activity, args.percent, day, args.note, args.evidence)
    from desktop.domain.jalali import format_jalali
    from desktop.domain.messages import Bilingual

    # the day as read, both calendars in English: a Jalali day typed for a Gregorian one is seen at once
    shown = Bilingual(format_jalali(day), f"{format_jalali(day, persian_digits=False)} ({day.isoformat()})")
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Progress of activity {id} recorded: {percent}% on {day}."),
                     id=args.activity, percent=args.percent, day=shown))
    return 0


def _plan_service(database, clock, principal):  # noqa: ANN001
    from desktop.planning.service import PlanService

    return PlanService(database, clock, principal=principal)
