"""The national status report as a :class:`desktop.reports.document.Report`: the province report's layout
machinery (desktop/reports/: Persian layout, Vazirmatn, contents, vector charts, letterhead, PDF and Excel
writers) fed with the center's figures."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from desktop.center.report.data import NationalData
from desktop.center.report.plan_lines import MilestoneFigures, MilestoneLine
from desktop.center.report.ranking_lines import IndicatorRanking, RankedProvince
from desktop.charts.style import digit_formatter, mirror_for_rtl
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.milestones import TARGETS, ComplianceStatus
from desktop.reports.common import chrome, cover_lines, percent, period_label
from desktop.reports.document import (
    Chart,
    Charts,
    Column,
    Figures,
    JalaliDate,
    Number,
    Paragraph,
    Report,
    Section,
    Table,
    Tone,
)
from desktop.reports.language import ReportLanguage
from desktop.reports.status import indicator_number

KIND = "national"
ACTUAL_COLOR = "#1f6f8b"


def build_national_report(data: NationalData, lang: ReportLanguage, today: date,
                          reason_text=lambda reason: reason) -> Report:  # noqa: ANN001 - a str -> str translator
    """``reason_text`` shows a refusal reason (an English text of desktop/sync/refusals.py) in the reader's
    language."""
    t = lang
    sections = [_summary(data, t), _progress(data, t), _milestones(data, t), _drivers(data, t), _rankings(data, t),
                _ranking_details(data, t), _approvals(data, t), _stale(data, t, reason_text), _directives(data, t)]
    return Report(
        kind=KIND, title=t(QT_TRANSLATE_NOOP("Reports", "Six-monthly national status report")),
        province=t(QT_TRANSLATE_NOOP("Reports", "Follow-up center")),
        period_label=period_label(t, data.period), as_of=data.as_of,
        cover_lines=cover_lines(t, today, data.as_of) + _limited(data, t), sections=tuple(sections), chrome=_chrome(t), rtl=t.rtl,
        contents=True, has_data=data.has_data, file_stem=f"national-{data.period.code}")


def _limited(data: NationalData, t: ReportLanguage) -> tuple[str, ...]:
    """A report limited to a provincial liaison's provinces says so on its cover: its totals are theirs only."""
    if not data.limited:
        return ()
    names = ("، " if t.rtl else ", ").join(name for _code, name in data.provinces) or "—"
    return (t(QT_TRANSLATE_NOOP("Reports", "Only the provinces of this account: {provinces}. Its totals are "
                                           "theirs, not the whole country's."), provinces=names),)


def _chrome(t: ReportLanguage):  # noqa: ANN202
    from dataclasses import replace

    return replace(chrome(t), signature=t(QT_TRANSLATE_NOOP(
        "Reports", "Head of the follow-up center — signature and date: ………………………")))


def _province_names(data: NationalData) -> dict[str, str]:
    return dict(data.provinces)


def _summary(data: NationalData, t: ReportLanguage) -> Section:
    c = t.cells
    approved = sum(1 for line in data.approvals if line.state == "approved")
    stale = sum(1 for line in data.stale if line.stale)
    activities = sum(line.activities for line in data.progress)
    overdue = sum(line.overdue for line in data.progress)
    figures = Figures((
        (t(QT_TRANSLATE_NOOP("Reports", "Provinces")), Number(len(data.provinces))),
        (t(QT_TRANSLATE_NOOP("Reports", "National progress (mean of the provinces' EV)")),
         percent(data.national_weighted_percent)),
        (t(QT_TRANSLATE_NOOP("Reports", "Activities")), Number(activities)),
        (t(QT_TRANSLATE_NOOP("Reports", "Overdue activities")), Number(overdue)),
        (t(QT_TRANSLATE_NOOP("Reports", "Period approved")), f"{c.number(approved)} / {c.number(len(data.provinces))}"),
        (t(QT_TRANSLATE_NOOP("Reports", "Stale provinces")), Number(stale)),
    ))
    if not data.has_data:
        text = t(QT_TRANSLATE_NOOP("Reports", "No province has sent progress or statistics for this period yet."))
    else:
        with_value = data.overall.provinces_with_value if data.overall else 0
        text = t(QT_TRANSLATE_NOOP(
            "Reports", "On {date} the mean progress of the {count} provinces with plan data is {progress}; "
                       "{approved} of the {provinces} provinces have had this half-year approved by their chief "
                       "justice."),
            date=c.date(data.as_of), count=c.number(with_value), provinces=c.number(len(data.provinces)),
            progress=c.percent(data.national_weighted_percent, 1), approved=c.number(approved))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "A province's progress is its own: its plan rolled up from its activities through programs, "
                   "solutions and plans, as its chief justice sees it and the dashboard's progress page shows it. "
                   "National progress is the mean of the provinces' own figures, each province counting once (each "
                   "province weighs its activities against its own plan, so weights are not added up across "
                   "provinces); a province without plan data is left out. National indicators add up the "
                   "provinces' own totals (the sum of numerators over the sum of denominators); they are not "
                   "averages of the provinces' percentages.")),
        note=True)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Summary")), (figures, Paragraph(text), note))


