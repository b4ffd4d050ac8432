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

**The text behind the glyphs** (:func:`glyphs`): each drawn glyph also carries the text a reader copies or
searches for, which the font's ToUnicode map gives back (see pdf_fonts.py). PDF viewers and extractors
(poppler, PDFium) read the glyphs by position and put right-to-left runs back in reading order themselves, so
the text of each glyph is chosen for what they do, as measured on this machine (docs/reports.md):

* a joined letter (presentation form) reads as its plain letter, a ligature as its letters (``لا``);
* a zero-width non-joiner is kept as part of the text of the letter before it, so ``برنامه‌ای`` copies with it;
* the text of a glyph of several characters in a right-to-left run is given reversed (the extractors reverse it);
* a run of digits, separators and signs (``۶۳٫۳٪``, ``۱۶۰ / ۳۸۸``, ``−۳٫۲``) is read by both extractors left
  to right as it stands on the page, so its glyphs carry the run's characters in reading order;
* brackets round a Latin word between spaces (``(EV)``) carry direction marks that keep poppler from taking
  them into the word (:func:`_bracket_pair_texts`).

**The order glyphs are written in** (:func:`stream_order`): poppler reads glyphs by position, PDFium one text
object in the order written, so some glyphs are written out of order, each still at its own place: the parts of
a code (``CR-P01``) last part first, the right bracket of a pair before the left one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import groupby

from desktop.paths import fonts_dir

ZWNJ = "\u200c"
#: ARABIC LETTER MARK: starts every right-to-left line so that numbers read as in Persian text.
ALM = "\u061c"
LRE, PDF_MARK = "\u202a", "\u202c"
LRM, RLM = "\u200e", "\u200f"
#: Letters of Arabic script (base block, supplement, extended-A, presentation forms).
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: A token made of letters/digits joined by - / _ . (two parts at least), like a case number or a code.
_IDENTIFIER = re.compile(r"(?<![\w\-/])([0-9A-Za-z\u06f0-\u06f9]+(?:[-_][0-9A-Za-z\u06f0-\u06f9]+)+)(?![\w\-])")

Measure = Callable[[str], float]
#: One drawn glyph: the character whose glyph is drawn, and the text it stands for.
Glyph = tuple[str, str]

_CONTROLS = frozenset({ALM, LRE, PDF_MARK, ZWNJ, LRM, RLM})  # marks that steer the order, never drawn
#: Persian and Arabic-Indic figures and signs, which are not right-to-left letters
_NO_FIGURES = str.maketrans("", "", "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9\u0660\u0661\u0662"
                            "\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u066a\u066b\u066c\u061c")
