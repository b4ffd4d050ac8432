"""First run on a new real database: the province, the secretary's account, its districts and its branches - or,
on a new computer after the old one was lost, a backup of the province restored instead (the first page's
"Restore a backup…": the wizard ends with :attr:`SetupWizard.restore_from`, desktop/ui/startup.py restores it).

Each page is checked when the user presses Next (the same domain rules the organisation service applies at
Finish), so an empty province name or a short or mismatched password never gets past its own page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.context import AppServices
from desktop.domain.access import Principal
from desktop.domain.jalali import to_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, ErrorCollector, ValidationError
from desktop.domain.organisation import validate_code
from desktop.domain.planning import validate_title
from desktop.domain.signin import validate_login, validate_new_password
from desktop.organisation.service import AlreadySetUp, DistrictDraft, SetupForm
from desktop.ui.formatting import file_name, format_number
from desktop.ui.widgets.form_errors import FormErrors


class _TablePage(QWizardPage):
    """A page holding an editable table with Add/Remove row buttons."""

    def __init__(self, title: str, subtitle: str, headers: list[str]):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.table = QTableWidget(1, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        model = self.table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._number_rows)
        self._number_rows()
        add = QPushButton(self.tr("Add row"))
        remove = QPushButton(self.tr("Remove row"))
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove.clicked.connect(lambda: self.table.removeRow(max(0, self.table.currentRow())))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("pageError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def _number_rows(self, *_args) -> None:
        """Row numbers in the window's digits (Qt's own would be Latin)."""
        self.table.setVerticalHeaderLabels([format_number(n) for n in range(1, self.table.rowCount() + 1)])

    def rows(self) -> list[tuple[str, ...]]:
        result = []
        for row in range(self.table.rowCount()):
            cells = tuple((self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                          for c in range(self.table.columnCount()))
            if any(cells):
                result.append(cells)
        return result

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))


class SetupWizard(QWizard):
    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Rasad — first run"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(720, 520)
        if self.isRightToLeft():
            # Qt's own "< Back" and "Next >" point the left-to-right way; arrows are not mirrored, so right to
            # left Next points left (forwards for a Persian reader) and Back points right.
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next") + " ←")
            self.setButtonText(QWizard.WizardButton.BackButton, "→ " + self.tr("&Back"))

        self.province_page = QWizardPage()
        self.province_page.setTitle(self.tr("Your province"))
        self.province_page.setSubTitle(self.tr(
            "Rasad follows how your province carries out the Transformation Document. Enter the province and your name "
            "- or, on a new computer, restore your province's backup instead (“Restore a backup…” below)."))
        form = QFormLayout(self.province_page)
        self.province_code = QLineEdit()
        self.province_name = QLineEdit()
        self.user_name = QLineEdit()
        form.addRow(self.tr("Province code"), self.province_code)
        form.addRow(self.tr("Province name"), self.province_name)
        form.addRow(self.tr("Your name"), self.user_name)
        self.province_errors = FormErrors(form)
        self.province_errors.bind("province_code", self.province_code)
        self.province_errors.bind("province_name", self.province_name)
        self.province_errors.bind("user_name", self.user_name)

        self.account_page = QWizardPage()
        self.account_page.setTitle(self.tr("Your account"))
        self.account_page.setSubTitle(self.tr(
            "You are the administrator (the council's secretary). Choose a user name and a password: at least "
            "10 characters, 5 different ones, without your user name."))
        account_form = QFormLayout(self.account_page)
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password_again = QLineEdit()
        self.password_again.setObjectName("password_again")
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        account_form.addRow(self.tr("User name (Latin letters)"), self.login)
        account_form.addRow(self.tr("Password"), self.password)
        account_form.addRow(self.tr("Password again"), self.password_again)
        self.account_errors = FormErrors(account_form)
        self.account_errors.bind("login", self.login)
        self.account_errors.bind("password", self.password)
        self.account_errors.bind("password_again", self.password_again)
        #: The secretary's principal once the wizard is accepted.
        self.principal: Principal | None = None

        self.districts_page = _TablePage(
            self.tr("Judicial districts"), self.tr("Enter each judicial district of the province: a code and a name."),
            [self.tr("Code"), self.tr("Name")])
        self.branches_page = _TablePage(
            self.tr("Branches and units"),
            self.tr("Optional: enter branches now, or import the branch registry later. "
                    "The district column takes the district's code."),
            [self.tr("Code"), self.tr("Name"), self.tr("District code"), self.tr("Unit type")])
        self._page_ids = {
            "province": self.addPage(self.province_page),
            "account": self.addPage(self.account_page),
            "districts": self.addPage(self.districts_page),
            "branches": self.addPage(self.branches_page),
        }
        #: The backup to restore instead of setting a province up, once the wizard is accepted that way.
        self.restore_from: Path | None = None
        self._offer_restore()

    def _offer_restore(self) -> None:
        """"Restore a backup…" on the first page, at the far end from Next: a secretary moving to a new computer
        brings the province (its accounts, plans, figures and evidence) from its backup instead of typing it."""
        restore = QWizard.WizardButton.CustomButton1
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(restore, self.tr("Restore a backup…"))
        self.button(restore).setObjectName("restoreBackup")
        self.button(restore).setToolTip(self.tr(
            "A new computer: bring your province from a backup of the old one (on a disk or a flash drive) instead "
            "of setting it up again."))
        self.setButtonLayout([restore, QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        self.customButtonClicked.connect(lambda _which: self._choose_backup())
        self.currentIdChanged.connect(
            lambda page: self.button(restore).setVisible(page == self._page_ids["province"]))

    def _choose_backup(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()),
            self.tr("Rasad backups (*.sqlite3);;All files (*)"))
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Restore the province from {file}? Its accounts come with it: you sign in with your user name "
                    "and password from it.").format(file=file_name(Path(chosen).name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_instead(Path(chosen))

    def restore_instead(self, backup: Path) -> None:
        """End the wizard asking for ``backup`` to be restored (nothing was written: the restore follows)."""
        self.restore_from = backup
        self.password.clear()
        self.password_again.clear()
        # QDialog's own: QWizard's done() and accept() check the page on screen first (an empty province name
        # would keep the wizard open) and accept() would set the province up.
        QDialog.done(self, QDialog.DialogCode.Accepted.value)

    def form(self) -> SetupForm:
        branches_by_district: dict[str, list[tuple[str, str, str]]] = {}
        for cells in self.branches_page.rows():
            code, name, district, unit_type = (list(cells) + ["", "", "", ""])[:4]
            branches_by_district.setdefault(district, []).append((code, name, unit_type))
        districts = []
        for cells in self.districts_page.rows():
            code, name = (list(cells) + ["", ""])[:2]
            districts.append(DistrictDraft(code, name, tuple(branches_by_district.pop(code, []))))
        orphans = [b for rows in branches_by_district.values() for b in rows]
        if orphans and districts:
            first = districts[0]
            districts[0] = DistrictDraft(first.code, first.name, first.branches + tuple(orphans))
        return SetupForm(self.province_code.text(), self.province_name.text(), self.user_name.text(),
                         tuple(districts))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        """Next (and Finish) first check the page on screen; the problems are shown at their fields."""
        page = self.currentId()
        try:
            if page == self._page_ids["province"]:
                self.province_errors.clear()
                self._check_province()
            elif page == self._page_ids["account"]:
                self.account_errors.clear()
                self._check_account()
            elif page == self._page_ids["districts"]:
                self.districts_page.error.clear()
                self._check_districts()
        except ValidationError as error:
            self._show(error)
            return False
        return super().validateCurrentPage()

    def _check_province(self) -> None:
        errors = ErrorCollector()
        errors.check(validate_code, self.province_code.text(), "province_code")
        errors.check(validate_title, self.province_name.text(), "province_name", 200)
        errors.check(validate_title, self.user_name.text(), "user_name", 200)
        errors.raise_if_any()

    def _check_districts(self) -> None:
        rows = self.districts_page.rows()
        if not rows:
            raise ValidationError("districts", QT_TRANSLATE_NOOP("Validation", "Enter at least one judicial district."))
        errors = ErrorCollector()
        seen: set[str] = set()
        for cells in rows:
            code, name = (list(cells) + ["", ""])[:2]
            clean = errors.check(validate_code, code, "districts")
            errors.check(validate_title, name, "districts", 200)
            if clean and clean in seen:
                errors.add(ValidationError("districts", QT_TRANSLATE_NOOP(
                    "Validation", "The code {code} is already in use."), {"code": clean}))
            seen.add(clean or "")
        errors.raise_if_any()

    def accept(self) -> None:
        self.branches_page.error.clear()
        self.districts_page.error.clear()
        self.account_errors.clear()
        try:
            self._check_account()
            secretary = self._services.accounts.first_secretary(
                self.login.text(), self.user_name.text(), self.password.text())
            self.principal = self._services.organisation.complete_setup(
                self.form(), plans_year=to_jalali(self._services.clock.today())[0], secretary=secretary)
        except ValidationError as error:
            self._show(error)
            return
        except AlreadySetUp:
            # Another window on the same new database finished its wizard first: that province stands, and its
            # secretary's account is the one to sign in with (desktop/ui/startup.py asks for it).
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "The province was set up in another window meanwhile. Sign in with the account made there."))
            self.password.clear()
            self.password_again.clear()
            QDialog.done(self, QDialog.DialogCode.Accepted.value)
            return
        except DomainError as error:  # a busy or damaged database, say: nothing was written
            from desktop.ui.widgets.errors import show_error

            show_error(self, self.windowTitle(), error)
            return
        self.password.clear()
        self.password_again.clear()
        super().accept()

    def _check_account(self) -> None:
        login = validate_login(self.login.text())
        validate_new_password(self.password.text(), login)
        if self.password.text() != self.password_again.text():
            raise ValidationError("password_again", QT_TRANSLATE_NOOP(
                "Validation", "The two passwords are not the same."))

    def _show(self, error: ValidationError) -> None:
        from desktop.ui.widgets.errors import describe

        first = error.errors[0] if error.errors else error
        page = {"districts": "districts", "branches": "branches", "login": "account", "password": "account",
                "password_again": "account"}.get(first.field, "province")
        while self.currentId() != self._page_ids[page] and self.currentId() > self._page_ids[page]:
            self.back()
        if page == "province":
            self.province_errors.show(error)
        elif page == "account":
            self.account_errors.show(error)
        else:
            getattr(self, f"{page}_page").error.setText(describe(error))
