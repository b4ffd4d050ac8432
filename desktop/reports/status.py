"""The six-monthly provincial status report (گزارش وضعیت شش‌ماهه) built from :class:`StatusData`."""

from __future__ import annotations

from datetime import date

from desktop.domain.indicators import Unit, indicator
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.milestones import ComplianceStatus
from desktop.reports import chart_drawers
from desktop.reports.approved import approval_line
from desktop.reports.common import (
    chrome,
    cover_lines,
    missing_parts,
    percent,
    period_label,
    progress_cells,
    progress_columns,
    province_line,
    unmeasurable_reasons,
)
from desktop.reports.document import (
    Chart,
    Charts,
    Column,
    Figures,
    JalaliDate,
    Number,
    NumberKind,
    Paragraph,
    Report,
    Section,
    Table,
    Tone,
)
from desktop.reports.indicator_values import UnitValue
from desktop.reports.language import ReportLanguage
from desktop.reports.status_behind import behind_section
from desktop.reports.status_data import StatusData

KIND = "status"
_NO_PLAN_DATA = QT_TRANSLATE_NOOP("Reports", "No activities with a schedule or a progress report have been recorded "
                                             "yet, so there is no progress to report for this period.")
#: Activities are scheduled, none to have started by the report date (planned progress a real 0 %, not "no data").
_NOT_STARTED = QT_TRANSLATE_NOOP("Reports", "No activity was scheduled to start by the report's date, so there is no "
                                            "progress to report for this period.")
_NO_STATISTICS = QT_TRANSLATE_NOOP("Reports", "No branch statistics have been imported for this period.")


def build_status_report(data: StatusData, lang: ReportLanguage, today: date) -> Report:
    t = lang
    sections = [_summary(data, t)]
    if data.has_plan_data:
        sections += [_milestones(data, t), _drivers(data, t), _solutions(data, t), behind_section(data.behind, t)]
    sections += [_resolutions(data, t), _indicators(data, t), _quality(data, t)]
    return Report(
        kind=KIND, title=t(QT_TRANSLATE_NOOP("Reports", "Six-monthly status report of the Transformation Document")),
        province=province_line(t, data.province_name), period_label=period_label(t, data.period), as_of=data.as_of,
        cover_lines=cover_lines(t, today, data.as_of) + approval_line(t, data.approval), sections=tuple(sections),
        chrome=chrome(t), rtl=t.rtl, contents=True,
        has_data=data.has_plan_data or data.has_statistics,
        missing=missing_parts(t, ((data.has_plan_data, _NOT_STARTED if data.not_started_yet else _NO_PLAN_DATA),
                                  (data.has_statistics, _NO_STATISTICS))),
        file_stem=f"status-{data.period.code}")


def _summary(data: StatusData, t: ReportLanguage) -> Section:
    c = t.cells
    overall = data.summary.overall
    if data.not_started_yet:
        return Section(t(QT_TRANSLATE_NOOP("Reports", "Summary")), (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "On {date} the schedule called for no progress yet (planned progress {planned}): the first of "
                       "the {count} scheduled activities starts on {first}. There is no progress to report for this "
                       "period."),
            date=c.date(data.as_of), planned=c.percent(overall.planned, 1), count=c.number(data.scheduled_activities),
            first=c.date(data.first_start))),))
    if not data.has_plan_data:
        return Section(t(QT_TRANSLATE_NOOP("Reports", "Summary")), (Paragraph(t(_NO_PLAN_DATA)),))
    overdue = sum(1 for r in data.resolutions if r.days_overdue > 0)
    figures = Figures((
        (t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV)")), Number(overall.actual, NumberKind.PERCENT, 1)),
        (t(QT_TRANSLATE_NOOP("Reports", "Planned progress (PV)")), Number(overall.planned, NumberKind.PERCENT, 1)),
        (t(QT_TRANSLATE_NOOP("Reports", "Schedule performance (SPI)")), Number(overall.spi, NumberKind.RATIO, 2)),
        (t(QT_TRANSLATE_NOOP("Reports", "Finished activities")),
         t.part_of(data.summary.finished_activity_count, data.summary.activity_count)),
        # Counts this period's resolutions only; the overview counts every meeting's: say which.
        (t(QT_TRANSLATE_NOOP("Reports", "Overdue resolutions of this period's meetings")), Number(overdue)),
    ))
    text = t(QT_TRANSLATE_NOOP(
        "Reports", "On {date} the province's actual progress in the Transformation Document is {actual}, against "
                   "{planned} planned by the schedule (SPI {spi}). Over the period it moved from {start} to {actual}."),
        date=c.date(data.as_of), actual=c.percent(overall.actual, 1), planned=c.percent(overall.planned, 1),
        spi=c.number(overall.spi, 2), start=c.percent(data.overall_at_start.actual, 1))
    blocks = [figures, Paragraph(text)]
    if overall.spi is not None and overall.spi < 0.9:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Progress is behind schedule: an SPI below 0.9 calls for the council's attention."))))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Summary")), tuple(blocks))


