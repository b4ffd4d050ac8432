"""The center's HTTP face: ``POST /bundles`` (raw bundle in, signed receipt out) and ``GET /status``."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from desktop.center.service import CenterService

RECEIPT_MEDIA_TYPE = "application/octet-stream"


def create_app(service: CenterService) -> FastAPI:
    app = FastAPI(title="Rasad follow-up center")
    limit = service.max_bytes

    @app.post("/bundles")
    async def post_bundle(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return Response(f"bundle larger than {limit} bytes", status_code=413, media_type="text/plain")
        body = bytearray()
        async for chunk in request.stream():  # read with a limit: never more than the cap in memory
            body.extend(chunk)
            if len(body) > limit:
                return Response(f"bundle larger than {limit} bytes", status_code=413, media_type="text/plain")
        receipt = await run_in_threadpool(service.ingest, bytes(body))
        return Response(receipt, status_code=200, media_type=RECEIPT_MEDIA_TYPE)

    @app.get("/status")
    async def get_status() -> JSONResponse:
        rows = await run_in_threadpool(service.status)
        return JSONResponse([row.as_json() for row in rows])

    return app
