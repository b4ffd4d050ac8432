"""The dashboard's web layer without a browser (issue 16): every POST refuses a missing or wrong CSRF token, every
page sends to sign-in without a session, a too-weak role gets the 403 page (audited), cookies and headers are
safe, the sign-in starts a new session, and the templates' texts are marked for translation."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop.center.app import create_app
from desktop.center.models import CenterAudit
from desktop.center.staff import Action, StaffRole, allowed
from desktop.center.web.app import DashboardSettings
from desktop.center.web.deps import SESSION_COOKIE
from desktop.sync.keys import export_public
from tests.center.conftest import Province
from tests.center.staff_support import PASSWORD, Clock, add_every_role, cheap_hashing

BASE = "https://testserver"  # cookies are Secure: the client keeps them over https only


@pytest.fixture
def app(service):
    service.clock = Clock()
    for code, name in (("THR", "تهران"), ("QOM", "قم")):
        service.register_province(code, name, export_public(Province(code).key.public_key()))
    application = create_app(service, dashboard=DashboardSettings(hashing=cheap_hashing()))
    add_every_role(application.state.staff_accounts)
    return application


def _client(app) -> TestClient:  # noqa: ANN001
    return TestClient(app, base_url=BASE, follow_redirects=False)


def _login_token(client: TestClient) -> str:
    page = client.get("/login")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def sign_in(client: TestClient, user: str, password: str = PASSWORD):  # noqa: ANN201
    return client.post("/login", data={"csrf_token": _login_token(client), "user_name": user, "password": password,
                                       "next": "/dashboard/provinces"})


def _routes(routes):  # noqa: ANN001, ANN202
    """Every APIRoute, also inside included routers (FastAPI ≥ 0.16x keeps an included router as one entry)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from _routes(route.original_router.routes)


def _dashboard_routes(app, method: str) -> list[APIRoute]:  # noqa: ANN001
    """Every route the dashboard's modules declare (a new page's route is covered without touching this test)."""
    return [route for route in _routes(app.routes) if method in route.methods
            and route.endpoint.__module__.startswith("desktop.center.web")]


def _url(route: APIRoute) -> str:
    return re.sub(r"\{[^}]+\}", "1", route.path)


def test_every_dashboard_post_refuses_a_missing_or_wrong_csrf_token(app) -> None:
    posts = _dashboard_routes(app, "POST")
    assert {"/login", "/logout"} <= {route.path for route in posts}
    client = _client(app)
    assert sign_in(client, "admin").status_code == 303
    session_cookie = client.cookies.get(SESSION_COOKIE)
    for route in posts:
        for form in ({}, {"csrf_token": ""}, {"csrf_token": "not-the-token"}):
            answer = client.post(_url(route), data={**form, "user_name": "admin", "password": PASSWORD})
            assert answer.status_code == 403, (route.path, form, answer.status_code)
            assert "فرم منقضی شده" in answer.text or "اجازه" in answer.text
    assert client.cookies.get(SESSION_COOKIE) == session_cookie
    assert client.get("/dashboard/provinces").status_code == 200  # still signed in: nothing was done


def test_signing_out_with_the_right_token_ends_the_session(app) -> None:
    client = _client(app)
    sign_in(client, "viewer")
    page = client.get("/dashboard/provinces")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    cookie = client.cookies.get(SESSION_COOKIE)
    assert client.post("/logout", data={"csrf_token": token}).headers["location"] == "/login"
    assert app.state.staff_accounts.context_for(cookie) is None
    client.cookies.set(SESSION_COOKIE, cookie)  # a copy of the old cookie no longer signs in
    assert client.get("/dashboard/provinces").status_code == 303


