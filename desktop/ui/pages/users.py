"""User accounts (the secretary's; a chief justice's own kind of account, the chief justice's): list, add, change
the role or district, disable, reset a password. Only what the signed-in user may do is offered
(:func:`offered_roles`, :func:`may_change`); the accounts service enforces it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.views import AccountForm, AccountView
from desktop.context import AppServices
from desktop.domain.access import Principal, Role, account_change_actions, may_change_account
from desktop.domain.messages import LABEL_CONTEXT, QT_TRANSLATE_NOOP, ValidationError
from desktop.organisation.service import DistrictView
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import format_datetime
from desktop.ui.language import translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.page_support import in_background, read_only_table
from desktop.ui.widgets.edit_rights import ALLOWED, Right, offer
from desktop.ui.widgets.errors import show_error
from desktop.ui.widgets.form_errors import FormErrors


def role_label(role: Role) -> str:
    return translate(LABEL_CONTEXT, role.label)


ROLES_LEAST_POWERFUL_FIRST = (Role.VIEWER, Role.DISTRICT_HEAD, Role.CHIEF_JUSTICE, Role.SECRETARY)


def offered_roles(who: Principal, account: AccountView | None, has_chief_justice: bool) -> list[Role]:
    """The roles ``who`` may give ``account`` (None: a new one): never a chief justice's by the secretary, but
    the province's first (docs/access.md)."""
    before = account.role if account else None
    first = account is None and not has_chief_justice
    return [role for role in ROLES_LEAST_POWERFUL_FIRST
            if role is before or may_change_account(who, before, role, first_chief_justice=first)]


def may_change(who: Principal, account: AccountView) -> bool:
    """Whether ``who`` may change, enable, disable or reset the password of ``account``."""
    return may_change_account(who, account.role, account.role)


def account_right(who: Principal, account: AccountView) -> Right:
    """:func:`may_change` with the reason when not (the first right missing, as the service would refuse)."""
    for action in account_change_actions(account.role, account.role):
        right = Right.of(who, action)
        if not right.allowed:
            return right
    return ALLOWED