_DIGITS = frozenset("0123456789\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
                    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
#: What may stand inside a run of figures besides digits: separators, signs, spaces between its parts.
_NUMBER_MARKS = frozenset("\u066b\u066c.,/:%\u066a+-\u2212 ")


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


def glyphs(line: str, rtl: bool = True, in_stream_order: bool = True) -> tuple[Glyph, ...]:
    """The glyphs of one logical line as drawn, left to right, each with the text it stands for (see the
    module's docstring). ``"".join(g for g, _ in glyphs(line))`` is :func:`visual`. The texts suit glyphs
    written in :func:`stream_order` (as draw_line does); ``in_stream_order=False`` gives those for glyphs
    written left to right as they stand (chart labels, drawn by svglib), where PDFium reads brackets round a
    Latin word right and poppler does not."""
    return _laid_out(line, rtl, in_stream_order)[0]


@lru_cache(maxsize=65536)
def stream_order(line: str, rtl: bool = True) -> tuple[int, ...]:
    """The order in which the glyphs of :func:`glyphs` are written into the page's content stream, each still
    drawn at its own place (so the page looks the same): left to right, except a left-to-right run holding Latin
    letters inside right-to-left text (``CR-P01``), whose parts — letters, figures, other signs — are written
    last part first. PDFium (Chromium's viewer) reads one text object in the order it is written and, in a
    right-to-left line, puts such parts in the reverse of that order (``CR-P01`` written left to right copies
    as ``01P-CR``); poppler reads by position and is not affected. A run of figures only (``1403-000123``) is
    read right by PDFium as it stands and keeps its order. Measured with both (docs/reports.md)."""
    drawn, right_to_left, bracket_pairs = _laid_out(line, rtl, True)
    order = list(range(len(drawn)))
    if not rtl or not has_rtl(line):  # a line of Latin text only is read left to right as it stands
        return tuple(order)
    start = 0
    while start < len(drawn):
        if right_to_left[start]:
            start += 1
            continue
        end = start
        while end < len(drawn) and not right_to_left[end]:
            end += 1
        if any(unicodedata.bidirectional(ch) == "L" for ch, _text in drawn[start:end]):
            parts: list[list[int]] = []
            for index in range(start, end):
                kind = _pdfium_direction(drawn[index][1])
                if parts and _pdfium_direction(drawn[parts[-1][-1]][1]) == kind:
                    parts[-1].append(index)
                else:
                    parts.append([index])
            # between spaces only: where the writing jumps over glyphs, PDFium reads a space unless one is there
            spaced = all(0 <= side < len(drawn) and drawn[side][0] == " " or not 0 <= side < len(drawn)
                         for side in (start - 1, end))
            if spaced and (start - 1, end) not in bracket_pairs:
                order[start:end] = [index for part in reversed(parts) for index in part]
        start = end
    for left, right in bracket_pairs:  # the right bracket written just before the left one
        order.remove(right)
        order.insert(order.index(left), right)
    if not _pdfium_reads_right_to_left("".join(drawn[index][1] for index in order)):
        return tuple(range(len(drawn)))  # PDFium reads such a line left to right, as it stands
    return tuple(order)


def _pdfium_reads_right_to_left(text: str) -> bool:
    """PDFium reads a line right to left when it has at least as many parts of right-to-left letters as of
    left-to-right ones (letters or figures; counting figures too was what matched, measured)."""
    kinds = [kind for kind, _group in groupby(_pdfium_direction(ch) for ch in text)]
    return 0 < kinds.count("R") >= kinds.count("L") + kinds.count("F")


def _pdfium_direction(text: str) -> str:
    """How PDFium classes a glyph's text when it splits a line into parts: letters left to right, figures,
    letters right to left, anything else."""
    kind = unicodedata.bidirectional(text[0]) if text else "ON"
    return {"L": "L", "EN": "F", "AN": "F", "R": "R", "AL": "R"}.get(kind, "O")


@lru_cache(maxsize=65536)
def _laid_out(line: str, rtl: bool, in_stream_order: bool) -> tuple[tuple[Glyph, ...], tuple[bool, ...], tuple[tuple[int, int], ...]]:
    """The glyphs of a line as drawn, left to right; whether each stands in a right-to-left run; the brackets
    around left-to-right runs (:func:`_bracketed_left_to_right_runs`)."""
    if not line:
        return (), (), ()
    if not has_rtl(line) and not rtl:
        return tuple((ch, ch) for ch in line), (False,) * len(line), ()
    from bidi import algorithm

    protected = ALM + _IDENTIFIER.sub(lambda m: f"{LRE}{m.group(1)}{PDF_MARK}", line) if rtl else line
    shaped = _reshaper().reshape(protected) if has_rtl(protected) else protected
    before_zwnj = {index - 1 for index, ch in enumerate(shaped) if ch == ZWNJ}
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(shaped, storage)
    for index, item in enumerate(storage["chars"]):
        item["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    drawn = [(item["ch"], item["index"], item["level"] % 2 == 1) for item in storage["chars"]
             if item["ch"] not in _CONTROLS]
    texts = []
    for ch, index, right_to_left in drawn:
        text = plain_text(ch) + (ZWNJ if index in before_zwnj else "")
        texts.append(text[::-1] if right_to_left and len(text) > 1 else text)
    _figures_in_reading_order(drawn, texts)
    letters = _RTL_LETTERS.search(line.translate(_NO_FIGURES)) is not None
    bracket_pairs = tuple(_bracketed_left_to_right_runs(drawn)) if in_stream_order and letters else ()
    if letters:  # a line without Persian letters is read left to right as it stands, brackets and all
        _brackets_before_left_to_right_text(drawn, texts, {left for left, _right in bracket_pairs})
    for opening, closing in bracket_pairs:
        _bracket_pair_texts(drawn, texts, opening, closing)
    return (tuple((ch, text) for (ch, _index, _rtl), text in zip(drawn, texts, strict=True)),
            tuple(right_to_left for _ch, _index, right_to_left in drawn), bracket_pairs)


def _figures_in_reading_order(drawn: list[tuple[str, int, bool]], texts: list[str]) -> None:
    """Give each run of figures (digits with their separators and signs) the run's characters in reading
    order, glyph by glyph from the left: extractors read such a run left to right as it stands."""
    start = 0
    while start < len(drawn):
        if drawn[start][0] not in _DIGITS and drawn[start][0] not in _NUMBER_MARKS - {" "}:
            start += 1
            continue
        end = start
        while end < len(drawn) and (drawn[end][0] in _DIGITS or drawn[end][0] in _NUMBER_MARKS):
            end += 1
        while end > start and drawn[end - 1][0] == " ":
            end -= 1
        run = drawn[start:end]
        indexes = sorted(index for _ch, index, _rtl in run)
        contiguous = indexes == list(range(indexes[0], indexes[0] + len(run))) if run else False
        if contiguous and any(ch in _DIGITS for ch, _i, _r in run) and all(texts[k] == drawn[k][0]
                                                                         for k in range(start, end)):
            logical = [ch for ch, _index, _rtl in sorted(run, key=lambda item: item[1])]
            # a space inside the run copies as a no-break space: PDFium would cut the run at a plain space and
            # swap its parts inside right-to-left text (poppler gives a plain space back)
            texts[start:end] = ["\u00a0" if ch == " " else ch for ch in logical]
        start = max(end, start + 1)


def _brackets_before_left_to_right_text(drawn: list[tuple[str, int, bool]], texts: list[str],
                                        paired: set[int]) -> None:
    """Spaces and brackets of right-to-left text standing just left of a Latin word, as `` (`` before ``EV)``,
    copy in reading order and unmirrored: PDFium (Chromium's viewer) reads them after the Latin word as they
    stand, where it reverses and mirrors back those that follow Persian text."""
    from bidi.algorithm import MIRRORED

    position = 0
    while position < len(drawn):
        if not _neutral_rtl(drawn[position]):
            position += 1
            continue
        end = position
        while end < len(drawn) and _neutral_rtl(drawn[end]):
            end += 1
        right = next((unicodedata.bidirectional(ch) for ch, _i, _r in drawn[end:]
                      if unicodedata.bidirectional(ch) in ("L", "R", "AL")), None)
        if right == "L" and any(ch in MIRRORED for ch, _i, _r in drawn[position:end]) \
                and end - 1 not in paired:  # a bracket pair round the word has texts of its own
            texts[position:end] = [MIRRORED.get(ch, ch) for ch, _i, _r in reversed(drawn[position:end])]
        position = end


def _bracketed_left_to_right_runs(drawn: list[tuple[str, int, bool]]) -> list[tuple[int, int]]:
    """Where a pair of brackets of right-to-left text encloses a left-to-right run holding Latin letters, as
    ``(EV)`` inside Persian: the positions of the bracket drawn left of the run and of the one drawn right."""
    from bidi.algorithm import MIRRORED

    pairs = []
    for left, (ch, _index, right_to_left) in enumerate(drawn):
        if not right_to_left or ch not in MIRRORED:
            continue
        right = left + 1
        while right < len(drawn) and not drawn[right][2]:
            right += 1
        if right == left + 1 or right >= len(drawn) or drawn[right][0] != MIRRORED[ch]:
            continue
        if (left > 0 and drawn[left - 1][0] != " ") or (right + 1 < len(drawn) and drawn[right + 1][0] != " "):
            continue  # ((EV)), (EV)، : PDFium reads them worse this way (measured), so they are left as they were
        if any(unicodedata.bidirectional(c) == "L" for c, _i, _r in drawn[left + 1:right]):
            pairs.append((left, right))
    return pairs


def _bracket_pair_texts(drawn: list[tuple[str, int, bool]], texts: list[str], left: int, right: int) -> None:
    """The texts that make both extractors read ``(EV)`` in order (measured, docs/reports.md): poppler reads a
    left-to-right run with the neutral signs left of it and puts the signs right of it with the right-to-left
    text, and mirrors nothing, so the bracket right of the run copies as its opening bracket after a
    left-to-right mark (which ends the run there), the closing bracket goes with the run's last glyph and the
    bracket left of the run copies as a right-to-left mark (which keeps it, and the space before it, out of the
    run). PDFium reads the same texts right when the right bracket is written before the left one
    (:func:`stream_order`)."""
    from bidi.algorithm import MIRRORED

    texts[left] = RLM
    texts[right - 1] = texts[right - 1] + MIRRORED[drawn[left][0]]
    texts[right] = LRM + MIRRORED[drawn[right][0]]


def _neutral_rtl(glyph: tuple[str, int, bool]) -> bool:
    ch, _index, right_to_left = glyph
    return right_to_left and unicodedata.bidirectional(ch) in ("WS", "ON") and ch not in _NUMBER_MARKS - {" "}


def plain_text(ch: str) -> str:
    """The letters a drawn character stands for: a presentation form (joined letter, ligature) its letters."""
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", ch).strip() or ch
    return ch


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
