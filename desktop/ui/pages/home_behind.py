"""The overview's two lists of activities behind schedule (desktop/planning/dashboard.py, `behind_activities`): the
ten with a progress report furthest behind, ranked, with how many more are behind (and how many of those by as
much as the tenth: a cut through a tie is said), and apart, never ranked with them, those with no progress report
whose schedule calls for some by now - their progress unknown, "not reported" and SPI "—", greyed, never 0 %. Each
activity is named under its program, as the plans page's tree and the status report name it (an activity's code is
its program's own: "2.3" stands in many programs). Texts in the overview's context ("HomePage")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.planning.views import BehindActivity, HomeSummary
from desktop.ui.formatting import format_code, format_date, format_number, format_percent, format_ratio
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.status_colors import UNREPORTED_TEXT, spi_color
from desktop.ui.widgets.cards import reading_table, section_title, stretch_column


def ranked_more_text(summary: HomeSummary) -> str:
    """How many more activities with a progress report are behind than the ranked list shows, and how many of
    them are behind by the same amount as its last ("" when it shows them all)."""
    more = summary.behind_unlisted
    if more <= 0:
        return ""
    if summary.behind_tied_unlisted:
        text = QCoreApplication.translate(
            "HomePage", "{count} more with a progress report are behind schedule and are not listed, {tied} of them "
                        "by the same amount as the last listed.")
        return text.format(count=format_number(more), tied=format_number(summary.behind_tied_unlisted))
    text = QCoreApplication.translate(
        "HomePage", "{count} more with a progress report are behind schedule, each by less, and are not listed.")
    return text.format(count=format_number(more))


class BehindLists(QObject):
    """Both lists, their titles and the note under the second; ``activity_requested`` names a row's activity."""

    activity_requested = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.behind = RowsTableModel[BehindActivity](self._columns(), self)
        self.behind_view = reading_table()
        self.behind_view.setModel(self.behind)
        self.behind_view.setObjectName("behind")
        self.unreported = RowsTableModel[BehindActivity](self._columns(), self)
        self.unreported_view = reading_table()
        self.unreported_view.setModel(self.unreported)
        self.unreported_view.setObjectName("behindUnreported")
        for view, model in ((self.behind_view, self.behind), (self.unreported_view, self.unreported)):
            view.clicked.connect(lambda index, model=model: self._open(model, index))
            view.activated.connect(lambda index, model=model: self._open(model, index))
            stretch_column(view, 1)
        # under the ranked list: how many more are behind, and - when the tenth is one of several behind by the same
        # amount - how many of those were left out (the cut is said, not hidden)
        self._ranked_note = QLabel()
        self._ranked_note.setObjectName("behindMore")
        self._ranked_note.setWordWrap(True)
        self._ranked_note.setStyleSheet("color: #6c757d;")
        self._unreported_title = section_title(
            QCoreApplication.translate("HomePage", "Behind schedule with no progress reported"))
        self._unreported_note = QLabel()
        self._unreported_note.setWordWrap(True)
        self._unreported_note.setStyleSheet("color: #6c757d;")

    def place(self, grid: QGridLayout, row: int) -> None:
        """Into ``grid`` from ``row`` on, across both of its columns."""
        title = section_title(QCoreApplication.translate("HomePage", "Ten activities most behind schedule"))
        grid.addWidget(title, row, 0, 1, 2)
        for offset, widget in enumerate((self.behind_view, self._ranked_note, self._unreported_title,
                                         self._unreported_note, self.unreported_view), start=1):
            grid.addWidget(widget, row + offset, 0, 1, 2)

    def show(self, summary: HomeSummary | None) -> None:
        """The summary's lists; the second under its own title, or nothing when none is behind unreported."""
        self.behind.set_rows(summary.behind if summary is not None else ())
        self._ranked_note.setText(ranked_more_text(summary) if summary is not None else "")
        self._ranked_note.setVisible(bool(self._ranked_note.text()))
        rows = summary.behind_unreported if summary is not None else ()
        self.unreported.set_rows(rows)
        for widget in (self._unreported_title, self._unreported_note, self.unreported_view):
            widget.setVisible(bool(rows))
        if not rows:
            return
        assert summary is not None
        note = QCoreApplication.translate("HomePage",
            "Their progress is unknown, not 0 %: they are not ranked with the activities above. "
            "The earliest planned finish first.")
        more = summary.behind_unreported_total - len(rows)
        if more > 0:
            more_text = QCoreApplication.translate("HomePage", "{count} more are not listed.")
            note += " " + more_text.format(count=format_number(more))
        self._unreported_note.setText(note)

    def ranked_note(self) -> str:
        """The line under the ranked list ("" when it lists every activity behind)."""
        return self._ranked_note.text()

    def _open(self, model: RowsTableModel[BehindActivity], index) -> None:  # noqa: ANN001 - a QModelIndex
        self.activity_requested.emit(model.row_at(index.row()).id)

    @staticmethod
    def _columns() -> list[Column[BehindActivity]]:
        def code(row: BehindActivity) -> str:
            named = QCoreApplication.translate("HomePage", "{program} › {activity}")
            return named.format(program=format_code(row.program_code), activity=format_code(row.code))

        def actual(row: BehindActivity) -> str:
            if row.reported:
                return format_percent(row.progress.actual)
            return QCoreApplication.translate("HomePage", "not reported")

        def grey(row: BehindActivity) -> QColor | None:
            return None if row.reported else UNREPORTED_TEXT

        return [
            Column(QCoreApplication.translate("HomePage", "Code"), code, foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Activity"), lambda r: r.title, foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Solution"),
                   lambda r: r.solution_title, foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Owner"), lambda r: r.owner, foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Planned finish"),
                   lambda r: format_date(r.planned_finish), numeric=True,
                   foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Planned"),
                   lambda r: format_percent(r.progress.planned), numeric=True,
                   foreground=grey),
            Column(QCoreApplication.translate("HomePage", "Actual"), actual, numeric=True, foreground=grey),
            Column(QCoreApplication.translate("HomePage", "SPI"),
                   lambda r: format_ratio(r.progress.spi), numeric=True,
                   background=lambda r: spi_color(r.progress.spi), foreground=grey),
        ]
