"""The indicators page's choices: the indicator, the level, the period (its kind, then one of the periods with
statistics, latest first) and the case type, and the button that exports the table.

The level box also says where a drill-down went: "Branches of <district>" is listed while that district's
branches are shown (:meth:`IndicatorChoices.follow_district`) and dropped when the user leaves them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.indicators import INDICATORS
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.ui.language import translate
from desktop.ui.models.indicator_ranking import period_label

if TYPE_CHECKING:
    from desktop.ranking.views import RankingChoice

#: The level box's item for the branches of one district: this prefix and the district's id.
FOLLOWED_DISTRICT = "district:"


class IndicatorChoices(QWidget):
    """One row of boxes. Listing (the case types, the periods of the months with statistics) and selecting
    block the boxes' signals: only the user's own choice (or :meth:`set_choice`) tells the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[JalaliPeriod] = []  # every month with statistics, oldest first
        self.indicator = QComboBox()
        self.indicator.setObjectName("indicator")
        for definition in INDICATORS:
            self.indicator.addItem(translate("Indicators", definition.name), definition.code)
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.level.addItem(self.tr("Province"), "province")
        self.level.addItem(self.tr("Judicial districts"), "district")
        self.level.addItem(self.tr("All branches of the province"), "branch")
        self.level.setCurrentIndex(1)
        self.period_kind = QComboBox()
        self.period_kind.setObjectName("periodKind")
        for kind, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                           (PeriodKind.HALF, self.tr("Half-year")), (PeriodKind.YEAR, self.tr("Year"))):
            self.period_kind.addItem(text, kind.value)
        self.period_kind.setCurrentIndex(1)
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.case_type = QComboBox()
        self.case_type.setObjectName("caseType")
        self.export_button = QPushButton(self.tr("Export to Excel…"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Indicator"), self.indicator), (self.tr("Level"), self.level),
                              (self.tr("Period"), self.period_kind), ("", self.period),
                              (self.tr("Case type"), self.case_type)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_button)

    def _boxes(self) -> tuple[QComboBox, ...]:
        return self.indicator, self.level, self.period_kind, self.period, self.case_type

    def kind(self) -> PeriodKind:
        return PeriodKind(self.period_kind.currentData())

    def chosen_period(self) -> JalaliPeriod | None:
        code = self.period.currentData()
        return None if code is None else JalaliPeriod.parse(code)

    def select(self, choice: RankingChoice, case_types: Sequence[str], months: Sequence[JalaliPeriod]) -> None:
        """Every box set to ``choice`` (a first view), listing ``case_types`` and the periods of ``months``."""
        for box in self._boxes():
            box.blockSignals(True)
        self.forget_followed_district()
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(choice.indicator)))
        self.level.setCurrentIndex(max(0, self.level.findData(choice.level)))
        self.period_kind.setCurrentIndex(max(0, self.period_kind.findData(choice.kind.value)))
        self.list_case_types(case_types)
        self.months = list(months)
        self.list_periods()
        self.period.setCurrentIndex(max(0, self.period.findData(choice.period.code if choice.period else None)))
        self.case_type.setCurrentIndex(max(0, self.case_type.findData(choice.case_type)))
        for box in self._boxes():
            box.blockSignals(False)

    def list_case_types(self, case_types: Sequence[str]) -> None:
        self.case_type.blockSignals(True)
        current = self.case_type.currentData()
        self.case_type.clear()
        self.case_type.addItem(self.tr("All case types"), None)
        for case_type in case_types:
            self.case_type.addItem(case_type, case_type)
        self.case_type.setCurrentIndex(max(0, self.case_type.findData(current)))
        self.case_type.blockSignals(False)

    def list_periods(self) -> None:
        """The periods of the chosen kind with statistics, latest first; the chosen one kept when listed."""
        kind = self.kind()
        periods: list[JalaliPeriod] = []
        for month in self.months:
            period = JalaliPeriod.containing(kind, month.start)
            if period not in periods:
                periods.append(period)
        self.period.blockSignals(True)
        current = self.period.currentData()
        self.period.clear()
        for period in reversed(periods):
            self.period.addItem(period_label(period), period.code)
        self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.period.blockSignals(False)

    def set_choice(self, *, indicator: str | None = None, level: str | None = None, period: str | None = None,
                   kind: PeriodKind | None = None, case_type: str | None = None) -> None:
        """Choose programmatically (tests, links from other pages): each box tells the page as the user would."""
        if kind is not None:
            self.period_kind.setCurrentIndex(self.period_kind.findData(kind.value))
        if indicator is not None:
            self.indicator.setCurrentIndex(self.indicator.findData(indicator))
        if level is not None:
            self.level.setCurrentIndex(self.level.findData(level))
        if period is not None:
            self.period.setCurrentIndex(self.period.findData(period))
        if case_type is not None:
            self.case_type.setCurrentIndex(self.case_type.findData(case_type))

    def show_level(self, level: str, district: tuple[int, str] | None) -> None:
        """The level box says where the user is - ``district`` (id, name): "Branches of <district>" - without
        telling the page."""
        self.level.blockSignals(True)
        self.forget_followed_district()
        if district is not None:
            district_id, name = district
            self.level.addItem(self.tr("Branches of {name}").format(name=name), f"{FOLLOWED_DISTRICT}{district_id}")
            self.level.setCurrentIndex(self.level.count() - 1)
        else:
            self.level.setCurrentIndex(self.level.findData(level))
        self.level.blockSignals(False)

    def follows_district(self) -> bool:
        """The level chosen is the district followed (its branches are shown)."""
        data = self.level.currentData()
        return isinstance(data, str) and data.startswith(FOLLOWED_DISTRICT)

    def forget_followed_district(self) -> None:
        for index in reversed(range(self.level.count())):
            data = self.level.itemData(index)
            if isinstance(data, str) and data.startswith(FOLLOWED_DISTRICT):
                self.level.removeItem(index)
