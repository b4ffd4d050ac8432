"""`indicators` (an indicator table as CSV or JSON) and `generate-files` (CMS export files for benchmarks)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.cli.dates import cli_date
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    table = subparsers.add_parser(
        "indicators", help=QT_TRANSLATE_NOOP(
            "CliHelp", "print an indicator table (province, districts or branches)")
    )
    table.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    table.add_argument("--indicator", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "indicator code, e.g. clearance_rate"))
    table.add_argument("--level", choices=("province", "district", "branch"), required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "a row for the province, for each district or for each branch"))
    table.add_argument("--district", help=QT_TRANSLATE_NOOP(
        "CliHelp", "district code: only its branches (with --level branch)"))
    table.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "1403-07, 1403-Q2, 1403-H1 or 1403"))
    table.add_argument("--case-type", dest="case_type", help=QT_TRANSLATE_NOOP(
        "CliHelp", "one case type (default: all)"))
    table.add_argument("--format", choices=("csv", "json"), default="csv", help=help_texts.FORMAT)
    table.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "write to this file instead of the screen"))
    add_user_argument(table)
    table.set_defaults(handler=_indicators)

    files = subparsers.add_parser(
        "generate-files", help=QT_TRANSLATE_NOOP(
            "CliHelp", "write a generated CMS export file (benchmarks, tests)")
    )
    files.add_argument("--kind", choices=("cases", "monthly", "satisfaction", "branches"), required=True,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "which export: case listing, monthly statistics, satisfaction or branch "
                                      "registry"))
    files.add_argument("--rows", type=int, required=True, help=QT_TRANSLATE_NOOP("CliHelp", "how many rows to write"))
    files.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the file to write"))
    files.add_argument("--format", choices=("csv", "xlsx"), default="csv", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the file's format (default %(default)s)"))
    files.add_argument("--encoding", choices=("utf-8-sig", "utf-8", "utf-16", "cp1256"), default="utf-8-sig",
                       help=QT_TRANSLATE_NOOP("CliHelp", "the text encoding of a CSV file (default %(default)s)"))
    files.add_argument("--seed", type=int, default=1403, help=QT_TRANSLATE_NOOP(
        "CliHelp", "random seed (default %(default)s)"))
    files.add_argument("--db", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "take the branch codes from this database"))
    files.add_argument(
        "--branches", type=int, default=100, help=QT_TRANSLATE_NOOP(
            "CliHelp", "without --db: how many generated branch codes")
    )
    files.add_argument("--as-of", dest="as_of", type=cli_date,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "the files' 'today', as YYYY-MM-DD (default: today)"))
    files.set_defaults(handler=_generate_files)


def _indicators(args: argparse.Namespace) -> int:
    from desktop.cli.output import CommandFailed, listed, open_existing_database, translated
    from desktop.cli.tables import emit
    from desktop.domain.indicators.definitions import indicator_codes
    from desktop.domain.jalali import JalaliPeriod
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.indicators.service import IndicatorService

    if args.indicator not in indicator_codes():
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Unknown indicator {code}. Known indicators: {codes}."),
            code=args.indicator, codes=listed(indicator_codes())))  # fmt: skip
    if args.district and args.level != "branch":
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--district needs --level branch.")))
    period = JalaliPeriod.parse(args.period)
    database = open_existing_database(args.db)
    try:
        principal = acting_principal(database, args)
        parent = None
        if args.district:
            with database.engine.connect() as connection:
                district_id = connection.exec_driver_sql(
                    "SELECT id FROM district WHERE code = ?", (args.district,)
                ).scalar()
            if district_id is None:
                raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "There is no district with the code {code}."), code=args.district))  # fmt: skip
            parent = ("district", district_id)
        service = IndicatorService(database, principal=principal)
        case_type = None if args.case_type is None else _known_case_type(args.case_type, service.case_types())
        table = service.table(args.indicator, args.level, period, case_type, parent, refuse_outside=True)
        text = _as_json(table) if args.format == "json" else _as_csv(table)
        if table.through_month is not None:  # said beside the file too: the figures are a part of the period
            from desktop.cli.output import persian, print_error

            print_error(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "Note: the figures of {period} run through the end of {month}; the later months of the "
                       "period have no statistics yet, so they are not comparable with a whole period's."),
                period=period.label_fa if persian() else period.label_en,
                month=table.through_month.label_fa if persian() else table.through_month.label_en))
        # --out is an export, as the indicators page's Excel export: the service's right and audit event
        what = " ".join(filter(None, ("indicators", args.indicator, args.level, args.district, period.code,
                                      case_type)))
        emit(text, args.format, args.out, service.export_listing, what)
    finally:
        database.close()
    return 0


def _known_case_type(given: str, known: list[str]) -> str:
    """``given`` as stored (Persian ی and ک, spaces collapsed: an Arabic keyboard's «حقوقي» is «حقوقی»), or a
    failure listing the known ones (exit 1, as an unknown indicator or district code): an unknown type had printed
    an empty table with exit code 0, as if no branch had figures."""
    from desktop.cli.output import CommandFailed, listed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.domain.persian import normalise_text

    wanted = normalise_text(given)
    if wanted in known:
        return wanted
    if not known:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Unknown case type {value}: this database has no case types yet (they come from imported case "
                   "listings)."), value=given))
    raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Unknown case type {value}. Known case types: {types}."), value=given, types=listed(known)))


_COLUMNS = ("rank", "code", "name", "parent", "value", "best", "worst", "complete", "missing_months",
            "branches", "complete_branches", "incomplete_branches", "unanswered_survey_months", "through_month",
            "cases", "too_few_cases", "unbounded", "note")


def _note(definition, row) -> str | None:
    """Why the value is a text or not ranked, in the run's language (None when it speaks for itself)."""
    from desktop.cli.output import translated
    from desktop.domain.indicators.basis import value_note

    note = value_note(definition, row.value, row.cases, too_few=row.too_few, measured=row.has_statistics)
    return None if note is None else translated("Indicators", note.text, count=note.count)


def _row_values(row, through: str | None, definition, *, as_text: bool = False) -> list[object]:
    """One row: an incomplete unit has no rank and lists what it lacks (months of a branch, branches of a
    district or province, and for satisfaction the survey months in which one of its branches did not answer).
    ``through``: the table's last month when the figures stop before the period's end (on every row, so that a
    CSV row read alone still says its figures are a part of the period). An unbounded value (disposition time
    with nothing disposed of) has no number - JSON has no infinity - but ``unbounded`` true and its note; a
    value resting on too few cases keeps its number, unranked (``too_few_cases``, ``cases``)."""
    from desktop.domain.indicators.basis import is_unbounded

    unbounded = is_unbounded(row.value)
    value = None if row.value is None or unbounded else round(row.value, 4)
    missing: object = list(row.missing_months)
    incomplete: object = list(row.incomplete_branches)
    unanswered: object = list(row.unanswered_survey_months)
    if as_text:
        missing, incomplete = " ".join(row.missing_months), " ".join(row.incomplete_branches)
        unanswered = " ".join(row.unanswered_survey_months)
    return [row.rank, row.code, row.name, row.parent_name, value, row.is_best, row.is_worst, row.complete,
            missing, row.branches, row.complete_branches, incomplete, unanswered, through,
            row.cases, row.too_few, unbounded, _note(definition, row)]


def _through(table) -> str | None:
    """The month code the figures run to when the period is not covered to its end (``through_month``)."""
    through = table.through_month
    return None if through is None else through.code


def _as_csv(table) -> str:
    import io

    from desktop.exports.cells import write_csv_rows

    buffer = io.StringIO()
    through = _through(table)
    write_csv_rows(buffer, _COLUMNS, (["" if v is None else v for v in _row_values(row, through, table.definition, as_text=True)]
                                      for row in table.rows), lineterminator="\n")
    return buffer.getvalue()


def _as_json(table) -> str:
    import json

    from desktop.cli.output import translated

    definition = table.definition
    document = {
        "indicator": definition.code,
        "name": translated("Indicators", definition.name),
        "unit": str(definition.unit),
        "direction": str(definition.direction),
        "period": table.period.code,
        "level": table.level,
        "case_type": table.case_type,
        "months": list(table.months),
        "through_month": _through(table),
        "ranked": len(table.ranked),
        "insufficient_data": [row.code for row in table.insufficient],
        "rows": [dict(zip(_COLUMNS, _row_values(row, _through(table), definition), strict=True)) for row in table.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _generate_files(args: argparse.Namespace) -> int:
    import time
    from datetime import date

    from desktop.cli.output import CommandFailed, fail, translated
    from desktop.demo import case_files
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

    if args.rows < 0:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--rows must be 0 or more.")))
    as_of = args.as_of or date.today()
    if args.db:
        from desktop.store.database import open_database

        try:
            database = open_database(args.db, create=False)
        except DomainError as error:
            raise fail(error) from error
        try:
            with database.engine.connect() as connection:
                codes = list(connection.exec_driver_sql("SELECT code FROM branch ORDER BY code").scalars())
        finally:
            database.close()
    else:
        codes = [f"9{number:05d}" for number in range(1, args.branches + 1)]
    started = time.perf_counter()
    if args.kind == "branches":
        count = case_files.write_branches(args.out, args.rows, args.seed, codes, args.format, args.encoding)
    else:
        writer = {"cases": case_files.write_case_listing, "monthly": case_files.write_monthly,
                  "satisfaction": case_files.write_satisfaction}[args.kind]  # fmt: skip
        count = writer(args.out, args.rows, args.seed, codes, args.format, args.encoding, as_of=as_of)
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{rows} rows written to {path} in {seconds} s."),
                     rows=count, path=str(args.out), seconds=round(time.perf_counter() - started, 1)))  # fmt: skip
    return 0
