"""`approval submit|withdraw|approve|send-back|reopen|status|changes`: approval of a Jalali month or half-year
(the Approval page). The secretary submits a period once it is over (its data is locked while it awaits approval)
and may withdraw the submission; the chief justice approves, sends back or reopens (with a reason);
`changes` lists the approved figures that differ today, with their causes (who changed what, when) —
"changed since approval"; with `--log`, the change-log entries after the approval that touch the period."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    approval = subparsers.add_parser("approval",
                                     help=QT_TRANSLATE_NOOP(
                                         "CliHelp", "submit, withdraw, approve, send back or reopen a "
                                                    "period; its status"))
    actions = approval.add_subparsers(dest="approval_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    submit = actions.add_parser("submit", help=QT_TRANSLATE_NOOP(
        "CliHelp", "ask the chief justice to approve a period once it is over; its data is locked while it "
                   "awaits approval (secretary)"))
    withdraw = actions.add_parser("withdraw", help=QT_TRANSLATE_NOOP(
        "CliHelp", "take back a submission not yet decided: the period's data can be changed again "
                   "(secretary)"))
    approve = actions.add_parser("approve", help=QT_TRANSLATE_NOOP(
        "CliHelp", "approve a submitted period: its data is locked (chief justice)"))
    send_back = actions.add_parser("send-back", help=QT_TRANSLATE_NOOP(
        "CliHelp", "return a submitted period with a reason (chief justice)"))
    reopen = actions.add_parser("reopen", help=QT_TRANSLATE_NOOP(
        "CliHelp", "unlock an approved period with a reason (chief justice)"))
    status = actions.add_parser("status", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the state of a period, or of every period of a year"))
    changes = actions.add_parser("changes", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the approved figures that differ today, with their causes"))
    for parser in (submit, withdraw, approve, send_back, reopen, changes):
        parser.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP(
            "CliHelp", "a month (1405-07) or a half-year (1405-H1)"))
    for parser in (send_back, reopen):
        parser.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP(
            "CliHelp", "why, kept with the period's status"))
    which = status.add_mutually_exclusive_group(required=True)
    which.add_argument("--period", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a month (1405-07) or a half-year (1405-H1)"))
    which.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP(
        "CliHelp", "a Jalali year: its halves and months"))
    changes.add_argument("--format", choices=("csv", "json"), default="csv",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "csv: a row per differing figure (kind figure) and per cause (kind "
                                        "cause); json: one object with the approval, its differences and "
                                        "their causes by section"))
    changes.add_argument("--log", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "list the change-log entries after the approval that touch the "
                                        "period instead"))
    changes.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "write to this file instead of the screen"))
    for parser, handler in ((submit, _step), (withdraw, _step), (approve, _step), (send_back, _step), (reopen, _step),
                            (status, _status), (changes, _changes)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _service(database, principal):  # noqa: ANN001
    from desktop.approvals.service import ApprovalService
    from desktop.clock import SystemClock

    return ApprovalService(database, SystemClock(), principal=principal)


def _period(text: str):
    from desktop.domain.jalali import JalaliPeriod

    return JalaliPeriod.parse(text)


def _step(args: argparse.Namespace) -> int:
    period = _period(args.period)
    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        step = args.approval_command
        if step == "submit":
            status = service.submit(period)
        elif step == "withdraw":
            status = service.withdraw(period)
        elif step == "approve":
            status = service.approve(period)
        elif step == "send-back":
            status = service.send_back(period, args.reason)
        else:
            status = service.reopen(period, args.reason)
    print(_line(status))
    return 0


def _status(args: argparse.Namespace) -> int:
    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        rows = [service.status(_period(args.period))] if args.period else service.periods(args.year)
    print("\t".join(STATUS_COLUMNS))  # named like the other listings' columns (meetings list, audit list)
    for status in rows:
        print(_line(status))
    return 0


#: The header of `approval status`: the columns of :func:`_line`.
STATUS_COLUMNS = ("period", "state", "submitted_by", "submitted_at", "decided_by", "decided_at", "reason",
                  "changes_since_approval")


def _line(status) -> str:  # noqa: ANN001 - a PeriodStatus
    """period, state, submitted by/at, decided by/at, reason, changes since approval — tab-separated (the steps
    print their period's line alone; `status` under a header of :data:`STATUS_COLUMNS`)."""
    from desktop.cli.output import translated
    from desktop.domain.messages import LABEL_CONTEXT

    def when(moment) -> str:  # noqa: ANN001
        return moment.isoformat(timespec="minutes") if moment else "-"

    return "\t".join((status.period.code, translated(LABEL_CONTEXT, status.label),
                      status.submitted_by or "-", when(status.submitted_at), status.decided_by or "-",
                      when(status.decided_at), status.reason or "-", str(status.changes_since_approval)))


def _changes(args: argparse.Namespace) -> int:
    from desktop.cli.tables import write_json, write_rows

    period = _period(args.period)
    with acting_database(args) as (database, principal):
        service = _service(database, principal)
        # --out is an export of every district's figures: the approval service's right and audit event
        export, what = service.export_listing, f"approval changes {period.code}{' --log' if args.log else ''}"
        if args.log:
            write_rows(service.changes_since_approval(period), args.format, args.out, export=export, what=what)
            return 0
        changed = service.figure_changes(period)
        if args.format == "json":
            write_json(_changed_record(changed), args.out, export=export, what=what)
        else:
            write_rows(_changed_rows(changed), "csv", args.out, CHANGE_COLUMNS, export=export, what=what)
    return 0


#: The columns of `approval changes --format csv`: a figure row fills the first five, a cause row the rest.
CHANGE_COLUMNS = ("kind", "section", "figure", "approved", "now", "changed_at", "user_name", "user_login",
                  "table", "row_id", "operation", "detail")


def _changed_record(changed) -> dict:  # noqa: ANN001 - a ChangedSinceApproval
    from desktop.cli.tables import as_records

    return {"period": changed.period.code, "state": changed.state.value, "approved_by": changed.approved_by,
            "approved_at": changed.approved_at.isoformat(), "sha256": changed.sha256,
            "differences": as_records(changed.differences),
            "causes": {section: as_records(causes) for section, causes in changed.causes.items()}}


def _changed_rows(changed) -> list[dict]:  # noqa: ANN001 - a ChangedSinceApproval
    """One row per differing figure, then one per cause of each section that has a difference."""
    blank = dict.fromkeys(CHANGE_COLUMNS, None)
    rows = [{**blank, "kind": "figure", "section": d.section, "figure": d.key, "approved": d.approved, "now": d.now}
            for d in changed.differences]
    differing = {d.section for d in changed.differences}
    for section, causes in changed.causes.items():
        if section not in differing:
            continue
        rows.extend({**blank, "kind": "cause", "section": section, "changed_at": c.changed_at,
                     "user_name": c.user_name, "user_login": c.user_login, "table": c.table, "row_id": c.row_id,
                     "operation": c.operation, "detail": c.detail} for c in causes)
    return rows
