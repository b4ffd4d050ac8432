"""`comment add|list`: comments on a judicial district's month (a district head: his own district only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    comment = subparsers.add_parser("comment", help=QT_TRANSLATE_NOOP(
        "CliHelp", "comments on a judicial district's month"))
    actions = comment.add_subparsers(dest="comment_command", metavar="ACTION", required=True, help=help_texts.ACTION)
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "comment on a district's month"))
    add.add_argument("--text", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the comment's text"))
    add.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "a month, e.g. 1405-08"))
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the comments on a district (of one month, or all)"))
    listing.add_argument("--period", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a month, e.g. 1405-08 (default: every month)"))
    for parser, handler in ((add, _add), (listing, _list)):
        parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
        parser.add_argument("--district", required=True, help=QT_TRANSLATE_NOOP(
            "CliHelp", "the district's code"))
        add_user_argument(parser)
        parser.set_defaults(handler=handler)


def _service(args: argparse.Namespace, body) -> int:  # noqa: ANN001
    from desktop.cli.output import fail, open_existing_database
    from desktop.clock import SystemClock
    from desktop.comments.service import CommentService
    from desktop.domain.jalali import JalaliPeriod
    from desktop.domain.messages import DomainError

    database = open_existing_database(args.db)
    try:
        service = CommentService(database, SystemClock(), principal=acting_principal(database, args))
        period = JalaliPeriod.parse(args.period) if args.period else None
        return body(service, period)
    except DomainError as error:
        raise fail(error) from error
    finally:
        database.close()


def _add(args: argparse.Namespace) -> int:
    def body(service, period) -> int:  # noqa: ANN001
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP

        saved = service.add(args.district, period, args.text)
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Comment recorded: {district}, {month}."),
                         district=saved.district_name, month=period.message_label))
        return 0
    return _service(args, body)


def _list(args: argparse.Namespace) -> int:
    def body(service, period) -> int:  # noqa: ANN001
        from desktop.cli.output import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP

        comments = service.comments(args.district, period)
        if not comments and period is None:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There are no comments for district {district}."),
                             district=args.district))
        elif not comments:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There are no comments for district {district} in "
                                                             "{period}."),
                             district=args.district, period=period.message_label))
        for comment in comments:
            print(f"{comment.period}\t{comment.created_at.isoformat(timespec='minutes')}\t{comment.author}\t"
                  f"{comment.text}")
        return 0
    return _service(args, body)
