"""The quarterly citizens'-rights report (گزارش سه‌ماهه حقوق شهروندی) built from :class:`CitizensData`."""

from __future__ import annotations

from datetime import date

from desktop.domain.action_status import ActionStatus
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.reports.citizens_data import CitizensData, ProgramLine, SurveyLine
from desktop.reports.common import (
    chrome,
    cover_lines,
    missing_parts,
    not_reported,
    percent,
    period_label,
    progress_cells,
    province_line,
)
from desktop.reports.document import Column, Figures, Number, Paragraph, Report, Section, Table, Tone
from desktop.reports.language import ReportLanguage

KIND = "citizens"
_TONES = {ActionStatus.DONE: Tone.GOOD, ActionStatus.BEHIND: Tone.BAD}
_NO_PROGRESS = QT_TRANSLATE_NOOP("Reports", "No progress of the citizens'-rights programs has been recorded for this "
                                            "quarter.")
_NO_SURVEY = QT_TRANSLATE_NOOP("Reports", "No satisfaction survey results have been imported for this quarter.")


def build_citizens_report(data: CitizensData, lang: ReportLanguage, today: date) -> Report:
    t = lang
    sections = [_summary(data, t)]
    if data.has_program_data:
        sections += [_program(number, program, t) for number, program in enumerate(data.programs, start=1)]
    sections.append(_survey(data, t))
    return Report(
        kind=KIND, title=t(QT_TRANSLATE_NOOP("Reports", "Quarterly report on the protection of citizens' rights")),
        province=province_line(t, data.province_name), period_label=period_label(t, data.period), as_of=data.as_of,
        cover_lines=cover_lines(t, today, data.as_of), sections=tuple(sections), chrome=chrome(t), rtl=t.rtl, contents=True,
        has_data=data.has_data,
        missing=missing_parts(t, ((data.has_program_data, _NO_PROGRESS), (data.has_survey, _NO_SURVEY))),
        file_stem=f"citizens-rights-{data.period.code}")


def _summary(data: CitizensData, t: ReportLanguage) -> Section:
    title = t(QT_TRANSLATE_NOOP("Reports", "Summary"))
    if not data.has_program_data:
        return Section(title, (Paragraph(t(_NO_PROGRESS)),))
    actions = [a for p in data.programs for a in p.actions]
    count = {status: sum(1 for a in actions if a.status is status) for status in ActionStatus}
    evidence = sum(len(a.evidence) for a in actions)
    figures = Figures((
        (t(QT_TRANSLATE_NOOP("Reports", "Actions")), Number(len(actions))),
        (t.label(ActionStatus.DONE), Number(count[ActionStatus.DONE])),
        (t.label(ActionStatus.ON_SCHEDULE), Number(count[ActionStatus.ON_SCHEDULE])),
        (t.label(ActionStatus.BEHIND), Number(count[ActionStatus.BEHIND])),
        (t.label(ActionStatus.NOT_STARTED), Number(count[ActionStatus.NOT_STARTED])),
        (t(QT_TRANSLATE_NOOP("Reports", "Evidence documents")), Number(evidence)),
    ))
    rows = tuple((Number(n), p.title, *progress_cells(p.progress),
                  Number(sum(1 for a in p.actions if a.status is ActionStatus.DONE)), Number(len(p.actions)))
                 for n, p in enumerate(data.programs, start=1))
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.4, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Program")), 3.2),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Planned")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "SPI")), 0.6, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actions done")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actions")), 0.7, True)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Programs")))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "The instruction asks for a report every three months, with its supporting documents, to the "
                   "central secretariat. Each program's actions, their status and the evidence recorded in the "
                   "quarter follow.")), note=True)
    return Section(title, (figures, table, note))


