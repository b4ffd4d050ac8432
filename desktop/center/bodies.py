"""Reading a posted body at the center with bounded memory and bounded time (desktop/center/app.py).

Two clocks bound the time:

* a total deadline from the declared length (``CenterLimits.body_deadline``: 60 s + the length at 40 KB/s,
  at most 30 min), never shorter than the province's own deadline for the same post (desktop/sync/bounded_http);
* progress (:class:`BodyProgress`): each 10 s window since the body was asked for must bring at least 8 KiB,
  or the rest of the body when less is left. An idle or trickling client is cut within a window and its slot
  freed — a total deadline alone let four idle connections declaring 64 MiB hold every slot for 29 minutes.

Why 8 KiB in 10 s (0.8 KiB/s, about 6.5 kbit/s): the province's own upload deadline already asks about 50 KB/s
of a large bundle (60 s + 1 s per 50 KB), and the slowest links a provincial office has — a 56k modem, GPRS,
a congested satellite hop, all 5 KB/s or more — bring that much in under 2 s of a window, so a link may also
stall for about 8 s in every window (a few lost packets' retransmissions) and still pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import anyio
from starlette.requests import ClientDisconnect, Request


class TooLarge(Exception):
    pass


class LengthRequired(Exception):
    pass


class ClientGone(Exception):  # the client hung up before its body was in: nobody reads the answer
    pass


class TooSlow(TimeoutError):
    """The body did not arrive in time: its total deadline passed, or a window brought too little of it."""


@dataclass
class BodyProgress:
    """Tumbling windows of ``window`` seconds from ``started``: each must bring ``min_bytes`` of the body, or the
    rest of it (``declared`` bytes in all) when less is left. :meth:`wait_until` says how long the next read may
    wait; :meth:`received` moves the windows on as chunks arrive."""

    started: float
    window: float
    min_bytes: int
    declared: int
    index: int = 0  # the window the last chunk arrived in
    at_window_start: int = 0  # bytes received before that window began

    def _met(self, received: int) -> bool:
        return received - self.at_window_start >= min(self.min_bytes, self.declared - self.at_window_start)

    def wait_until(self, received: int) -> float:
        """The time (same clock as ``started``) past which waiting for the next chunk means too little progress:
        the end of this window while it still lacks bytes, else the end of the next one (which has none yet)."""
        windows = self.index + (1 if self._met(received) else 0)
        return self.started + (windows + 1) * self.window

    def received(self, before: int, now: float) -> None:
        """A chunk arrived at ``now``; ``before``: the bytes received before it."""
        index = int((now - self.started) // self.window)
        if index > self.index:  # a new window began before this chunk: its bytes count there
            self.index, self.at_window_start = index, before


async def read_capped(request: Request, limit: int, deadline_for: Callable[[int], float], *, window: float,
                      min_bytes: int) -> bytes:
    """The body, never more than ``limit`` bytes in memory: TooLarge past it, LengthRequired without a declared
    length (the province always declares it; the deadline needs it), TooSlow past the total deadline
    (``deadline_for`` the declared length) or when a window brings too little, ClientGone on a hang-up."""
    declared = request.headers.get("content-length")
    if declared is None or request.headers.get("transfer-encoding"):
        raise LengthRequired()
    if not declared.isdigit() or int(declared) > limit:
        raise TooLarge()  # refused before a byte of the body is read
    body = bytearray()
    progress = BodyProgress(time.monotonic(), window, min_bytes, int(declared))
    chunks = request.stream().__aiter__()
    try:
        with anyio.fail_after(deadline_for(int(declared))):  # a total deadline, not one per read
            while True:
                # a read is only ever cancelled to give up on the body: the window it waits in has failed
                with anyio.fail_after(max(0.0, progress.wait_until(len(body)) - time.monotonic())):
                    try:
                        chunk = await chunks.__anext__()
                    except StopAsyncIteration:
                        break
                progress.received(len(body), time.monotonic())
                body.extend(chunk)
                if len(body) > limit:
                    raise TooLarge()
    except ClientDisconnect:
        raise ClientGone() from None
    except TimeoutError:
        raise TooSlow() from None
    return bytes(body)
