"""Rasad's translations for a process without Qt: the center's command line. No Qt here.

The province's command line and window translate with Qt's translator (``QCoreApplication.translate``, the
compiled ``i18n/rasad_<lang>.qm``). The center is a server package that must not load Qt at all
(tests/test_layers.py), so it reads the same messages from the translation source ``i18n/rasad_<lang>.ts``
— the file ``python -m tools.i18n`` keeps complete — with the same rules as ``lrelease``: only finished
translations count; an unfinished or missing one leaves the English source text. Messages are marked the same
way (``QT_TRANSLATE_NOOP(context, text)``), so ``tools.i18n update`` collects them and ``check`` requires them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from pathlib import Path

from desktop.domain.messages import AsTyped, DomainError, english_fields
from desktop.domain.persian import DECIMAL_SEPARATOR, to_persian_digits
from desktop.paths import translations_dir


class Language(StrEnum):
    PERSIAN = "fa"
    ENGLISH = "en"


@cache
def catalogue(language: Language, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """(context, English source) → finished translation, from ``rasad_<language>.ts`` (empty when missing)."""
    import xml.etree.ElementTree as ElementTree  # only here: the window imports this module at start

    path = (folder or translations_dir()) / f"rasad_{language.value}.ts"
    try:
        root = ElementTree.parse(path).getroot()  # our own file, shipped with the program
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (source is None or translation is None or message.get("numerus") == "yes"  # plurals: not here
                    or translation.get("type") in ("unfinished", "vanished", "obsolete")):
                continue
            text = translation.text or ""
            if text:
                found[(name, source)] = text
    return found


def translate(language: Language, context: str, text: str, **params: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in ``context``) in ``language``, its fields filled; in Persian,
    numbers and dates among the fields in Persian digits (as desktop/ui/language.py does)."""
    translated = catalogue(language).get((context, text), text)
    if not params:
        return translated
    if language is Language.PERSIAN:  # a reason inside the message (a DomainError field) in Persian too
        params = {key: translate(language, value.context, value.message, **value.params)
                  if isinstance(value, DomainError) else persian_field(value) for key, value in params.items()}
    else:
        params = english_fields(params)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return text.format(**params)


_NUMERIC_VALUE = re.compile(r"^[\d\s/:.,\u060c\-]+$")  # \u060c: «،», the Persian comma
# A number or date as typed with a space inside ('12 5', '1403/02/05 25:00'): Persian digits too, «٫» and «٬».
_SPACED_NUMBER = re.compile(r"^(?=.*\d)[-+\u2212]?[\d/:.,\u060c\u066b\u066c%\u066a-]*\s[\d\s/:.,\u060c\u066b\u066c%\u066a-]*$")


def persian_field(value: object) -> object:
    """A message field as shown in Persian: numbers (and all-digit dates, times) in Persian digits; a fraction
    (a float: 30.0, 4.3 seconds) with the Persian decimal separator «٫», as the window's figures and Qt's Persian
    locale write it («۳۰٫۰٪», never «۳۰.۰٪»). Text is left with its full stops: an activity's code «۲.۲» is no
    fraction, so a figure with decimals is given as a float, not as text. An echo of the user's own input
    (:class:`AsTyped`) is left as typed."""
    if isinstance(value, bool):
        return value
    if isinstance(value, AsTyped):
        if _SPACED_NUMBER.match(value):  # in a right-to-left line «12 5» was shown «5 12»: the space between two
            return f"\u202a{value}\u202c"  # numbers takes the line's direction (embedded as signed_left_to_right)
        return signed_left_to_right(value)
    if isinstance(value, float):
        return signed_left_to_right(to_persian_digits(str(value).replace(".", DECIMAL_SEPARATOR)))
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMERIC_VALUE.match(value)):
        return signed_left_to_right(to_persian_digits(str(value)))
    return value


def signed_left_to_right(text: str) -> str:
    """A number with its sign in front ('-۵', '+3') kept left-to-right inside Persian text: in a right-to-left line
    the sign, a neutral character, otherwise goes to the number's other side («-۵ منفی است» was shown «۵- منفی
    است», in the window and in a spreadsheet). Embedding LRE … PDF, which Qt's layout honours, as
    desktop/ui/formatting.py's isolate_ltr; other text is returned unchanged."""
    if len(text) > 1 and text[0] in "-+\u2212" and text[1].isdigit():
        return f"\u202a{text}\u202c"
    return text
