"""An overview as bytes and back: MessagePack through msgspec, which knows dataclasses, dates and enums, checks
every field's type while decoding, and loads in milliseconds (the window decodes before the database layer).

A payload that does not decode to an :class:`Overview` exactly (another version's, a damaged one) raises
:class:`UnreadableOverview`; the window then computes the overview the normal way."""

from __future__ import annotations

from datetime import date

import msgspec

from desktop import __version__
from desktop.overview.views import Overview
from desktop.store.view_snapshots import SnapshotKey

#: Part of the snapshot's page key: bump it when the payload's shape changes without a new app version.
PAYLOAD_FORMAT = 1
PAGE = f"home/{PAYLOAD_FORMAT}"

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(Overview)


class UnreadableOverview(ValueError):
    """The payload is not an overview of this format."""


def snapshot_key(day: date) -> SnapshotKey:
    """The key of the overview remembered for ``day`` by this version of Rasad (system scope only)."""
    return SnapshotKey(page=PAGE, day=day, app_version=__version__)


def encode(overview: Overview) -> bytes:
    return _encoder.encode(overview)


def decode(payload: bytes) -> Overview:
    try:
        return _decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError) as error:
        raise UnreadableOverview(str(error)) from error
