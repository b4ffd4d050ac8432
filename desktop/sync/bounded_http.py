"""Every request the province makes to the center, bounded (issue 12, "Bounded everything").

A center that is hostile, broken or impersonated by a man in the middle must not be able to exhaust or hang
the province, so each call here has:

* a **total deadline** (not a per-read timeout): the body is read chunk by chunk and the call fails as soon as
  the deadline has passed, so a server dripping one byte every two seconds cannot keep ``sync`` past it. Each
  single socket operation also waits at most :data:`STALL_SECONDS` (or what is left of the deadline, if less),
  so a server that sends nothing at all is cut at the deadline too;
* a **hard byte limit** on the answer: a declared ``Content-Length`` above it is refused before a byte of the
  body is read, and an undeclared (chunked) body is refused at the first chunk that passes it — never more than
  the limit plus one chunk is held in memory;
* an upload sent in pieces, each sent only while the deadline holds;
* a **bounded name lookup** (:func:`client`): the center's host name is resolved in a helper thread that is waited
  for at most the call's connect timeout (never more than what is left of the deadline) — the system resolver has
  no timeout of its own, and a lookup that hangs would otherwise hold ``sync`` past its deadline. The connection
  then goes to the resolved address, with the name kept for ``Host`` and for TLS (SNI and the certificate check).

The errors are ``httpx2`` errors (:class:`AnswerTooLargeError` is an ``httpx2.TransportError``,
:class:`DeadlineExceededError` an ``httpx2.TimeoutException``), so every caller's "the center could not be
reached" handling covers them.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import httpx2

#: Longest wait for any single connect/read/write before a call is cut (the deadline may cut it earlier).
STALL_SECONDS = 20.0
#: The deadline of an ordinary call (a listing, a directive, a page of the chain, a rotation record).
CALL_DEADLINE_SECONDS = 60.0
#: A bundle upload gets this much more time per byte (about 50 KB/s: a 64 MiB bundle may take 22 minutes).
UPLOAD_SECONDS_PER_BYTE = 1 / 50_000
_UPLOAD_CHUNK = 64 * 1024


class AnswerTooLargeError(httpx2.TransportError):
    """The center's answer is larger than this call accepts."""


class DeadlineExceededError(httpx2.TimeoutException):
    """The call did not finish within its total deadline."""


@dataclass(frozen=True)
class Answer:
    status_code: int
    content: bytes
    headers: Mapping[str, str]

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


class LookupTimeoutError(httpx2.ConnectTimeout):
    """The center's host name was not resolved in time."""


class ResolvingTransport(httpx2.HTTPTransport):
    """An HTTP transport that resolves the host itself with a bounded wait (see the module's docstring)."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        host = request.url.host
        timeouts = request.extensions.get("timeout", {})
        wait = timeouts.get("connect") or STALL_SECONDS
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        address = resolve(host, port, wait)
        if address != host:
            if request.url.scheme == "https":  # the certificate is still checked against the name
                request.extensions = {**request.extensions, "sni_hostname": host}
            request.url = request.url.copy_with(host=address)  # the Host header keeps the name
        return super().handle_request(request)


def resolve(host: str, port: int, wait: float) -> str:
    """The first address of ``host``, or LookupTimeoutError after ``wait`` seconds (the lookup thread is left
    to finish on its own: a daemon thread, at most one per call that gave up)."""
    found: list[str] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][4][0])
        except (OSError, UnicodeError) as error:
            failure.append(error)

    thread = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(wait)
    if found:
        return found[0]
    if failure:
        raise httpx2.ConnectError(f"{host} could not be resolved ({failure[0]})")
    raise LookupTimeoutError(f"{host} was not resolved within {wait:g} s")


def client() -> httpx2.Client:
    """The client every call to the center goes through (its name lookup bounded: ResolvingTransport)."""
    return httpx2.Client(transport=ResolvingTransport())


def upload_deadline(size: int) -> float:
    """The total deadline of posting ``size`` bytes."""
    return CALL_DEADLINE_SECONDS + size * UPLOAD_SECONDS_PER_BYTE


def request(client: httpx2.Client, method: str, url: str, *, max_bytes: int,
            deadline_seconds: float = CALL_DEADLINE_SECONDS, content: bytes | None = None,
            headers: Mapping[str, str] | None = None, stall_seconds: float = STALL_SECONDS) -> Answer:
    """``method url`` with ``content``; the answer's bytes (at most ``max_bytes``) within ``deadline_seconds``."""
    deadline = time.monotonic() + deadline_seconds

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceededError(f"no answer within {deadline_seconds:g} s")
        return remaining

    wait = min(left(), stall_seconds)
    timeout = httpx2.Timeout(wait, connect=min(wait, 10.0))
    body = None if content is None else _pieces(content, left)
    all_headers = {**(headers or {}), "accept-encoding": "identity"}  # bytes counted are the bytes kept
    if content is not None:
        all_headers["content-length"] = str(len(content))  # a generator body would otherwise go chunked
    with client.stream(method, url, content=body, headers=all_headers, timeout=timeout) as response:
        declared = response.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
            raise AnswerTooLargeError(f"answer of {declared} bytes (at most {max_bytes} accepted)")
        if response.headers.get("content-encoding", "identity").lower() != "identity":
            raise AnswerTooLargeError("a compressed answer was not asked for")  # a decompression bomb
        received = bytearray()
        for chunk in response.iter_bytes():  # identity only (checked above): no decoding
            received.extend(chunk)
            if len(received) > max_bytes:
                raise AnswerTooLargeError(f"answer larger than {max_bytes} bytes")
            left()
        left()
        return Answer(response.status_code, bytes(received), dict(response.headers))


def _pieces(content: bytes, left) -> Iterator[bytes]:  # noqa: ANN001 - the deadline check of request()
    view = memoryview(content)
    for start in range(0, len(content), _UPLOAD_CHUNK):
        left()
        yield bytes(view[start: start + _UPLOAD_CHUNK])
