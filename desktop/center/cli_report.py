"""``python -m desktop.center report``: the national report of a half-year, read from the center's database
without its key; the file is written whole or not at all."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.center.cli_output import CommandFailed, say
from desktop.center.cli_parser import LANGUAGE_ENV
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.translations import Language, translate


def report_command(args: argparse.Namespace) -> int:
    """The national report: read only (no center key needed); the file is written whole or not at all."""
    from datetime import UTC, datetime

    from desktop.center.report import service as national_report
    from desktop.reports.language import ReportLanguage

    # a bad period, or one not begun, fails before the database is touched
    period = national_report.half_year(args.period, datetime.now(UTC).date())
    fmt = national_report.output_format(args.out, args.format)
    # the report is Persian unless English is asked for (--lang en or RASAD_CENTER_LANG=en)
    code = args.lang or os.environ.get(LANGUAGE_ENV) or Language.PERSIAN.value
    language = Language(code) if code in {known.value for known in Language} else Language.PERSIAN
    lang = ReportLanguage(lambda context, text, **params: translate(language, context, text, **params),
                          rtl=language is Language.PERSIAN)
    engine = _existing_center(args.db)
    try:
        now = datetime.now(UTC)
        data = national_report.gather(engine, period, now, args.stale_days)
        report = national_report.build(data, lang, now, lambda reason: national_report.reason_in(language, reason))
        written = national_report.write(report, args.out, fmt, lang)
    finally:
        engine.dispose()
    print(say(QT_TRANSLATE_NOOP("Center", "The national report of {period} was written to {path}."),
              period=period.code, path=str(written)))
    return 0


def _existing_center(url: str):  # noqa: ANN202 - an Engine, imported lazily
    """An engine on a center database that exists and is migrated; a report never creates or migrates one."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).is_file():
        raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "There is no center database at {path}."),
                                path=parsed.database))
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _read_snapshot(engine)
    try:
        if not inspect(engine).has_table("center_province"):
            raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "{url} is not a center database (no center tables)."),
                                    url=parsed.render_as_string(hide_password=True)))
    except BaseException:
        engine.dispose()
        raise
    return engine


def _read_snapshot(engine) -> None:  # noqa: ANN001 - an Engine
    """pysqlite's documented recipe with a plain (deferred) BEGIN: the report's reads form one transaction, so
    bundles ingested meanwhile by a running ``serve`` are either all in it or all out of it."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")