def _progress(data: NationalData, t: ReportLanguage) -> Section:
    rows, tones = [], []
    for line in data.progress:
        rows.append((line.name, Number(line.activities), Number(line.reported),
                     Number(line.overdue), percent(line.planned), percent(line.actual),
                     percent(line.approved_actual) if line.approved_actual is not None else _approval_word(t, line.approved)))
        tones.append(Tone.PLAIN)
    rows.append((t(QT_TRANSLATE_NOOP("Reports", "Whole country")), Number(sum(x.activities for x in data.progress)),
                 Number(sum(x.reported for x in data.progress)), Number(sum(x.overdue for x in data.progress)),
                 percent(data.national_planned_percent), percent(data.national_weighted_percent), None))
    tones.append(Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.6),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Activities")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Reported")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Overdue")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Planned progress (PV) as now reported")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) as now reported")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) approved")), 0.9, True)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Progress")), tones=tuple(tones))
    names = [line.name for line in data.progress]
    values = [line.actual for line in data.progress]
    no_data = t(QT_TRANSLATE_NOOP("Reports", "no plan data"))
    chart = Chart("provinces-progress", t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) of each province")),
                  partial(_draw_bars, names=names, values=values, no_data=no_data), 7.0,
                  max(2.0, 0.8 + 0.28 * len(names)))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "PV and EV are the province's own plan roll-up on the report date (its activities' weights and "
                   "the last progress reported on or before that date, through programs, solutions and plans), "
                   "computed from the plan its bundles carried as the dashboard's progress page does (as now "
                   "reported); the approved EV is the one its chief justice approved for this half-year. Whole "
                   "country: the mean of the provinces' figures, each province counting once, provinces without "
                   "plan data left out. Activities, reported and overdue count every activity row (sub-activities "
                   "too); overdue: planned to finish before the report date and not finished by then.")),
        note=True)
    blocks = (table, note, Charts((chart,))) if data.progress else (table,)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Progress of the provinces")), blocks, new_page=True)


def _draw_bars(axes, style, names: list[str], values: list[float | None], no_data: str) -> None:  # noqa: ANN001
    """One bar per province with a figure; a province without one gets the words, never a bar of zero."""
    rows = list(reversed(range(len(names))))
    known = [(row, value) for row, value in zip(rows, values, strict=True) if value is not None]
    axes.barh([row for row, _ in known], [value for _, value in known], height=0.6, color=ACTUAL_COLOR)
    for row, value in zip(rows, values, strict=True):
        if value is None:  # the axis grows leftwards in Persian: the words start at zero either way
            axes.text(1.0, row, no_data, va="center", ha="right" if style.rtl else "left", fontsize=8,
                      color="#6b7280")
    axes.set_yticks(rows, names, fontsize=8)
    axes.set_xlim(0, 100)
    axes.xaxis.set_major_formatter(digit_formatter(style, suffix=style.percent_suffix))
    mirror_for_rtl(axes, style)
    axes.grid(axis="x", alpha=0.3)


def _approval_word(t: ReportLanguage, approved: bool) -> str:
    """What stands in an approved column without figures: never blank, never zero."""
    if approved:
        return t(QT_TRANSLATE_NOOP("Reports", "approved, figures not received"))
    return t(QT_TRANSLATE_NOOP("Reports", "not approved"))


def _status_text(t: ReportLanguage, figures: MilestoneFigures | None) -> str:
    status = ComplianceStatus(figures.status) if figures and figures.status in {s.value for s in ComplianceStatus} \
        else ComplianceStatus.NO_DATA
    return t.label(status)


