"""Embedded fonts whose glyphs copy as the text they stand for.

reportlab embeds a subset of a TrueType font with a ToUnicode map from each code to the character that was
drawn. We draw joined letters (presentation forms) and, for some glyphs, want a different text behind them
than the character drawn (pdf_text.glyphs): the letters of a ligature, a letter followed by a zero-width
non-joiner, a digit standing where another is read. So:

* every presentation form maps to its plain letters in the ToUnicode map;
* a glyph that must carry any other text is drawn through an *alias*: a private-use code point added to the
  font's character map with the same glyph and width, whose ToUnicode entry is that text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from desktop.reports.pdf_text import Glyph, plain_text

#: Aliases are taken from supplementary private-use plane A, which no font we embed uses.
_FIRST_ALIAS = 0xF0000


class TextMappedFont(TTFont):
    """A TrueType font (drawn without reportlab's own shaping) whose ToUnicode map gives each glyph's text."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename, shapable=False)
        self._aliases: dict[Glyph, str] = {}
        self._alias_text: dict[int, str] = {}
        self._lock = threading.Lock()

    def alias(self, ch: str, text: str) -> str:
        """A character drawn as ``ch``'s glyph that copies as ``text``."""
        key = (ch, text)
        found = self._aliases.get(key)
        if found is not None:
            return found
        with self._lock:  # two reports may be written at once (the window works in the background)
            found = self._aliases.get(key)
            if found is None:
                face = self.face
                source = ord(ch)
                if source not in face.charToGlyph:
                    return ch
                code = _FIRST_ALIAS + len(self._aliases)
                face.charToGlyph[code] = face.charToGlyph[source]
                face.charWidths[code] = face.charWidths.get(source, face.defaultWidth)
                self._alias_text[code] = text
                found = self._aliases[key] = chr(code)
        return found

    def text_of(self, code: int) -> str:
        return self._alias_text.get(code) or plain_text(chr(code))

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab's name
        subsets = [list(subset) for subset in self.state[doc].subsets]
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + name]
            stream.content = _to_unicode_cmap(name, [self.text_of(code) for code in subset])


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    """The ToUnicode CMap of one subset (code i stands for texts[i]), as reportlab writes it, with text of any
    length (UTF-16BE)."""
    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def", f"/CMapName /{name} def",
        "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange",
        f"{len(texts)} beginbfchar", *(f"<{code:02X}> <{utf16(text)}>" for code, text in enumerate(texts)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def drawable(glyphs: Iterable[Glyph], font_name: str) -> str:
    """The string to hand reportlab for ``glyphs`` in the font ``font_name``: each glyph's own character where
    its text is what that character copies as anyway, else an alias."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TextMappedFont):
        return "".join(ch for ch, _text in glyphs)
    return "".join(ch if text == plain_text(ch) else font.alias(ch, text) for ch, text in glyphs)
