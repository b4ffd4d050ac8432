"""A flood of staff sign-ins cannot take the center's memory (security review sec40, t8_loginflood.py: 60 posts to
/login ran 40 Argon2id hashes of 64 MiB at once, 2.5 GiB). Sign-ins have a room of their own
(``CenterLimits.max_sign_ins``, desktop/center/rooms.py): beyond it, and beyond one address's share, the answer
is at once a busy page with 503 and Retry-After, the password not hashed, whatever the user name.

A real uvicorn server in a thread; each client posts from its own loopback address (127.0.0.0/8 needs no set-up
on Linux). The password hashing is held at a gate so the test knows how many hashes run at once.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx2 as httpx
import pytest
import uvicorn

from desktop.center.app import CenterLimits, create_app
from desktop.center.web.app import DashboardSettings
from desktop.sync.keys import export_public
from tests.center.conftest import Province
from tests.center.staff_support import PASSWORD, add_every_role, cheap_hashing


class GatedHashing:
    """Cheap Argon2id whose checks wait at a gate (or for ``pause``), counting how many run at once."""

    def __init__(self, pause: float | None = None) -> None:
        self.inner, self.pause = cheap_hashing(), pause
        self.gate = threading.Event()
        self.running = self.most = self.calls = 0
        self._lock = threading.Lock()

    def check(self, stored: str | None, password: str) -> bool:
        with self._lock:
            self.running += 1
            self.calls += 1
            self.most = max(self.most, self.running)
        try:
            if self.pause is None:
                self.gate.wait(20)
            else:
                time.sleep(self.pause)
            return self.inner.check(stored, password)
        finally:
            with self._lock:
                self.running -= 1

    def wait_running(self, count: int) -> None:
        deadline = time.monotonic() + 10
        while self.running < count:
            assert time.monotonic() < deadline, f"{self.running} checks running, expected {count}"
            time.sleep(0.02)

    def __getattr__(self, name: str):  # noqa: ANN204 - hash, needs_rehash: the inner hashing's
        return getattr(self.inner, name)


class Center:
    def __init__(self, service, limits: CenterLimits, hashing: GatedHashing) -> None:  # noqa: ANN001
        service.register_province("THR", "تهران", export_public(Province("THR").key.public_key()))  # a liaison's
        app = create_app(service, limits, dashboard=DashboardSettings(secure_cookies=False, hashing=cheap_hashing()))
        add_every_role(app.state.staff_accounts)
        app.state.staff_accounts.hashing = hashing
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the center did not start"
            time.sleep(0.05)

    def sign_in(self, source: str, user: str, password: str = "wrong password!", lang: str = "") -> httpx.Response:
        """GET the form (its CSRF cookie) and POST it, from the loopback address ``source``."""
        transport = httpx.HTTPTransport(local_address=source)
        with httpx.Client(base_url=f"http://127.0.0.1:{self.port}", transport=transport, timeout=30) as client:
            form = client.get("/login" + (f"?lang={lang}" if lang else ""))
            token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
            return client.post("/login", data={"csrf_token": token, "user_name": user, "password": password})

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def hashing() -> GatedHashing:
    return GatedHashing()


@pytest.fixture
def center(service, hashing) -> Iterator[Center]:  # noqa: ANN001
    running = Center(service, CenterLimits(max_sign_ins=2), hashing)
    yield running
    hashing.gate.set()
    running.stop()


def test_with_the_sign_in_room_full_a_further_sign_in_is_told_busy_at_once_without_a_hash(center, hashing) -> None:
    with ThreadPoolExecutor(2) as pool:
        held = [pool.submit(center.sign_in, "127.0.0.1", "viewer"), pool.submit(center.sign_in, "127.0.0.2", "nobody")]
        hashing.wait_running(2)  # a known account and an unknown name: both hold a place, both cost a hash
        started = time.monotonic()
        busy = center.sign_in("127.0.0.3", "someone-else")
        assert busy.status_code == 503 and busy.headers["retry-after"] == "30"
        assert time.monotonic() - started < 5  # told at once, not queued
        assert "گذرواژهٔ شما بررسی نشد" in busy.text and 'name="csrf_token"' in busy.text  # the form, to retry
        english = center.sign_in("127.0.0.4", "admin", PASSWORD, lang="en")
        assert english.status_code == 503 and "your password was not checked" in english.text
        assert hashing.calls == 2  # neither of them was hashed (a flood took 40 hashes of 64 MiB at once)
        hashing.gate.set()
        assert [answer.result().status_code for answer in held] == [401, 401]
    assert center.sign_in("127.0.0.3", "admin", PASSWORD).status_code == 303  # the room is free again


def test_one_address_holds_half_of_the_sign_in_room_so_others_still_get_in(center, hashing) -> None:
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(center.sign_in, "127.0.0.1", "viewer")
        hashing.wait_running(1)
        assert center.sign_in("127.0.0.1", "analyst").status_code == 503  # its share is one of the two places
        other = pool.submit(center.sign_in, "127.0.0.2", "analyst")
        hashing.wait_running(2)  # another address still gets the second place
        hashing.gate.set()
        assert (first.result().status_code, other.result().status_code) == (401, 401)
    assert hashing.calls == 2


def test_a_flood_of_sign_ins_never_runs_more_hashes_at_once_than_the_room(service) -> None:  # noqa: ANN001
    hashing = GatedHashing(pause=0.1)
    running = Center(service, CenterLimits(max_sign_ins=2), hashing)
    try:
        sources = [f"127.0.0.{1 + i % 4}" for i in range(32)]
        with ThreadPoolExecutor(len(sources)) as pool:
            answers = list(pool.map(lambda s: running.sign_in(s[1], f"nobody{s[0]}").status_code,
                                    enumerate(sources)))
    finally:
        running.stop()
    assert set(answers) <= {401, 403, 503} and 503 in answers
    assert hashing.most <= 2  # memory: at most two hashes of 64 MiB, whatever the flood
    assert hashing.calls == answers.count(401)  # every name distinct: none locked, each one hashed or turned away