def _milestones(data: StatusData, t: ReportLanguage) -> Section:
    c = t.cells
    rows, tones = [], []
    for row in data.summary.milestones:
        status = ComplianceStatus(row.status)
        target = t(QT_TRANSLATE_NOOP("Reports", "{term}: {percent} by the end of {year}"),
                   term=t.label(row.term), percent=c.percent(row.target_percent), year=c.year(row.year))
        rows.append((target, JalaliDate(row.deadline), percent(row.value), t.label(status), percent(row.projected),
                     t.part_of(row.solutions_meeting, row.solutions_total)))
        tones.append(Tone.GOOD if status in (ComplianceStatus.MET, ComplianceStatus.ON_TRACK)
                     else Tone.BAD if status in (ComplianceStatus.MISSED, ComplianceStatus.AT_RISK) else Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Target")), 2.6),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Deadline")), 1.0, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Value")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Status")), 0.9),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Forecast at the deadline")), 1.0, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Solutions meeting the target")), 1.1, True)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Milestones")), tones=tuple(tones))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "The document's targets: at least 40% of the operational-program volume of mid-term solutions and "
                   "30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. "
                   "The forecast continues the trend of the last six months to the deadline.")), note=True)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Milestone compliance")), (table, note))


def _drivers(data: StatusData, t: ReportLanguage) -> Section:
    projects = data.summary.driver_projects
    planned, actual = t(QT_TRANSLATE_NOOP("Reports", "Planned")), t(QT_TRANSLATE_NOOP("Reports", "Actual"))
    chart = Chart("driver-projects", t(QT_TRANSLATE_NOOP("Reports", "Driver projects")),
                  chart_drawers.driver_projects(projects, planned, actual,
                                                t(QT_TRANSLATE_NOOP("Reports", "no activities"))), 7.0, 3.6)
    rows = tuple((Number(int(p.code)) if p.code.isdigit() else p.code, p.title, p.subtitle,
                  *progress_cells(p.progress)) for p in projects)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.4, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Driver project")), 2.4),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Main executor")), 2.2), *progress_columns(t)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Driver projects")))
    blocks = (Charts((chart,)), table) if projects else (table,)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "The ten driver projects")), blocks, new_page=True)


def _solutions(data: StatusData, t: ReportLanguage) -> Section:
    rows = []
    for line in data.solutions:
        change = None
        if line.progress.actual is not None and line.actual_at_start is not None:
            change = line.progress.actual - line.actual_at_start
        rows.append((t.cells.code(line.code), line.title, t.label(line.term) if line.term else "—",
                     line.executive_manager or "—", *progress_cells(line.progress),
                     Number(change, NumberKind.PERCENT, 1, signed=True) if change is not None else None))
    columns = (Column(t(QT_TRANSLATE_NOOP("Reports", "Code")), 0.7),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Solution")), 2.6),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Term")), 0.7),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Executive manager")), 1.7), *progress_columns(t),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Change in the period")), 0.8, True))
    # the solutions of this table that read "—": no program, or only programs with no activity
    without = sum(1 for line in data.solutions if not line.has_program)
    unmeasurable = sum(1 for line in data.solutions if not line.measurable)
    blocks: list = [Table(columns, tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Solutions")))]
    if unmeasurable:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "The progress of {count} of these solutions cannot be measured yet (\"—\"): {reasons}."),
            count=t.cells.number(unmeasurable), reasons=unmeasurable_reasons(t, without, unmeasurable - without)),
            note=True))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Progress of each solution")), tuple(blocks), new_page=True)


