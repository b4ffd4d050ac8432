"""`report`: write the six-monthly status report, the quarterly citizens'-rights report or the monthly
district statistics as PDF or Excel (by the file's suffix), and optionally every chart as PNG or SVG."""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.cli.dates import parse_cli_date
from desktop.domain.messages import QT_TRANSLATE_NOOP

KINDS = ("status", "citizens", "district")


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help=QT_TRANSLATE_NOOP(
        "CliHelp", "write a report as PDF or Excel"))
    report.add_argument("kind", choices=KINDS,
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "status: six-monthly status (--period 1404-H1); citizens: quarterly "
                                       "citizens' rights (1404-Q2); district: monthly district statistics "
                                       "(1404-07)"))
    report.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    report.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "1404-H1, 1404-Q2 or 1404-07 (by the kind)"))
    report.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the .pdf or .xlsx file to write"))
    report.add_argument("--district", help=QT_TRANSLATE_NOOP(
        "CliHelp", "district code (district report; default: every district)"))
    report.add_argument("--charts", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "also save every chart alone into this folder"))
    report.add_argument("--chart-format", dest="chart_format", choices=("png", "svg"), default="png",
                        help=QT_TRANSLATE_NOOP("CliHelp", "the format of the --charts pictures (default %(default)s)"))
    report.add_argument("--as-of", dest="as_of", help=QT_TRANSLATE_NOOP(
        "CliHelp", "'today' as YYYY-MM-DD (default: today)"))
    report.add_argument("--letterhead", action="store_true",
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "print as an official document (letterhead with the emblem set in the "
                                       "database)"))
    report.add_argument("--number", default="", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the letter's number on the letterhead"))
    report.add_argument("--classification", default="", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the classification on the letterhead"))
    add_user_argument(report)
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    import time

    from desktop.cli.output import (
        CommandFailed,
        TerminalLine,
        fail,
        open_existing_database,
        persian,
        translated,
    )
    from desktop.clock import FixedClock, SystemClock
    from desktop.domain.jalali import JalaliPeriod
    from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped, DomainError
    from desktop.reports.formats import output_format

    try:
        as_of = parse_cli_date(args.as_of) if args.as_of else None
    except ValueError:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "--as-of must be a date such as 1405-09-02 (Jalali) or 2026-11-23."))) from None
    try:
        period = JalaliPeriod.parse(args.period)
        output_format(args.out)
    except DomainError as error:
        raise fail(error) from error
    database = open_existing_database(args.db)  # its header and schema: milliseconds, whatever its size
    # Its one write (the audit record) comes after seconds of reading figures: a whole-file check it needs
    # (a copy brought in) runs beside them meanwhile.
    checking = database.check_ahead()
    charts_here = checking and _cores() <= 2
    if output_format(args.out) == "pdf" and not charts_here:
        from desktop.reports.chart_process import start_chart_process

        start_chart_process()  # the PDF's charts are drawn beside (its libraries load while the figures are read)
    # The report's own modules load while that check runs beside them (on a copy brought in it is what the
    # command waits for at the end).
    if args.charts:
        from desktop.charts.style import load_in_background

        load_in_background()  # the charts saved alone are drawn here
    from desktop.reports.language import ReportLanguage
    from desktop.reports.service import LetterheadRequest, ReportKind, ReportRequest, ReportService

    started = time.perf_counter()
    line = TerminalLine()
    try:
        service = ReportService(database, FixedClock(as_of) if as_of else SystemClock(),
                                principal=acting_principal(database, args))
        lang = ReportLanguage(translated, rtl=persian())
        letterhead = LetterheadRequest(args.number, args.classification) if args.letterhead else None
        gathering = QT_TRANSLATE_NOOP("Cli", "Gathering the report's figures… {percent}%")
        report = service.build(ReportRequest(ReportKind(args.kind), period, args.district, letterhead), lang,
                               _shown_on(line, gathering, args.out.name))
        writing = QT_TRANSLATE_NOOP("Cli", "Writing {file}… {percent}%")
        with _charts_drawn_here() if charts_here else contextlib.nullcontext():
            path = service.write(report, args.out, lang, _shown_on(line, writing, args.out.name))
        charts = service.save_charts(report, args.charts, args.chart_format) if args.charts else []
    except DomainError as error:
        raise fail(error) from error
    finally:
        line.clear()
        database.close()
    # The period as the user typed it (docs/architecture.md: a field echoing his input is shown as typed).
    typed = AsTyped(args.period)
    if not report.has_data:
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There is no data for {period}; the report says so."),
                         period=typed))
    elif report.missing:
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The report for {period} has part of its data: {missing}"),
                         period=typed, missing=" ".join(report.missing)))
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Report written to {path} in {seconds} s."),
                     path=str(path), seconds=round(time.perf_counter() - started, 1)))
    if charts:
        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{count} charts saved in {folder}."),
                         count=len(charts), folder=str(args.charts)))
    return 0


def _cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _charts_drawn_here():  # noqa: ANN202 - a context manager
    """The whole-file check holds one of two processors for seconds: the PDF's charts are drawn in this
    process instead of a second interpreter that would start and import matplotlib beside both (a copy of the
    large demo brought in: 5.44 -> 4.85 s, medians of four alternating runs)."""
    from desktop.reports.chart_process import chart_process

    return chart_process().drawing_here()


def _shown_on(line, text: str, file_name: str):  # noqa: ANN001, ANN202 - a TerminalLine; a TaskProgress
    """The report's progress on the terminal's line: ``text`` with the share done (of the steps that count)."""
    from desktop.cli.output import translated
    from desktop.tasks import TaskProgress

    def show(done: int, total: int, _message: str) -> None:
        if total:
            line.show(translated("Cli", text, file=file_name, percent=100 * min(done, total) // total))

    # Its own, even when nothing is shown (the shared NO_PROGRESS must never be cancelled by anyone).
    return TaskProgress(on_progress=show if line.enabled else None)
