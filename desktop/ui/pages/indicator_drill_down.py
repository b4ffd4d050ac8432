"""The indicators page's drill-down: where the user is - the level the ranking lists (for the branches of one
district, that district) and the unit selected in it, whose trend is drawn -, the breadcrumb's trail that says so,
and the ways there and back: a row or a bar opens the unit below it, a step of the trail (or :meth:`DrillDown.back`)
goes back up, and a level chosen in the Level box lists all its units. Its texts stay in the "IndicatorsPage"
context of the translations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex

from desktop.domain.jalali import PeriodKind
from desktop.ui.widgets.breadcrumb import Crumb

if TYPE_CHECKING:
    from desktop.ui.pages.indicators import IndicatorsPage


@dataclass(frozen=True)
class Scope:
    """Where the ranking looks: the level listed and, for branches of one district, that district."""

    level: str  # 'province' | 'district' | 'branch'
    parent: tuple[str, int] | None = None
    parent_name: str = ""


class DrillDown:
    """The page ``page``'s :attr:`scope` and its :attr:`selected` unit (level, id), whose trend the page draws.
    Going somewhere sets both, has the Level box say where and lists the scope again (``page.refresh``);
    ``province_name`` heads the breadcrumb."""

    def __init__(self, page: IndicatorsPage, province_name: Callable[[], str]) -> None:
        self._page = page
        self._province_name = province_name
        self.scope = Scope("district")
        self.selected: tuple[str, int] | None = None

    def crumbs(self) -> list[Crumb]:
        """Province › level › district › branch, as far as the user went; keys say where each step goes."""
        province = self._province_name()
        trail = [Crumb(QCoreApplication.translate("IndicatorsPage", "Province {name}").format(name=province),
                       "province")]
        if self.scope.level == "district" or self.scope.parent is not None:
            trail.append(Crumb(QCoreApplication.translate("IndicatorsPage", "Judicial districts"), "district"))
        if self.scope.parent is not None:
            trail.append(Crumb(self.scope.parent_name, f"district:{self.scope.parent[1]}"))
        elif self.scope.level == "branch":
            trail.append(Crumb(QCoreApplication.translate("IndicatorsPage", "All branches of the province"),
                               "branch"))
        if self.scope.level == "branch" and self.selected is not None and self.selected[0] == "branch":
            row = next((r for r in self._page.model.rows() if r.unit_id == self.selected[1]), None)
            if row is not None:
                trail.append(Crumb(row.name, f"branch:{row.unit_id}"))
        return trail

    def level_changed(self) -> None:
        """The user chose another level: all its units, none selected."""
        choices = self._page.choices
        if choices.follows_district():
            return  # the followed district is chosen again: it is already shown
        choices.forget_followed_district()
        self.scope = Scope(choices.level.currentData())
        self.selected = None
        self._page.refresh()

    def open_row(self, index: QModelIndex) -> None:
        """A click or Enter on a row: open the unit below it (a branch, the lowest level, shows its trend)."""
        if self._page.current_table() is None or not index.isValid():
            return
        self.open_unit(self._page.model.row_at(index.row()).unit_id)

    def open_unit(self, unit_id: int) -> None:
        """From the province to its districts, from a district to its branches; a branch is selected."""
        page, table = self._page, self._page.current_table()
        if table is None:
            return
        row = next((r for r in table.rows if r.unit_id == unit_id), None)
        if row is None:
            return
        if table.level == "province":
            self.drill_into(Scope("district"))
        elif table.level == "district":
            self.drill_into(Scope("branch", ("district", row.unit_id), row.name), selected=("district", unit_id))
        else:
            position = next(n for n, r in enumerate(page.model.rows()) if r.unit_id == unit_id)
            page.view.selectRow(position)
            page.view.setCurrentIndex(page.model.index(position, 0))

    def show_unit(self, level: str, unit_id: int, indicator: str = "clearance_rate") -> None:
        """From elsewhere (the overview's units at risk): the latest month, the unit opened."""
        self._page.set_choice(indicator=indicator, kind=PeriodKind.MONTH)
        if self._page.period.count():
            self._page.period.setCurrentIndex(0)  # the latest month comes first
        self.drill_into(Scope(level))
        self.open_unit(unit_id)

    def drill_into(self, scope: Scope, selected: tuple[str, int] | None = None) -> None:
        self.scope = scope
        self.selected = selected  # a district opened keeps its own trend until a branch is chosen
        # The Level box says where the user is: "Branches of <district>".
        self._page.choices.show_level(scope.level,
                                      None if scope.parent is None else (scope.parent[1], scope.parent_name))
        self._page.refresh()

    def crumb_clicked(self, key: str) -> None:
        if key in ("province", "district", "branch"):
            self.drill_into(Scope(key))
        elif key.startswith("district:") and self.scope.parent is not None:
            self.drill_into(self.scope, selected=self.scope.parent)

    def back(self) -> None:
        """One step up the breadcrumb."""
        trail = self.crumbs()
        if len(trail) > 1:
            self.crumb_clicked(trail[-2].key)
