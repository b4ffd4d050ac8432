"""Why a bundle, a receipt or a key rotation record was refused, in the message's language.

The bundle reader says why in short English codes ("truncated", "SHA-256 mismatch", "invalid key id"); they are
what the center writes into its signed receipts and what the logs keep, so they stay as they are. A message
carrying one (``{reason}``) shows it as a field of its own: a known code is marked here (context ``Sync``, the
English being the code itself, some with a part filled in: "invalid {field}") and read in the user's language; a
code not listed here is written to the log and left out of a Persian sentence («جزئیات در گزارش برنامه است»),
English keeping it as it is.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError

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
)
#: A code not listed above: its English is the code itself, its Persian says where the code was written.
UNLISTED = QT_TRANSLATE_NOOP("Sync", "{unlisted}")
_UNLISTED_PERSIAN = "جزئیات در گزارش برنامه است"
#: Parts of a code that are Python's own English (an exception's words or type): in English only.
_ENGLISH_ONLY = frozenset({"detail", "kind"})


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


def reason_field(text: Any) -> Any:
    """``text`` as a message field read in the message's language; anything but a plain ``str`` (a reason
    already in two languages, another message) as it is."""
    if type(text) is not str:
        return text
    for code, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return Reason("Sync", code, {name: Bilingual("", value) if name in _ENGLISH_ONLY else value
                                         for name, value in match.groupdict().items()})
    log.info("a reason without a translation, left out of a Persian sentence: %s", text)
    return Reason("Sync", UNLISTED, {"unlisted": Bilingual(_UNLISTED_PERSIAN, text)})
