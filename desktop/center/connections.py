"""Bounding what one connection and one address can hold of ``serve`` (desktop/center/cli.py).

uvicorn has no deadline for a request's headers (its issue #157): it arms a timer only between a response and the
next request, and the first byte of that request cancels it. The security review held every connection slot of
a center with 70 connections, each sending a header byte every 8 s, and the center answered nobody. Two bounds,
as nginx's ``client_header_timeout`` and ``limit_conn`` give the documented deployment (docs/deployment.md):

* **a header deadline**: a connection waiting for a request's line and headers - from the moment it is made, or
  from the first byte of the next request on a kept-alive one - has ``header_seconds`` to bring them all, or it
  is closed. A request whose headers are in is the application's (bodies have their own clocks:
  desktop/center/bodies.py).
* **a share per address**: one remote address holds at most ``per_address`` of the connections at once; one more
  is closed as soon as it is made, before a byte of it is read. Behind a reverse proxy every connection has the
  proxy's address, so there is no share then (the proxy keeps its own).

Many addresses can still fill the slots by reconnecting as each deadline passes: only a proxy in front, which
holds thousands of idle connections cheaply, bounds that - ``serve`` still says so when it listens beyond this
machine without one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("rasad.center.connections")

#: nginx's documented value in docs/deployment.md; a genuine client sends its headers in one packet.
HEADER_SECONDS = 10.0


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a share of the connections per address.
    Configured by subclassing (:func:`guarded_protocol`): uvicorn makes one instance per connection."""

    header_seconds: float = HEADER_SECONDS
    per_address: int | None = None
    quiet_until: float = 0.0  # shared by every server of this process: refusals are logged once a minute

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self.per_address is not None and self.client is not None and self._held_by_address() > self.per_address:
            if (now := time.monotonic()) >= GuardedH11Protocol.quiet_until:  # a flood: one line a minute
                GuardedH11Protocol.quiet_until = now + 60
                logger.warning("connection from %s closed: that address already holds %d connections (said at "
                               "most once a minute)", self.client[0], self.per_address)
            transport.close()
            return
        self._arm_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE and data:
            self._arm_header_deadline()  # part of a request's head: the clock runs from its first byte
        elif self.conn.their_state is not h11.IDLE:
            self._disarm_header_deadline()  # the head is in: the body's own clocks take over

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # The connection is kept alive for a next request: uvicorn's keep-alive timer bounds the silence, and the
        # first byte of that request arms the deadline again. A pipelined next request already in the buffer was
        # read by the call above.
        if self.conn.their_state is h11.IDLE and self.timeout_keep_alive_task is None:
            self._arm_header_deadline()

    def _held_by_address(self) -> int:
        assert self.client is not None
        return sum(1 for connection in self.connections
                   if getattr(connection, "client", None) and connection.client[0] == self.client[0])

    def _arm_header_deadline(self) -> None:
        if self._header_deadline is None:
            self._header_deadline = self.loop.call_later(self.header_seconds, self._headers_too_slow)

    def _disarm_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_too_slow(self) -> None:
        self._header_deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            logger.info("connection from %s closed: no complete request head within %.0f s",
                        self.client[0] if self.client else "?", self.header_seconds)
            self.transport.close()


def guarded_protocol(header_seconds: float = HEADER_SECONDS, per_address: int | None = None) -> type[H11Protocol]:
    """The protocol class for ``uvicorn.Config(http=...)``, bounding each connection's request head to
    ``header_seconds`` and each address to ``per_address`` connections (None: no share, behind a proxy)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_seconds": header_seconds, "per_address": per_address})
