"""Asking for the signing key's passphrase (when the computer has no secure keyring). Never written to disk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.sync.errors import WrongPassphraseError
from desktop.ui.formatting import file_name, format_number

MIN_NEW_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """``new=True`` asks twice and wants at least eight characters (a new key); else once."""

    def __init__(self, location: str, *, new: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._new = new
        self.setWindowTitle(self.tr("Signing key passphrase"))
        if new:
            text = self.tr("This computer has no secure keyring, so the province's signing key is kept in an "
                           "encrypted file:\n{location}\nChoose a passphrase for it and keep it safe; without "
                           "it nothing can be signed.").format(location=file_name(location))
        else:
            text = self.tr("The province's signing key is in an encrypted file:\n{location}\nEnter its "
                           "passphrase. It is kept in memory only until Rasad closes.").format(location=file_name(location))
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("Repeat it"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def value(self) -> str:
        return self.passphrase.text()

    def _accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.problem.setText(self.tr("Enter the passphrase."))
        elif self._new and len(text) < MIN_NEW_PASSPHRASE:
            self.problem.setText(self.tr("Use at least {count} characters.").format(
                count=format_number(MIN_NEW_PASSPHRASE)))
        elif self._new and text != self.repeat.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()


class SessionPassphrase:
    """The key file's passphrase for this session: asked once, kept in memory only, forgotten when wrong.

    ``ask(new)`` shows the dialog (tests replace it); ``location()`` says where the key file is."""

    def __init__(self, parent: QWidget, location: Callable[[], str]):
        self.value: str | None = None
        self._parent = parent
        self._location = location
        self.ask: Callable[[bool], str | None] = self._dialog

    def _dialog(self, new: bool = False) -> str | None:
        dialog = PassphraseDialog(self._location(), new=new, parent=self._parent)
        return dialog.value() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def get(self, needed: bool) -> str | bool:
        """'' when no passphrase is needed (the keyring holds the key), False when the user cancelled."""
        if not needed:
            return ""
        if self.value:
            return self.value
        answer = self.ask(False)
        return False if answer is None else answer

    def forget_if_wrong(self, error: object) -> None:
        if isinstance(error, WrongPassphraseError):
            self.value = None
