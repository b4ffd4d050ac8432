"""Settings: the window's language, the user's name (written into the change log), the letterhead's emblem, facts
about this database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.store.migrate import current_revision
from desktop.ui.formatting import format_code, format_number
from desktop.ui.language import Language, current_language
from desktop.ui.pages.letterhead_box import LetterheadBox
from desktop.ui.settings import UiSettings
from desktop.ui.widgets.edit_rights import Right, offer, read_only
from desktop.ui.widgets.form_errors import FormErrors

NOTE_STYLE = "color: #2d6a4f;"


def _isolated(text: str) -> str:
    """A path or code kept left-to-right inside right-to-left text (Unicode isolates)."""
    return f"\u2066{text}\u2069"


def _value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # QLabel aligns by the direction of its text; a path or a number would go to the far side.
    side = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


class SettingsPage(QWidget):
    def __init__(self, services: AppServices, settings: UiSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._settings = settings

        self.persian = QRadioButton(self.tr("Persian"))
        self.english = QRadioButton(self.tr("English"))
        self._languages = QButtonGroup(self)
        self._languages.addButton(self.persian)
        self._languages.addButton(self.english)
        (self.persian if settings.language is Language.PERSIAN else self.english).setChecked(True)
        self.save_language_button = QPushButton(self.tr("Save language"))
        self.save_language_button.clicked.connect(self.save_language)
        self.language_note = QLabel()
        self.language_note.setStyleSheet(NOTE_STYLE)
        self.language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Display language"))
        language_layout = QVBoxLayout(language_box)
        choices = QHBoxLayout()
        choices.addWidget(self.persian)
        choices.addWidget(self.english)
        choices.addStretch(1)
        language_layout.addLayout(choices)
        language_layout.addWidget(self.save_language_button, 0, Qt.AlignmentFlag.AlignLeading)
        language_layout.addWidget(self.language_note)

        user_box = self._user_box(services)

        self.letterhead = LetterheadBox(services)

        self._info_box = QGroupBox(self.tr("About this database"))
        self.info = QFormLayout(self._info_box)
        self._show_information()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(language_box)
        layout.addWidget(user_box)
        layout.addWidget(self.letterhead)
        layout.addWidget(self._info_box)
        layout.addStretch(1)
        content.setMaximumWidth(900)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _user_box(self, services: AppServices) -> QGroupBox:
        """Before accounts exist, the province's name for the change log, the secretary's to change. Once they
        exist each user's name is his account's, shown as it is (it had set the province's old name, under which a
        secretary recorded his work as the chief justice's): the service refuses it too
        (OrganisationService.set_user_name)."""
        signed_in = services.principal.account_id is not None
        self.user_name = QLineEdit(services.principal.user_name if signed_in else services.profile().user_name)
        self.user_name.setMaxLength(200)
        self.user_name.setMinimumWidth(360)
        self.save_user_button = QPushButton(self.tr("Save name"))
        self.save_user_button.clicked.connect(self.save_user_name)
        self.user_note = QLabel()
        self.user_note.setStyleSheet(NOTE_STYLE)
        self.account_name = _value_label(services.principal.user_name)
        self.account_note = QLabel(self.tr(
            "Your account's name. The secretary changes it on the Users page (a chief justice's account: a chief "
            "justice), or with “accounts change” on the command line."))
        self.account_note.setWordWrap(True)
        box = QGroupBox(self.tr("Your name"))
        form = QFormLayout(box)
        form.addRow(QLabel(self.tr("Recorded beside every change, progress report and note you enter.")))
        self.user_errors = FormErrors(form)
        if signed_in:
            form.addRow(self.tr("Name:"), self.account_name)
            form.addRow(self.tr("User name:"), _value_label(_isolated(services.principal.login)))
            form.addRow(self.account_note)
            for unused in (self.user_name, self.save_user_button, self.user_note):
                unused.setParent(box)
                unused.hide()
            return box
        form.addRow(self.tr("Name:"), self.user_name)
        self.user_errors.bind("user_name", self.user_name)
        form.addRow("", self.save_user_button)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("", self.user_note)
        self.account_note.setParent(box)
        self.account_note.hide()
        # The name is the province's setting (the change log's name before accounts): the secretary's to change.
        may_rename = Right.of(services.principal)
        read_only(may_rename, self.user_name)
        offer(may_rename, self.save_user_button)
        return box

    def chosen_language(self) -> Language:
        return Language.PERSIAN if self.persian.isChecked() else Language.ENGLISH

    def save_language(self) -> None:
        chosen = self.chosen_language()
        self._settings.language = chosen
        if chosen is current_language():
            self.language_note.setText(self.tr("Saved. This is the language in use."))
        else:
            self.language_note.setText(self.tr("Saved. The new language applies the next time Rasad starts."))

    def save_user_name(self) -> bool:
        self.user_errors.clear()
        self.user_note.clear()
        try:
            self._services.organisation.set_user_name(self.user_name.text())
        except DomainError as error:
            self.user_errors.show(error)
            return False
        name = self._services.profile().user_name
        self._services.set_user(name)
        self.user_name.setText(name)
        self.user_note.setText(self.tr("Saved. Changes from now on are recorded under {name}.").format(name=name))
        return True

    def information(self) -> dict[str, str]:
        """The read-only facts shown, by their label (for tests)."""
        facts: dict[str, str] = {}
        for row in range(self.info.rowCount()):
            label = self.info.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.info.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                facts[label.widget().text()] = field.widget().text().strip("\u2066\u2069")
        return facts

    def _show_information(self) -> None:
        services = self._services
        database = services.database
        profile = services.profile()
        counts = services.organisation.counts()
        revision = current_revision(database.engine)
        rows = [
            (self.tr("Database file:"), _isolated(str(database.path)) if database.path else self.tr("In memory")),
            (self.tr("Schema revision:"), format_code(revision) if revision else "—"),  # digits as the reader's
            (self.tr("Evidence folder:"),
             _isolated(str(database.evidence_dir)) if database.evidence_dir else self.tr("None")),
            (self.tr("Rasad version:"), format_code(__version__)),
            (self.tr("Province:"), profile.province_name or self.tr("(not set)")),
            (self.tr("Judicial districts:"), format_number(counts.districts)),
            (self.tr("Branches:"), format_number(counts.branches)),
        ]
        if services.is_demo:
            rows.append((self.tr("Kind:"), self.tr("Demo database")))
        for title, value in rows:
            self.info.addRow(title, _value_label(value))
