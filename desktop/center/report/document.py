"""The national status report as a :class:`desktop.reports.document.Report`: the province report's layout
machinery (desktop/reports/: Persian layout, Vazirmatn, contents, vector charts, letterhead, PDF and Excel
writers) fed with the center's figures.

This module puts the report together: its cover (a liaison's report limited to his provinces), its signature
line and its summary section. The other sections are laid out beside it: the provinces' progress (with its
chart), milestones and driver projects in ``plan_sections``, the indicator rankings in ``ranking_sections``,
the approvals, stale provinces, held and refused bundles and directives in ``follow_up_sections``."""

from __future__ import annotations

from datetime import date

from desktop.center.report.data import NationalData
from desktop.center.report.follow_up_sections import approvals_section, directives_section, stale_section
from desktop.center.report.plan_sections import drivers_section, milestones_section, progress_section
from desktop.center.report.ranking_sections import ranking_details_section, rankings_section
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.reports.common import chrome, cover_lines, percent, period_label
from desktop.reports.document import Figures, Number, Paragraph, Report, Section
from desktop.reports.language import ReportLanguage

KIND = "national"


def build_national_report(data: NationalData, lang: ReportLanguage, today: date,
                          reason_text=lambda reason: reason) -> Report:  # noqa: ANN001 - a str -> str translator
    """``reason_text`` shows a refusal reason (an English text of desktop/sync/refusals.py) in the reader's
    language."""
    t = lang
    sections = [_summary(data, t), progress_section(data, t), milestones_section(data, t), drivers_section(data, t),
                rankings_section(data, t), ranking_details_section(data, t), approvals_section(data, t),
                stale_section(data, t, reason_text), directives_section(data, t)]
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


def _summary(data: NationalData, t: ReportLanguage) -> Section:
    c = t.cells
    approved = sum(1 for line in data.approvals if line.state == "approved")
    stale = sum(1 for line in data.stale if line.stale)
    activities = sum(line.activities for line in data.progress)
    overdue = sum(line.overdue for line in data.progress)
    figures = Figures((
        (t(QT_TRANSLATE_NOOP("Reports", "Provinces")), Number(len(data.provinces))),
        (t(QT_TRANSLATE_NOOP("Reports", "Progress of these provinces (mean of their EV)") if data.limited
           else QT_TRANSLATE_NOOP("Reports", "National progress (mean of the provinces' EV)")),
         percent(data.national_weighted_percent)),
        (t(QT_TRANSLATE_NOOP("Reports", "Activities")), Number(activities)),
        (t(QT_TRANSLATE_NOOP("Reports", "Overdue activities")), Number(overdue)),
        (t(QT_TRANSLATE_NOOP("Reports", "Period approved")), t.part_of(approved, len(data.provinces))),
        (t(QT_TRANSLATE_NOOP("Reports", "Stale provinces")), Number(stale)),
        # its own figure: a province registered lately that has sent nothing is not stale yet, nor has it sent
        (t(QT_TRANSLATE_NOOP("Reports", "Provinces that have sent nothing yet")), Number(len(data.never_sent))),
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
                   "The progress of these provinces is the mean of their own figures, each province counting once "
                   "(each province weighs its activities against its own plan, so weights are not added up across "
                   "provinces); a province without plan data is left out. Their indicators add up the provinces' "
                   "own totals (the sum of numerators over the sum of denominators); they are not averages of the "
                   "provinces' percentages. Provinces outside this account are in none of these figures.")
                       if data.limited else QT_TRANSLATE_NOOP(
        "Reports", "A province's progress is its own: its plan rolled up from its activities through programs, "
                   "solutions and plans, as its chief justice sees it and the dashboard's progress page shows it. "
                   "National progress is the mean of the provinces' own figures, each province counting once (each "
                   "province weighs its activities against its own plan, so weights are not added up across "
                   "provinces); a province without plan data is left out. National indicators add up the "
                   "provinces' own totals (the sum of numerators over the sum of denominators); they are not "
                   "averages of the provinces' percentages.")),
        note=True)
    silent = [name for code, name in data.provinces if code in data.never_sent]
    if silent:
        text += " " + t(QT_TRANSLATE_NOOP(
            "Reports", "Nothing has reached the center yet from {count} province(s): {provinces}. Their figures "
                       "are not known and are counted nowhere as zero."),
            count=c.number(len(silent)), provinces=("، " if t.rtl else ", ").join(silent))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Summary")), (figures, Paragraph(text), note))
