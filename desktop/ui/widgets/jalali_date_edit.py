"""A date field in the Jalali calendar, with Persian digits and Friday shown as the weekend."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from desktop.ui.formatting import JALALI, from_qdate, to_qdate
from desktop.ui.language import current_language


def make_jalali_calendar(parent: QWidget | None = None) -> QCalendarWidget:
    calendar = QCalendarWidget(parent)
    calendar.setCalendar(JALALI)
    calendar.setLocale(current_language().qlocale)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
    calendar.setGridVisible(True)
    # ISO week numbers belong to the Gregorian week; beside Jalali dates they only confuse.
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    weekday = QTextCharFormat()
    weekday.setForeground(QColor("#212529"))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekday)
    friday = QTextCharFormat()
    friday.setForeground(QColor("#c0392b"))
    calendar.setWeekdayTextFormat(Qt.DayOfWeek.Friday, friday)
    return calendar


class JalaliDateEdit(QDateEdit):
    """Edits a `datetime.date`; shows and accepts it as a Jalali date (۱۴۰۳/۰۲/۰۵)."""

    def __init__(self, parent: QWidget | None = None, value: date | None = None):
        super().__init__(parent)
        self.setCalendar(JALALI)
        self.setLocale(current_language().qlocale)
        # Right to left, Qt reverses the order of a format's sections; digits still run left to right, so
        # the reversed format is what makes the date read ۱۴۰۳/۰۲/۰۵, as it is written.
        self.setDisplayFormat("dd/MM/yyyy" if self.isRightToLeft() else "yyyy/MM/dd")
        if self.isRightToLeft():
            # A date is digits only, which the line edit lays out left to right - and so aligned it at the left
            # edge, beside right-aligned Persian fields: it starts at the right, as every field of a form does.
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                              | Qt.AlignmentFlag.AlignVCenter)
        self.setCalendarPopup(True)
        self.setCalendarWidget(make_jalali_calendar(self))
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2060, 12, 31))
        if value is not None:
            self.set_value(value)

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))