def _resolutions(data: StatusData, t: ReportLanguage) -> Section:
    title = t(QT_TRANSLATE_NOOP("Reports", "Council resolutions and their fulfilment"))
    items = data.resolutions
    if not items:
        return Section(title, (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "The council adopted no resolution in this period."))),), new_page=True)
    done = sum(1 for r in items if r.status is ResolutionStatus.DONE)
    cancelled = sum(1 for r in items if r.status is ResolutionStatus.CANCELLED)
    overdue = [r for r in items if r.days_overdue > 0]
    counted = len(items) - cancelled
    figures = Figures((
        (t(QT_TRANSLATE_NOOP("Reports", "Resolutions adopted")), Number(len(items))),
        (t(QT_TRANSLATE_NOOP("Reports", "Carried out")), Number(done)),
        (t(QT_TRANSLATE_NOOP("Reports", "Still open")), Number(counted - done)),
        (t(QT_TRANSLATE_NOOP("Reports", "Overdue")), Number(len(overdue))),
        (t(QT_TRANSLATE_NOOP("Reports", "Fulfilment")), Number(100 * done / counted if counted else None, NumberKind.PERCENT)),
    ))
    overdue_rows = tuple((Number(r.meeting_number), Number(r.number), r.text, r.owner, JalaliDate(r.deadline),
                          Number(r.days_overdue)) for r in sorted(overdue, key=lambda r: -r.days_overdue))
    overdue_table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Meeting")), 0.5, True),
                           Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.4, True),
                           Column(t(QT_TRANSLATE_NOOP("Reports", "Resolution")), 3.2),
                           Column(t(QT_TRANSLATE_NOOP("Reports", "Responsible")), 1.4),
                           Column(t(QT_TRANSLATE_NOOP("Reports", "Deadline")), 0.8, True),
                           Column(t(QT_TRANSLATE_NOOP("Reports", "Days overdue")), 0.6, True)),
                          overdue_rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Overdue resolutions")),
                          empty_text=t(QT_TRANSLATE_NOOP("Reports", "No resolution of the period is overdue.")))
    all_rows = tuple((Number(r.meeting_number), Number(r.number), r.text, r.owner, JalaliDate(r.deadline),
                      t.label(r.status), JalaliDate(r.completed_on)) for r in items)
    all_table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Meeting")), 0.5, True),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.4, True),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "Resolution")), 3.0),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "Responsible")), 1.3),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "Deadline")), 0.8, True),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "Status")), 0.7),
                       Column(t(QT_TRANSLATE_NOOP("Reports", "Carried out on")), 0.8, True)),
                      all_rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Resolutions")),
                      tones=tuple(Tone.BAD if r.days_overdue > 0 else Tone.PLAIN for r in items))
    return Section(title, (figures, Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Overdue resolutions"))), overdue_table,
                           Paragraph(t(QT_TRANSLATE_NOOP("Reports", "All resolutions of the period"))), all_table),
                   new_page=True)


def indicator_number(code: str, value: float | None, *, signed: bool = False) -> Number:
    definition = indicator(code)
    kind = {Unit.PERCENT: NumberKind.PERCENT, Unit.DAYS: NumberKind.DAYS, Unit.RATIO: NumberKind.RATIO}.get(
        definition.unit, NumberKind.COUNT)
    decimals = 0 if definition.unit is Unit.COUNT else 2 if definition.unit is Unit.RATIO else 1
    return Number(value, kind, decimals, signed)


#: Units tied for best or worst named in a cell; the others counted (3,000 branches tie by the hundred at 100 %:
#: a cell naming them all was taller than a page, and the report could not be laid out).
TIED_NAMED = 3


def tied_names(t: ReportLanguage, row: UnitValue) -> str:
    """The unit and those tied with it, at most :data:`TIED_NAMED` by name."""
    return named_few(t, (row.name, *row.tied_with))


def named_few(t: ReportLanguage, names: tuple[str, ...]) -> str:
    """At most :data:`TIED_NAMED` of ``names`` by name, the others counted."""
    if len(names) <= TIED_NAMED:
        return t.listed(names)
    return t(QT_TRANSLATE_NOOP("Reports", "{names} and {count} more"), names=t.listed(names[:TIED_NAMED]),
             count=t.cells.text(Number(len(names) - TIED_NAMED, NumberKind.COUNT, 0, False)))


