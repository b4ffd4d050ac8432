"""The columns of each kind of import file (docs/indicators.md, "Input files") and header matching.

Headers are compared after :func:`normalise_header`: Arabic ي/ك → ی/ک, Persian/Arabic-Indic digits → Latin,
ZWNJ, underscores, hyphens and spaces collapsed to one space, Latin letters lower-cased. A header that
matches no Persian header or English alias may be matched through a remembered mapping
(``import.mapping.<kind>``: normalised header → field).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.persian import ZWNJ, normalise_text


class FileKind(StrEnum):
    BRANCHES = "branches"
    CASES = "cases"
    MONTHLY = "monthly"
    SATISFACTION = "satisfaction"


@dataclass(frozen=True)
class FieldSpec:
    """One column of an import file. ``required``: the column must be present; ``value_required``: every
    row must fill it (a present-but-optional column may still be left empty)."""

    field: str
    persian: str
    english: str
    required: bool = True
    value_required: bool = True


def _spec(field: str, persian: str, required: bool = True, value_required: bool | None = None) -> FieldSpec:
    return FieldSpec(field, persian, field, required, required if value_required is None else value_required)


_BRANCH = _spec("branch_code", "کد شعبه")
_YEAR = _spec("year", "سال")
_MONTH = _spec("month", "ماه")

FIELDS: dict[FileKind, tuple[FieldSpec, ...]] = {
    FileKind.BRANCHES: (
        _BRANCH,
        _spec("branch_name", "نام شعبه"),
        _spec("district", "حوزه قضایی"),
        _spec("unit_type", "نوع واحد", required=False),
        # The first month whose statistics are expected of a branch opened after the records began.
        _spec("opened_month", "ماه آغاز به کار", required=False),
    ),
    FileKind.CASES: (
        _spec("case_number", "شماره پرونده"),
        _BRANCH,
        _spec("case_type", "نوع پرونده"),
        _spec("registered_on", "تاریخ ثبت"),
        _spec("referred_at", "تاریخ ارجاع", required=False),
        _spec("first_hearing_on", "تاریخ اولین وقت رسیدگی", required=False),
        _spec("hearings", "تعداد جلسات", required=False),
        # the column must be there (else every case would look pending); empty while the case is pending
        _spec("disposed_on", "تاریخ مختومه", required=True, value_required=False),
    ),
    FileKind.MONTHLY: (
        _BRANCH,
        _YEAR,
        _MONTH,
        _spec("incoming", "ورودی"),
        _spec("disposed", "مختومه"),
        _spec("pending_end", "مانده پایان ماه"),
        _spec("avg_disposition_days", "میانگین زمان رسیدگی"),
        _spec("avg_scheduling_days", "میانگین زمان وقت\u200cدهی"),
        _spec("max_scheduling_days", "بیشترین زمان وقت\u200cدهی"),
    ),
    FileKind.SATISFACTION: (
        _BRANCH,
        _YEAR,
        _MONTH,
        _spec("responses", "تعداد پاسخ"),
        _spec("average", "میانگین رضایت"),
    ),
}

_SEPARATORS = re.compile(rf"[\s{ZWNJ}_\-]+")


@functools.lru_cache(maxsize=4096)
def normalise_header(text: str) -> str:
    """The form headers are compared in: 'تاریخ  ثبت', 'تاريخ‌ثبت' and 'Registered_On' → one spelling each."""
    text = normalise_text(str(text)).casefold()
    return _SEPARATORS.sub(" ", text).strip()


def field_spec(kind: FileKind | str, field: str) -> FieldSpec:
    for spec in FIELDS[FileKind(kind)]:
        if spec.field == field:
            return spec
    raise KeyError(field)


@functools.cache
def _known_headers(kind: FileKind) -> dict[str, str]:
    known: dict[str, str] = {}
    for spec in FIELDS[kind]:
        known[normalise_header(spec.persian)] = spec.field
        known[normalise_header(spec.english)] = spec.field
    return known


@functools.cache
def _every_known_header() -> frozenset[str]:
    return frozenset(header for kind in FileKind for header in _known_headers(kind))


def known_headers_in(cells: Sequence[str]) -> int:
    """How many of ``cells`` are the Persian header or English alias of a column of any kind."""
    known = _every_known_header()
    return sum(1 for cell in cells if cell and normalise_header(cell) in known)


@dataclass(frozen=True)
class HeaderMatch:
    """Which column (0-based index into the file's headers) holds each field."""

    kind: FileKind
    mapping: Mapping[str, int]
    missing_required: tuple[str, ...]
    unknown_headers: tuple[str, ...]
    #: (field, index of the column read, index of another column naming the same field): which holds the values
    #: cannot be told, so the file is refused (a header is matched once per file, never per row).
    repeated: tuple[tuple[str, int, int], ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing_required

    @property
    def matched(self) -> int:
        return len(self.mapping)


def match_headers(
    kind: FileKind | str,
    headers: Sequence[str],
    remembered: Mapping[str, str] | None = None,
    explicit: Mapping[str, str] | None = None,
) -> HeaderMatch:
    """Match a file's headers to the fields of ``kind``.

    ``remembered`` maps normalised headers to fields (the setting ``import.mapping.<kind>``); ``explicit``
    maps fields to headers as spelled in the file (a mapping the user just confirmed) and wins over both.
    When two columns name the same field (the same header twice, or its Persian header and its English alias),
    the first is in ``mapping`` and the pair in ``repeated``; a field the user matched explicitly is repeated
    only by another column of the header he chose.
    """
    kind = FileKind(kind)
    known = _known_headers(kind)
    fields = {spec.field for spec in FIELDS[kind]}
    remembered_fields = {normalise_header(h): f for h, f in (remembered or {}).items() if f in fields}
    mapping: dict[str, int] = {}
    claimed: set[int] = set()
    normalised = [normalise_header(h) for h in headers]
    if explicit:
        for field, header in explicit.items():
            if field not in fields or not header:
                continue
            wanted = normalise_header(header)
            for index, name in enumerate(normalised):
                if name == wanted and index not in claimed:
                    mapping[field] = index
                    claimed.add(index)
                    break
    for source in (known, remembered_fields):
        for index, name in enumerate(normalised):
            field = source.get(name)
            if field is not None and field not in mapping and index not in claimed:
                mapping[field] = index
                claimed.add(index)
    missing = tuple(spec.field for spec in FIELDS[kind] if spec.required and spec.field not in mapping)
    repeated = _repeated(normalised, mapping, claimed, known, remembered_fields, explicit or {}, fields)
    again = {index for _, _, index in repeated}
    unknown = tuple(headers[i] for i in range(len(headers)) if i not in claimed and i not in again and normalised[i])
    return HeaderMatch(kind, mapping, missing, unknown, repeated)


def _repeated(normalised: Sequence[str], mapping: Mapping[str, int], claimed: set[int], known: Mapping[str, str],
              remembered: Mapping[str, str], explicit: Mapping[str, str], fields: set[str],
              ) -> tuple[tuple[str, int, int], ...]:
    """The columns left unclaimed that name a field another column holds: (field, held by, index)."""
    chosen = {normalise_header(header): field for field, header in explicit.items() if field in fields and header}
    repeated = []
    for index, name in enumerate(normalised):
        if index in claimed or not name:
            continue
        field = chosen.get(name)
        if field is None:
            field = known.get(name) or remembered.get(name)
            if field in explicit:  # the user chose another column for it: this one is not read
                field = None
        if field is not None and field in mapping:
            repeated.append((field, mapping[field], index))
    return tuple(repeated)


def guess_kind(headers: Sequence[str], remembered: Mapping[FileKind, Mapping[str, str]] | None = None,
               ) -> FileKind | None:
    """The kind whose columns the headers match best (complete matches first), or None if none matches."""
    best: tuple[int, int, int] | None = None
    chosen: FileKind | None = None
    for kind in FileKind:
        match = match_headers(kind, headers, (remembered or {}).get(kind))
        required = sum(1 for spec in FIELDS[kind] if spec.required)
        score = (int(match.complete), required - len(match.missing_required), match.matched)
        if match.matched and (best is None or score > best):
            best, chosen = score, kind
    return chosen
