"""A first ranking as bytes and back: MessagePack through msgspec (as desktop/overview/codec.py), which checks
every field's type while decoding. An indicator's definition holds how it is computed (a function): it travels
as its code and is looked up in this version's indicators when decoded.

A payload that does not decode to a :class:`FirstRanking` exactly (another version's, a damaged one, an
unknown indicator, a level or table that do not match the choice) raises :class:`UnreadableRanking`; the window
then computes the page the normal way."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from desktop.domain.indicators import INDICATORS
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.views import IndicatorRow, IndicatorTable
from desktop.ranking.key import PAGE, PAYLOAD_FORMAT, snapshot_key  # noqa: F401 - re-exported
from desktop.ranking.views import FirstRanking, RankingChoice

LEVELS = ("province", "district", "branch")
_DEFINITIONS = {definition.code: definition for definition in INDICATORS}


@dataclass(frozen=True)
class _Table:
    indicator: str
    level: str
    period: JalaliPeriod
    case_type: str | None
    rows: tuple[IndicatorRow, ...]
    months: tuple[str, ...]


@dataclass(frozen=True)
class _Ranking:
    choice: RankingChoice
    months: tuple[JalaliPeriod, ...]
    case_types: tuple[str, ...]
    province_name: str
    table: _Table | None


_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(_Ranking)


class UnreadableRanking(ValueError):
    """The payload is not a first ranking of this format."""


def encode(ranking: FirstRanking) -> bytes:
    table = ranking.table
    wire = None if table is None else _Table(table.definition.code, table.level, table.period, table.case_type,
                                             table.rows, table.months)
    return _encoder.encode(_Ranking(ranking.choice, ranking.months, ranking.case_types, ranking.province_name, wire))


def decode(payload: bytes) -> FirstRanking:
    try:
        wire = _decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError) as error:
        raise UnreadableRanking(str(error)) from error
    choice = wire.choice
    if choice.indicator not in _DEFINITIONS or choice.level not in LEVELS:
        raise UnreadableRanking(f"unknown indicator or level: {choice.indicator!r}, {choice.level!r}")
    listed = {JalaliPeriod.containing(choice.kind, month.start) for month in wire.months}
    if (choice.period is None) != (not listed) or (choice.period is not None and choice.period not in listed):
        raise UnreadableRanking("the period chosen is not one the page lists")
    table = None
    if wire.table is not None:
        # The table shown must be the one chosen: the page's boxes and its rows say the same thing.
        if (wire.table.indicator, wire.table.level, wire.table.period, wire.table.case_type) != (
                choice.indicator, choice.level, choice.period, choice.case_type):
            raise UnreadableRanking("the table is not the one chosen")
        table = IndicatorTable(_DEFINITIONS[wire.table.indicator], wire.table.level, wire.table.period,
                               wire.table.case_type, wire.table.rows, wire.table.months)
    return FirstRanking(choice, wire.months, wire.case_types, wire.province_name, table)
