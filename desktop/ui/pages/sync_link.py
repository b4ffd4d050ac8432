"""The link box of the "Send to center" page: province, the center's address and pinned key, and the
province's signing key (create it, export its public key for registration at the center)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.messages import DomainError
from desktop.sync.service import SyncService, SyncStatus
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.dialogs.passphrase import SessionPassphrase
from desktop.ui.formatting import file_path, isolate_data, isolate_ltr, paragraph
from desktop.ui.widgets.errors import describe, show_error


class CenterLinkBox(QGroupBox):
    """``say(text)`` shows the outcome of an action on the page."""

    def __init__(self, sync: SyncService, notifier: ChangeNotifier, passphrases: SessionPassphrase,
                 say: Callable[[str], None], province_name: Callable[[], str] = lambda: "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._province_name = province_name
        self.setTitle(self.tr("Link to the center"))
        self._sync = sync
        self._notifier = notifier
        self._passphrases = passphrases
        self._say = say
        self.status: SyncStatus | None = None
        grid = QGridLayout(self)
        self.province_label = QLabel()
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("centerUrl")
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url_edit.returnPressed.connect(self.save_url)
        self.save_url_button = QPushButton(self.tr("Save address"))
        self.save_url_button.clicked.connect(self.save_url)
        self.center_key_label = QLabel()
        self.center_key_label.setObjectName("centerKey")
        self.pin_button = QPushButton(self.tr("Import the center's key…"))
        self.pin_button.clicked.connect(self.choose_center_key)
        self.signing_key_label = QLabel()
        self.signing_key_label.setObjectName("signingKey")
        self.signing_key_label.setWordWrap(True)
        self.signing_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_key_button = QPushButton(self.tr("Create the signing key"))
        self.create_key_button.setObjectName("createKey")
        self.create_key_button.clicked.connect(self.create_key)
        self.export_key_button = QPushButton(self.tr("Export the public key…"))
        self.export_key_button.setObjectName("exportPublicKey")
        self.export_key_button.clicked.connect(self.choose_public_key_file)
        rows = [
            (self.tr("Province"), self.province_label, []),
            (self.tr("Center address"), self.url_edit, [self.save_url_button]),
            (self.tr("Center's key"), self.center_key_label, [self.pin_button]),
            (self.tr("Province's signing key"), self.signing_key_label,
             [self.create_key_button, self.export_key_button]),
        ]
        for row, (title, widget, buttons) in enumerate(rows):
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(widget, row, 1)
            if buttons:
                row_buttons = QHBoxLayout()
                for button in buttons:
                    row_buttons.addWidget(button)
                row_buttons.addStretch(1)
                grid.addLayout(row_buttons, row, 2)
        grid.setColumnStretch(1, 1)


    def _province_text(self, code: str | None) -> str:
        """The province by its name, its code (what the center registers it by) beside it."""
        if not code:
            return self.tr("(not set; finish the setup first)")
        name = self._province_name()
        if not name or name == code:
            return paragraph(code)
        return paragraph(self.tr("{name} ({code})").format(name=isolate_data(name), code=isolate_ltr(code)))

    def show_link(self, status: SyncStatus) -> None:
        self.status = status
        link = status.link
        self.province_label.setText(self._province_text(link.province))
        if not self.url_edit.hasFocus():
            self.url_edit.setText(link.url or "")
        self.center_key_label.setText(paragraph(link.center_key_id) if link.center_key_id
                                      else self.tr("Not pinned yet"))
        key = link.signing_key
        if key is None or key.key_id is None:
            text = self.tr("No key yet")
        elif key.in_keyring:
            text = self.tr("{key_id} — kept in the system keyring").format(key_id=isolate_ltr(key.key_id))
        else:
            text = self.tr("{key_id} — kept in the encrypted file {path}").format(
                key_id=isolate_ltr(key.key_id), path=file_path(key.location))
        technical = ""
        if key is not None and key.notice is not None:  # a failing keyring was given up for the key file
            # The backend's class and the error's type help whoever fixes the machine, not the secretary: they
            # are in the tooltip (and the command line prints them), the label says what it means in her words.
            text += "\n" + self.tr("The system keyring could not be used; the encrypted key file is used "
                                   "instead.")
            technical = describe(key.notice)
        self.signing_key_label.setText(paragraph(text))
        self.signing_key_label.setToolTip(technical)
        has_key = key is not None and key.key_id is not None
        self.create_key_button.setVisible(key is not None and not has_key)
        self.export_key_button.setEnabled(has_key)

    # actions ---------------------------------------------------------------------------------------
    def save_url(self) -> None:
        try:
            url = self._sync.set_center_url(self.url_edit.text())
        except DomainError as error:
            show_error(self, self.tr("Center address"), error)
            return
        self.url_edit.setText(url)
        self._say(self.tr("The center's address was saved."))
        self._notifier.announce(Area.SYNC)

    def choose_center_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The center's public key"), "",
                                              self.tr("Public keys (*.pub *.pem *.txt);;All files (*)"))
        if name:
            self.pin_center_key(Path(name))

    def pin_center_key(self, path: Path) -> None:
        try:
            key_id = self._sync.pin_center_key(path)
        except DomainError as error:
            show_error(self, self.tr("The center's key"), error)
            return
        self._say(self.tr("The center's key {key_id} is pinned: only receipts it signed are accepted.").format(
            key_id=isolate_ltr(key_id)))
        self._notifier.announce(Area.SYNC)

    def create_key(self) -> None:
        passphrase = None
        if self._sync.needs_passphrase():
            passphrase = self._passphrases.ask(True)
            if passphrase is None:
                return
        try:
            key = self._sync.create_signing_key(passphrase)
        except DomainError as error:
            show_error(self, self.tr("Signing key"), error)
            return
        self._passphrases.value = passphrase
        self._say(self.tr("Signing key {key_id} created. Export its public key and register it at the center.")
                  .format(key_id=isolate_ltr(key.key_id or "")))
        self._notifier.announce(Area.SYNC)

    def choose_public_key_file(self) -> None:
        province = self.status.link.province if self.status else ""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the public key"), f"{province}.pub",
                                              self.tr("Public keys (*.pub)"))
        if name:
            self.export_public_key(Path(name))

    def export_public_key(self, path: Path) -> None:
        passphrase = self._passphrases.get(self._sync.needs_passphrase())
        if passphrase is False:
            return
        try:
            key_id = self._sync.export_public_key(path, passphrase or None)
        except DomainError as error:
            self._passphrases.forget_if_wrong(error)
            show_error(self, self.tr("Export the public key"), error)
            return
        self._passphrases.value = passphrase or None
        self._say(self.tr("Public key {key_id} written to {path}.").format(key_id=isolate_ltr(key_id),
                                                                                   path=file_path(str(path))))
