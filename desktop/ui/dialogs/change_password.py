"""The signed-in user changes his own password (File → Change my password…): after the secretary has reset it, the
password is his own again only once he has changed it. The current password is asked for, and a wrong one counts
as a failed sign-in (AccountService.change_password)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.context import AppServices
from desktop.ui.widgets.errors import show_error


class ChangePasswordDialog(QDialog):
    """Current password, new password twice. ``accept`` changes it through the service; a refusal (wrong current
    password, a weak new one, the account locked for a while) is shown and the dialog stays open."""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)  # room for a long passphrase and the refusal under it
        self.current, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for name, field in (("current", self.current), ("new", self.new), ("again", self.again)):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        form.addRow(self.problem)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("The two new passwords are not the same."))
            return
        try:
            self._services.accounts.change_password(self._services.principal, self.current.text(), self.new.text())
        except Exception as error:  # noqa: BLE001 - a DomainError (wrong password, weak, locked): shown
            self.current.clear()
            show_error(self, self.windowTitle(), error)
            return
        for field in (self.current, self.new, self.again):
            field.clear()
        super().accept()
        QMessageBox.information(self.parentWidget() or self, self.windowTitle(),
                                self.tr("Your password was changed. Use the new one from your next sign-in."))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
