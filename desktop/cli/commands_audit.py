"""`audit list`: the audit trail (the change log), filtered as on the Audit trail page, as CSV or JSON;
`audit list --events`: the audit events instead (refusals, exports, backups, restores, key operations, settings
changes, by login and display name), the page's second tab."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_database, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.audit_kinds import EVENT_KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the audit trail: who changed what, when"))
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "changes, or with --events the audit events, newest first (a district head may not read "
                   "them)"))
    listing.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    listing.add_argument("--events", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "list the audit events (refusals, exports, backups, restores, keys, "
                                        "settings) instead of the changes"))
    listing.add_argument("--by", dest="by_user", metavar="NAME",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "only changes by this user (with --events: this login or display "
                                        "name)"))
    listing.add_argument("--kind", choices=EVENT_KINDS, help=QT_TRANSLATE_NOOP(
        "CliHelp", "with --events: only events of this kind"))
    listing.add_argument("--table", help=QT_TRANSLATE_NOOP(
        "CliHelp", "only changes of this table, e.g. activity"))
    listing.add_argument("--operation", choices=("insert", "update", "delete"), help=QT_TRANSLATE_NOOP(
        "CliHelp", "only rows added (insert), changed (update) or removed (delete)"))
    listing.add_argument("--period", help=QT_TRANSLATE_NOOP(
        "CliHelp", "only changes made in this Jalali period, e.g. 1405-07"))
    listing.add_argument("--limit", type=int, default=5000, help=QT_TRANSLATE_NOOP(
        "CliHelp", "at most this many (default %(default)s)"))
    listing.add_argument("--format", choices=("csv", "json"), default="csv", help=help_texts.FORMAT)
    listing.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "write to this file instead of the screen"))
    add_user_argument(listing)
    listing.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    from desktop.audit.service import AuditFilter, AuditService
    from desktop.cli.output import CommandFailed, ExitCode, translated
    from desktop.cli.tables import write_rows
    from desktop.domain.jalali import JalaliPeriod
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    if args.limit < 1:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--limit must be at least 1.")),
                            exit_code=ExitCode.USAGE)
    if args.events and (args.table or args.operation):
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "--table and --operation filter changes; audit events are filtered with --kind.")),
            exit_code=ExitCode.USAGE)
    if args.kind and not args.events:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--kind filters audit events; add --events.")),
                            exit_code=ExitCode.USAGE)
    period = JalaliPeriod.parse(args.period) if args.period else None
    which = AuditFilter(user_name=args.by_user, table_name=None if args.events else args.table,
                        operation=args.kind if args.events else args.operation, period=period, limit=args.limit)
    with acting_database(args) as (database, principal):
        service = AuditService(database, principal=principal)
        entries = service.events(which) if args.events else service.entries(which)
        # --out is an export: the audit trail's right (not a viewer's) and its export.audit event
        what = f"audit list{' --events' if args.events else ''} ({len(entries)} rows)"
        write_rows(entries, args.format, args.out, export=service.export_listing, what=what)
    return 0
