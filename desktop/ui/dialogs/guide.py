"""The user guide (resources/guide/<language>.md, pictures from `python -m desktop screenshots`), opened with
F1 at the section of the page on screen, or from the Help menu."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import resources_dir
from desktop.ui.language import Language, current_language


def guide_path(language: Language | None = None) -> object:
    language = language or current_language()
    return resources_dir() / "guide" / f"{'fa' if language is Language.PERSIAN else 'en'}.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rasad user guide"))
        self.resize(980, 700)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        if path.exists():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def headings(self) -> list[str]:
        document = self.browser.document()
        block, found = document.begin(), []
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text())
            block = block.next()
        return found

    def show_section(self, heading: str) -> bool:
        """Scroll to the heading that is (or starts with) ``heading``, the page's title; False when none is."""
        document: QTextDocument = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip().startswith(heading.strip()):
                self.browser.setTextCursor(QTextCursor(block))
                document.setTextWidth(self.browser.viewport().width())
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))  # the heading at the top of the view
                return True
            block = block.next()
        return False

    def current_heading(self) -> str:
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().center())
        block = cursor.block()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.previous()
        return block.text() if block.isValid() else ""
