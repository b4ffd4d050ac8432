"""A short list of things that need someone's attention, each line a link to where it is dealt with."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.ui.formatting import list_separator

STYLE = """
QFrame#attention { background: #fff8e6; border: 1px solid #f0d58c; border-radius: 8px; }
QFrame#attention[calm="true"] { background: #eef7f0; border: 1px solid #b7dfc2; }
"""


@dataclass(frozen=True)
class AttentionLink:
    text: str
    link: str  # handed back by `AttentionPanel.link_activated`: "resolutions:overdue", "activity:12", …


@dataclass(frozen=True)
class AttentionItem:
    heading: str
    links: tuple[AttentionLink, ...] = ()
    more: str = ""  # e.g. "and 12 more"


class AttentionPanel(QFrame):
    link_activated = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attention")
        self.setStyleSheet(STYLE)
        self._title = QLabel(title)
        self._title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #7a4b00;")
        self._body = QLabel()
        self._body.setObjectName("attentionBody")
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._body.linkActivated.connect(self.link_activated.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        self._items: list[AttentionItem] = []

    def title(self) -> str:
        return self._title.text()

    def set_title(self, title: str) -> None:
        self._title.setText(title)

    def set_items(self, items: Sequence[AttentionItem], calm_text: str) -> None:
        """The items, or ``calm_text`` when there is nothing to attend to."""
        self._items = list(items)
        self.setProperty("calm", not items)
        self.style().unpolish(self)
        self.style().polish(self)
        if not items:
            self._body.setText(html.escape(calm_text))
            return
        lines = []
        for item in items:
            links = list_separator().join(f'<a href="{html.escape(link.link)}">{html.escape(link.text)}</a>'
                              for link in item.links)
            line = f"<b>{html.escape(item.heading)}</b>"
            if links:
                line += f" {links}"
            if item.more:
                line += f" {html.escape(item.more)}"
            lines.append(f"<li>{line}</li>")
        self._body.setText(f"<ul style='margin: 0;'>{''.join(lines)}</ul>")

    def items(self) -> list[AttentionItem]:
        return list(self._items)

    def links(self) -> list[str]:
        return [link.link for item in self._items for link in item.links]
