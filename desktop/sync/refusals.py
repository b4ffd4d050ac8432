"""Why the center refused a bundle, and whether sending it again can help (issue 12, "Refusals are final or
retryable, by kind"). Shared by the center, which writes the reason into its signed receipt, and the province,
which reads it back in its own language.

* **Retryable** — the receipt's verdict is ``retry``: something the province cannot cause and that the center
  can put right (the province or its new key is not registered yet or is inactive, a rotation record has not
  arrived, the center is busy, it holds no more of the province's bundles ahead of a gap). Nothing is stored at
  the center; the province keeps the bundle pending and sends it again after its back-off, so no later bundle is
  held behind it for good.
* **Final** — the verdict is ``rejected``: the file itself is wrong (signature, frame, header, key range, size,
  malformed content) or it does not continue the chain the center applied (fork, rollback). Sending the same
  bytes again gives the same answer. The province raises an alarm and stops sending until it recovers with
  ``bundle recut`` (see docs/bundles.md, "Recovery").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.domain.byte_sizes import byte_size
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import errors
from desktop.sync.errors import BundleError, SyncError
from desktop.sync.reasons import reason_field

RETRYABLE = "retryable"
FINAL = "final"


class CenterBusyError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center is busy; the bundle will be sent again.")


class RetiredKeyError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Key {key_id} may not sign bundle {sequence}: it was rotated out.")


class MalformedBundleError(BundleError):
    """Signed by the right key but not applicable (found while applying, e.g. a change id used before)."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle cannot be applied ({reason}).")


# The center's chain answers, written into receipts exactly from these templates (context "Sync").
HELD_WAITING = QT_TRANSLATE_NOOP("Sync", "waiting for sequence {sequence}")
SAME_ID_OTHER_CONTENT = QT_TRANSLATE_NOOP("Sync", "a bundle with this id but other content was received before")
ALREADY_APPLIED = QT_TRANSLATE_NOOP("Sync", "sequence {sequence} was already applied (last applied {last}) with "
                                            "other content ({kind})")
PREVIOUS_HASH = QT_TRANSLATE_NOOP("Sync", "previous hash does not match the applied bundle {sequence}")
ALREADY_HELD = QT_TRANSLATE_NOOP("Sync", "another bundle with sequence {sequence} is already held")
# Retryable (verdict retry): the center does not hold so much ahead of the chain (desktop/center/holding.py)
HELD_TOO_FAR = QT_TRANSLATE_NOOP("Sync", "sequence {sequence} is too far ahead of the last applied {last} to be "
                                         "held; the bundles before it must arrive first")
HELD_FULL = QT_TRANSLATE_NOOP("Sync", "the center already holds {count} bundles of this province; the bundles from "
                                      "sequence {sequence} must arrive first")
#: Final refusals saying the center holds another bundle where this one goes (a fork or a rollback).
FORK_MESSAGES = (SAME_ID_OTHER_CONTENT, ALREADY_APPLIED, PREVIOUS_HASH, ALREADY_HELD)

#: Refusals the province cannot cause: the bundle is sent again.
RETRYABLE_ERRORS: tuple[type[SyncError], ...] = (errors.UnknownKeyError, CenterBusyError)

#: Every message the center may put into a receipt's reason (English with {placeholders}), context "Sync".
CENTER_MESSAGES: tuple[str, ...] = tuple(cls.MESSAGE for cls in (
    errors.TooLargeError, errors.BadFrameError, errors.UnknownKeyError, errors.BadSignatureError,
    errors.BadHeaderError, errors.WrongProvinceError, errors.WrongPayloadTypeError, errors.BadPartError,
    errors.DecompressionBombError, errors.UnsafePartNameError, CenterBusyError, RetiredKeyError,
    MalformedBundleError,
)) + (HELD_WAITING, HELD_TOO_FAR, HELD_FULL, *FORK_MESSAGES)


#: How a receipt's refusal for a size reads: the receipt keeps the bytes ("The bundle is 73400320 bytes, …") for
#: the log; people read "70 MB" (desktop/domain/byte_sizes.py), in Persian digits in Persian.
SIZES_SHOWN = {
    errors.TooLargeError.MESSAGE: QT_TRANSLATE_NOOP("Sync", "The bundle is {size}, more than the limit of {limit}."),
    errors.DecompressionBombError.MESSAGE: QT_TRANSLATE_NOOP("Sync", "Part {name} of the bundle expands past its "
                                                                     "limit of {limit}."),
}
_SIZE_FIELDS = ("size", "limit")


def kind_of(error: SyncError) -> str:
    return RETRYABLE if isinstance(error, RETRYABLE_ERRORS) else FINAL


@dataclass(frozen=True)
class CenterReason:
    """A receipt's reason recognised as one of :data:`CENTER_MESSAGES`, to translate in context ``Sync``."""

    message: str
    params: dict[str, Any]


def _pattern(message: str) -> re.Pattern[str]:
    pieces = re.split(r"\{(\w+)\}", message)
    regex = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.*?)" for i, piece in enumerate(pieces))
    return re.compile(regex, re.DOTALL)


_PATTERNS = tuple((message, _pattern(message)) for message in CENTER_MESSAGES)


def recognise(reason: str) -> CenterReason | None:
    """The known message ``reason`` was written from, with its parameters; None for any other text."""
    for message, pattern in _PATTERNS:
        match = pattern.fullmatch(reason.strip())
        if match:  # the reason inside ("truncated") read in the user's language too
            params = {name: reason_field(value) if name == "reason" else value
                      for name, value in match.groupdict().items()}
            if message in SIZES_SHOWN and all(params[name].isdigit() for name in _SIZE_FIELDS if name in params):
                return CenterReason(SIZES_SHOWN[message], {name: byte_size(int(value)) if name in _SIZE_FIELDS
                                                           else value for name, value in params.items()})
            return CenterReason(message, params)
    return None


def is_retryable_reason(reason: str) -> bool:
    """Whether an older center's REJECTED reason was in fact retryable (an outbox from before issue 12 holds
    such bundles as rejected; they are reopened and sent again)."""
    known = recognise(reason)
    return known is not None and known.message in {cls.MESSAGE for cls in RETRYABLE_ERRORS}


def is_fork_reason(reason: str) -> bool:
    """Whether a final refusal says the center applied or holds another bundle where this one goes."""
    known = recognise(reason)
    return known is not None and known.message in FORK_MESSAGES
