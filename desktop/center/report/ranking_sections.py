"""The national report's sections on the indicators: the rankings (each indicator's whole-country value, its
best and worst provinces) and every province's rank and value on each indicator."""

from __future__ import annotations

from desktop.center.report.data import NationalData
from desktop.center.report.plan_sections import NOTHING_RECEIVED, NOTHING_SENT, whole
from desktop.center.report.ranking_lines import RankedProvince
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.reports.common import period_label
from desktop.reports.document import Column, Number, Paragraph, Section, Table, Tone
from desktop.reports.language import ReportLanguage
from desktop.reports.status import indicator_number


def _province_cell(t: ReportLanguage, definition, unit: RankedProvince | None) -> str:  # noqa: ANN001
    if unit is None:
        return "—"
    value = t.cells.text(indicator_number(definition.code, unit.value))
    # a Persian name followed by figures in a left-to-right line is laid out as a right-to-left run and the figures
    # land on the wrong side: the English report names the province by its (Latin) code there
    return f"{unit.name} ({value})" if t.rtl else f"{unit.code} ({value})"


def rankings_section(data: NationalData, t: ReportLanguage) -> Section:
    sep = "، " if t.rtl else ", "
    rows = []
    for ranking in data.rankings:
        definition = ranking.definition
        rows.append((t.indicator(definition), indicator_number(definition.code, ranking.national),
                     t.part_of(len(ranking.ranked), len(data.provinces)),
                     sep.join(_province_cell(t, definition, unit) for unit in ranking.best) or "—",
                     sep.join(_province_cell(t, definition, unit) for unit in ranking.worst) or "—"))
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 1.5),
                   Column(whole(data, t), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Provinces ranked")), 0.7, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Best provinces")), 2.0),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Worst provinces")), 2.0)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Indicators")))
    note = Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "The whole country's value is the sum of numerators over the sum of denominators of every "
                   "province's monthly statistics. Only provinces whose every branch has statistics for every month of the period are "
                   "ranked; the others are listed as incomplete data. Counts such as the backlog name no best or worst province: "
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


def ranking_details_section(data: NationalData, t: ReportLanguage) -> Section:
    rows, tones = [], []
    incomplete = t(QT_TRANSLATE_NOOP("Reports", "incomplete data"))
    approved = t(QT_TRANSLATE_NOOP("Reports", "approved"))
    for ranking in data.rankings:
        name = t.indicator(ranking.definition)
        best = {u.code for u in ranking.best}
        worst = {u.code for u in ranking.worst}
        basis = ranking.definition.basis
        for unit in ranking.ranked:
            note = approved if unit.approved else ""
            if unit.too_few_cases is not None and basis is not None:  # shown, not ranked (the one rule)
                few = t.translate("Indicators", basis.too_few, count=t.cells.number(unit.too_few_cases))
                note = f"{note}{'، ' if t.rtl else ', '}{few}" if note else few
            rows.append((name, Number(unit.rank) if unit.rank is not None else None, unit.name,
                         indicator_number(ranking.definition.code, unit.value), note))
            tones.append(Tone.GOOD if unit.code in best else Tone.BAD if unit.code in worst else Tone.PLAIN)
        for unit in ranking.insufficient:
            # never ranked: a province that has sent nothing is said to be so, not to have incomplete data
            note = t(NOTHING_SENT) if unit.code in data.never_sent else t(NOTHING_RECEIVED) \
                if unit.code in data.not_received else incomplete
            rows.append((name, None, unit.name, indicator_number(ranking.definition.code, unit.value), note))
            tones.append(Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Indicator")), 1.6),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Rank")), 0.5, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.4),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Value")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Note")), 1.0)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Rankings")), tones=tuple(tones))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Provinces ranked on each indicator")), (table,), new_page=True)
