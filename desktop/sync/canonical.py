"""Canonical JSON: one byte string per value, and a strict parser that accepts nothing ambiguous.

Encoding: UTF-8, keys sorted, no whitespace (separators ``,`` and ``:``), non-ASCII kept as UTF-8,
NaN/Infinity refused. Parsing (:func:`loads_strict`) refuses duplicate keys, NaN/Infinity, invalid UTF-8,
leading or trailing data (whitespace included), a top-level value that is not an object, nesting deeper
than ``max_depth`` and numbers outside int64 or the finite floats. It raises only :class:`CanonicalError`.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
DEFAULT_MAX_DEPTH = 16
_MAX_NUMBER_CHARS = 40  # longer digit strings are refused before Python converts them


class CanonicalError(ValueError):
    """The bytes are not strict JSON; ``reason`` is a short English explanation (for logs and params)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def dumps(value: Any) -> bytes:
    """The canonical encoding of ``value``; raises :class:`CanonicalError` for NaN/Infinity or bad text."""
    try:
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return text.encode("utf-8")
    except (ValueError, TypeError, UnicodeError, RecursionError) as exc:
        raise CanonicalError(f"not encodable: {type(exc).__name__}") from None


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise CanonicalError(f"{name} is not allowed")


def _int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise CanonicalError("integer too long")
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise CanonicalError("integer outside int64")
    return value


def _float(text: str) -> float:
    if len(text) > _MAX_NUMBER_CHARS:
        raise CanonicalError("number too long")
    value = float(text)
    if not math.isfinite(value):
        raise CanonicalError("number is not finite")
    return value


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST_PAIR = re.compile(r"\{\}|\[\]")


def _check_depth(text: str, max_depth: int) -> None:
    """Refuse nesting deeper than ``max_depth``, at C speed: drop the strings, keep only the brackets, then peel
    the innermost pairs off one level per pass (a large bundle part has hundreds of thousands of objects)."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = 0
    while brackets:
        depth += 1
        if depth > max_depth:
            raise CanonicalError(f"nested deeper than {max_depth}")
        peeled = _INNERMOST_PAIR.sub("", brackets)
        if peeled == brackets:
            return  # unbalanced: json.loads refuses it
        brackets = peeled


def loads_strict(data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH) -> dict[str, Any]:
    """Parse ``data`` as one strict JSON object (see the module docstring)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CanonicalError("not bytes")
    try:
        text = bytes(data).decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise CanonicalError("not UTF-8") from None
    if not text or text[0] in " \t\r\n\ufeff" or text[-1] in " \t\r\n":
        raise CanonicalError("leading or trailing data")
    _check_depth(text, max_depth)
    try:
        value = json.loads(
            text, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_int, parse_float=_float
        )
    except CanonicalError:
        raise
    except (ValueError, RecursionError, TypeError, OverflowError) as exc:
        raise CanonicalError(f"not JSON: {type(exc).__name__}") from None
    if not isinstance(value, dict):
        raise CanonicalError("top level is not an object")
    return value


def loads_canonical(data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH) -> dict[str, Any]:
    """Like :func:`loads_strict`, and also require ``data`` to be exactly the canonical encoding."""
    value = loads_strict(data, max_depth=max_depth)
    if dumps(value) != bytes(data):
        raise CanonicalError("not in canonical form")
    return value
