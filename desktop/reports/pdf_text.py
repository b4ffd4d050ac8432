"""Persian text for reportlab: shaping, bidi ordering and line wrapping.

reportlab draws a string glyph by glyph from left to right and neither joins Arabic letters nor orders
right-to-left runs (its own support needs a module the registries do not carry). So each line is prepared
here, in this order:

1. **wrap in logical order** — words are measured in their shaped form and packed greedily into lines,
   so a paragraph's lines follow the text from its first word to its last;
2. **shape** each line (arabic-reshaper: letters become their joined presentation forms, which Vazirmatn
   carries; zero-width non-joiners are dropped afterwards, their work done);
3. **reorder** each line on its own for display (Unicode bidi algorithm, python-bidi, with mirroring of
   brackets), the paragraph's base direction given.

Every right-to-left line starts with an Arabic letter mark, so a number standing alone reads as it does in
Persian text (``۴۰٪`` with the sign after the number, ``−۳`` with the minus before it, in reading order).
Identifiers such as case numbers (``1403-000123``, ``CR-P01``) are embedded left to right first: inside
Persian text the bidi algorithm would otherwise split them at the hyphen and swap their parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from desktop.paths import fonts_dir

ZWNJ = "\u200c"
#: ARABIC LETTER MARK: starts every right-to-left line so that numbers read as in Persian text.
ALM = "\u061c"
LRE, PDF_MARK = "\u202a", "\u202c"
#: Letters of Arabic script (base block, supplement, extended-A, presentation forms).
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: A token made of letters/digits joined by - / _ . (two parts at least), like a case number or a code.
_IDENTIFIER = re.compile(r"(?<![\w\-/])([0-9A-Za-z\u06f0-\u06f9]+(?:[-_][0-9A-Za-z\u06f0-\u06f9]+)+)(?![\w\-])")

Measure = Callable[[str], float]


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    font = fonts_dir() / "Vazirmatn-Regular.ttf"
    return arabic_reshaper.ArabicReshaper(configuration=arabic_reshaper.config_for_true_type_font(str(font)))


def has_rtl(text: str) -> bool:
    return _RTL_LETTERS.search(text) is not None


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Joined presentation forms, still in logical order."""
    if not has_rtl(text):
        return text
    return _reshaper().reshape(text).replace(ZWNJ, "")


@lru_cache(maxsize=65536)
def visual(line: str, rtl: bool = True) -> str:
    """One line of logical text as reportlab must draw it, left to right."""
    if not line:
        return line
    if not has_rtl(line) and not rtl:
        return line
    from bidi.algorithm import get_display

    protected = ALM + _IDENTIFIER.sub(lambda m: f"{LRE}{m.group(1)}{PDF_MARK}", line) if rtl else line
    text = get_display(shape(protected), base_dir="R" if rtl else "L")
    return text.replace(LRE, "").replace(PDF_MARK, "").replace(ALM, "")


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
