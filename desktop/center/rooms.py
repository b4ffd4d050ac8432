"""Rooms: how much costly unauthenticated work the center does at once (desktop/center/app.py's posted bodies and
credential checks, desktop/center/web/signin.py's password checks).

A room holds at most ``capacity`` requests at once and one client at most ``per_client`` of them; a request that
finds no place is turned away at once (:class:`Busy`, answered 503 with ``Retry-After``), never queued: a queue
of waiting requests is memory and time too. A client is its IPv4 address or its IPv6 /64 (:func:`client_key`).
Everything runs on the one event loop, so the counts need no lock.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Busy(Exception):
    """The room is full, or the client holds its share of it."""


def client_key(host: str) -> str:
    """Whose share a request counts against: its IPv4 address, or its IPv6 /64 (one site's network hands out
    addresses from a whole /64, so counting single IPv6 addresses would give one client thousands of shares)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # the same IPv4 client over a dual-stack socket
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class Room:
    def __init__(self, capacity: int, per_client: int) -> None:
        self.capacity = max(1, capacity)
        self.per_client = max(1, min(per_client, self.capacity))
        self._places = asyncio.Semaphore(self.capacity)
        self._held: dict[str, int] = {}  # client -> places it holds

    @property
    def in_use(self) -> int:
        return sum(self._held.values())

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """A place for the request of ``host`` (its remote address), or Busy at once."""
        client = client_key(host)
        if self._places.locked() or self._held.get(client, 0) >= self.per_client:
            raise Busy()
        self._held[client] = self._held.get(client, 0) + 1
        try:
            async with self._places:
                yield
        finally:
            self._held[client] -= 1
            if not self._held[client]:
                del self._held[client]
