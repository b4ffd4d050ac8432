"""The center's HTTP face.

* ``POST /bundles`` — a province's raw progress bundle in, the signed receipt out (always 200 with a receipt,
  413 over the size cap);
* ``POST /provinces/{code}/key-rotations`` — a rotation record signed by the province's current and new keys;
* ``GET /provinces/{code}/directives?after=N`` — the directive bundles issued to a province after sequence N,
  listed; ``GET /provinces/{code}/directives/{sequence}`` — one of them, as signed bytes;
* ``GET /provinces/{code}/chain?after=N`` — the province's applied bundles with their receipts (base64 JSON,
  20 a page), only for a request signed by the province's current key (desktop/sync/resync.py);
* ``GET /status`` and ``GET /national`` — the consolidated views (stale provinces; progress and indicators).
"""

from __future__ import annotations

import base64

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from desktop.center.service import CenterService
from desktop.sync.errors import SyncError
from desktop.sync.resync import AUTH_HEADER

RECEIPT_MEDIA_TYPE = "application/octet-stream"
MAX_ROTATION_BYTES = 8 * 1024


async def _read_capped(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    body = bytearray()
    async for chunk in request.stream():  # read with a limit: never more than the cap in memory
        body.extend(chunk)
        if len(body) > limit:
            return None
    return bytes(body)


def create_app(service: CenterService) -> FastAPI:
    app = FastAPI(title="Rasad follow-up center")
    limit = service.max_bytes

    @app.post("/bundles")
    async def post_bundle(request: Request) -> Response:
        body = await _read_capped(request, limit)
        if body is None:
            return Response(f"bundle larger than {limit} bytes", status_code=413, media_type="text/plain")
        receipt = await run_in_threadpool(service.ingest, body)
        return Response(receipt, status_code=200, media_type=RECEIPT_MEDIA_TYPE)

    @app.post("/provinces/{code}/key-rotations")
    async def post_rotation(code: str, request: Request) -> Response:
        body = await _read_capped(request, MAX_ROTATION_BYTES)
        if body is None:
            return Response("rotation record too large", status_code=413, media_type="text/plain")
        try:
            key_id = await run_in_threadpool(service.rotate_key, code, body)
        except SyncError as error:
            return JSONResponse({"error": error.english()}, status_code=400)
        return JSONResponse({"province": code, "key_id": key_id})

    @app.get("/provinces/{code}/directives")
    async def list_directives(code: str, after: int = 0) -> JSONResponse:
        rows = await run_in_threadpool(service.directives_for, code, after)
        return JSONResponse([{"sequence": r.sequence, "bundle_id": r.bundle_id, "file_hash": r.file_hash,
                              "summary": r.summary} for r in rows])

    @app.get("/provinces/{code}/directives/{sequence}")
    async def get_directive(code: str, sequence: int) -> Response:
        rows = await run_in_threadpool(service.directives_for, code, sequence - 1)
        if not rows or rows[0].sequence != sequence:
            return Response("no such directive", status_code=404, media_type="text/plain")
        return Response(rows[0].data, media_type=RECEIPT_MEDIA_TYPE)

    @app.get("/provinces/{code}/chain")
    async def get_chain(code: str, request: Request, after: int = 0) -> Response:
        header = request.headers.get(AUTH_HEADER, "")
        if not await run_in_threadpool(service.check_chain_request, code, after, header):
            return JSONResponse({"error": "a request signed by the province's current key is required"},
                                status_code=403)
        rows = await run_in_threadpool(service.chain_for, code, after)
        return JSONResponse([{"sequence": sequence, "bundle": base64.b64encode(data).decode("ascii"),
                              "receipt": base64.b64encode(receipt).decode("ascii")}
                             for sequence, data, receipt in rows])

    @app.get("/status")
    async def get_status() -> JSONResponse:
        rows = await run_in_threadpool(service.status)
        return JSONResponse([row.as_json() for row in rows])

    @app.get("/national")
    async def get_national() -> JSONResponse:
        rows = await run_in_threadpool(service.national)
        return JSONResponse([row.as_json() for row in rows])

    return app
