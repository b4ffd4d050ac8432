"""Integers in the center's URLs are bounded to what the database stores (a sequence is SQL INTEGER: 32 bits on
PostgreSQL): a number outside is refused (422) before any query, where it used to reach SQLite and fail with
OverflowError (500, a traceback in the log), or PostgreSQL with "integer out of range"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from desktop.center.app import SEQUENCE_MAX, create_app
from desktop.sync.canonical import INT64_MAX
from tests.center.conftest import signed


@pytest.mark.parametrize(("path", "query"), [
    ("/provinces/THR/chain", "after=9223372036854775808"),
    ("/provinces/THR/chain", "after=-99999999999999999999"),
    ("/provinces/THR/chain", "after=-1"),
    ("/provinces/THR/directives", "after=99999999999999999999999"),
    ("/provinces/THR/directives/18446744073709551616", ""),
    ("/provinces/THR/chain", "after=2147483648"),  # past PostgreSQL's INTEGER
    ("/provinces/THR/directives/2147483648", ""),
])
def test_a_province_signed_get_with_an_integer_out_of_range_is_refused_not_a_server_error(
        service, teh, path, query) -> None:
    client = TestClient(create_app(service))  # raises the server's exception, as the 500 did
    answer = client.get(f"{path}?{query}" if query else path, headers=signed(teh.key, path, query))
    assert answer.status_code == 422
    assert "Traceback" not in answer.text and "OverflowError" not in answer.text


def test_the_largest_stored_sequence_is_still_a_valid_question(service, teh) -> None:
    client = TestClient(create_app(service))
    path, query = "/provinces/THR/chain", f"after={SEQUENCE_MAX}"
    answer = client.get(f"{path}?{query}", headers=signed(teh.key, path, query))
    assert answer.status_code == 200 and answer.json() == []
    path = f"/provinces/THR/directives/{SEQUENCE_MAX}"
    assert client.get(path, headers=signed(teh.key, path)).status_code == 404


def _params(dependant: Dependant) -> Iterator:
    yield from dependant.path_params
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _params(sub)


def test_every_integer_in_every_route_of_the_center_is_bounded_to_bigint(service) -> None:
    unbounded = []
    from desktop.center.web.app import PAGES

    every = [*create_app(service).routes, *(route for page in PAGES for route in page.router.routes)]  # the pages'
    routes = [route for route in every if isinstance(route, APIRoute)]  # routers are included lazily
    for route in routes:
        for param in _params(route.dependant):
            if param.field_info.annotation is not int:
                continue
            bounds = {type(item).__name__: item for item in param.field_info.metadata}
            if not ("Ge" in bounds and bounds["Ge"].ge >= -INT64_MAX - 1 and "Le" in bounds
                    and bounds["Le"].le <= INT64_MAX):
                unbounded.append(f"{route.path} {param.name}")
    assert routes and not unbounded
