"""The demo's case listings and surveys drawn from the seed: rows only, no database.

Each branch gets a profile: how fast it disposes of cases (some clear their backlog, some fall further behind
every month), how long it takes to schedule a first hearing, whether its referrals pile up at the end of office
hours, how often dates are missing, and how satisfied its clients are. The rows come out in chunks, in the
order they are written, so that they can be drawn in a second process while the first writes
(``case_drawer.py``). This module imports nothing of the application: that second process starts in a fraction
of a second.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

#: Case types by (a word in the) unit type, with their shares.
CASE_TYPES: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    ("حقوقی", (("حقوقی", 0.8), ("خانواده", 0.2))),
    ("جزایی", (("کیفری", 1.0),)),
    ("کیفری", (("کیفری", 1.0),)),
    ("دادسرا", (("کیفری", 1.0),)),
    ("حل اختلاف", (("حقوقی", 0.7), ("خانواده", 0.3))),
    ("اجرای احکام", (("اجرای احکام", 1.0),)),
    ("تجدیدنظر", (("تجدیدنظر", 1.0),)),
)
DEFAULT_TYPES: tuple[tuple[str, float], ...] = (("حقوقی", 0.6), ("کیفری", 0.4))
#: Case rows to a chunk.
CHUNK_ROWS = 20_000

#: What a chunk holds: case rows (case_number, branch_id, case_type, registered_on, referred_at,
#: first_hearing_on, hearings, disposed_on), or, last, every branch's survey months (branch_id, month_index,
#: responses, average). Neither carries the import batch: the writer adds it.
CASES, SURVEYS = "cases", "surveys"
Chunk = tuple[str, list[tuple[object, ...]]]
#: (id, code, unit_type) of every branch, by id.
BranchRow = tuple[int, str, str | None]


@dataclass(frozen=True)
class CaseWindow:
    """The months drawn: their month indexes and first and last days, oldest first."""

    months: tuple[int, ...]
    bounds: tuple[tuple[date, date], ...]

    @property
    def first_day(self) -> date:
        return self.bounds[0][0]

    @property
    def last_day(self) -> date:
        return self.bounds[-1][1]


@dataclass(frozen=True)
class BranchProfile:
    disposal_days: float  # mean days from registration to disposal at the start of the two years
    drift: float  # how that mean changes over the two years (1.6 = 60 % slower by the end)
    scheduling_days: float
    last_hour_share: float
    missing_share: float
    satisfaction: float
    volume: float


def _profile(rng: random.Random) -> BranchProfile:
    kind = rng.random()
    if kind < 0.2:  # falling behind: slower every month
        disposal, drift = rng.uniform(90, 160), rng.uniform(1.5, 2.2)
    elif kind < 0.5:  # clearing well
        disposal, drift = rng.uniform(25, 60), rng.uniform(0.7, 1.0)
    else:
        disposal, drift = rng.uniform(50, 110), rng.uniform(0.9, 1.2)
    return BranchProfile(
        disposal_days=disposal,
        drift=drift,
        scheduling_days=rng.uniform(7, 60),
        last_hour_share=rng.uniform(0.3, 0.55) if rng.random() < 0.15 else rng.uniform(0.03, 0.12),
        missing_share=rng.uniform(0.1, 0.25) if rng.random() < 0.1 else rng.uniform(0.0, 0.03),
        satisfaction=rng.uniform(45, 90),
        volume=rng.uniform(0.6, 1.5),
    )


def _types_for(unit_type: str) -> tuple[tuple[str, float], ...]:
    for word, types in CASE_TYPES:
        if word in unit_type:
            return types
    return DEFAULT_TYPES


_FRIDAY, _THURSDAY = 4, 3
#: Office hours: a referral is spread over 07:30 .. an hour before closing, or falls in the last hour or just after
#: closing (12:30 on Thursdays, 14:30 otherwise). Minutes after midnight.
_OPENING, _THURSDAY_CLOSING, _CLOSING = 7 * 60 + 30, 12 * 60 + 30, 14 * 60 + 30
#: " HH:MM:00" of every minute of the day (a referral's time, formatted once, not once per case).
_MINUTE_TEXT = tuple(f" {minute // 60:02d}:{minute % 60:02d}:00" for minute in range(24 * 60 + 120))


def _below(bits: Callable[[int], int], n: int) -> int:
    """``rng.randrange(n)`` for n > 0: CPython's ``_randbelow_with_getrandbits`` step for step (the per-case loop
    repeats it inline; this one draws the starting backlog's registration days)."""
    k = n.bit_length()
    r = bits(k)
    while r >= n:
        r = bits(k)
    return r


