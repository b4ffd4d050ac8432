"""The center answers reads only to the province the data belongs to, or to its staff (issue 12, point 7)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop.center.app import create_app
from desktop.center.auth import CenterAuth, NonceCache
from desktop.center.models import CenterStaffToken
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.rotation_records import rotation_record
from tests.center.conftest import NOW, Province, signed


def _app(service):
    return TestClient(create_app(service))


def test_the_national_views_need_a_valid_unrevoked_staff_token(service, teh) -> None:
    client = _app(service)
    auth = CenterAuth(service.engine, service.clock)
    token = auth.add_token("دفتر پیگیری")
    guessed = token.token[:-1] + ("B" if token.token.endswith("A") else "A")  # a wrong secret for a real id
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": token.token},
                    {"Authorization": f"Bearer {guessed}"},
                    {"Authorization": "Bearer " + "x" * 5000}):
        assert client.get("/national", headers=headers).status_code == 401
        assert client.get("/status", headers=headers).status_code == 401
    good = {"Authorization": f"Bearer {token.token}"}
    assert client.get("/national", headers=good).status_code == 200
    assert client.get("/status", headers=good).status_code == 200
    assert auth.revoke_token(token.id)
    assert client.get("/status", headers=good).status_code == 401  # at once, though it verified a moment ago
    assert [view.revoked_at for view in auth.tokens()] == [NOW]


def test_only_a_slow_salted_hash_of_a_staff_token_is_stored(service) -> None:
    auth = CenterAuth(service.engine, service.clock)
    first, second = auth.add_token("الف"), auth.add_token("ب")
    with service.engine.connect() as connection:
        stored = list(connection.scalars(select(CenterStaffToken.token_hash)))
    secrets_ = [first.token.rsplit(".", 1)[1], second.token.rsplit(".", 1)[1]]
    assert all(secret not in text for secret in secrets_ for text in stored)
    assert all('"kdf":"scrypt"' in text and '"n":32768' in text for text in stored)
    assert stored[0] != stored[1]  # salted


def test_a_province_reads_only_its_own_directives_and_chain(service, teh) -> None:
    qom = Province("QOM")
    service.register_province("QOM", "قم", export_public(qom.key.public_key()))
    client = _app(service)
    for path, query in (("/provinces/THR/directives", "after=0"), ("/provinces/THR/chain", "after=0"),
                        ("/provinces/THR/directives/1", "")):
        url = f"{path}?{query}" if query else path
        assert client.get(url, headers=signed(qom.key, path, query)).status_code == 401  # Qom's key, Tehran's data
        assert client.get(url, headers=signed(teh.key, path, query)).status_code in (200, 404)


def test_a_request_signed_for_other_parameters_or_replayed_is_refused(service, teh) -> None:
    client = _app(service)
    path = "/provinces/THR/directives"
    header = signed(teh.key, path, "after=0")
    assert client.get(f"{path}?after=5", headers=header).status_code == 401  # the query was changed
    assert client.get(f"{path}?after=0", headers=header).status_code == 200
    assert client.get(f"{path}?after=0", headers=header).status_code == 401  # replayed


def test_a_rotated_out_province_key_no_longer_signs_requests(service, teh) -> None:
    new = generate_private_key()
    service.rotate_key("THR", rotation_record(teh.key, new, "THR", from_sequence=1))
    client = _app(service)
    path = "/provinces/THR/directives"
    assert client.get(f"{path}?after=0", headers=signed(teh.key, path, "after=0")).status_code == 401
    assert client.get(f"{path}?after=0", headers=signed(new, path, "after=0")).status_code == 200


def test_the_nonce_memory_is_bounded_per_key_and_refuses_rather_than_forgets() -> None:
    cache = NonceCache(window_seconds=600, capacity=3)
    assert all(cache.first_use("qom", n) for n in ("a", "b", "c"))
    assert not cache.first_use("qom", "a")  # replay
    assert not cache.first_use("qom", "d")  # full of fresh nonces: refused, none forgotten
    assert cache.first_use("thr", "a")  # one province's flood does not lock another out
