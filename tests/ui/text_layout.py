"""Where Qt draws the pieces of a line of text: how the tests check the order a reader sees (right to left or
left to right), not the characters' logical order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def visual_spans(text: str, pieces: list[str], font: QFont,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> list[tuple[float, float]]:
    """(leftmost x, rightmost x) of each piece's characters, the pieces found in ``text`` in turn; the line laid
    out in ``direction`` (``LayoutDirectionAuto``: from its first strong character, as a QLabel does).

    Measured on the glyphs Qt draws for the piece's characters: a cursor position where a right-to-left run meets
    a left-to-right one has two places on screen, and Qt's cursorToX gave either (a name's two halves overlapped)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    drawn: list[tuple[int, float, float]] = []  # (character, left, right) of each glyph
    wanted = QTextLayout.GlyphRunRetrievalFlag
    for run in line.glyphRuns(-1, -1, wanted.RetrieveStringIndexes | wanted.RetrieveGlyphPositions
                              | wanted.RetrieveGlyphIndexes):
        advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
        for index, position, advance in zip(run.stringIndexes(), run.positions(), advances, strict=True):
            drawn.append((index, position.x(), position.x() + advance.x()))
    spans, start = [], 0
    for piece in pieces:
        first = text.index(piece, start)
        xs = [x for index, left, right in drawn if first <= index < first + len(piece) for x in (left, right)]
        spans.append((min(xs), max(xs)))
        start = first + len(piece)
    return spans


#: The invisible characters that order a line (embeddings, isolates, direction marks) or keep a path whole (word
#: joiners): a reader sees none of them.
_LAYOUT_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u2060"))


def readable(text: str) -> str:
    """``text`` as a reader sees it, letter for letter: without the marks that only order it."""
    return text.translate(_LAYOUT_MARKS)
