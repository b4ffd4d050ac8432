"""Bounding what one connection and one address can hold of ``serve`` (desktop/center/cli.py).

uvicorn has no deadline for a request's headers (its issue #157): it arms a timer only between a response and the
next request, and the first byte of that request cancels it. The security review held every connection slot of
a center with 70 connections, each sending a header byte every 8 s, and the center answered nobody. Two bounds,
as nginx's ``client_header_timeout`` and ``limit_conn`` give the documented deployment (docs/deployment.md):

* **a header deadline**: a connection waiting for a request's line and headers - from the moment it is made, or
  from the first byte of the next request on a kept-alive one - has ``header_seconds`` to bring them all, or it
  is closed. A request whose headers are in is the application's (bodies have their own clocks:
  desktop/center/bodies.py).
* **connections are cheap, requests are not**: uvicorn's ``limit_concurrency`` counts open connections and
  requests alike, so slow heads from a handful of addresses took every one of 64 places and genuine requests
  got 503. A connection waiting for its head holds no task, a few KiB: ``serve`` keeps up to
  ``max_connections`` of them (bounded by the process's file descriptors) and bounds the requests being
  answered instead (:class:`RequestsInFlight`, 503 + Retry-After beyond).
* **a share per address**: one remote address holds at most ``per_address`` of the connections at once; one more
  is closed as soon as it is made, before a byte of it is read. Behind a reverse proxy every connection has the
  proxy's address, so there is no share then (the proxy keeps its own).

Only a flood from many addresses opening hundreds of connections a second still fills the places - a proxy in
front, which holds thousands of idle connections cheaply, bounds that too, and ``serve`` says so when it listens
beyond this machine without one.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("rasad.center.connections")

#: nginx's documented value in docs/deployment.md; a genuine client sends its headers in one packet.
HEADER_SECONDS = 10.0


CLOSED_SLOW_HEAD = "its request's head did not arrive in time"
CLOSED_OVER_SHARE = "its address held its share of the connections"
CLOSED_OVER_PLACES = "every connection place was taken"


class ClosedConnections:
    """Counts of the connections closed, said in one log line a minute at most: an attack closes hundreds a
    second, and a line each would flood the log it is read from."""

    def __init__(self, every_seconds: float = 60.0) -> None:
        self.every = every_seconds
        self.counts: dict[str, int] = {}
        self.addresses: set[str] = set()
        self.said_at = -every_seconds

    def count(self, reason: str, address: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        if len(self.addresses) < 10:
            self.addresses.add(address)
        if (now := time.monotonic()) - self.said_at >= self.every:
            level = logging.INFO if set(self.counts) == {CLOSED_SLOW_HEAD} else logging.WARNING
            logger.log(level, "connections closed since the last such line: %s (from %s%s)",
                       "; ".join(f"{n} because {why}" for why, n in sorted(self.counts.items())),
                       ", ".join(sorted(self.addresses)), ", ..." if len(self.addresses) >= 10 else "")
            self.counts.clear()
            self.addresses.clear()
            self.said_at = now


closed = ClosedConnections()


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a share of the connections per address.
    Configured by subclassing (:func:`guarded_protocol`): uvicorn makes one instance per connection."""

    header_seconds: float = HEADER_SECONDS
    max_connections: int = 512
    per_address: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._close(CLOSED_OVER_PLACES)
        elif (self.per_address is not None and self.client is not None
              and self._held_by_address() > self.per_address):
            self._close(CLOSED_OVER_SHARE)
        else:
            self._arm_header_deadline()

    def _close(self, reason: str) -> None:
        closed.count(reason, self.client[0] if self.client else "?")
        self.transport.close()

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
            self._close(CLOSED_SLOW_HEAD)


def connection_places() -> int:
    """How many connections ``serve`` keeps open at most: 1000, or half the file descriptors this process may
    open when that is fewer (the rest are the database's, the logs', a restart's)."""
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (OSError, ValueError):
        return 512
    return 1000 if soft == resource.RLIM_INFINITY else max(32, min(1000, soft // 2))


def guarded_protocol(header_seconds: float = HEADER_SECONDS, max_connections: int = 512,
                     per_address: int | None = None) -> type[H11Protocol]:
    """The protocol class for ``uvicorn.Config(http=...)``, bounding each connection's request head to
    ``header_seconds``, the open connections to ``max_connections`` and each address to ``per_address`` of them
    (None: no share, behind a proxy)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {
        "header_seconds": header_seconds, "max_connections": max_connections, "per_address": per_address})


class RequestsInFlight:
    """ASGI middleware: at most ``limit`` requests answered at once; one more is answered 503 with Retry-After
    at once (what uvicorn's ``limit_concurrency`` did, without counting connections that are only open)."""

    def __init__(self, app: Any, limit: int, retry_after_seconds: int = 30) -> None:
        self.app, self.limit, self.retry_after = app, limit, str(retry_after_seconds)
        self.running = 0  # one event loop: no lock

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.running >= self.limit:
            await send({"type": "http.response.start", "status": 503, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", self.retry_after.encode())]})
            await send({"type": "http.response.body", "body": b"Service Unavailable: too many requests at once"})
            return
        self.running += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.running -= 1