class AccountDialog(QDialog):
    """Add an account (with its first password) or change one (no password here)."""

    def __init__(self, services: AppServices, districts: list[DistrictView], account: AccountView | None = None,
                 parent: QWidget | None = None, *, has_chief_justice: bool = True):
        super().__init__(parent)
        self._services = services
        self._account = account
        self.setWindowTitle(self.tr("Add a user") if account is None else self.tr("Change a user"))
        self.login = QLineEdit(account.login if account else "")
        self.login.setObjectName("login")
        self.login.setReadOnly(account is not None)
        self.display_name = QLineEdit(account.display_name if account else "")
        self.display_name.setObjectName("display_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        # a new account starts with the least it could be given
        for role in offered_roles(services.principal, account, has_chief_justice):
            self.role.addItem(role_label(role), role.value)
        self.district = QComboBox()
        self.district.setObjectName("district")
        self.district.addItem("—", None)
        for district in districts:
            self.district.addItem(district.name, district.id)
        self.active = QCheckBox(self.tr("Can sign in"))
        self.active.setObjectName("active")
        self.active.setChecked(account.active if account else True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name (Latin letters)"), self.login)
        form.addRow(self.tr("Name shown"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Judicial district (district head only)"), self.district)
        form.addRow("", self.active)
        if account is None:
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.password_again)
        else:
            self.role.setCurrentIndex(self.role.findData(account.role.value))
            self.district.setCurrentIndex(max(0, self.district.findData(account.district_id)))
        self.errors = FormErrors(form)
        for field, widget in (("login", self.login), ("display_name", self.display_name), ("role", self.role),
                              ("district", self.district), ("password", self.password),
                              ("password_again", self.password_again)):
            self.errors.bind(field, widget)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # The dialog grows with the messages shown at its fields, so none of them is cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setMinimumWidth(560)

    def _fit_messages(self) -> None:
        """Wrapped messages need height the layout only learns once they are shown: grow to fit them."""
        self.layout().activate()
        width = self.width()
        self.adjustSize()
        self.resize(max(width, self.width()), self.sizeHint().height())

    def _role_changed(self) -> None:
        head = self.role.currentData() == Role.DISTRICT_HEAD.value
        self.district.setEnabled(head)
        if not head:
            self.district.setCurrentIndex(0)

    def form(self) -> AccountForm:
        return AccountForm(self.login.text(), self.display_name.text(), Role(self.role.currentData()),
                           self.district.currentData(), self.active.isChecked())

    def accept(self) -> None:
        accounts, who = self._services.accounts, self._services.principal
        try:
            if self._account is None:
                if self.password.text() != self.password_again.text():
                    raise ValidationError("password_again", QT_TRANSLATE_NOOP(
                        "Validation", "The two passwords are not the same."))
                accounts.create_account(who, self.form(), self.password.text())
            else:
                accounts.update_account(who, self._account.id, self.form())
        except ValidationError as error:
            self.errors.show(error)
            self._fit_messages()
            return
        except Exception as error:  # noqa: BLE001 - a DomainError (refused): shown, the dialog stays
            show_error(self, self.windowTitle(), error)
            return
        finally:
            self.password.clear()
            self.password_again.clear()
        super().accept()


class UsersPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._districts: list[DistrictView] = []
        self._has_chief_justice = True  # until the accounts are read: offer no first chief justice
        self.accounts = RowsTableModel([
            Column(self.tr("User name"), lambda a: f"\u2066{a.login}\u2069"),
            Column(self.tr("Name shown"), lambda a: a.display_name),
            Column(self.tr("Role"), lambda a: role_label(a.role)),
            Column(self.tr("Judicial district"), lambda a: a.district_name or "—"),
            Column(self.tr("State"), lambda a: self.tr("Active") if a.active else self.tr("Disabled")),
            Column(self.tr("Locked until"), lambda a: format_datetime(a.locked_until) if a.locked_until else "—"),
            Column(self.tr("Last sign-in"), lambda a: format_datetime(a.last_sign_in_at)),
        ], self)
        self.view = read_only_table(self.accounts, "accounts")
        self.view.doubleClicked.connect(lambda _index: self.change_selected())
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler in (("add", self.tr("Add a user…"), self.add),
                                    ("change", self.tr("Change…"), self.change_selected),
                                    ("reset", self.tr("Reset the password…"), self.reset_selected)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable_buttons())
        self.accounts.modelReset.connect(self._enable_buttons)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.reload()

    def reload(self) -> None:
        accounts, organisation, who = self._services.accounts, self._services.organisation, self._services.principal
        in_background(self, self.tr("Users"), lambda: (accounts.accounts(who), organisation.districts()),
                      self._show)

    def _show(self, loaded: tuple[list[AccountView], list[DistrictView]]) -> None:
        rows, self._districts = loaded
        self._has_chief_justice = any(row.role is Role.CHIEF_JUSTICE for row in rows)
        self.accounts.set_rows(rows)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Change and reset only an account the signed-in user may change (not a chief justice's, for the
        secretary); add only when some role can be given."""
        account, who = self.selected(), self._services.principal
        self.buttons["add"].setEnabled(bool(offered_roles(who, None, self._has_chief_justice)))
        for name in ("change", "reset"):
            offer(account_right(who, account) if account is not None else ALLOWED, self.buttons[name],
                  account is not None)

    def selected(self) -> AccountView | None:
        index = self.view.currentIndex()
        return self.accounts.row_at(index.row()) if index.isValid() else None

    def add(self) -> AccountDialog:
        dialog = AccountDialog(self._services, self._districts, None, self,
                               has_chief_justice=self._has_chief_justice)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def change_selected(self) -> AccountDialog | None:
        account = self.selected()
        if account is None or not may_change(self._services.principal, account):
            return None
        dialog = AccountDialog(self._services, self._districts, account, self,
                               has_chief_justice=self._has_chief_justice)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def reset_selected(self) -> None:
        account = self.selected()
        if account is None or not may_change(self._services.principal, account):
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Reset the password of {user}").format(user=account.display_name))
        first, second = QLineEdit(), QLineEdit()
        for field in (first, second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(dialog)
        form.addRow(self.tr("New password"), first)
        form.addRow(self.tr("Password again"), second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if first.text() != second.text():
            QMessageBox.warning(self, dialog.windowTitle(), self.tr("The two passwords are not the same."))
            return
        try:
            self._services.accounts.reset_password(self._services.principal, account.id, first.text())
        except Exception as error:  # noqa: BLE001 - a DomainError: shown
            show_error(self, dialog.windowTitle(), error)
            return
        finally:
            first.clear()
            second.clear()
        QMessageBox.information(self, dialog.windowTitle(), self.tr("The password was reset."))
