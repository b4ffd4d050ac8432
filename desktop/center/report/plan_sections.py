"""The national report's sections on the provinces' plans: the progress of the provinces (with the bar chart
of their EVs), milestone compliance (the targets over the provinces, then each province and target) and the
provinces' driver projects, each figure as now reported beside the one its chief justice approved."""

from __future__ import annotations

from functools import partial

from desktop.center.report.data import NationalData
from desktop.center.report.plan_lines import MilestoneFigures, MilestoneLine
from desktop.charts.style import mirror_for_rtl, value_axis
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.milestones import TARGETS, ComplianceStatus
from desktop.reports.common import percent
from desktop.reports.document import (
    Chart,
    Charts,
    Column,
    JalaliDate,
    Number,
    Paragraph,
    Section,
    Table,
    Tone,
)
from desktop.reports.language import ReportLanguage

ACTUAL_COLOR = "#1f6f8b"
#: A province whose stored plan the center could not read: its figures are not known, never zero nor "no data"
INCOMPLETE = QT_TRANSLATE_NOOP("Reports", "incomplete data")
#: A province from which nothing at all has reached the center: its figures are not known, never zero
NOTHING_SENT = QT_TRANSLATE_NOOP("Reports", "nothing sent yet")
#: A province that sent bundles, none of them applied (held or refused): its figures are not known either
NOTHING_RECEIVED = QT_TRANSLATE_NOOP("Reports", "no data received")


def unknown_word(data: NationalData, t: ReportLanguage, code: str) -> str | None:
    """What stands in a province's cells when its figures are not known (None: they are): its plan could not be
    read, it has sent nothing, or none of its bundles was applied - never a zero count."""
    if code in data.unreadable:
        return t(INCOMPLETE)
    if code in data.never_sent:
        return t(NOTHING_SENT)
    if code in data.not_received:
        return t(NOTHING_RECEIVED)
    return None


def whole(data: NationalData, t: ReportLanguage) -> str:
    """The row or column of the report's total: the whole country's, or a liaison's provinces' (never called the
    country's when it is not)."""
    if data.limited:
        return t(QT_TRANSLATE_NOOP("Reports", "These provinces"))
    return t(QT_TRANSLATE_NOOP("Reports", "Whole country"))


def _incomplete_note(data: NationalData, t: ReportLanguage) -> list[Paragraph]:
    """Which provinces' plans could not be read, said once under each table that shows them."""
    names = [name for code, name in data.provinces if code in data.unreadable]
    if not names:
        return []
    return [Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Incomplete data: the plan these provinces sent could not be read at the center (its log names "
                   "the rows); their figures are not known - never zero, never ranked, and left out of the whole "
                   "country's figures: {provinces}."), provinces=("، " if t.rtl else ", ").join(names)), note=True)]


def _not_received_note(data: NationalData, t: ReportLanguage) -> list[Paragraph]:
    """Which provinces have sent nothing (or nothing the center could apply), said once under the tables."""
    names = [name for code, name in data.provinces if code in data.not_received and code not in data.unreadable]
    if not names:
        return []
    return [Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Nothing these provinces sent has reached the center's figures yet (they have sent nothing, or "
                   "only bundles held or refused): their figures are not known - never zero, never ranked, and left "
                   "out of the whole country's figures: {provinces}."), provinces=("، " if t.rtl else ", ").join(names)),
        note=True)]