def draw_cases(branches: Sequence[BranchRow], *, seed: int, window: CaseWindow,
               per_branch_month: float) -> Iterator[Chunk]:
    """Every branch's cases over the window (and a starting backlog from up to three years before), in chunks of
    :data:`CHUNK_ROWS`, then every branch's survey months.

    The loop makes about ten million draws. They are inlined here, without ``randint``/``randrange``/
    ``choices``/``expovariate``'s argument checks and calls (about a third of the loop's time; measured), each
    exactly CPython's own algorithm - ``_randbelow_with_getrandbits`` (``k = n.bit_length()``, draw ``k`` bits
    until below ``n``), ``expovariate(l)`` = ``-log(1.0 - random()) / l``, ``choices`` bisecting ``random() *
    total`` - and in the same order, so the demo stays exactly what it was for a seed (the digest of a demo is
    compared before and after every change of this loop)."""
    rng = random.Random(f"cases-{seed}")
    window_start, window_end = window.first_day, window.last_day
    origin = window_start - timedelta(days=3 * 365)
    weekday0 = origin.weekday()
    day_text = [(origin + timedelta(days=n)).isoformat() for n in range((window_end - origin).days + 400)]
    last_day = len(day_text) - 1
    random_, bits, gauss, log = rng.random, rng.getrandbits, rng.gauss, math.log
    rows: list[tuple[object, ...]] = []
    surveys: list[tuple[object, ...]] = []
    end_offset = (window_end - origin).days
    start_offset = (window_start - origin).days
    before_window = (window_start - origin).days
    for branch_id, code, unit_type in branches:
        profile = _profile(rng)
        types = _types_for(unit_type or "")
        names = [t for t, _ in types]
        cumulative = list(itertools.accumulate(w for _, w in types))  # what choices() derives on every call
        total, last_name = cumulative[-1] + 0.0, len(names) - 1
        serial = 0
        # The backlog the branch starts with: cases from up to three years before, some still pending.
        backlog = int(per_branch_month * profile.volume * rng.uniform(1, 6))
        registrations = [(_below(bits, before_window), -1.0) for _ in range(backlog)]
        for position, (first, last) in enumerate(window.bounds):
            count = max(0, round(gauss(per_branch_month * profile.volume, per_branch_month * 0.15)))
            start, length = (first - origin).days, (last - first).days + 1
            progress = position / (len(window.bounds) - 1)
            k = length.bit_length()
            for _ in range(count):
                r = bits(k)
                while r >= length:
                    r = bits(k)
                day = start + r
                if (weekday0 + day) % 7 == _FRIDAY:  # offices are closed: the next day
                    day += 1
                registrations.append((day, progress))
        disposal_days, drift_1, drift = profile.disposal_days, profile.drift - 1, profile.drift
        backlog_rate = 1 / (disposal_days * 2) if drift < 1 else 1 / (disposal_days * 5)
        scheduling_rate = 1 / profile.scheduling_days
        missing_share, last_hour_share = profile.missing_share, profile.last_hour_share
        for registered, progress in registrations:
            serial += 1
            if progress < 0:  # the starting backlog: worked off by clearing branches, lingering elsewhere
                if drift < 1:
                    disposed = max(registered, start_offset) + int(-log(1.0 - random_()) / backlog_rate)
                else:
                    disposed = registered + int(-log(1.0 - random_()) / backlog_rate)
            else:
                disposed = registered + int(-log(1.0 - random_()) / (1 / (disposal_days * (1 + drift_1 * progress))))
            missing = random_() < missing_share
            referred = registered
            if random_() >= 0.8:  # referred one to three days later
                r = bits(2)
                while r >= 3:
                    r = bits(2)
                referred += 1 + r
            if (weekday0 + referred) % 7 == _FRIDAY:
                referred += 1
            # The referral's time: over office hours, or a share in the last hour or just after closing.
            closing = _THURSDAY_CLOSING if (weekday0 + referred) % 7 == _THURSDAY else _CLOSING
            if random_() < last_hour_share:
                low, n = closing - 60, 121
            else:
                low, n = _OPENING, closing - 60 - _OPENING
            k = n.bit_length()
            r = bits(k)
            while r >= n:
                r = bits(k)
            referred_at = None if missing and random_() < 0.5 else day_text[referred] + _MINUTE_TEXT[low + r]
            hearing = referred + max(1, int(-log(1.0 - random_()) / scheduling_rate))
            first_hearing = None if missing and referred_at is not None else day_text[min(hearing, last_day)]
            hearings = disposed_text = None
            if disposed <= end_offset:
                disposed_text = day_text[disposed]
                if random_() > 0.1:
                    r = bits(3)
                    while r >= 6:
                        r = bits(3)
                    hearings = r
            case_type = names[bisect.bisect(cumulative, random_() * total, 0, last_name)]
            rows.append((
                f"{code}-{serial:06d}", branch_id, case_type, day_text[registered], referred_at, first_hearing,
                hearings, disposed_text,
            ))  # fmt: skip
            if len(rows) >= CHUNK_ROWS:
                yield CASES, rows
                rows = []  # a new list: the one yielded may still be on its way to the other process
        for month in window.months:
            responses = rng.randint(0, 40)
            average = min(100.0, max(0.0, gauss(profile.satisfaction, 6)))
            surveys.append((branch_id, month, responses, round(average, 1)))
    if rows:
        yield CASES, rows
    yield SURVEYS, surveys
