"""The center's HTTP face.

Open to anyone (what they send is signed and checked before it is trusted):

* ``POST /bundles`` — a province's raw progress bundle in, the signed receipt out (200 with a receipt; 411 without
  a declared ``Content-Length``; 413 over the size cap, refused from the declared length before a byte is read;
  408 when the body does not arrive within its deadline, ``CenterLimits.body_deadline``, or a 10 s window brings
  less than 8 KiB of it: desktop/center/bodies.py);
* ``POST /provinces/{code}/key-rotations`` — a rotation record signed by the province's current and new keys;
* ``GET /center/key-rotations`` — the rotations of the center's own key (signed by the old key);
* ``GET /health`` — liveness: the process answers (no data, no database);
* ``GET /ready`` — readiness: the database answers and is at the revision this code expects (200), else 503
  with ``Retry-After`` (desktop/center/service.py ``readiness``).

Every request is logged as one line (desktop/center/logs.py: method, path, safe query, status, duration,
client, request id; never a header, a body or a secret) and each ingest's outcome as another. An ingest that
cannot have its province's lock within the bounded wait, or finds the database unreachable, is answered 503
with ``Retry-After`` (desktop/center/locking.py); nothing is stored.

For the province itself (``x-rasad-signature`` signed by its current key, desktop/sync/request_auth.py):

* ``GET /provinces/{code}/directives?after=N`` — the signed, timed listing of its directives after N
  (desktop/sync/listing.py); ``GET /provinces/{code}/directives/{sequence}`` — one of them, as signed bytes;
* ``GET /provinces/{code}/chain?after=N`` — its applied bundles with their receipts (base64 JSON, at most 20 and
  64 MiB of bundles a page; desktop/sync/resync.py).

For the center's staff (``Authorization: Bearer <token>``, desktop/center/auth.py): ``GET /status`` and
``GET /national``. The staff's dashboard in the browser (``/login``, ``/dashboard/...``; accounts, sessions and
CSRF in desktop/center/staff/) is mounted by desktop/center/web/app.py.

Unauthenticated work runs at most ``CenterLimits.max_unauthenticated`` at a time in each of three rooms — reading
and ingesting posted bodies; checking a province's signed read; checking a staff token — beyond that the answer is 503 with
``Retry-After`` at once, so memory stays below that many bodies of the cap (desktop/sync/sender.py retries).
In each room one remote address (an IPv6 /64) holds at most ``CenterLimits.per_client`` slots (half of them by default), so a
few slow clients from one address cannot keep everyone else out for their whole body deadline. The staff's
sign-ins (``POST /login``, an Argon2id hash of 64 MiB each) have a third room of ``CenterLimits.max_sign_ins``
(desktop/center/rooms.py).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import FastAPI, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from desktop.center.auth import CenterAuth
from desktop.center.bodies import ClientGone, LengthRequired, TooLarge, read_capped
from desktop.center.locking import CenterBusy
from desktop.center.logs import RequestLog
from desktop.center.rooms import Busy, Room
from desktop.center.service import CenterService
from desktop.center.web.app import DashboardSettings, mount_dashboard
from desktop.sync.errors import SyncError
from desktop.sync.request_auth import AUTH_HEADER
from desktop.sync.resync import CHAIN_PAGE_BUNDLE_BYTES, CHAIN_PAGE_ROWS

RECEIPT_MEDIA_TYPE = "application/octet-stream"
MAX_ROTATION_BYTES = 8 * 1024
READY_CACHE_SECONDS = 1.0  # /ready is open to anyone: a flood of it must not become a flood of database probes
# The center stores sequences as SQL INTEGER (32 bits on PostgreSQL): a number outside them is refused (422) before it
# reaches the database, which raised OverflowError in SQLite (a 500 with a traceback) for ?after=2**63, and
# PostgreSQL "integer out of range" for anything past 2**31 - 1. No province's chain comes near it.
SEQUENCE_MAX = 2**31 - 1
AfterQuery = Annotated[int, Query(ge=0, le=SEQUENCE_MAX)]
SequencePath = Annotated[int, Path(ge=0, le=SEQUENCE_MAX)]


@dataclass(frozen=True)
class CenterLimits:
    max_unauthenticated: int = 4  # posted bodies being read or ingested at once; credential checks at once
    # A posted body must arrive within body_base_seconds + its declared length / body_min_rate, and never more
    # than body_deadline_seconds: a small body dripped slowly holds a slot for a minute, not a quarter hour,
    # and a 64 MiB bundle on a slow line still gets the time the province gives it (desktop/sync/bounded_http).
    body_base_seconds: float = 60.0
    body_min_rate: float = 40_000.0  # bytes a second
    body_deadline_seconds: float = 1800.0
    # ... and each window of progress_window_seconds must bring progress_min_bytes of it (or the rest): an idle
    # or trickling client is cut within a window, not at its deadline (the rate and why: desktop/center/bodies.py)
    progress_window_seconds: float = 10.0
    progress_min_bytes: int = 8 * 1024
    retry_after_seconds: int = 30
    # slots of one room one remote address may hold at once; None: half the room (at least one). Behind a
    # reverse proxy every client has the proxy's address: then give max_unauthenticated here.
    max_per_client: int | None = None
    # staff sign-ins checked at once: each is an Argon2id hash of 64 MiB (desktop/accounts/passwords.py), so this
    # bounds the memory a flood of /login posts can take (an unknown user name costs the same hash)
    max_sign_ins: int = 2

    @property
    def per_client(self) -> int:
        return self.share(self.max_unauthenticated)

    def share(self, room: int) -> int:
        """The places of a room of ``room`` one remote address may hold at once."""
        if self.max_per_client is not None:
            return max(1, min(self.max_per_client, room))
        return max(1, room // 2)

    def room(self, capacity: int) -> Room:
        return Room(capacity, self.share(capacity))

    def body_deadline(self, declared: int) -> float:
        return min(self.body_deadline_seconds, self.body_base_seconds + declared / self.body_min_rate)




async def _read_capped(request: Request, limit: int, limits: CenterLimits) -> bytes:
    return await read_capped(request, limit, limits.body_deadline, window=limits.progress_window_seconds,
                             min_bytes=limits.progress_min_bytes)


def _text(message: str, status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(message, status_code=status, media_type="text/plain", headers=headers)


def create_app(service: CenterService, limits: CenterLimits | None = None, auth: CenterAuth | None = None, *,
               dashboard: DashboardSettings | None = None) -> FastAPI:
    limits = limits or CenterLimits()
    auth = auth or CenterAuth(service.engine, service.clock)
    app = FastAPI(title="Rasad follow-up center", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.auth = auth
    limit = service.max_bytes
    # three rooms: a flood of bogus staff tokens (a slow hash each) must turn away neither the provinces' bundles
    # nor their directive and chain reads (a flood of bogus province signatures, the staff's pages neither)
    bodies, province_checks, staff_checks = (limits.room(limits.max_unauthenticated) for _ in range(3))
    busy = _text("the center is busy; try again later", 503,
                 {"Retry-After": str(limits.retry_after_seconds)})

    def slot(room: Room, request: Request):  # noqa: ANN202 - a place in the room, or Busy at once
        return room.slot(request.client.host if request.client else "")

    async def guarded(request: Request, work: Callable[[], Awaitable[Response]]) -> Response:
        try:
            async with slot(bodies, request):
                return await work()
        except Busy:
            return busy

    async def province_only(code: str, request: Request, work: Callable[[], Awaitable[Response]]) -> Response:
        async def check() -> bool:
            return await run_in_threadpool(auth.province_request, code, request.headers.get(AUTH_HEADER),
                                           request.method, request.url.path, request.url.query)
        try:
            async with slot(province_checks, request):
                allowed = await check()
        except Busy:
            return busy
        if not allowed:
            return JSONResponse({"error": "a fresh request signed by this province's current key is required"},
                                status_code=401)
        return await work()

    async def staff_only(request: Request, work: Callable[[], Awaitable[Response]]) -> Response:
        try:
            async with slot(staff_checks, request):
                allowed = await run_in_threadpool(auth.staff_request, request.headers.get("authorization"))
        except Busy:
            return busy
        if not allowed:
            return JSONResponse({"error": "a center staff token is required"}, status_code=401,
                                headers={"WWW-Authenticate": "Bearer"})
        return await work()

    mount_dashboard(app, service.engine, center=service, settings=dashboard,  # the staff's pages (issue 16)
                    sign_ins=limits.room(limits.max_sign_ins), retry_after_seconds=limits.retry_after_seconds)

    @app.get("/health")
    async def health() -> JSONResponse:
        return JSONResponse({"ok": True})

    last_check: list = [0.0, None]  # (monotonic time, Readiness): one database probe a second, however many ask

    @app.get("/ready")
    async def ready() -> JSONResponse:
        if last_check[1] is None or time.monotonic() - last_check[0] >= READY_CACHE_SECONDS:
            last_check[:] = [time.monotonic(), await run_in_threadpool(service.readiness)]
        state = last_check[1]
        if state.ready:
            return JSONResponse(state.as_json())
        return JSONResponse(state.as_json(), status_code=503, headers={"Retry-After": str(limits.retry_after_seconds)})

    @app.post("/bundles")
    async def post_bundle(request: Request) -> Response:
        async def work() -> Response:
            try:
                body = await _read_capped(request, limit, limits)
            except LengthRequired:
                return _text("a Content-Length is required", 411)
            except TooLarge:
                return _text(f"bundle larger than {limit} bytes", 413)
            except TimeoutError:
                return _text("the bundle did not arrive in time", 408)
            except ClientGone:  # a hang-up is not an error of the center (no traceback in its log)
                return _text("the bundle did not arrive", 400)
            try:
                receipt = await run_in_threadpool(lambda: service.current_receipt(service.ingest_or_busy(body)))
            except CenterBusy:  # the province's lock or the database not had within the bounded wait
                return busy
            return Response(receipt, status_code=200, media_type=RECEIPT_MEDIA_TYPE)
        return await guarded(request, work)

    @app.post("/provinces/{code}/key-rotations")
    async def post_rotation(code: str, request: Request) -> Response:
        async def work() -> Response:
            try:
                body = await _read_capped(request, MAX_ROTATION_BYTES, limits)
            except LengthRequired:
                return _text("a Content-Length is required", 411)
            except TooLarge:
                return _text("rotation record too large", 413)
            except TimeoutError:
                return _text("the record did not arrive in time", 408)
            except ClientGone:  # a hang-up is not an error of the center (no traceback in its log)
                return _text("the record did not arrive", 400)
            try:
                key_id = await run_in_threadpool(service.rotate_key, code, body)
            except SyncError as error:
                return JSONResponse({"error": error.english()}, status_code=400)
            return JSONResponse({"province": code, "key_id": key_id})
        return await guarded(request, work)

    @app.get("/center/key-rotations")
    async def center_key_rotations() -> JSONResponse:
        records = await run_in_threadpool(service.center_key_rotations)
        return JSONResponse([base64.b64encode(record).decode("ascii") for record in records])

    @app.get("/provinces/{code}/directives")
    async def list_directives(code: str, request: Request, after: AfterQuery = 0) -> Response:
        async def work() -> Response:
            listing = await run_in_threadpool(service.directive_listing, code, after)
            return Response(listing, media_type=RECEIPT_MEDIA_TYPE)
        return await province_only(code, request, work)

    @app.get("/provinces/{code}/directives/{sequence}")
    async def get_directive(code: str, sequence: SequencePath, request: Request) -> Response:
        async def work() -> Response:
            data = await run_in_threadpool(service.directive_bundle, code, sequence)
            if data is None:
                return _text("no such directive", 404)
            return Response(data, media_type=RECEIPT_MEDIA_TYPE)
        return await province_only(code, request, work)

    @app.get("/provinces/{code}/chain")
    async def get_chain(code: str, request: Request, after: AfterQuery = 0) -> Response:
        async def work() -> Response:
            rows = await run_in_threadpool(service.chain_for, code, after, CHAIN_PAGE_ROWS)
            page, size = [], 0
            for sequence, data, receipt in rows:  # a page stops before it would pass the byte budget
                if page and size + len(data) > CHAIN_PAGE_BUNDLE_BYTES:
                    break
                size += len(data)
                receipt = service.current_receipt(receipt)  # signed again if the center's key was rotated
                page.append({"sequence": sequence, "bundle": base64.b64encode(data).decode("ascii"),
                             "receipt": base64.b64encode(receipt).decode("ascii")})
            return JSONResponse(page)
        return await province_only(code, request, work)

    @app.get("/status")
    async def get_status(request: Request) -> Response:
        async def work() -> Response:
            rows = await run_in_threadpool(service.status)
            return JSONResponse([row.as_json() for row in rows])
        return await staff_only(request, work)

    @app.get("/national")
    async def get_national(request: Request) -> Response:
        async def work() -> Response:
            rows = await run_in_threadpool(service.national)
            return JSONResponse([row.as_json() for row in rows])
        return await staff_only(request, work)

    app.add_middleware(RequestLog)  # outermost: it sees every answer, the 503s of the rooms included
    return app