def _indicators(data: StatusData, t: ReportLanguage) -> Section:
    title = t(QT_TRANSLATE_NOOP("Reports", "Branch performance indicators"))
    if not data.has_statistics:
        return Section(title, (Paragraph(t(_NO_STATISTICS)),), new_page=True)
    incomplete = t(QT_TRANSLATE_NOOP("Reports", "incomplete data"))
    rows = []
    for line in data.indicators:
        definition = indicator(line.code)
        change = line.value - line.previous if line.value is not None and line.previous is not None else None

        def unit(row, code=line.code):
            if not row:
                return "—"
            return f"{tied_names(t, row)} ({t.cells.text(indicator_number(code, row.value))})"

        name = t.indicator(definition)
        # a province figure that includes carried-forward or missing months says so, as the trend's points do
        rows.append((name if line.complete or line.value is None else f"{name} ({incomplete})",
                     indicator_number(line.code, line.value),
                     indicator_number(line.code, line.previous), indicator_number(line.code, change, signed=True),
                     unit(line.best_district), unit(line.worst_district), unit(line.best_branch),
                     unit(line.worst_branch)))
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 1.3),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Previous period")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Change")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Best district")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Worst district")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Best branch")), 1.7),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Worst branch")), 1.7)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Indicators")))
    threshold = t(QT_TRANSLATE_NOOP("Reports", "Threshold"))
    charts = []
    for trend in data.trends:
        labels = [period_label(t, p) for p in trend.periods]
        name = t.indicator(trend.definition)
        charts.append(Chart(f"trend-{trend.definition.code}", name,
                            chart_drawers.trend(trend, labels, threshold, incomplete, name,
                                                t.axis_unit(trend.definition)),
                            4.2, 2.8))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Best and worst are judged in the indicator's own direction (for times lower is better); counts "
                   "such as the backlog are not compared between units of different size. The charts show the "
                   "province month by month over the last twelve months.")), note=True)
    through = _through_month(data)
    if through is not None:  # a half-year still running: its figures are a part of the period's (as the window says)
        note = Paragraph(note.text + " " + t(QT_TRANSLATE_NOOP(
            "Reports", "The figures of {period} run through the end of {month}: its later months have no statistics "
                       "yet, so they are a part of the period's, not comparable with a whole period's."),
            period=period_label(t, data.period), month=period_label(t, through)), note=True)
    if any(not line.complete and line.value is not None for line in data.indicators):
        note = Paragraph(note.text + " " + t(QT_TRANSLATE_NOOP(
            "Reports", "A province figure marked \"incomplete data\" includes branches whose statistics for some month "
                       "of the period are carried forward or missing (for satisfaction: branches that did not "
                       "answer the survey); it is shown, never compared.")), note=True)
    # No trend charts when today's data have no months (an approved half-year shown from its frozen figures).
    return Section(title, (table, note, Charts(tuple(charts))) if charts else (table, note), new_page=True)


def _through_month(data: StatusData) -> JalaliPeriod | None:
    """The period's last month with statistics when the months after it, to the period's end, have none (the
    period is still running, or its last months have not been imported): the figures run to it."""
    missing = {month.code for month in data.quality.months_without_statistics}
    months = [JalaliPeriod(PeriodKind.MONTH, data.period.year, index)
              for index in range(data.period.first_month, data.period.last_month + 1)]
    while months and months[-1].code in missing:
        months.pop()
    return months[-1] if months and len(months) < data.period.kind.months else None


def _quality(data: StatusData, t: ReportLanguage) -> Section:
    c = t.cells
    q = data.quality
    notes = []
    if q.unmeasurable_solutions:  # both plans' solutions (the solutions table holds the Transformation Document's)
        notes.append(t(QT_TRANSLATE_NOOP(
            "Reports", "The progress of {count} solutions of the province's plans cannot be measured yet: {reasons}."),
            count=c.number(q.unmeasurable_solutions), reasons=unmeasurable_reasons(
                t, q.solutions_without_program, q.unmeasurable_solutions - q.solutions_without_program)))
    if q.stale_activities:
        notes.append(t(QT_TRANSLATE_NOOP(
            "Reports", "{count} activities under way have had no progress report in the last 90 days before the "
                       "report date."), count=c.number(q.stale_activities)))
    if q.months_without_statistics:
        months = "، ".join(period_label(t, m) for m in q.months_without_statistics) if t.rtl else \
            ", ".join(period_label(t, m) for m in q.months_without_statistics)
        notes.append(t(QT_TRANSLATE_NOOP("Reports", "No branch statistics were imported for: {months}."),
                       months=months))
    if q.branches_without_statistics and q.branches_total:
        notes.append(t(QT_TRANSLATE_NOOP(
            "Reports", "{count} of {total} branches have no statistics in this period."),
            count=c.number(q.branches_without_statistics), total=c.number(q.branches_total)))
    if q.incomplete_branches:
        notes.append(t(QT_TRANSLATE_NOOP(
            "Reports", "{count} of {total} branches have incomplete statistics in this period (some months carried "
                       "forward or missing): {names}. The figures include them; they are not ranked."),
            count=c.number(len(q.incomplete_branches)), total=c.number(q.branches_total),
            names=named_few(t, q.incomplete_branches)))
    completeness = next((line.value for line in data.indicators if line.code == "data_completeness"), None)
    if completeness is not None and completeness < 95:
        notes.append(t(QT_TRANSLATE_NOOP(
            "Reports", "Only {value} of the cases registered in the period have their referral and hearing dates in "
                       "the case-management system (CMS)."), value=c.percent(completeness, 1)))
    if not notes:
        notes.append(t(QT_TRANSLATE_NOOP("Reports", "No data-quality problem was found for this period.")))
    notes.append(t(QT_TRANSLATE_NOOP(
        "Reports", "Statistics come only from the case-management system (CMS); each district head answers for "
                   "the correctness of his district's data.")))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Data-quality notes")),
                   tuple(Paragraph(f"• {note}") for note in notes))

