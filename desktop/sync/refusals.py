"""Why the center refused a bundle, and whether sending it again can help (issue 12, "Refusals are final or
retryable, by kind"). Shared by the center, which writes the reason into its signed receipt, and the province,
which reads it back in its own language.

* **Retryable** — the receipt's verdict is ``retry``: something the province cannot cause and that the center
  can put right (the province or its new key is not registered yet or is inactive, a rotation record has not
  arrived, the center is busy). Nothing is stored at the center; the province keeps the bundle pending and
  sends it again after its back-off, so no later bundle is held behind it for good.
* **Final** — the verdict is ``rejected``: the file itself is wrong (signature, frame, header, key range, size,
  malformed content) or it does not continue the chain the center applied (fork, rollback). Sending the same
  bytes again gives the same answer. The province raises an alarm and stops sending until it recovers with
  ``bundle recut`` (see docs/bundles.md, "Recovery").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import errors
from desktop.sync.errors import BundleError, SyncError

RETRYABLE = "retryable"
FINAL = "final"


class CenterBusyError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center is busy; the bundle will be sent again.")


class RetiredKeyError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Key {key_id} may not sign bundle {sequence}: it was rotated out.")


class MalformedBundleError(BundleError):
    """Signed by the right key but not applicable (found while applying, e.g. a change id used before)."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle cannot be applied ({reason}).")


#: Refusals the province cannot cause: the bundle is sent again.
RETRYABLE_ERRORS: tuple[type[SyncError], ...] = (errors.UnknownKeyError, CenterBusyError)

#: Every message the center may put into a receipt's reason (English with {placeholders}), context "Sync".
CENTER_MESSAGES: tuple[str, ...] = tuple(cls.MESSAGE for cls in (
    errors.TooLargeError, errors.BadFrameError, errors.UnknownKeyError, errors.BadSignatureError,
    errors.BadHeaderError, errors.WrongProvinceError, errors.WrongPayloadTypeError, errors.BadPartError,
    errors.DecompressionBombError, errors.UnsafePartNameError, CenterBusyError, RetiredKeyError,
    MalformedBundleError,
))


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
        if match:
            return CenterReason(message, match.groupdict())
    return None


def is_retryable_reason(reason: str) -> bool:
    """Whether an older center's REJECTED reason was in fact retryable (an outbox from before issue 12 holds
    such bundles as rejected; they are reopened and sent again)."""
    known = recognise(reason)
    return known is not None and known.message in {cls.MESSAGE for cls in RETRYABLE_ERRORS}
