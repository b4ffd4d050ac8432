"""Cells as the reader sees them: Persian digits and separators, ٪, Jalali dates (Latin in English)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from desktop.domain import persian
from desktop.domain.indicators.basis import UNBOUNDED, is_unbounded
from desktop.domain.jalali import format_jalali
from desktop.reports.document import Cell, JalaliDate, Number, NumberKind


@dataclass(frozen=True)
class CellFormat:
    persian_digits: bool = True
    #: What a number cell holding an infinite value reads (an indicator's unbounded value, translated by the
    #: report's language: «بدون مختومه»), never a number nor "—".
    unbounded: str = UNBOUNDED

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        if value is None:
            return persian.MISSING
        if self.persian_digits:
            return persian.format_number(value, decimals)
        return f"{value:,.{decimals}f}"

    def percent(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return persian.MISSING
        return self.number(value, decimals) + (persian.PERCENT_SIGN if self.persian_digits else "%")

    def year(self, value: int) -> str:
        return persian.to_persian_digits(value) if self.persian_digits else str(value)

    def date(self, value: date | None) -> str:
        return format_jalali(value, persian_digits=self.persian_digits)

    def code(self, code: str) -> str:
        """A code as the reader sees it (activity ۲.۳, program TD-S۰۱-P۱): its digits in the report's digits, as
        the window shows codes (desktop/ui/formatting.format_code)."""
        return persian.to_persian_digits(code) if self.persian_digits else code

    def text(self, cell: Cell) -> str:
        if cell is None:
            return persian.MISSING
        if isinstance(cell, Number):
            return self._number_cell(cell)
        if isinstance(cell, JalaliDate):
            return self.date(cell.value)
        if isinstance(cell, int):
            return self.number(cell)
        return cell

    def _number_cell(self, cell: Number) -> str:
        if cell.value is None:
            return persian.MISSING
        if not math.isfinite(cell.value):  # unbounded; a change to or from an unbounded value has no number: "—"
            return self.unbounded if is_unbounded(cell.value) and not cell.signed else persian.MISSING
        text = self.percent(abs(cell.value) if cell.signed else cell.value, cell.decimals) \
            if cell.kind is NumberKind.PERCENT else self.number(abs(cell.value) if cell.signed else cell.value,
                                                                 cell.decimals)
        if cell.signed:
            rounded = round(cell.value, cell.decimals)
            sign = "+" if rounded > 0 else "−" if rounded < 0 else ""
            return sign + text
        return text
