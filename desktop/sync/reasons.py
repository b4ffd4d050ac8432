"""Why a bundle, a receipt or a key rotation record was refused, in the message's language.

The bundle reader says why in short English codes ("truncated", "SHA-256 mismatch", "invalid key id"); they are
what the center writes into its signed receipts and what the logs keep, so they stay as they are. A message
carrying one (``{reason}``) shows it as a field of its own: a known code is marked here (context ``Sync``, the
English being the code itself, some with a part filled in: "invalid {field}") and read in the user's language; a
code not listed here is written to the log and left out of a Persian sentence («جزئیات در گزارش برنامه است»),
English keeping it as it is. The codes of a bundle's content, of directives, keys and the chain are listed in
desktop/sync/reason_codes.py; tests/sync/test_every_reason_has_a_sentence.py finds every code raised and fails
for one without a sentence.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError
from desktop.sync.reason_codes import CHAIN_CODES, DIRECTIVE_CODES, KEY_CODES, PROGRESS_CODES

log = logging.getLogger(__name__)

#: Every code the readers of bundles, receipts and rotation records give, with its parts in braces.
KNOWN: tuple[str, ...] = (
    # the frame (desktop/sync/frame.py)
    QT_TRANSLATE_NOOP("Sync", "not a Rasad bundle"),
    QT_TRANSLATE_NOOP("Sync", "truncated"),
    QT_TRANSLATE_NOOP("Sync", "invalid key id"),
    QT_TRANSLATE_NOOP("Sync", "invalid header length"),
    QT_TRANSLATE_NOOP("Sync", "invalid signature length"),
    QT_TRANSLATE_NOOP("Sync", "not the attested file"),
    QT_TRANSLATE_NOOP("Sync", "parts do not fill the file exactly"),
    QT_TRANSLATE_NOOP("Sync", "SHA-256 mismatch"),
    QT_TRANSLATE_NOOP("Sync", "duplicate part"),
    QT_TRANSLATE_NOOP("Sync", "invalid length"),
    QT_TRANSLATE_NOOP("Sync", "invalid uncompressed length"),
    QT_TRANSLATE_NOOP("Sync", "invalid sha256"),
    QT_TRANSLATE_NOOP("Sync", "unknown compression"),
    QT_TRANSLATE_NOOP("Sync", "length mismatch"),
    QT_TRANSLATE_NOOP("Sync", "corrupt compressed data"),
    QT_TRANSLATE_NOOP("Sync", "incomplete or trailing compressed data"),
    QT_TRANSLATE_NOOP("Sync", "uncompressed length mismatch"),
    QT_TRANSLATE_NOOP("Sync", "header too large"),
    QT_TRANSLATE_NOOP("Sync", "invalid created_at"),
    QT_TRANSLATE_NOOP("Sync", "invalid part entry"),
    QT_TRANSLATE_NOOP("Sync", "invalid parts"),
    QT_TRANSLATE_NOOP("Sync", "invalid sequence"),
    QT_TRANSLATE_NOOP("Sync", "key id differs from the frame"),
    QT_TRANSLATE_NOOP("Sync", "unknown payload_type"),
    QT_TRANSLATE_NOOP("Sync", "unsupported format_version"),
    QT_TRANSLATE_NOOP("Sync", "invalid {field}"),
    QT_TRANSLATE_NOOP("Sync", "fields missing {missing}, unexpected {extra}"),
    QT_TRANSLATE_NOOP("Sync", "{field} is filled in by encode"),
    # the header's JSON (desktop/sync/canonical.py)
    QT_TRANSLATE_NOOP("Sync", "not UTF-8"),
    QT_TRANSLATE_NOOP("Sync", "not in canonical form"),
    QT_TRANSLATE_NOOP("Sync", "leading or trailing data"),
    QT_TRANSLATE_NOOP("Sync", "top level is not an object"),
    QT_TRANSLATE_NOOP("Sync", "not JSON: {kind}"),
    QT_TRANSLATE_NOOP("Sync", "duplicate key {key}"),
    # receipts and files on media (receipts.py, media.py)
    QT_TRANSLATE_NOOP("Sync", "invalid province"),
    QT_TRANSLATE_NOOP("Sync", "a receipt has exactly one part, receipt.json"),
    QT_TRANSLATE_NOOP("Sync", "receipt body fields or province do not match"),
    QT_TRANSLATE_NOOP("Sync", "receipt body: {detail}"),
    QT_TRANSLATE_NOOP("Sync", "read-back SHA-256 mismatch"),
    QT_TRANSLATE_NOOP("Sync", "bundle {sequence} in the outbox is damaged"),
    # key rotation records (rotation_records.py; the center's, desktop/center/provinces.py)
    QT_TRANSLATE_NOOP("Sync", "not a rotation record"),
    QT_TRANSLATE_NOOP("Sync", "unreadable record"),
    QT_TRANSLATE_NOOP("Sync", "bad length"),
    QT_TRANSLATE_NOOP("Sync", "the old key's signature is wrong"),
    QT_TRANSLATE_NOOP("Sync", "the new key's signature is wrong"),
    QT_TRANSLATE_NOOP("Sync", "unexpected fields"),
    QT_TRANSLATE_NOOP("Sync", "another province's record"),
    QT_TRANSLATE_NOOP("Sync", "key ids do not match the keys"),
    QT_TRANSLATE_NOOP("Sync", "invalid from_sequence"),
    QT_TRANSLATE_NOOP("Sync", "the province is not registered"),
    QT_TRANSLATE_NOOP("Sync", "the new key is already known"),
    QT_TRANSLATE_NOOP("Sync", "the record is signed by a retired key"),
    QT_TRANSLATE_NOOP("Sync", "the rotation starts before the current key's first bundle"),
    QT_TRANSLATE_NOOP("Sync", "from_sequence must be at least 1"),
    # the center's own rotation records and their list (center_rotation.py, center_link.py)
    QT_TRANSLATE_NOOP("Sync", "not signed by the pinned center key"),
    QT_TRANSLATE_NOOP("Sync", "unreadable list"),
    # strict JSON (canonical.py)
    QT_TRANSLATE_NOOP("Sync", "not encodable: {kind}"),
    QT_TRANSLATE_NOOP("Sync", "{name} is not allowed"),
    QT_TRANSLATE_NOOP("Sync", "integer too long"),
    QT_TRANSLATE_NOOP("Sync", "integer outside int64"),
    QT_TRANSLATE_NOOP("Sync", "number too long"),
    QT_TRANSLATE_NOOP("Sync", "number is not finite"),
    QT_TRANSLATE_NOOP("Sync", "nested deeper than {depth}"),
    QT_TRANSLATE_NOOP("Sync", "not bytes"),
    *PROGRESS_CODES, *DIRECTIVE_CODES, *KEY_CODES, *CHAIN_CODES,
)
#: A code not listed above: its English is the code itself, its Persian says where the code was written.
UNLISTED = QT_TRANSLATE_NOOP("Sync", "{unlisted}")
_UNLISTED_PERSIAN = "جزئیات در گزارش برنامه است"
#: Parts of a code that are Python's own English (an exception's words or type): in English only.
_ENGLISH_ONLY = frozenset({"detail", "kind"})
#: Parts that are codes of their own ("not between 0 and 100" in a row's field, "an activity" in a directive): read
#: in the user's language when known, else left as written (a field's name as the file spells it: planned_start).
_NESTED = frozenset({"problem", "what"})


def _pattern(code: str) -> re.Pattern[str]:
    pieces = re.split(r"\{(\w+)\}", code)
    return re.compile("".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)"
                              for i, piece in enumerate(pieces)), re.DOTALL)


# The codes with no part to fill first: "invalid province" is that code, not "invalid {field}" of a province.
_PATTERNS = tuple((code, _pattern(code)) for code in sorted(KNOWN, key=lambda code: "{" in code))


class Reason(DomainError):
    """A reason code as a message field: its English is the code, unchanged (receipts, logs, the center)."""

    def __eq__(self, other: object) -> bool:  # a field compares as its text: tests and callers compare codes
        return str(self) == other if isinstance(other, str) else NotImplemented

    __hash__ = DomainError.__hash__


def _part(name: str, value: str) -> Any:
    if name in _ENGLISH_ONLY:
        return Bilingual("", value)
    if name in _NESTED:
        return _known(value) or value
    return value


def _known(text: str) -> Reason | None:
    """``text`` read as the known code it was written from, or None."""
    for code, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return Reason("Sync", code, {name: _part(name, value) for name, value in match.groupdict().items()})
    return None


def reason_field(text: Any) -> Any:
    """``text`` as a message field read in the message's language; anything but a plain ``str`` (a reason
    already in two languages, another message) as it is."""
    if type(text) is not str:
        return text
    known = _known(text)
    if known is not None:
        return known
    log.info("a reason without a translation, left out of a Persian sentence: %s", text)
    return Reason("Sync", UNLISTED, {"unlisted": Bilingual(_UNLISTED_PERSIAN, text)})