def _milestone_row(t: ReportLanguage, line: MilestoneLine, label: str) -> tuple:
    c = t.cells
    live = line.live
    solutions = (f"{c.number(live.solutions_meeting)} / {c.number(live.solutions_total)}"
                 if live is not None and live.solutions_total is not None else None)
    if line.approved is not None:
        approved_value, approved_status = percent(line.approved.value), _status_text(t, line.approved)
    else:
        approved_value, approved_status = None, _approval_word(t, line.is_approved)
    if line.approved is not None and not line.differs:
        # the approved figures are still what the province's data give: said once, not printed twice
        now_value, now_status = None, t(QT_TRANSLATE_NOOP("Reports", "as approved"))
    else:
        now_value, now_status = percent(live.value if live else None), _status_text(t, live)
    return (line.name, label, approved_value, approved_status, now_value, now_status,
            percent(live.projected if live else None), solutions)


def _milestones(data: NationalData, t: ReportLanguage) -> Section:
    c = t.cells
    targets = {f"{target.term.value}-{target.year}": target for target in TARGETS}
    summary_rows = []
    for target in data.compliance:
        counts = target.by_status
        summary_rows.append((
            t(QT_TRANSLATE_NOOP("Reports", "{term}: {percent} by the end of {year}"), term=t.label(target.term),
              percent=c.percent(target.target_percent), year=c.year(target.year)),
            JalaliDate(target.deadline), Number(counts[ComplianceStatus.MET.value]),
            Number(counts[ComplianceStatus.ON_TRACK.value]), Number(counts[ComplianceStatus.AT_RISK.value]),
            Number(counts[ComplianceStatus.MISSED.value]), Number(counts[ComplianceStatus.NO_DATA.value]),
            percent(target.share(ComplianceStatus.MET)), percent(target.mean_value)))
    summary = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Target")), 2.4),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Deadline")), 0.9, True),
                     Column(t.label(ComplianceStatus.MET), 0.6, True),
                     Column(t.label(ComplianceStatus.ON_TRACK), 0.6, True),
                     Column(t.label(ComplianceStatus.AT_RISK), 0.6, True),
                     Column(t.label(ComplianceStatus.MISSED), 0.6, True),
                     Column(t.label(ComplianceStatus.NO_DATA), 0.6, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Share of provinces met")), 0.8, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Mean value")), 0.7, True)),
                    tuple(summary_rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Milestones")))
    rows, tones = [], []
    for line in data.milestones:
        target = targets[line.key]
        label = t(QT_TRANSLATE_NOOP("Reports", "{term} {year}"), term=t.label(target.term), year=c.year(target.year))
        rows.append(_milestone_row(t, line, label))
        shown = line.approved if line.approved is not None and not line.differs else line.live
        status = shown.status if shown else None
        tones.append(Tone.BAD if line.differs or status in (ComplianceStatus.MISSED.value, ComplianceStatus.AT_RISK.value)
                     else Tone.GOOD if status in (ComplianceStatus.MET.value, ComplianceStatus.ON_TRACK.value)
                     else Tone.PLAIN)
    detail = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Milestone")), 1.1),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Approved value")), 0.8, True),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Approved status")), 1.1),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Value as now reported")), 0.8, True),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Status as now reported")), 0.9),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Forecast at the deadline")), 0.8, True),
                    Column(t(QT_TRANSLATE_NOOP("Reports", "Solutions meeting the target")), 0.9, True)),
                   tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Milestones by province")), tones=tuple(tones))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "The document's targets: at least 40% of the operational-program volume of mid-term solutions and "
                   "30% of long-term solutions by the end of 1403, and 60% of long-term solutions by the end of 1404. "
                   "Every province's compliance is computed on the report date from the plan its bundles carried, by "
                   "the province's own overview code (the same figures as the dashboard's progress page): that is "
                   "\"as now reported\", and the counts above are over these figures. Where the chief justice "
                   "approved the half-year, \"approved\" gives the figures frozen at approval; \"as approved\" "
                   "means the province's data still give them, otherwise both are shown and the row is marked. A "
                   "province without plan data counts as no data, never as zero.")),
        note=True)
    blocks = [summary, note]
    sep = "، " if t.rtl else ", "
    earlier = sep.join(f"{line.name} ({c.date(line.snapshot.as_of)})" for line in data.approvals
                       if line.snapshot is not None and line.snapshot.as_of not in (None, data.as_of))
    if earlier:
        # approved while the half-year was under way: the approved figures describe an earlier day
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Approved before the half-year ended, so their approved figures describe the day of approval, "
                       "not the report's date: {provinces}. Part of the difference with \"as now reported\" is the "
                       "days between."), provinces=earlier), note=True))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Milestone compliance")), (*blocks, detail), new_page=True)


