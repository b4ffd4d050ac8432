"""What a page offers a role that may not make a change (docs/access.md: a viewer, a district head and a chief
justice do not edit the province's data). One way for every page: the page asks once, through the services'
principal, what the signed-in user may do (:meth:`Right.of`); then

- a command (a button or an action that changes something) is disabled, saying why on hover (:func:`offer`);
- a field shows its value but takes no typing (:func:`read_only`);
- a blank form for something new (a progress report, a note, a comment) is hidden by the page, its command kept;
- a hint that tells to press a command says something else (:meth:`Right.choose`).

The reason is the services' own refusal (`Principal.refusal`), so the tooltip says what saving would have said.
The services refuse anyway: this only spares a reader typing what cannot be saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.domain.access import Action, Principal, Reach
from desktop.ui.widgets.errors import describe


@dataclass(frozen=True)
class Right:
    """Whether the signed-in user may do one action; if not, why (translated)."""

    allowed: bool
    why_not: str = ""

    @classmethod
    def of(cls, principal: Principal, action: Action = Action.EDIT,
           district: int | Reach = Reach.PROVINCE_BUSINESS) -> Right:
        refused = principal.refusal(action, district)
        return cls(True) if refused is None else cls(False, describe(refused))

    def choose(self, allowed_text: str, reader_text: str) -> str:
        """``allowed_text`` (which may tell to press a command) for a role that may, else ``reader_text``."""
        return allowed_text if self.allowed else reader_text


#: For a page built without services (a test's, a snapshot's): everything offered, as before accounts.
ALLOWED = Right(True)


def offer(right: Right, control: QWidget | QAction, applies: bool = True) -> None:
    """``control`` enabled when it ``applies`` (to what is selected) and the role may; when the role may not,
    disabled with the reason as its tooltip. The control's tooltip is this function's: cleared when allowed, as
    a right may change with what is selected (a district head's own district)."""
    control.setEnabled(right.allowed and applies)
    control.setToolTip("" if right.allowed else right.why_not)


def read_only(right: Right, *fields: QWidget) -> None:
    """When the role may not change them, ``fields`` keep showing (and selecting) their values but take no
    typing, the reason on hover; a choice with no read-only state of its own (a combo box) is disabled."""
    if right.allowed:
        return
    for field in fields:
        if isinstance(field, QLabel):
            continue
        if isinstance(field, QAbstractItemView):
            field.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            field.setReadOnly(True)  # a date's calendar does not open either
        else:
            field.setEnabled(False)
        field.setToolTip(right.why_not)