def test_a_post_from_another_site_is_refused_before_any_handler(app) -> None:
    client = _client(app)
    token = _login_token(client)
    form = {"csrf_token": token, "user_name": "admin", "password": PASSWORD}
    assert client.post("/login", data=form, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post("/login", data=form, headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.post("/login", data=form).status_code == 303


def test_every_dashboard_page_sends_to_sign_in_without_a_session(app) -> None:
    client = _client(app)
    pages = [route for route in _dashboard_routes(app, "GET") if route.path != "/login"]
    assert {"/dashboard/provinces", "/dashboard/audit"} <= {route.path for route in pages}
    for route in pages:
        answer = client.get(_url(route))
        if route.path == "/":
            answer = client.get(answer.headers["location"])
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login?next=/"), route.path
    client.cookies.set(SESSION_COOKIE, "made-up")
    assert client.get("/dashboard/provinces").headers["location"] == "/login?next=/dashboard/provinces"


def test_a_too_weak_role_gets_the_403_page_in_persian_and_the_refusal_is_audited(app, service) -> None:
    for user in ("analyst", "viewer", "liaison"):
        client = _client(app)
        sign_in(client, user)
        answer = client.get("/dashboard/audit")
        assert answer.status_code == 403 and "نقش حساب شما اجازهٔ این صفحه یا کار را نمی‌دهد" in answer.text
        assert 'href="/dashboard/audit"' not in answer.text  # the nav shows only what the role may open
    client = _client(app)
    sign_in(client, "admin")
    assert client.get("/dashboard/audit").status_code == 200
    with service.engine.connect() as connection:
        refused = list(connection.execute(select(CenterAudit.user_name, CenterAudit.action).where(
            CenterAudit.outcome == "refused").order_by(CenterAudit.id)))
    assert [tuple(row) for row in refused] == [("analyst", "view_audit"), ("viewer", "view_audit"),
                                               ("liaison", "view_audit")]


def test_a_liaison_page_lists_only_his_provinces(app) -> None:
    client = _client(app)
    sign_in(client, "liaison")
    page = client.get("/dashboard/provinces").text
    assert "تهران" in page and "قم" not in page


def test_the_session_cookie_is_httponly_strict_secure_and_new_at_every_sign_in(app) -> None:
    client = _client(app)
    answer = sign_in(client, "viewer")
    header = answer.headers["set-cookie"]
    assert "HttpOnly" in header and "SameSite=strict" in header and "Secure" in header
    first = client.cookies.get(SESSION_COOKIE)
    other = _client(app)
    token = _login_token(other)
    other.cookies.set(SESSION_COOKIE, first)  # a session id planted in the browser before it signs in
    answer = other.post("/login", data={"csrf_token": token, "user_name": "viewer", "password": PASSWORD})
    second = answer.cookies.get(SESSION_COOKIE)
    assert answer.status_code == 303 and second and first != second
    assert app.state.staff_accounts.context_for(first) is None  # the session the browser had is ended


def test_plain_http_cookies_only_when_asked(service) -> None:
    application = create_app(service, dashboard=DashboardSettings(secure_cookies=False, hashing=cheap_hashing()))
    application.state.staff_accounts.add("viewer", "بیننده", "viewer", PASSWORD)
    client = TestClient(application, follow_redirects=False)
    assert "Secure" not in sign_in(client, "viewer").headers["set-cookie"]


def test_sign_in_goes_only_to_a_page_of_this_dashboard(app) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "/national"):
        client = _client(app)
        answer = client.post("/login", data={"csrf_token": _login_token(client), "user_name": "viewer",
                                             "password": PASSWORD, "next": target})
        assert answer.headers["location"] == "/dashboard/provinces", target


#: (method, path) → the Action it must require: the spec the walk below holds every route to. A new route missing
#: here fails the walk until someone says what it needs. Signing in/out need no action (a session for /logout).
REQUIRED = {
    ("GET", "/dashboard/provinces"): Action.view_provinces, ("GET", "/dashboard/audit"): Action.view_audit,
    ("GET", "/dashboard/progress"): Action.view_progress, ("GET", "/dashboard/indicators"): Action.view_indicators,
    ("GET", "/dashboard/directives"): Action.view_directives,
    ("POST", "/dashboard/directives"): Action.issue_directive,
    ("GET", "/dashboard/keys"): Action.view_keys,
    ("POST", "/dashboard/keys/register/preview"): Action.manage_keys,
    ("POST", "/dashboard/keys/register"): Action.manage_keys,
    ("POST", "/dashboard/keys/rotate/preview"): Action.manage_keys,
    ("POST", "/dashboard/keys/rotate"): Action.manage_keys,
    ("GET", "/dashboard/report"): Action.download_report,
    ("GET", "/dashboard/report/download"): Action.download_report,
}
OPEN = {("GET", "/login"), ("POST", "/login"), ("GET", "/")}
SIGNED_IN_ONLY = {("POST", "/logout")}


def _declared_action(route: APIRoute) -> tuple[Action | None, bool]:
    """The Action a route's ``require``/``require_csrf`` dependency asks for, and whether it checks CSRF."""
    for dependency in route.dependant.dependencies:
        if hasattr(dependency.call, "action"):
            return dependency.call.action, getattr(dependency.call, "checks_csrf", False)
    return None, False


def _assert_headers(answer, where: str) -> None:  # noqa: ANN001
    assert answer.headers.get("x-frame-options") == "DENY", where
    assert answer.headers.get("x-content-type-options") == "nosniff", where
    assert answer.headers.get("referrer-policy") == "no-referrer", where
    assert "script-src 'self'" in answer.headers.get("content-security-policy", ""), where


def test_every_dashboard_route_requires_its_action_and_refuses_no_session_and_each_too_weak_role(app) -> None:
    routes = [(method, route) for route in _dashboard_routes(app, "GET") + _dashboard_routes(app, "POST")
              for method in sorted(route.methods & {"GET", "POST"})]
    seen = {(method, route.path) for method, route in routes}
    assert seen == set(REQUIRED) | OPEN | SIGNED_IN_ONLY, "a route the walk does not know: add it to REQUIRED"
    for method, route in routes:
        key = (method, route.path)
        if key in OPEN:
            continue
        action, checks_csrf = _declared_action(route)
        assert action == REQUIRED.get(key), key
        assert checks_csrf == (method == "POST"), key  # every POST checks the form's token
        anonymous = _client(app).request(method, _url(route), data={"csrf_token": "x"})
        assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login?next=/"), key
        _assert_headers(anonymous, str(key))
        if action is None:
            continue
        for role in StaffRole:
            client = _client(app)
            sign_in(client, role.value)
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/dashboard/provinces").text).group(1)
            answer = client.request(method, _url(route), data={"csrf_token": token})
            _assert_headers(answer, f"{key} {role}")
            if allowed(role, action):
                assert answer.status_code != 403, (key, role)
            else:  # refused by the role even with the session's own token, in Persian, nothing done
                assert answer.status_code == 403 and "اجازه" in answer.text, (key, role)


def test_security_headers_on_pages_and_the_api(app) -> None:
    client = _client(app)
    for path in ("/login", "/health", "/dashboard/provinces"):
        headers = client.get(path).headers
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "script-src 'self'" in headers["content-security-policy"]


def test_wrong_password_unknown_user_and_lockout_are_told_in_persian_without_saying_which(app) -> None:
    client = _client(app)
    wrong, unknown = sign_in(client, "viewer", "wrong password!"), sign_in(client, "nobody", "wrong password!")
    assert wrong.status_code == unknown.status_code == 401
    assert "نام کاربری یا گذرواژه نادرست است" in wrong.text and "نام کاربری یا گذرواژه نادرست است" in unknown.text
    for _ in range(4):
        last = sign_in(client, "viewer", "wrong password!")
    assert last.status_code == 403 and "این حساب تا ۱۵ دقیقه قفل است" in last.text


def test_the_nav_and_language_switch(app) -> None:
    client = _client(app)
    sign_in(client, "admin")
    page = client.get("/dashboard/provinces").text
    assert 'dir="rtl"' in page and "استان‌ها" in page and 'href="/dashboard/audit"' in page
    english = client.get("/dashboard/provinces?lang=en").text
    assert 'dir="ltr"' in english and "Provinces" in english
    assert 'lang="en"' in client.get("/dashboard/audit").text  # remembered in the session


def test_an_unknown_dashboard_page_is_a_persian_404(app) -> None:
    client = _client(app)
    sign_in(client, "viewer")
    answer = client.get("/dashboard/nothing-here")
    assert answer.status_code == 404 and "چنین صفحه‌ای نیست" in answer.text
    assert client.get("/no-such-api").headers["content-type"].startswith("application/json")  # the API: as before


def test_opening_a_form_only_address_is_a_page_in_the_persons_language_not_json(app) -> None:
    client = _client(app)
    pages = {route.path for route in _dashboard_routes(app, "GET")}
    posts = [route for route in _dashboard_routes(app, "POST") if route.path not in pages]
    assert {"/logout", "/dashboard/keys/register"} <= {route.path for route in posts}
    answer = client.get("/logout")  # without a session: the page still, Persian by default
    assert answer.status_code == 405 and "text/html" in answer.headers["content-type"]
    assert "این نشانی فرمی را می‌گیرد" in answer.text and answer.headers["allow"] == "POST"
    sign_in(client, "viewer")
    for route in posts:
        answer = client.get(_url(route))
        assert answer.status_code == 405 and "این نشانی فرمی را می‌گیرد" in answer.text, route.path
        assert 'href="/dashboard/provinces"' in answer.text  # the nav: the person is still signed in
    client.get("/dashboard/provinces?lang=en")  # remembered in the session
    english = client.get("/logout")
    assert "This address takes a form" in english.text and 'dir="ltr"' in english.text
    assert client.get("/status").status_code in (401, 403)  # the API outside the dashboard: unchanged
    assert client.put("/health").headers["content-type"].startswith("application/json")


def test_the_fonts_are_served_from_the_desktops_resources(app) -> None:
    from desktop.paths import fonts_dir

    answer = _client(app).get("/static/fonts/Vazirmatn-Regular.ttf")
    assert answer.status_code == 200 and answer.content == (fonts_dir() / "Vazirmatn-Regular.ttf").read_bytes()


def test_the_templates_texts_are_marked_for_translation() -> None:
    from tools import i18n

    assert i18n.TEMPLATE_MESSAGES.read_text(encoding="utf-8") == i18n.template_messages_module(), \
        "run `python -m tools.i18n update` after changing a template"


def test_a_database_locked_past_the_wait_is_a_persian_busy_page_not_a_traceback(app, service) -> None:
    if service.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's write lock")
    client = _client(app)
    token = _login_token(client)
    with service.engine.connect() as holder:  # another process's long write (an ingest), on the same file
        holder.begin()  # BEGIN IMMEDIATE (desktop/center/engine.py)
        answer = client.post("/login", data={"csrf_token": token, "user_name": "viewer", "password": PASSWORD})
        holder.rollback()
    assert answer.status_code == 503 and "پایگاه دادهٔ مرکز" in answer.text
    assert sign_in(client, "viewer").status_code == 303  # and it works once the writer is done


def test_an_oversized_or_undeclared_form_is_refused_before_it_is_read(app) -> None:
    client = _client(app)
    token = _login_token(client)
    big = {"csrf_token": token, "user_name": "viewer", "password": "x" * (1024 * 1024)}
    assert client.post("/login", data=big).status_code == 413

    def chunks():  # noqa: ANN202 - a body without a declared length
        yield b"csrf_token=" + token.encode()

    assert client.post("/login", content=chunks(),
                       headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 411


def test_a_center_with_no_province_yet_shows_empty_states_not_errors_or_forms_to_nowhere(service) -> None:
    """Looked at in screenshots (r16): on a new center the indicators page said "no statistics yet" as a red
    error, the directive form offered no province to send to, the progress table was a header alone."""
    service.clock = Clock()
    application = create_app(service, dashboard=DashboardSettings(hashing=cheap_hashing()))
    application.state.staff_accounts.add("admin", "admin", "admin", PASSWORD)
    client = _client(application)
    sign_in(client, "admin")
    none_yet = "هنوز هیچ استانی ثبت نشده است"
    indicators = client.get("/dashboard/indicators").text
    assert indicators.count('class="alert"') == 0
    assert re.search(r'<p class="card">هنوز هیچ استانی آمار نفرستاده است', indicators)
    directives = client.get("/dashboard/directives").text
    assert none_yet in directives and 'action="/dashboard/directives"' not in directives
    progress = client.get("/dashboard/progress").text
    assert none_yet in progress
    english = client.get("/dashboard/progress?lang=en").text
    assert "No province is registered yet" in english
