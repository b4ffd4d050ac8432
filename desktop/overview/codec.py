"""An overview as bytes and back: MessagePack through msgspec, which knows dataclasses, dates and enums, checks
every field's type while decoding, and loads in milliseconds (the window decodes before the database layer).

A payload that does not decode to an :class:`Overview` exactly (another version's, a damaged one) raises
:class:`UnreadableOverview`; the window then computes the overview the normal way."""

from __future__ import annotations

import msgspec

from desktop.domain.milestones import ComplianceStatus
from desktop.overview.key import PAGE, PAYLOAD_FORMAT, snapshot_key  # noqa: F401 - re-exported
from desktop.overview.views import Overview

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(Overview)


class UnreadableOverview(ValueError):
    """The payload is not an overview of this format."""


def encode(overview: Overview) -> bytes:
    return _encoder.encode(overview)


def decode(payload: bytes) -> Overview:
    """The overview in ``payload``, every field of the type its dataclass declares and every coded value one the
    page can show (a milestone's status is kept as text: checked here, or the page would fail showing it)."""
    try:
        overview = _decoder.decode(payload)
        for milestone in overview.summary.milestones:
            ComplianceStatus(milestone.status)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError) as error:
        raise UnreadableOverview(str(error)) from error
    return overview
