"""The monthly district statistical report (گزارش آماری تحلیلی ماهانه حوزه‌های قضایی) from :class:`DistrictData`."""

from __future__ import annotations

from datetime import date

from desktop.domain.indicators import indicator
from desktop.domain.indicators.definitions import MeasureTotals
from desktop.domain.indicators.early_warning import RiskReason
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.indicators.views import IndicatorRow
from desktop.reports import chart_drawers
from desktop.reports.approved import approval_line
from desktop.reports.common import chrome, cover_lines, period_label, province_line
from desktop.reports.district_data import (
    DISTRICT_INDICATORS,
    RANK_BY,
    DistrictBlock,
    DistrictData,
    UnitValues,
    better,
)
from desktop.reports.document import Chart, Charts, Column, Paragraph, Report, Section, Table, Tone
from desktop.reports.language import ReportLanguage
from desktop.reports.status import indicator_number

KIND = "district"
#: Units not judged for the early warning named in its note; the others counted.
NOT_JUDGED_NAMED = 10
#: The branch table's columns (each branch's value; the change for those marked True).
BRANCH_COLUMNS = (("incoming", False), ("disposed", False), ("clearance_rate", True), ("backlog", True),
                  ("avg_time_to_disposition", True), ("avg_scheduling_time", False), ("pending_over_365", False),
                  ("satisfaction", False), ("last_hour_referrals", False), ("data_completeness", False))


def build_district_report(data: DistrictData, lang: ReportLanguage, today: date) -> Report:
    t = lang
    # one district alone: its own section says all (an overview of a single row would only repeat it)
    sections = [] if data.scope_name and data.has_data else [_overview(data, t)]
    if data.has_data:
        # the early warning follows the summary: the overview of every district, or the one district's section
        at_risk = _at_risk(data, t)
        sections += [at_risk] if sections else []
        sections += [_district(block, data, t) for block in data.districts]
        sections += [] if at_risk in sections else [at_risk]
    title = t(QT_TRANSLATE_NOOP("Reports", "Monthly statistical report of the judicial districts"))
    cover = cover_lines(t, today, data.as_of) + approval_line(t, data.approval)
    if data.scope_name:
        cover = (data.scope_name, *cover)
    scope = data.districts[0].district.unit_id if data.scope_name and data.districts else "all"
    return Report(kind=KIND, title=title, province=province_line(t, data.province_name),
                  period_label=period_label(t, data.period), as_of=data.as_of, cover_lines=cover,
                  sections=tuple(sections), chrome=chrome(t), rtl=t.rtl, landscape=True, has_data=data.has_data,
                  file_stem=f"district-{scope}-{data.period.code}")


def _overview(data: DistrictData, t: ReportLanguage) -> Section:
    title = t(QT_TRANSLATE_NOOP("Reports", "The districts at a glance"))
    if not data.has_data:
        return Section(title, (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "No branch statistics have been imported for this month."))),))
    columns = [Column(t(QT_TRANSLATE_NOOP("Reports", "Judicial district")), 1.6)]
    columns += [Column(t.indicator(indicator(code)), 0.8, True) for code in DISTRICT_INDICATORS]
    units = [b.district for b in data.districts]
    if data.province is not None and len(data.districts) > 1:
        units.append(data.province)
    # an incomplete unit is marked as an incomplete branch is, and never ranked (the chart leaves it out)
    rows = [tuple([marked_name(t, unit, name_of(t, data, unit)),
                   *(indicator_number(code, unit.values.get(code)) for code in DISTRICT_INDICATORS)])
            for unit in units]
    table = Table(tuple(columns), tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Districts")))
    blocks: list = [table, Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Values of the month; rates are computed from the summed cases of all branches. Branches are "
                   "ranked within their district by the clearance rate.")), note=True)]
    incomplete = [t(QT_TRANSLATE_NOOP("Reports", "{unit} ({coverage})"), unit=name_of(t, data, unit),
                    coverage=coverage_text(t, unit)) for unit in units
                  if not unit.complete and unit.completeness_known]
    blocks += not_known_note(t, data, units)
    if incomplete:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Incomplete data: {units}. Their figures include branches whose statistics for the month "
                       "are carried forward or missing; they are shown, never ranked."),
            units=t.listed(tuple(incomplete))), note=True))
    # a unit whose case statistics are complete but whose survey is not: its satisfaction alone is partial
    surveyed_in_part = [b.district.name for b in data.districts
                        if b.district.complete and not b.district.is_complete("satisfaction")]
    if data.province is not None and data.province.complete and not data.province.is_complete("satisfaction"):
        surveyed_in_part.append(t(QT_TRANSLATE_NOOP("Reports", "Province")))
    if surveyed_in_part:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "The satisfaction of {names} is incomplete data: not every branch answered the survey in the "
                       "month."), names=t.listed(tuple(surveyed_in_part))), note=True))
    if len(data.districts) > 1:
        blocks.append(Charts((_ranking_chart(data, t),)))
    return Section(title, tuple(blocks))


