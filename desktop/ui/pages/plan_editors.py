"""Forms for a solution, an operational program and an activity's schedule: create or update through
PlanService; the service validates and its ValidationError is shown at the field it names."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import DomainError
from desktop.domain.planning import MAX_WEIGHT, SolutionTerm
from desktop.planning.service import PlanService
from desktop.planning.views import ActivityForm, NodeKind, PlanChoices, ProgramForm, SolutionForm
from desktop.ui.formatting import format_code
from desktop.ui.labels import term_label
from desktop.ui.widgets.edit_rights import Right, offer, read_only
from desktop.ui.widgets.form_errors import FormErrors
from desktop.ui.widgets.jalali_date_edit import JalaliDateEdit

HEADING_STYLE = "font-size: 13pt; font-weight: bold; color: #1d3557;"
NEW_ACTIVITY_DAYS = 90


def weight_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, MAX_WEIGHT)
    box.setDecimals(2)
    box.setValue(1.0)
    return box


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PlanEditor(QWidget):
    """Shared frame: a heading, a form, a Save button. Subclasses fill the form and write through the service."""

    saved = Signal(object, int)  # NodeKind, id of the created or updated item
    kind: NodeKind

    def __init__(self, plans: PlanService, parent: QWidget | None = None, *, with_heading: bool = True):
        super().__init__(parent)
        self._plans = plans
        self._item_id: int | None = None
        self._parent_id: int | None = None
        self.heading = QLabel(self)  # a parent first: setVisible on a parentless label opened it as a window,
        self.heading.setStyleSheet(HEADING_STYLE)  # which took the keyboard from the main window (no shortcuts)
        self.heading.setWordWrap(True)
        self.heading.setVisible(with_heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FormErrors(self.form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        # A reader sees what is recorded: the fields take no typing, Save says why not (the service refuses too).
        self.edit_right = Right.of(plans.principal)
        offer(self.edit_right, self.save_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def item_id(self) -> int | None:
        return self._item_id

    def is_new(self) -> bool:
        return self._item_id is None

    def _add_rows(self, rows: list[tuple[str, str, QWidget]]) -> None:
        """Add (field, label, widget) rows and bind each field to its error label."""
        for field, label, widget in rows:
            widget.setObjectName(field)
            self.form.addRow(label, widget)
        for field, _label, widget in rows:
            self.errors.bind(field, widget)
        read_only(self.edit_right, *(widget for _field, _label, widget in rows))

    def save(self) -> bool:
        self.errors.clear()
        try:
            item_id = self._write()
        except (DomainError, OSError) as error:
            self.errors.show(error)
            return False
        self._item_id = item_id
        self.saved.emit(self.kind, item_id)
        return True

    def _write(self) -> int:
        raise NotImplementedError


class SolutionEditor(PlanEditor):
    kind = NodeKind.SOLUTION

    def __init__(self, plans: PlanService, parent: QWidget | None = None):
        super().__init__(plans, parent)
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.term = QComboBox()
        self.term.addItem(self.tr("No term"), None)
        for term in SolutionTerm:
            self.term.addItem(term_label(term), term.value)
        self.responsible_unit = QComboBox()
        self.responsible_unit.setEditable(True)
        self.responsible_unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.executive_manager = QLineEdit()
        self.driver_project = QComboBox()
        self.weight = weight_box()
        self.description = text_box(4)
        self._add_rows([
            ("code", self.tr("Code"), self.code),
            ("title", self.tr("Title"), self.title),
            ("term", self.tr("Term"), self.term),
            ("responsible_unit", self.tr("Responsible unit"), self.responsible_unit),
            ("executive_manager", self.tr("Executive manager"), self.executive_manager),
            ("driver_project", self.tr("Driver project"), self.driver_project),
            ("weight", self.tr("Weight"), self.weight),
            ("description", self.tr("Description"), self.description),
        ])

    def set_choices(self, choices: PlanChoices) -> None:
        unit = self.responsible_unit.currentText()
        self.responsible_unit.clear()
        self.responsible_unit.addItems(["", *choices.responsible_units])
        self.responsible_unit.setCurrentText(unit)
        number = self.driver_project.currentData()
        self.driver_project.clear()
        self.driver_project.addItem(self.tr("None"), None)
        for choice in choices.driver_projects:
            self.driver_project.addItem(choice.label, choice.id)
        self._select_data(self.driver_project, number)

    def load_new(self, plan_id: int, plan_title: str) -> None:
        self._item_id, self._parent_id = None, plan_id
        self.heading.setText(self.tr("New solution in “{plan}”").format(plan=plan_title))
        self._fill(SolutionForm(plan_id, "", "", None))

    def load(self, solution_id: int) -> None:
        form = self._plans.solution(solution_id)
        self._item_id, self._parent_id = solution_id, form.plan_id
        self.heading.setText(self.tr("Solution {code}").format(code=format_code(form.code)))
        self._fill(form)

    def _fill(self, form: SolutionForm) -> None:
        self.errors.clear()
        self.code.setText(form.code)
        self.title.setText(form.title)
        self._select_data(self.term, form.term.value if form.term else None)
        self.responsible_unit.setCurrentText(form.responsible_unit)
        self.executive_manager.setText(form.executive_manager)
        self._select_data(self.driver_project, form.driver_project_number)
        self.weight.setValue(form.weight)
        self.description.setPlainText(form.description)

    @staticmethod
    def _select_data(box: QComboBox, value: object) -> None:
        row = box.findData(value)
        box.setCurrentIndex(row if row >= 0 else 0)

    def _write(self) -> int:
        assert self._parent_id is not None
        term = self.term.currentData()
        form = SolutionForm(
            plan_id=self._parent_id, code=self.code.text(), title=self.title.text(),
            term=SolutionTerm(term) if term else None, responsible_unit=self.responsible_unit.currentText(),
            executive_manager=self.executive_manager.text(), driver_project_number=self.driver_project.currentData(),
            weight=self.weight.value(), description=self.description.toPlainText())
        if self._item_id is None:
            return self._plans.create_solution(form)
        self._plans.update_solution(self._item_id, form)
        return self._item_id


class ProgramEditor(PlanEditor):
    kind = NodeKind.PROGRAM

    def __init__(self, plans: PlanService, parent: QWidget | None = None):
        super().__init__(plans, parent)
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.expected_results = text_box(4)
        self.owner = QLineEdit()
        self.weight = weight_box()
        self._add_rows([
            ("code", self.tr("Code"), self.code),
            ("title", self.tr("Title"), self.title),
            ("expected_results", self.tr("Expected results"), self.expected_results),
            ("owner", self.tr("Owner"), self.owner),
            ("weight", self.tr("Weight"), self.weight),
        ])

    def load_new(self, solution_id: int, solution_title: str) -> None:
        self._item_id, self._parent_id = None, solution_id
        self.heading.setText(self.tr("New operational program in “{solution}”").format(solution=solution_title))
        self._fill(ProgramForm(solution_id, "", ""))

    def load(self, program_id: int) -> None:
        form = self._plans.program(program_id)
        self._item_id, self._parent_id = program_id, form.solution_id
        self.heading.setText(self.tr("Operational program {code}").format(code=form.code))
        self._fill(form)

    def _fill(self, form: ProgramForm) -> None:
        self.errors.clear()
        self.code.setText(form.code)
        self.title.setText(form.title)
        self.expected_results.setPlainText(form.expected_results)
        self.owner.setText(form.owner)
        self.weight.setValue(form.weight)

    def _write(self) -> int:
        assert self._parent_id is not None
        form = ProgramForm(self._parent_id, self.code.text(), self.title.text(),
                           self.expected_results.toPlainText(), self.owner.text(), self.weight.value())
        if self._item_id is None:
            return self._plans.create_program(form)
        self._plans.update_program(self._item_id, form)
        return self._item_id


class ActivityEditor(PlanEditor):
    """An activity's schedule. Stands alone to create an activity; sits in the activity panel to edit one."""

    kind = NodeKind.ACTIVITY

    def __init__(self, plans: PlanService, parent: QWidget | None = None, *, with_heading: bool = True):
        super().__init__(plans, parent, with_heading=with_heading)
        self._program_id: int | None = None
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.weight = weight_box()
        self.planned_start = JalaliDateEdit()
        self.planned_finish = JalaliDateEdit()
        self.resource_estimate = QLineEdit()
        self.owner = QLineEdit()
        self._add_rows([
            ("code", self.tr("Code"), self.code),
            ("title", self.tr("Title"), self.title),
            ("weight", self.tr("Weight"), self.weight),
            ("planned_start", self.tr("Planned start"), self.planned_start),
            ("planned_finish", self.tr("Planned finish"), self.planned_finish),
            ("resource_estimate", self.tr("Resource estimate"), self.resource_estimate),
            ("owner", self.tr("Owner"), self.owner),
        ])

    def load_new(self, program_id: int, parent_id: int | None, under_title: str, today: date) -> None:
        self._item_id = None
        self.heading.setText((self.tr("New sub-activity of “{parent}”") if parent_id is not None
                              else self.tr("New activity in “{parent}”")).format(parent=under_title))
        self._fill(ActivityForm(program_id, "", "", 1.0, today, today + timedelta(days=NEW_ACTIVITY_DAYS),
                                parent_id))

    def show_form(self, activity_id: int, form: ActivityForm) -> None:
        self._item_id = activity_id
        self.heading.setText(self.tr("Activity {code}").format(code=form.code))
        self._fill(form)

    def _fill(self, form: ActivityForm) -> None:
        self.errors.clear()
        self._program_id, self._parent_id = form.program_id, form.parent_id
        self.code.setText(form.code)
        self.title.setText(form.title)
        self.weight.setValue(form.weight)
        if form.planned_start is not None:
            self.planned_start.set_value(form.planned_start)
        if form.planned_finish is not None:
            self.planned_finish.set_value(form.planned_finish)
        self.resource_estimate.setText(form.resource_estimate)
        self.owner.setText(form.owner)

    def _write(self) -> int:
        assert self._program_id is not None
        form = ActivityForm(self._program_id, self.code.text(), self.title.text(), self.weight.value(),
                            self.planned_start.value(), self.planned_finish.value(), self._parent_id,
                            self.resource_estimate.text(), self.owner.text())
        if self._item_id is None:
            return self._plans.create_activity(form)
        self._plans.update_activity(self._item_id, form)
        return self._item_id