def _drivers(data: NationalData, t: ReportLanguage) -> Section:
    approved = {line.code: line.approved for line in data.progress}
    rows = tuple((line.name, f"{t.cells.number(int(line.number))}. {line.title}" if line.number.isdigit()
                  else line.title, percent(line.planned), percent(line.actual),
                  percent(line.approved_actual) if line.approved_actual is not None
                  else _approval_word(t, approved.get(line.province, False)))
                 for line in data.drivers)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Driver project")), 2.6),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Planned progress (PV) as now reported")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) as now reported")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) approved")), 0.9, True)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Driver projects")),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "No province's bundles carried driver projects yet.")))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Driver projects of the provinces")), (table,), new_page=True)


def _province_cell(t: ReportLanguage, definition, unit: RankedProvince | None) -> str:  # noqa: ANN001
    if unit is None:
        return "—"
    value = t.cells.text(indicator_number(definition.code, unit.value))
    # a Persian name followed by figures in a left-to-right line is laid out as a right-to-left run and the figures
    # land on the wrong side: the English report names the province by its (Latin) code there
    return f"{unit.name} ({value})" if t.rtl else f"{unit.code} ({value})"


def _rankings(data: NationalData, t: ReportLanguage) -> Section:
    c = t.cells
    sep = "، " if t.rtl else ", "
    rows = []
    for ranking in data.rankings:
        definition = ranking.definition
        rows.append((t.indicator(definition), indicator_number(definition.code, ranking.national),
                     f"{c.number(len(ranking.ranked))} / {c.number(len(data.provinces))}",
                     sep.join(_province_cell(t, definition, unit) for unit in ranking.best) or "—",
                     sep.join(_province_cell(t, definition, unit) for unit in ranking.worst) or "—"))
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Whole country")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Provinces ranked")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Best provinces")), 2.0),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Worst provinces")), 2.0)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Indicators")))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "The whole country's value is the sum of numerators over the sum of denominators of every "
                   "province's monthly statistics. Only provinces whose every branch has statistics for every month of the period are "
                   "ranked; the others are listed as insufficient data. Counts such as the backlog name no best or worst province: "
                   "provinces of different sizes are not compared on absolute numbers. A province that approved the "
                   "half-year is ranked on its approved value. The 90th percentile of disposition time is not computed at the "
                   "center: bundles do not carry the histogram it needs.")), note=True)
    if data.through_month is not None:  # a half-year still running: a part of the period (the provinces' rule)
        note = Paragraph(note.text + " " + t(QT_TRANSLATE_NOOP(
            "Reports", "The figures of {period} run through the end of {month}: its later months have no statistics "
                       "yet, so they are a part of the period's, not comparable with a whole period's."),
            period=period_label(t, data.period), month=period_label(t, data.through_month)), note=True)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Indicator rankings of the provinces")), (table, note),
                   new_page=True)


def _ranking_details(data: NationalData, t: ReportLanguage) -> Section:
    rows, tones = [], []
    insufficient = t(QT_TRANSLATE_NOOP("Reports", "insufficient data"))
    approved = t(QT_TRANSLATE_NOOP("Reports", "approved"))
    for ranking in data.rankings:
        name = t.indicator(ranking.definition)
        best = {u.code for u in ranking.best}
        worst = {u.code for u in ranking.worst}
        for unit in ranking.ranked:
            rows.append((name, Number(unit.rank) if unit.rank is not None else None, unit.name,
                         indicator_number(ranking.definition.code, unit.value), approved if unit.approved else ""))
            tones.append(Tone.GOOD if unit.code in best else Tone.BAD if unit.code in worst else Tone.PLAIN)
        for unit in ranking.insufficient:
            rows.append((name, None, unit.name, indicator_number(ranking.definition.code, unit.value), insufficient))
            tones.append(Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 1.6),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Rank")), 0.5, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.4),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Value")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Note")), 1.0)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Rankings")), tones=tuple(tones))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Provinces ranked on each indicator")), (table,), new_page=True)