def coverage_text(t: ReportLanguage, unit: UnitValues) -> str:
    """The indicators page's wording: "3 of 4 branches complete" (an approved month whose snapshot does not say:
    that it is not known)."""
    if not unit.completeness_known:
        return t(QT_TRANSLATE_NOOP("Reports", "completeness not recorded at approval"))
    return t(QT_TRANSLATE_NOOP("Reports", "{complete} of {total} branches complete"),
             complete=t.cells.number(unit.complete_branches), total=t.cells.number(unit.branches))


def not_known_note(t: ReportLanguage, data: DistrictData, units: list[UnitValues]) -> tuple[Paragraph, ...]:
    """An approved month whose snapshot does not say whether these units were complete: said, and not ranked."""
    unknown = tuple(name_of(t, data, unit) for unit in units if not unit.completeness_known)
    if not unknown:
        return ()
    return (Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Completeness not known: {units}. The approved figures do not record whether their statistics "
                   "were complete (approved before Rasad recorded it, or registered since); they are shown, never "
                   "ranked."), units=t.listed(unknown)), note=True),)


def name_of(t: ReportLanguage, data: DistrictData, unit: UnitValues) -> str:
    return t(QT_TRANSLATE_NOOP("Reports", "Province")) if unit is data.province else unit.name


def marked_name(t: ReportLanguage, unit: UnitValues, name: str) -> str:
    """The unit's name, followed by "(incomplete data)" when its figures of the month are incomplete, or by
    "(too few cases to rank: 4)" when its value of the ranking's indicator rests on too few cases."""
    basis = indicator(RANK_BY).basis
    if unit.complete and unit.too_few_cases is not None and basis is not None:
        return f"{name} ({t.translate('Indicators', basis.too_few, count=t.cells.number(unit.too_few_cases))})"
    if unit.complete:
        return name
    incomplete = t(QT_TRANSLATE_NOOP("Reports", "incomplete data")) if unit.completeness_known else \
        t(QT_TRANSLATE_NOOP("Reports", "completeness not known"))
    return f"{name} ({incomplete})"


def _ranking_chart(data: DistrictData, t: ReportLanguage) -> Chart:
    definition = indicator(RANK_BY)
    # Only complete districts are ranked (an incomplete one is never best or worst).
    valued = sorted((b.district for b in data.districts
                     if b.district.values.get(RANK_BY) is not None and b.district.complete),
                    key=lambda u: -(u.values[RANK_BY] or 0))
    rows = [IndicatorRow(u.unit_id, "", u.name, "", u.values[RANK_BY], i, i <= 1, i == len(valued) and i > 1,
                         MeasureTotals()) for i, u in enumerate(valued, start=1)]
    threshold = t(QT_TRANSLATE_NOOP("Reports", "Threshold"))
    more = t(QT_TRANSLATE_NOOP("Reports", "{count} more not shown"))
    name = t.indicator(definition)
    title = t(QT_TRANSLATE_NOOP("Reports", "Judicial districts ranked by {indicator}"), indicator=name)
    return Chart(f"districts-{RANK_BY}", title,
                 chart_drawers.ranking(rows, definition.unit, definition.threshold, threshold_label=threshold,
                                       more_label=more, title=title, axis_label=name), 8.0, 3.4)


def _at_risk(data: DistrictData, t: ReportLanguage) -> Section:
    """The early warning of the overview's "Needs attention": each unit at risk with the reason (both rules may
    hold), the backlog it added over the run and its worst month's clearance rate."""
    reasons = {
        RiskReason.BACKLOG_GROWING: t(QT_TRANSLATE_NOOP("Reports", "backlog grew three months running")),
        RiskReason.CLEARANCE_LOW: t(QT_TRANSLATE_NOOP("Reports", "clearance under 100 % three months running")),
    }
    levels = {"district": t(QT_TRANSLATE_NOOP("Reports", "Judicial district")),
              "branch": t(QT_TRANSLATE_NOOP("Reports", "Branch"))}
    columns = (Column(t(QT_TRANSLATE_NOOP("Reports", "Unit")), 2.0),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Level")), 0.9),
               Column(t(QT_TRANSLATE_NOOP("Reports", "In district")), 1.4),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Reason")), 3.0),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Backlog added in three months")), 1.0, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Lowest clearance rate")), 1.0, True))
    def why(unit) -> str:
        named = [reasons[reason] for reason in unit.reasons]
        return named[0] if len(named) == 1 else t(QT_TRANSLATE_NOOP("Reports", "{first}; {second}"),
                                                  first=named[0], second=named[1])

    rows = tuple((unit.name, levels[unit.level], unit.parent_name if unit.level == "branch" else "", why(unit),
                  indicator_number("backlog", unit.backlog_rise, signed=True),
                  indicator_number("clearance_rate", unit.lowest_clearance)) for unit in data.at_risk)
    table = Table(columns, rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Units at risk")),
                  tones=tuple(Tone.BAD for _ in rows),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "No district or branch is at risk.")))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Early warning, as on the overview: a unit whose backlog grew in each of the three months ending "
                   "with this month, or whose clearance rate stayed under 100 % in each of them. A month without "
                   "statistics breaks the run.")), note=True)
    blocks: tuple = (table, note)
    if data.not_judged:
        # said, not silently left out: the chief justice must not read the list as "every other unit is fine"
        names = tuple(unit.name for unit in data.not_judged)
        shown = names if len(names) <= NOT_JUDGED_NAMED else (*names[:NOT_JUDGED_NAMED], t(QT_TRANSLATE_NOOP(
            "Reports", "{count} more"), count=t.cells.number(len(names) - NOT_JUDGED_NAMED)))
        blocks += (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Not judged: {count} units whose statistics for some of these four months (the three and the "
                       "month before them) are carried forward or missing - their figures are partial, so they are "
                       "neither listed as at risk nor cleared: {names}."),
            count=t.cells.number(len(names)), names=t.listed(shown))),)
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Units at risk")), blocks, new_page=True)