def progress_section(data: NationalData, t: ReportLanguage) -> Section:
    rows, tones = [], []
    for line in data.progress:
        unknown = unknown_word(data, t, line.code)
        # nothing of it applied: no count is known (an unreadable plan still has its activities counted)
        counts = (unknown,) * 3 if line.code in data.not_received or not line.counts_known else (
            Number(line.activities), Number(line.reported), Number(line.overdue))
        rows.append((line.name, *counts,
                     unknown if unknown else percent(line.planned),
                     unknown if unknown else percent(line.actual),
                     percent(line.approved_actual) if line.approved_actual is not None else _approval_word(t, line.approved)))
        tones.append(Tone.PLAIN)
    rows.append((whole(data, t), Number(sum(x.activities for x in data.progress)),
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
    words = [unknown_word(data, t, line.code) or no_data for line in data.progress]
    chart = Chart("provinces-progress", t(QT_TRANSLATE_NOOP("Reports", "Actual progress (EV) of each province")),
                  partial(_draw_bars, names=names, values=values, words=words), 7.0,
                  max(2.0, 0.8 + 0.28 * len(names)))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "PV and EV are the province's own plan roll-up on the report date (its activities' weights and "
                   "the last progress reported on or before that date, through programs, solutions and plans), "
                   "computed from the plan its bundles carried as the dashboard's progress page does (as now "
                   "reported); the approved EV is the one its chief justice approved for this half-year. Whole "
                   "country: the mean of the provinces' figures, each province counting once, provinces without "
                   "plan data left out. Activities, reported and overdue count the province's lowest-level "
                   "activities, as its overview does (a parent activity is made of its sub-activities and carries "
                   "no report of its own); overdue: planned to finish before the report date and not reported "
                   "finished by then.")),
        note=True)
    blocks = (table, note, *_incomplete_note(data, t), *_not_received_note(data, t), Charts((chart,))) \
        if data.progress else (table,)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Progress of the provinces")), blocks, new_page=True)


def _draw_bars(axes, style, names: list[str], values: list[float | None], words: list[str]) -> None:  # noqa: ANN001
    """One bar per province with a figure; a province without one gets its words ("no plan data", "incomplete
    data"), never a bar of zero."""
    rows = list(reversed(range(len(names))))
    known = [(row, value) for row, value in zip(rows, values, strict=True) if value is not None]
    axes.barh([row for row, _ in known], [value for _, value in known], height=0.6, color=ACTUAL_COLOR)
    for row, value, text in zip(rows, values, words, strict=True):
        if value is None:  # the axis grows leftwards in Persian: the words start at zero either way
            axes.text(1.0, row, text, va="center", ha="right" if style.rtl else "left", fontsize=8,
                      color="#6b7280")
    axes.set_yticks(rows, names, fontsize=8)
    # Every row inside the frame: the limits would otherwise follow the bars alone, and a top or bottom province
    # without a figure had its words drawn on the frame's edge.
    axes.set_ylim(-0.6, len(names) - 0.4)
    axes.set_xlim(0, 100)
    value_axis(axes.xaxis, style, suffix=style.percent_suffix)
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


def _milestone_row(t: ReportLanguage, line: MilestoneLine, label: str, unknown: str | None = None) -> tuple:
    live = line.live
    solutions = (t.part_of(live.solutions_meeting, live.solutions_total)
                 if live is not None and live.solutions_total is not None else None)
    if line.approved is not None:
        approved_value, approved_status = percent(line.approved.value), _status_text(t, line.approved)
    else:
        approved_value, approved_status = None, _approval_word(t, line.is_approved)
    if line.approved is not None and not line.differs:
        # the approved figures are still what the province's data give: said once, not printed twice
        now_value, now_status = None, t(QT_TRANSLATE_NOOP("Reports", "as approved"))
    elif unknown is not None:  # its plan could not be read, or nothing of it reached the center
        now_value, now_status = None, unknown
    else:
        now_value, now_status = percent(live.value if live else None), _status_text(t, live)
    return (line.name, label, approved_value, approved_status, now_value, now_status,
            percent(live.projected if live else None), solutions)


def milestones_section(data: NationalData, t: ReportLanguage) -> Section:
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
        rows.append(_milestone_row(t, line, label, unknown_word(data, t, line.province)))
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
    blocks = [summary, note, *_incomplete_note(data, t), *_not_received_note(data, t)]
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


def drivers_section(data: NationalData, t: ReportLanguage) -> Section:
    approved = {line.code: line.approved for line in data.progress}
    unread = tuple((line.name, word, None, None, _approval_word(t, line.approved))
                   for line in data.progress if (word := unknown_word(data, t, line.code)) is not None)
    rows = unread + tuple((line.name, f"{t.cells.number(int(line.number))}. {line.title}" if line.number.isdigit()
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
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Driver projects of the provinces")),
                   (table, *_incomplete_note(data, t), *_not_received_note(data, t)), new_page=True)
