"""The order in which codes are read: "2.9" before "2.10", "TD-S9-P1" before "TD-S13-P1".

Codes of plans, solutions, programs and activities are numbered outlines ("2.3", "TD-S13-P1"); compared as text,
"2.10" came before "2.9" and "A14" before "A6". Here runs of digits compare as numbers (Persian digits too:
Python's ``int`` reads them) and the text between them as text, without regard to case."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def code_order(code: str) -> tuple[int | str, ...]:
    """A sort key putting ``code`` in its natural order among other codes.

    ``re.split`` with a captured group alternates text and digit runs, text first (an empty one when the code
    starts with a digit), so two keys hold text at even and numbers at odd places and always compare."""
    return tuple(int(part) if index % 2 else part.casefold()
                 for index, part in enumerate(_DIGITS.split(code.strip())))
