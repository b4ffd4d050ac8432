"""Wrapping a paragraph into the lines of a PDF's column, in logical order: each word measured in its shaped form
(desktop/reports/pdf_text.py shapes it), a word wider than the line cut where it must be. Each line is then reordered
for display on its own."""

from __future__ import annotations

from desktop.reports.pdf_text import Measure, shape


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """Logical lines of at most ``width`` (as measured in shaped form); explicit line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure))
    return lines


def _wrap_paragraph(paragraph: str, width: float, measure: Measure) -> list[str]:
    words = paragraph.split()
    if not words:
        return [""]
    space = measure(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        size = measure(shape(word))
        if size > width:  # a word wider than the line: cut it where it must be cut
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            pieces = _cut(word, width, measure)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], measure(shape(pieces[-1]))
            continue
        needed = size if not current else used + space + size
        if current and needed > width:
            lines.append(" ".join(current))
            current, used = [word], size
        else:
            current.append(word)
            used = needed
    lines.append(" ".join(current))
    return lines


def _cut(word: str, width: float, measure: Measure) -> list[str]:
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if measure(shape(word[start:end])) > width and end - 1 > start:
            pieces.append(word[start:end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces
