"""A trail of where the user is (province › district › branch); every step but the last is a link back."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

SEPARATOR = " › "


@dataclass(frozen=True)
class Crumb:
    text: str
    key: str  # handed back by `Breadcrumb.crumb_clicked`


class Breadcrumb(QLabel):
    crumb_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("font-weight: bold; color: #1d3557; font-size: 11pt;")
        self.linkActivated.connect(self.crumb_clicked.emit)
        self._crumbs: list[Crumb] = []

    def set_crumbs(self, crumbs: Sequence[Crumb], suffix: str = "") -> None:
        self._crumbs = list(crumbs)
        parts = [f'<a href="{html.escape(c.key)}" style="color:#1d6fb8;">{html.escape(c.text)}</a>'
                 for c in self._crumbs[:-1]]
        if self._crumbs:
            parts.append(html.escape(self._crumbs[-1].text))
        text = html.escape(SEPARATOR).join(parts)
        self.setText(text + (f' <span style="font-weight: normal; color:#5c677d;">— {html.escape(suffix)}</span>'
                             if suffix else ""))

    def crumbs(self) -> list[Crumb]:
        return list(self._crumbs)

    def plain_text(self) -> str:
        return SEPARATOR.join(c.text for c in self._crumbs)