def _approvals(data: NationalData, t: ReportLanguage) -> Section:
    states = {"submitted": QT_TRANSLATE_NOOP("Reports", "submitted"), "approved": QT_TRANSLATE_NOOP("Reports", "approved"),
              "returned": QT_TRANSLATE_NOOP("Reports", "sent back"), "reopened": QT_TRANSLATE_NOOP("Reports", "reopened")}
    rows, tones = [], []
    for line in data.approvals:
        state = t(states[line.state]) if line.state in states else t(QT_TRANSLATE_NOOP("Reports", "not submitted"))
        rows.append((line.name, state, line.decided_by or "—",
                     JalaliDate(line.approved_at.date() if line.approved_at else None),
                     line.snapshot.sha256[:16] if line.snapshot else "—"))
        tones.append(Tone.GOOD if line.state == "approved" else Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "State")), 0.9),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Decided by")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Approved on")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Fingerprint of the approved figures")), 1.4)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Approvals")), tones=tuple(tones))
    missing = [line.name for line in data.approvals if line.state == "approved" and line.snapshot is None]
    blocks: list = [table]
    if missing:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Approved, but the approved figures have not reached the center: {provinces}. Their live "
                       "figures are shown."), provinces=("، " if t.rtl else ", ").join(missing)), note=True))
    blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "For a half-year its chief justice approved, the report uses the figures frozen at approval, as "
                   "the province's bundle carried them (the fingerprint is their SHA-256); later changes in the "
                   "province do not move them.")), note=True))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Approval of the half-year by province")), tuple(blocks),
                   new_page=True)


def _stale(data: NationalData, t: ReportLanguage, reason_text) -> Section:  # noqa: ANN001
    names = _province_names(data)
    stale_rows = tuple((line.name, JalaliDate(line.last_received.date() if line.last_received else None),
                        Number(line.days_since) if line.days_since is not None else None)
                       for line in data.stale if line.stale)
    stale = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Last bundle received")), 1.0, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Days since")), 0.7, True)),
                  stale_rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Stale provinces")),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "Every province has sent a bundle recently.")))
    words = {"held": QT_TRANSLATE_NOOP("Reports", "held"), "rejected": QT_TRANSLATE_NOOP("Reports", "refused")}
    bundle_rows = tuple((names.get(line.province, line.province), Number(line.sequence), t(words[line.state]),
                         JalaliDate(line.received_at.date()), reason_text(line.reason) or "—")
                        for line in data.bundles)
    bundles = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Sequence")), 0.6, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "State")), 0.6),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Received on")), 0.8, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Reason")), 3.0)),
                    bundle_rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Held and refused bundles")),
                    empty_text=t(QT_TRANSLATE_NOOP("Reports", "No bundle is held and none was refused since the period began.")),
                    tones=tuple(Tone.BAD for _ in bundle_rows))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Stale provinces, held and refused bundles")),
                   (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Provinces that have sent nothing recently"))), stale,
                    Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Bundles held now or refused since the period began"))), bundles),
                   new_page=True)


def _directives(data: NationalData, t: ReportLanguage) -> Section:
    names = _province_names(data)
    rows = tuple((names.get(line.province, line.province), Number(line.sequence), JalaliDate(line.issued_at.date()),
                  _directive_summary(t, line.summary)) for line in data.directives)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.5, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Issued on")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Summary")), 3.2)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Directives")),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "No directive was issued in this period.")))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Directives issued in the period")), (table,))


_SUMMARY = re.compile(r"(\d+) program\(s\), (\d+) target\(s\), (\d+) deadline\(s\)")


def _directive_summary(t: ReportLanguage, summary: str) -> str:
    """The stored summary (English, desktop/sync/directive_content.py) in the reader's language."""
    match = _SUMMARY.fullmatch(summary.strip())
    if match is None:
        return summary or "—"
    programs, targets, deadlines = (int(group) for group in match.groups())
    return t(QT_TRANSLATE_NOOP("Reports", "{programs} program(s), {targets} target(s), {deadlines} deadline(s)"),
             programs=t.cells.number(programs), targets=t.cells.number(targets), deadlines=t.cells.number(deadlines))


def ranking_of(data: NationalData, code: str) -> IndicatorRanking:
    return next(ranking for ranking in data.rankings if ranking.definition.code == code)
