"""Signing in: user name and password; a refusal is shown in the dialog, which stays open.

The check (one Argon2id verification, about 0.1 s) runs on the UI thread: the dialog is modal and nothing
else is waiting for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.accounts.errors import SignInError
from desktop.accounts.service import AccountService
from desktop.domain.access import Principal
from desktop.ui.widgets.errors import describe


class SignInDialog(QDialog):
    """After ``exec()`` returns Accepted, :attr:`principal` is the signed-in user."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None, *, province: str = ""):
        super().__init__(parent)
        self._accounts = accounts
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Sign in to Rasad"))
        self.setMinimumWidth(420)
        self.heading = QLabel(self.tr("Sign in to Rasad"), self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1d3557;")
        self.where = QLabel(self.tr("Judicial council of the province of {province}").format(province=province)
                            if province else "", self)  # parented before setVisible: no stray window
        self.where.setObjectName("province")
        self.where.setStyleSheet("color: #5c677d;")
        self.where.setVisible(bool(province))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.principal = self._accounts.sign_in(self.login.text(), self.password.text())
        except SignInError as error:
            self.message.setText(describe(error))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            self.password.clear()  # the typed password does not outlive the attempt
        super().accept()
