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
searches for, which the font's ToUnicode map gives back (see pdf_fonts.py). PDF viewers and extractors put
right-to-left runs back in reading order themselves, each its own way, so the text of each glyph is chosen for
what they do, as measured on this machine (docs/reports.md):

* a joined letter (presentation form) reads as its plain letter, a ligature as its letters (``لا``);
* a zero-width non-joiner is kept as part of the text of the letter before it, so ``برنامه‌ای`` copies with it;
* the text of a glyph of several characters in a right-to-left run is given reversed (the extractors reverse it);
* a run of digits, separators and signs (``۶۳٫۳٪``, ``۱۶۰ / ۳۸۸``, ``−۳٫۲``) is read by both extractors left
  to right as it stands on the page, so its glyphs carry the run's characters in reading order;
* direction marks (never drawn) keep each piece of a right-to-left line where it was typed
  (:func:`_read_right_to_left`). poppler (``pdftotext``, Evince, Okular) reads glyphs by position and orders
  a line by the direction of the whole page, cutting it into runs by its own table of character types, in
  which ``، : . / ٪`` go with digits; PDFium (Chromium, Edge) reads a line in the order its glyphs are written
  and mirrors a bracket it reads right to left.

**The order glyphs are written in** (:func:`stream_order`): left to right, except the parts of a code inside
Persian text (``CR-P01``), written last part first, each glyph still at its own place.
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
_DIGITS = frozenset("0123456789\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
                    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
#: What may stand inside a run of figures besides digits: separators, signs, spaces between its parts.
_NUMBER_MARKS = frozenset("\u066b\u066c.,/:%\u066a+-\u2212 ")
#: Opening brackets and quotation marks (as drawn: the left one of a pair).
_OPENING = frozenset("([{<«‹")
#: Signs that belong to a number at its edge (``۴۰٪``, ``−۳``, ``+۵``).
_SIGNS = frozenset("%\u066a+-\u2212")
#: Characters poppler reads with digits (its table of character types, poppler/UnicodeTypeTable.cc).
_POPPLER_DIGIT_LIKE = frozenset("#$%+,-./:\u00a0\u00a2\u00a3\u00a4\u00a5\u00b0\u00b1\u00b2\u00b3\u00b9"
                                "\u060c\u066a\u066b\u066c\u2212\u2213")


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    font = fonts_dir() / "Vazirmatn-Regular.ttf"
    return arabic_reshaper.ArabicReshaper(configuration=arabic_reshaper.config_for_true_type_font(str(font)))


#: The ezafe after heh as typed (heh, hamza above) and the one letter the font draws it with. The reshaper drops a
#: hamza above as a diacritic (the font has no mark positioning reportlab could use), so «دادهٔ ناقص» was printed
#: «داده ناقص»: heh with yeh above has joined forms of its own, and its glyph stands for the two letters typed.
_EZAFE_TYPED = "\u0647\u0654"
_EZAFE_LETTER = "\u06c0"


def _reshaped(text: str) -> str:
    return _reshaper().reshape(text.replace(_EZAFE_TYPED, _EZAFE_LETTER))


def has_rtl(text: str) -> bool:
    return _RTL_LETTERS.search(text) is not None


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Joined presentation forms, still in logical order."""
    if not has_rtl(text):
        return text
    return _reshaped(text).replace(ZWNJ, "")


@lru_cache(maxsize=65536)
def visual(line: str, rtl: bool = True) -> str:
    """One line of logical text as reportlab must draw it, left to right."""
    if not line:
        return line
    rtl = _paragraph_rtl(line, rtl)
    if not has_rtl(line) and not rtl:
        return line
    from bidi.algorithm import get_display

    protected = ALM + _IDENTIFIER.sub(lambda m: f"{LRE}{m.group(1)}{PDF_MARK}", line) if rtl else line
    text = get_display(shape(protected), base_dir="R" if rtl else "L")
    return text.replace(LRE, "").replace(PDF_MARK, "").replace(ALM, "")


def glyphs(line: str, rtl: bool = True) -> tuple[Glyph, ...]:
    """The glyphs of one logical line as drawn, left to right, each with the text it stands for (see the
    module's docstring). ``"".join(g for g, _ in glyphs(line))`` is :func:`visual`. The same texts serve glyphs
    written in :func:`stream_order` (draw_line) and glyphs written left to right as they stand (chart labels,
    drawn by svglib: there PDFium reads the parts of a code such as ``CR-P01`` swapped)."""
    return _laid_out(line, _paragraph_rtl(line, rtl))[0]


def _paragraph_rtl(line: str, rtl: bool) -> bool:
    """Whether a line is laid out right to left: in a right-to-left report, always; in a left-to-right one, a
    line of Persian without a Latin letter (a Persian name or title in an English table) too, as a reader of
    Persian lays it out (a full stop on its left, a leading number on its right), so that both extractors read
    it as a right-to-left line (:func:`_read_right_to_left`). A left-to-right mark (language.py puts one after
    a Persian name inside an English sentence) keeps the line left to right."""
    if rtl or not has_rtl(line):
        return rtl
    return not any(unicodedata.bidirectional(ch) == "L" for ch in line)  # a left-to-right mark counts


@lru_cache(maxsize=65536)
def stream_order(line: str, rtl: bool = True) -> tuple[int, ...]:
    """The order in which the glyphs of :func:`glyphs` are written into the page's content stream, each still
    drawn at its own place (so the page looks the same): left to right, except a left-to-right run holding Latin
    letters inside right-to-left text (``CR-P01``), whose parts — letters, figures, other signs — are written
    last part first. PDFium (Chromium's viewer) reads one text object in the order it is written and, in a
    right-to-left line, puts such parts in the reverse of that order (``CR-P01`` written left to right copies
    as ``01P-CR``); poppler reads by position and is not affected. A run of figures only (``1403-000123``) is
    read right by PDFium as it stands and keeps its order. Measured with both (docs/reports.md)."""
    rtl = _paragraph_rtl(line, rtl)
    drawn, right_to_left = _laid_out(line, rtl)
    order = list(range(len(drawn)))
    if not rtl:  # a left-to-right line is read left to right as it stands
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
            if spaced:
                order[start:end] = [index for part in reversed(parts) for index in part]
        start = end
    if not _pdfium_reads_right_to_left("".join(drawn[index][1] for index in order)):
        return tuple(range(len(drawn)))  # PDFium reads such a line left to right, as it stands
    return tuple(order)


def _pdfium_reads_right_to_left(text: str) -> bool:
    """PDFium reads a line right to left when it has at least as many parts of right-to-left letters as of
    left-to-right ones, counting figures and the signs that go with them as left to right (measured)."""
    kinds = [kind for kind, _group in groupby(_pdfium_direction(ch) for ch in text)]
    return 0 < kinds.count("R") >= kinds.count("L") + kinds.count("F")


def _pdfium_direction(text: str) -> str:
    """How PDFium classes a character (the first of a glyph's text) when it splits a line into parts: letters
    left to right (L), figures and the signs that go with them (F), letters right to left (R), anything else
    — spaces, brackets (O). Direction marks count as letters."""
    kind = unicodedata.bidirectional(text[0]) if text else "ON"
    if kind in ("EN", "AN", "CS", "ES", "ET", "NSM", "BN"):
        return "F"
    return {"L": "L", "R": "R", "AL": "R"}.get(kind, "O")


@lru_cache(maxsize=65536)
def _laid_out(line: str, rtl: bool) -> tuple[tuple[Glyph, ...], tuple[bool, ...]]:
    """The glyphs of a line as drawn, left to right, and whether each stands in a right-to-left run."""
    if not line:
        return (), ()
    if not has_rtl(line) and not rtl:
        return tuple((ch, ch) for ch in line), (False,) * len(line)
    from bidi import algorithm

    protected = ALM + _IDENTIFIER.sub(lambda m: f"{LRE}{m.group(1)}{PDF_MARK}", line) if rtl else line
    shaped = _reshaped(protected) if has_rtl(protected) else protected
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
    kept = [item for item in storage["chars"] if item["ch"] not in _CONTROLS]
    drawn = [(item["ch"], item["index"], item["level"] % 2 == 1) for item in kept]
    levels = [item["level"] for item in kept]
    texts = []
    for ch, index, right_to_left in drawn:
        text = plain_text(ch) + (ZWNJ if index in before_zwnj else "")
        texts.append(text[::-1] if right_to_left and len(text) > 1 else text)
    in_figures = _figures_in_reading_order(drawn, texts)
    if rtl:
        _read_right_to_left(drawn, texts, in_figures)
    else:
        _right_to_left_runs_in_left_to_right_text(drawn, levels, texts, in_figures)
    return (tuple((ch, text) for (ch, _index, _rtl), text in zip(drawn, texts, strict=True)),
            tuple(right_to_left for _ch, _index, right_to_left in drawn))


def _figures_in_reading_order(drawn: list[tuple[str, int, bool]], texts: list[str]) -> set[int]:
    """Give each run of figures (digits with their separators and signs) the run's characters in reading
    order, glyph by glyph from the left: extractors read such a run left to right as it stands. A separator
    belongs to the run only between digits (``۱۶۰ / ۳۸۸``, ``۱۴۰۳/۰۲/۰۵``), a sign only beside a digit
    (``۴۰٪``, ``−۳``): the colon and space of «میان‌مدت: ۴۰٪» are the sentence's. The positions of the glyphs
    in such runs."""
    found: set[int] = set()
    start = 0
    while start < len(drawn):
        if drawn[start][0] not in _DIGITS and drawn[start][0] not in _NUMBER_MARKS - {" "}:
            start += 1
            continue
        end = start
        while end < len(drawn) and (drawn[end][0] in _DIGITS or drawn[end][0] in _NUMBER_MARKS):
            end += 1
        first, last = start, end
        while last > first and drawn[last - 1][0] not in _DIGITS and drawn[last - 1][0] not in _SIGNS:
            last -= 1
        while first < last and drawn[first][0] not in _DIGITS and drawn[first][0] not in _SIGNS:
            first += 1
        run = drawn[first:last]
        indexes = sorted(index for _ch, index, _rtl in run)
        contiguous = indexes == list(range(indexes[0], indexes[0] + len(run))) if run else False
        if contiguous and any(ch in _DIGITS for ch, _i, _r in run) and all(texts[k] == drawn[k][0]
                                                                         for k in range(first, last)):
            logical = [ch for ch, _index, _rtl in sorted(run, key=lambda item: item[1])]
            # a space inside the run copies as a no-break space: PDFium would cut the run at a plain space and
            # swap its parts inside right-to-left text (poppler gives a plain space back)
            texts[first:last] = ["\u00a0" if ch == " " else ch for ch in logical]
            found.update(range(first, last))
        start = max(end, start + 1)
    return found


def _read_right_to_left(drawn: list[tuple[str, int, bool]], texts: list[str], in_figures: set[int]) -> None:
    """Direction marks in the texts of a right-to-left line so that poppler, on a right-to-left page, and
    PDFium read it in the order it was typed (measured, docs/reports.md). poppler cuts a line into runs of
    right-to-left letters with the neutral signs beside them (read right to left) and runs of Latin letters,
    digits and the signs it counts with digits (``: ، . / ٪ -``, read left to right); a neutral sign (space,
    bracket) goes with the run on its right. So:

    * a piece read left to right (Latin word, number) is kept whole: the glyph left of it ends with a
      right-to-left mark (else the space after it would join it: «۱۴۰۵/۰۶/۳۱پیشرفت»), and a piece that ends
      with a neutral sign ends with a left-to-right mark;
    * a sign of the sentence that poppler counts with digits (``،`` ``:`` ``.``) stands between right-to-left
      marks: it is read at its own place (else «است ،در», «است SPI :کمتر»);
    * a bracket copies as typed (poppler does not mirror) between right-to-left marks, with a left-to-right
      mark after it, so that PDFium, which mirrors a neutral sign it reads right to left, reads it left to right
      (``(SPI)``, ``(کاداستر)``, not ``)(SPI``, ``)کاداستر(``).
    """
    from bidi.algorithm import MIRRORED

    forward = [not right_to_left or index in in_figures for index, (_ch, _i, right_to_left) in enumerate(drawn)]
    for index, (ch, _i, _rtl) in enumerate(drawn):
        if forward[index]:
            continue
        if ch in MIRRORED:  # drawn mirrored: the bracket as typed is its mirror image
            texts[index] = RLM + MIRRORED[ch] + LRM + RLM
        elif any(_poppler_class(c) in "LD" for c in texts[index]):
            texts[index] = RLM + texts[index] + RLM
    _keep_whole(forward, texts)


def _keep_whole(forward: list[bool], texts: list[str], within: range | None = None) -> None:
    """Keep each piece read left to right (a run of glyphs marked ``forward``) whole for poppler reading right
    to left: the glyph left of it ends with a right-to-left mark, and the piece ends with a left-to-right mark
    where its last character is neutral (see :func:`_read_right_to_left`)."""
    within = within if within is not None else range(len(texts))
    index = within.start
    while index < within.stop:
        if not forward[index]:
            index += 1
            continue
        end = index
        while end < within.stop and forward[end]:
            end += 1
        if texts[end - 1] and _poppler_class(texts[end - 1][-1]) == "N":
            texts[end - 1] += LRM
        if index > within.start and texts[index - 1] and _poppler_class(texts[index - 1][-1]) != "R":
            texts[index - 1] += RLM
        index = end


def _right_to_left_runs_in_left_to_right_text(drawn: list[tuple[str, int, bool]], levels: list[int],
                                              texts: list[str], in_figures: set[int]) -> None:
    """Texts for the Persian runs of a left-to-right line that also holds Latin letters (a name in an English
    sentence). Inside each run, as in a right-to-left line (:func:`_read_right_to_left`): numbers kept whole,
    signs such as ``،`` between right-to-left marks, which serves poppler on a right-to-left page (a page of
    Persian names); on a left-to-right page poppler reads a run holding a digit or such a sign in parts, from
    left to right (a limit of its bidi, docs/reports.md). A bracket keeps its drawn character (PDFium mirrors
    it back; poppler does not, and no direction mark can serve both without cutting the run in two for
    poppler). The neutral sign just after a run starts with a left-to-right mark: else both take it into the
    run («قم (1 of 2)» read «قم) 1 of 2» or «( قم1 of 2)»)."""
    forward = [level % 2 == 0 or index in in_figures for index, level in enumerate(levels)]
    start = 0
    while start < len(drawn):
        if levels[start] == 0:
            start += 1
            continue
        end = start
        while end < len(drawn) and levels[end] > 0:
            end += 1
        for index in range(start, end):
            if not forward[index] and any(_poppler_class(c) in "LD" for c in texts[index]):
                texts[index] = RLM + texts[index] + RLM
        _keep_whole(forward, texts, range(start, end))
        if end < len(drawn) and texts[end][:1] and _poppler_class(texts[end][0]) == "N":
            texts[end] = LRM + texts[end]
        start = end


def _poppler_class(ch: str) -> str:
    """How poppler (pdftotext 22.12) classes a character when it orders a line: R (right-to-left letter or
    mark), L (left-to-right letter or mark), D (a digit or a sign it reads with digits: ``. , : / % ٪ ، ٫ -
    +`` and the no-break space) or N (space, bracket and other neutral signs)."""
    if ch in _POPPLER_DIGIT_LIKE:
        return "D"
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    return "D" if kind in ("EN", "AN") else "N"


def plain_text(ch: str) -> str:
    """The letters a drawn character stands for: a presentation form (joined letter, ligature) its letters."""
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        ch = unicodedata.normalize("NFKC", ch).strip() or ch
    return _EZAFE_TYPED if ch == _EZAFE_LETTER else ch