def _district(block: DistrictBlock, data: DistrictData, t: ReportLanguage) -> Section:
    change = t(QT_TRANSLATE_NOOP("Reports", "Change"))
    name = block.district.name
    # the branch column names the district: the header row repeats on each page the table runs onto
    columns = [Column(t(QT_TRANSLATE_NOOP("Reports", "Rank")), 0.45, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Branches of {district}"), district=name), 2.2)]
    for code, with_change in BRANCH_COLUMNS:
        columns.append(Column(t.indicator(indicator(code)), 0.8, True))
        if with_change:
            columns.append(Column(t(QT_TRANSLATE_NOOP("Reports", "Change in {indicator}"),
                                    indicator=t.indicator(indicator(code))), 0.7, True))
    rows, tones = [], []
    for branch in block.branches:
        cells: list = [branch.rank, marked_name(t, branch, branch.name)]
        for code, with_change in BRANCH_COLUMNS:
            cells.append(indicator_number(code, branch.values.get(code)))
            if with_change:
                cells.append(indicator_number(code, branch.change(code), signed=True))
        rows.append(tuple(cells))
        tones.append(Tone.GOOD if branch.rank is not None and branch.rank <= 3 else Tone.PLAIN)
    valued = [b for b in block.branches if b.rank is not None]
    for branch in valued[-3:] if len(valued) > 6 else ():
        tones[block.branches.index(branch)] = Tone.BAD
    summary = [Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 2.0),
               Column(t(QT_TRANSLATE_NOOP("Reports", "This month")), 1.0, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Previous month")), 1.0, True),
               Column(change, 1.0, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.0, True)]
    summary_rows, summary_tones = [], []
    incomplete = t(QT_TRANSLATE_NOOP("Reports", "incomplete data"))
    not_known = t(QT_TRANSLATE_NOOP("Reports", "completeness not known"))
    for code in DISTRICT_INDICATORS:
        delta = block.district.change(code)
        province = data.province.values.get(code) if data.province else None
        label = t.indicator(indicator(code))
        if block.district.values.get(code) is not None and not block.district.is_complete(code):
            label = f"{label} ({incomplete if block.district.completeness_known else not_known})"
        summary_rows.append((label, indicator_number(code, block.district.values.get(code)),
                             indicator_number(code, block.district.previous.get(code)),
                             indicator_number(code, delta, signed=True), indicator_number(code, province)))
        # a change on incomplete figures is not judged better or worse (partly what was not reported)
        verdict = better(code, delta) if block.district.is_complete(code) else None
        summary_tones.append(Tone.PLAIN if verdict is None else Tone.GOOD if verdict else Tone.BAD)
    # whose figures of the month are incomplete, and for how many branches they are complete
    incomplete_units = [t(QT_TRANSLATE_NOOP("Reports", "{unit} ({coverage})"), unit=name_of(t, data, unit),
                          coverage=coverage_text(t, unit))
                        for unit in (block.district, data.province)
                        if unit is not None and not unit.complete and unit.completeness_known]
    notes = not_known_note(t, data, [u for u in (block.district, data.province) if u is not None])
    notes += (Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Incomplete data: {units}. Figures marked \"incomplete data\" include branches whose "
                   "statistics for the month are carried forward or missing; they are shown, never compared."),
        units=t.listed(tuple(incomplete_units))), note=True),) if incomplete_units else ()
    if block.district.complete and not block.district.is_complete("satisfaction"):
        notes += (Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "The satisfaction of {names} is incomplete data: not every branch answered the survey in the "
                       "month."), names=name), note=True),)
    return Section(name, (
        Table(tuple(summary), tuple(summary_rows), tones=tuple(summary_tones),
              sheet=t(QT_TRANSLATE_NOOP("Reports", "{district} at a glance"), district=name)),
        *notes,
        Table(tuple(columns), tuple(rows), tones=tuple(tones),
              sheet=t(QT_TRANSLATE_NOOP("Reports", "Branches of {district}"), district=name),
              empty_text=t(QT_TRANSLATE_NOOP("Reports", "This district has no branches with statistics."))),
    ), new_page=True)
