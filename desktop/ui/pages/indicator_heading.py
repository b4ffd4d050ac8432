"""What the indicators page says above its table: the period (and the month its figures run to when that is
before the period's end), and the indicator's definition - its unit, which way is better, and a warning that a
period still under way is not comparable with a whole one. The same period title heads the Excel export."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.domain.indicators import Direction, Unit
from desktop.domain.indicators.ranking import marks_best_and_worst
from desktop.indicators.views import IndicatorTable
from desktop.ui.language import translate
from desktop.ui.models.indicator_ranking import period_label


class IndicatorHeading(QObject):
    """The texts for one table."""

    def period_title(self, table: IndicatorTable) -> str:
        """The period, and the month its figures run to when that is before its end (a quarter still running)."""
        through = table.through_month
        if through is None:
            return period_label(table.period)
        return self.tr("{period}, through the end of {month}").format(period=period_label(table.period),
                                                                      month=period_label(through))

    def definition_text(self, table: IndicatorTable) -> str:
        definition = table.definition
        better = {Direction.HIGHER: self.tr("higher is better"), Direction.LOWER: self.tr("lower is better"),
                  Direction.NEUTRAL: self.tr("neither higher nor lower is better")}[definition.direction]
        text = self.tr("{definition} Unit: {unit}; {better}.").format(
            definition=translate("Indicators", definition.definition), unit=self._unit_name(definition.unit),
            better=better)
        if definition.direction is not Direction.NEUTRAL and not marks_best_and_worst(definition):
            text += " " + self.tr("Units of different sizes are not compared on a count: none is marked best or "
                                  "worst.")
        if table.through_month is not None:
            text += " " + self.tr("The period's later months have no statistics yet: its figures are a part of the "
                                  "period's, not comparable with a whole period's.")
        return text

    def _unit_name(self, unit: Unit) -> str:
        return {Unit.COUNT: self.tr("cases"), Unit.PERCENT: self.tr("percent"), Unit.DAYS: self.tr("days"),
                Unit.RATIO: self.tr("ratio")}[unit]