def _program(number: int, program: ProgramLine, t: ReportLanguage) -> Section:
    c = t.cells
    title = t(QT_TRANSLATE_NOOP("Reports", "Program {number}: {title}"), number=c.number(number), title=program.title)
    lead = t(QT_TRANSLATE_NOOP("Reports", "Responsible: {manager}. Actual progress {actual} against {planned} planned."),
             manager=program.manager or "—", actual=c.percent(program.progress.actual, 1),
             planned=c.percent(program.progress.planned, 1))
    sep = "، " if t.rtl else ", "
    rows = tuple((Number(int(a.code)) if a.code.isdigit() else c.code(a.code), a.title, percent(a.progress.planned),
                  percent(a.progress.actual) if a.reported else not_reported(t), t.label(a.status),
                  Number(a.reports_in_period), sep.join(a.evidence) if a.evidence else "—") for a in program.actions)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.45, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Action")), 3.4),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Planned")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Actual")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Status")), 0.9),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Reports in the quarter")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Evidence")), 1.6)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Program {number}"), number=number),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "This program has no actions recorded.")),
                  tones=tuple(_TONES.get(a.status, Tone.PLAIN) for a in program.actions))
    return Section(title, (Paragraph(lead), table))


def _survey(data: CitizensData, t: ReportLanguage) -> Section:
    c = t.cells
    title = t(QT_TRANSLATE_NOOP("Reports", "Satisfaction survey"))
    if data.survey_province is None:
        return Section(title, (Paragraph(t(_NO_SURVEY)),), new_page=True)
    province = data.survey_province
    lead = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "In the quarter {responses} people answered the satisfaction survey; {average} of them were "
                   "satisfied."), responses=c.number(province.responses), average=c.percent(province.average, 1)))
    if not province.complete:
        lead = Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "In the quarter {responses} people answered the satisfaction survey; {average} of them were "
                       "satisfied (incomplete data: {coverage})."), responses=c.number(province.responses),
            average=c.percent(province.average, 1), coverage=_coverage(t, province)))
    # a list by district, not a ranking; an incomplete figure is marked as the district report marks it
    rows = tuple((_marked(t, s), Number(s.responses), percent(s.average)) for s in data.survey_districts)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Judicial district")), 2.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Responses")), 1.0, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Satisfied")), 1.0, True)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Survey")))
    blocks: tuple = (lead, table)
    incomplete = [t(QT_TRANSLATE_NOOP("Reports", "{unit} ({coverage})"), unit=s.name, coverage=_coverage(t, s))
                  for s in data.survey_districts if not s.complete]
    if not province.complete:
        incomplete.append(t(QT_TRANSLATE_NOOP("Reports", "{unit} ({coverage})"),
                            unit=t(QT_TRANSLATE_NOOP("Reports", "Province")), coverage=_coverage(t, province)))
    if incomplete:
        blocks += (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Incomplete data: {units}. Their satisfaction is partial: some branch did not answer the "
                       "survey in a month of the quarter in which it was run, or its case statistics are carried "
                       "forward or missing. Such figures are shown, never compared."),
            units=t.listed(tuple(incomplete))), note=True),)
    if data.survey_through is not None:  # a quarter still running: a part of it (as the window and the status report say)
        blocks += (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "The figures of {period} run through the end of {month}: its later months have no statistics "
                       "yet, so they are a part of the period's, not comparable with a whole period's."),
            period=period_label(t, data.period), month=period_label(t, data.survey_through)), note=True),)
    blocks += (Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Survey results come from the satisfaction survey imported from the case-management system "
                   "(CMS).")), note=True),)
    return Section(title, blocks, new_page=True)


def _coverage(t: ReportLanguage, line: SurveyLine) -> str:
    """The district report's wording: "1 of 2 branches complete"."""
    return t(QT_TRANSLATE_NOOP("Reports", "{complete} of {total} branches complete"),
             complete=t.cells.number(line.complete_branches), total=t.cells.number(line.branches))


def _marked(t: ReportLanguage, line: SurveyLine) -> str:
    """The district's name, followed by "(incomplete data)" when its satisfaction is incomplete."""
    if line.complete:
        return line.name
    incomplete = t(QT_TRANSLATE_NOOP("Reports", "incomplete data"))
    return f"{line.name} ({incomplete})"
