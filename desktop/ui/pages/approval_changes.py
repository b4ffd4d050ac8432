"""The Approval page's "changed since approval" by figure: each figure frozen at the approval that differs today
(approved → now) and what happened since that could have moved it (who changed what, when), from
``ApprovalService.figure_changes``. Persian labels and digits; a missing value is shown as missing, never as 0."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.approvals.service import ChangeCause, ChangedSinceApproval
from desktop.approvals.snapshot import UNBOUNDED_VALUE, FigureDifference
from desktop.domain.indicators.basis import UNBOUNDED
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.persian import to_persian_digits
from desktop.domain.table_labels import TABLE_LABEL_CONTEXT, table_label
from desktop.ui.formatting import format_datetime, format_number, list_separator
from desktop.ui.language import Language, current_language, translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.page_support import operation_label, read_only_table

_INDICATOR_NAMES = {definition.code: definition.name for definition in INDICATORS}


@dataclass(frozen=True)
class CauseRow:
    """One cause, listed once even when it can move figures of several sections."""

    cause: ChangeCause
    sections: tuple[str, ...]


class FigureChangesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = {
            "indicators": self.tr("Indicators"), "plan": self.tr("Plan roll-up"),
            "resolutions": self.tr("Resolutions"), "province": self.tr("province"),
            "district": self.tr("district"), "branch": self.tr("branch"), "overall": self.tr("whole province"),
            "plans": self.tr("plan"), "driver_projects": self.tr("driver project"),
            "milestones": self.tr("milestone"), "planned": self.tr("planned value"),
            "actual": self.tr("earned value"), "spi": self.tr("schedule performance index"),
            "status": self.tr("status"), "value": self.tr("value"), "projected": self.tr("forecast"),
            "solutions_meeting": self.tr("solutions meeting it"), "solutions_total": self.tr("solutions"),
            "total": self.tr("all"), "done": self.tr("done by then"), "cancelled": self.tr("cancelled"),
            "outstanding": self.tr("outstanding"), "overdue": self.tr("outstanding past the deadline"),
        }
        self.title = QLabel(self)
        self.title.setObjectName("figure_changes_title")
        self.title.setWordWrap(True)
        self.differences = RowsTableModel([
            Column(self.tr("Figure"), self.figure_label),
            Column(self.tr("Approved"), lambda d: self.value_text(d.approved), numeric=True),
            Column(self.tr("Now"), lambda d: self.value_text(d.now), numeric=True),
        ], self)
        self.causes = RowsTableModel([
            Column(self.tr("When"), lambda r: format_datetime(r.cause.changed_at)),
            Column(self.tr("Who"), lambda r: self.who(r.cause)),
            Column(self.tr("What"), lambda r: self.what(r.cause)),
            Column(self.tr("Row"), lambda r: format_number(r.cause.row_id), numeric=True),
            Column(self.tr("Can move"), lambda r: list_separator().join(self._words.get(s, s) for s in r.sections)),
        ], self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(read_only_table(self.differences, "figure_differences"))
        splitter.addWidget(read_only_table(self.causes, "figure_causes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

    def clear(self, text: str) -> None:
        self.differences.set_rows([])
        self.causes.set_rows([])
        self.title.setText(text)

    def show_changes(self, changed: ChangedSinceApproval, period_label: str, approved_now: bool = True) -> None:
        """``approved_now`` False: the period was reopened after that approval (sent back, submitted again), and
        the text says the approval it compares with is the last one, not the period's state."""
        self.differences.set_rows(list(changed.differences))
        self.causes.set_rows(_cause_rows(changed) if changed.differences else [])
        if changed.differences and approved_now:
            text = self.tr("{count} figure(s) of {period} differ from those approved by {name} on {date}; below "
                           "them, what changed since (who changed what, when).")
        elif changed.differences:
            text = self.tr("{count} figure(s) of {period} differ from those last approved by {name} on {date} (the "
                           "period was reopened since); below them, what changed since (who changed what, when).")
        elif approved_now:
            text = self.tr("Every figure of {period} is as approved by {name} on {date}.")
        else:
            text = self.tr("Every figure of {period} is as last approved by {name} on {date} (the period was "
                           "reopened since).")
        self.title.setText(text.format(count=format_number(len(changed.differences)), period=period_label,
                                       name=changed.approved_by, date=format_datetime(changed.approved_at)))

    # labels ------------------------------------------------------------------------------------
    def figure_label(self, difference: FigureDifference) -> str:
        """``indicators/incoming/district/01`` → "Indicators › incoming cases › district ۰۱"."""
        parts = difference.key.split("/")
        words = []
        for index, part in enumerate(parts):
            if index == 1 and parts[0] == "indicators" and part in _INDICATOR_NAMES:
                words.append(translate("Indicators", _INDICATOR_NAMES[part]))
            elif part in self._words:
                words.append(self._words[part])
            else:
                words.append(self.digits(part))
        joined: list[str] = []
        for word in words:  # a level and its unit's code read as one: "district ۰۱"
            if joined and joined[-1] in (self._words["district"], self._words["branch"], self._words["province"]):
                joined[-1] = f"{joined[-1]} {word}"
            else:
                joined.append(word)
        return " › ".join(joined)

    def value_text(self, value: object) -> str:
        if value is None:
            return self.tr("missing")
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return format_number(value, 0 if float(value).is_integer() else 2)
        if value == UNBOUNDED_VALUE:  # an indicator's unbounded value, as the figures hold it
            return QCoreApplication.translate("Indicators", UNBOUNDED)
        return self.digits(str(value))

    def who(self, cause: ChangeCause) -> str:
        return f"{cause.user_name} ({cause.user_login})" if cause.user_login else cause.user_name

    def what(self, cause: ChangeCause) -> str:
        if not cause.table:  # an audit event: a restore
            label = self.tr("restore") if cause.operation == "restore" else cause.operation
            return f"{label}: {cause.detail}" if cause.detail else label
        return f"{operation_label(cause.operation)}: {translate(TABLE_LABEL_CONTEXT, table_label(cause.table))}"

    @staticmethod
    def digits(text: str) -> str:
        return to_persian_digits(text) if current_language() is Language.PERSIAN else text


def _cause_rows(changed: ChangedSinceApproval) -> list[CauseRow]:
    """Each cause once (a restore is listed under every section), with the sections whose figures it can move
    and that differ, newest first."""
    differing = {d.section for d in changed.differences}
    seen: dict[tuple[datetime, str, str, int | None, str, str], list[str]] = {}
    first: dict[tuple[datetime, str, str, int | None, str, str], ChangeCause] = {}
    for section, causes in changed.causes.items():
        if section not in differing:
            continue
        for cause in causes:
            key = (cause.changed_at, cause.user_login, cause.table, cause.row_id, cause.operation, cause.detail)
            seen.setdefault(key, []).append(section)
            first.setdefault(key, cause)
    rows = [CauseRow(first[key], tuple(sections)) for key, sections in seen.items()]
    return sorted(rows, key=lambda r: r.cause.changed_at, reverse=True)
