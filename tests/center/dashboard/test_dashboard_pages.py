"""The progress, indicators, directives and keys pages over real bundles, without a browser: what they show, the
drill-down links, the directive form and the key confirmation, and the refusals of a too-weak role."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from desktop.center.app import create_app
from desktop.center.web.app import DashboardSettings
from desktop.domain.persian import to_persian_digits
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from tests.center.dashboard.conftest import audited
from tests.center.staff_support import PASSWORD, cheap_hashing

BASE = "https://testserver"
ACCOUNTS = {"admin": ("admin", ()), "analyst": ("analyst", ()), "viewer": ("viewer", ()),
            "liaison": ("liaison", ("QOM",))}


@pytest.fixture(scope="module")
def app(seeded):
    application = create_app(seeded.center, dashboard=DashboardSettings(hashing=cheap_hashing()))
    for user, (role, provinces) in ACCOUNTS.items():
        application.state.staff_accounts.add(user, user, role, PASSWORD, provinces=provinces)
    return application


def client_for(app, user: str) -> TestClient:  # noqa: ANN001
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={"csrf_token": token, "user_name": user, "password": PASSWORD,
                                       "next": "/dashboard/progress"}).status_code == 303
    return client


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_the_indicators_page_drills_down_province_district_branch_with_a_breadcrumb(app):
    client = client_for(app, "viewer")
    page = client.get("/dashboard/indicators?indicator=clearance_rate&period=1405-H1").text
    assert "<svg" in page and "<metadata" not in page  # the chart inline, drawn on the server
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing from another site
    province_link = re.search(r'href="(/dashboard/indicators\?[^"]*province=QOM[^"]*)"', page).group(1)
    districts = client.get(province_link.replace("&amp;", "&")).text
    assert "حوزه‌های قضایی" in districts and "قم</strong>" in districts
    district_link = re.search(r'href="(/dashboard/indicators\?[^"]*district=\d+[^"]*)"', districts).group(1)
    branches = client.get(district_link.replace("&amp;", "&")).text
    assert "شعبه‌ها" in branches and ">همهٔ استان‌ها</a>" in branches and ">قم</a>" in branches


def test_the_progress_page_shows_each_province_and_the_milestones_in_persian_digits(app, seeded):
    page = client_for(app, "viewer").get("/dashboard/progress").text
    assert "اصفهان" in page and "کرمان" in page and to_persian_digits("1403") in page
    assert "این استان هنوز چیزی نفرستاده است" in page  # the silent province, never as zero
    one = client_for(app, "liaison").get("/dashboard/progress").text
    assert "اصفهان" not in one and "قم" in one
    assert client_for(app, "liaison").get("/dashboard/progress?province=ISF").status_code == 403


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_progress_page_names_each_plan_and_activity_behind_by_its_code_as_the_provinces_overview_does(
        app, seeded, lang):
    """Each row's code beside its title, as the province's own overview lists them: a plan's, and an activity's
    under its program's («TD-S۰۱-P۱ › ۲.۳»: an activity's code is its program's own), in the page's digits."""
    from desktop.clock import FixedClock
    from desktop.planning.dashboard import DashboardService
    from tests.center.dashboard.conftest import TODAY

    def shown(code: str) -> str:
        return to_persian_digits(code) if lang == "fa" else code

    own = DashboardService(seeded.provinces["QOM"], FixedClock(TODAY)).home_summary(TODAY)
    assert own.behind and own.behind_unreported
    page = client_for(app, "viewer").get(f"/dashboard/progress?province=QOM&lang={lang}").text
    rows = re.findall(r'<tr><td><span class="code" dir="ltr">([^<]*)</span></td><th scope="row">([^<]*)</th>', page)
    assert rows == [(shown(plan.code), plan.title) for plan in own.plans] + [
        (f"{shown(a.program_code)} › {shown(a.code)}", a.title) for a in own.behind + own.behind_unreported]
    if lang == "fa":
        assert not any(re.search("[0-9]", code) for code, _title in rows)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_progress_page_says_how_many_more_are_behind_and_how_many_by_as_much_as_the_last_listed(
        app, seeded, lang):
    """The province's ten most behind cut through a tie (the demo's QOM: several behind by 45 points): the page
    says how many more are behind and how many of them by the same amount, as the province's overview does -
    once the rest of the tie was hidden with nothing said."""
    from desktop.clock import FixedClock
    from desktop.planning.dashboard import DashboardService
    from tests.center.dashboard.conftest import TODAY

    own = DashboardService(seeded.provinces["QOM"], FixedClock(TODAY)).home_summary(TODAY)
    assert own.behind_unlisted and own.behind_tied_unlisted
    page = client_for(app, "viewer").get(f"/dashboard/progress?province=QOM&lang={lang}").text
    said = re.search(r'<p class="muted" id="behind-more">([^<]*)</p>', page).group(1)
    if lang == "fa":
        more, tied = to_persian_digits(str(own.behind_unlisted)), to_persian_digits(str(own.behind_tied_unlisted))
        assert said == (f"{more} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند و در فهرست نیامده‌اند؛ "
                        f"{tied} فعالیت از آن‌ها به همان اندازهٔ آخرین فعالیت فهرست عقب‌اند.")
    else:
        assert said == (f"{own.behind_unlisted} more with a progress report are behind schedule and are not "
                        f"listed, {own.behind_tied_unlisted} of them by the same amount as the last listed.")


def test_the_progress_page_counts_the_solutions_that_cannot_be_measured_and_says_why(app, seeded):
    """An empty program measures nothing: the tile counted solutions without a program only."""
    from desktop.clock import FixedClock
    from desktop.planning.dashboard import DashboardService
    from tests.center.dashboard.conftest import TODAY

    own = DashboardService(seeded.provinces["QOM"], FixedClock(TODAY)).home_summary(TODAY)
    assert own.unmeasurable_solutions
    page = client_for(app, "viewer").get("/dashboard/progress?province=QOM&lang=en").text
    tile = re.search(r'<span class="label">Solutions not measurable</span><strong>([^<]*)</strong>'
                     r'<span class="label">([^<]*)</span>', page)
    assert tile is not None and tile.group(1) == str(own.unmeasurable_solutions)
    assert tile.group(2) == (f"{own.solutions_without_program} without an operational program, "
                             f"{own.solutions_without_activity} with programs but no activity")


def test_an_analyst_issues_a_directive_from_the_form_and_sees_it_listed(app):
    client = client_for(app, "analyst")
    page = client.get("/dashboard/directives").text
    answer = client.post("/dashboard/directives", data={
        "csrf_token": csrf(page), "province": ["QOM"], "note": "ابلاغ",
        "deadline_code": "D-PAGE", "deadline_title": "گزارش", "deadline_due": "۱۴۰۵/۱۰/۰۱", "deadline_note": ""})
    assert answer.status_code == 303 and "QOM-1" in answer.headers["location"]
    listed = client.get(answer.headers["location"]).text
    assert "هنوز گزارش نشده" in listed and "QOM" in listed


def test_a_bad_directive_form_is_said_beside_the_form_and_issues_nothing(app):
    client = client_for(app, "analyst")
    page = client.get("/dashboard/directives").text
    answer = client.post("/dashboard/directives", data={
        "csrf_token": csrf(page), "province": ["ISF"], "deadline_code": "X", "deadline_title": "ت",
        "deadline_due": "فردا"})
    assert answer.status_code == 400 and "تاریخ نیست" in answer.text and 'value="X"' in answer.text


@pytest.mark.parametrize(("user", "method", "path"), [
    ("viewer", "post", "/dashboard/directives"), ("liaison", "post", "/dashboard/directives"),
    ("analyst", "post", "/dashboard/keys/register/preview"), ("viewer", "post", "/dashboard/keys/rotate"),
])
def test_a_too_weak_role_is_refused_with_the_403_page_and_audited(app, seeded, user, method, path):
    client = client_for(app, user)
    token = csrf(client.get("/dashboard/keys").text)
    answer = getattr(client, method)(path, data={"csrf_token": token, "province": "QOM"})
    assert answer.status_code == 403 and "اجازهٔ" in answer.text
    (newest, *_) = audited(seeded)
    assert (newest[0], newest[3]) == (user, "refused") and newest[1] in ("issue_directive", "manage_keys")


def test_a_key_is_registered_only_after_its_fingerprint_is_shown_and_confirmed(app):
    client = client_for(app, "admin")
    key = generate_private_key()
    token = csrf(client.get("/dashboard/keys").text)
    preview = client.post("/dashboard/keys/register/preview", data={"csrf_token": token, "province": "SMN",
                                                                    "name": "سمنان"},
                          files={"public_key_file": ("smn.pub", export_public(key.public_key()))})
    assert preview.status_code == 200 and fingerprint(key.public_key()) in preview.text
    assert "SMN" not in client.get("/dashboard/keys").text  # nothing registered by the preview
    fields = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', preview.text))
    done = client.post("/dashboard/keys/register", data={**fields, "public_key": export_public(
        key.public_key()).decode()})
    assert done.status_code == 303
    assert "SMN" in client.get("/dashboard/keys").text


@pytest.mark.parametrize("query", ["district=abc&province=QOM", "province=NOPE", "period=junk", "indicator=nope",
                                   "district=99999&province=QOM"])
def test_a_bad_indicators_address_is_said_on_the_page_not_a_traceback(app, query):
    answer = client_for(app, "admin").get(f"/dashboard/indicators?{query}")
    assert answer.status_code == 200 and 'class="alert"' in answer.text


def test_a_rotation_record_is_applied_only_after_its_new_key_id_is_shown_and_confirmed(app, seeded):
    from desktop.sync.rotation_records import rotation_record

    client = client_for(app, "admin")
    new = generate_private_key()
    record = rotation_record(seeded.keys["ISF"], new, "ISF", from_sequence=2)
    token = csrf(client.get("/dashboard/keys").text)
    preview = client.post("/dashboard/keys/rotate/preview", data={"csrf_token": token, "province": "ISF"},
                          files={"record_file": ("isf.rotation", record)})
    assert preview.status_code == 200 and fingerprint(new.public_key()) in preview.text
    assert fingerprint(new.public_key()) not in client.get("/dashboard/keys").text  # the preview changed nothing
    fields = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', preview.text))
    wrong = client.post("/dashboard/keys/rotate", data={**fields, "key_id": "0" * 16})
    assert wrong.status_code == 400 and fingerprint(new.public_key()) not in client.get("/dashboard/keys").text
    assert client.post("/dashboard/keys/rotate", data=fields).status_code == 303
    assert fingerprint(new.public_key()) in client.get("/dashboard/keys").text
    stranger = client.post("/dashboard/keys/rotate/preview", data={"csrf_token": token, "province": "QOM"},
                           files={"record_file": ("x", b"x" * 9000)})
    assert stranger.status_code == 400 and 'class="alert"' in stranger.text  # too large: said, nothing read


@pytest.mark.parametrize("path", ["/dashboard/progress", "/dashboard/progress?province=QOM", "/dashboard/indicators",
                                  "/dashboard/indicators?province=QOM", "/dashboard/directives", "/dashboard/keys"])
def test_every_page_in_english_left_to_right_with_latin_digits(app, path):
    page = client_for(app, "admin").get(path + ("&" if "?" in path else "?") + "lang=en")
    assert page.status_code == 200 and 'dir="ltr"' in page.text and 'lang="en"' in page.text
    numbers = re.findall(r'<td class="number">(.*?)</td>', page.text, flags=re.S)
    assert not any(re.search("[۰-۹]", cell) for cell in numbers)  # figures in Latin digits (names stay as sent)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_best_or_worst_units_name_is_isolated_so_its_figure_stays_beside_it(app, lang):
    """Seen in an English screenshot (r16): "1. حوزه قضایی قم: 83.9%" drawn as "1. 83.9 :حوزه قضایی قم%" — a Persian
    name in a left-to-right line carries the figure after it into its own direction unless isolated."""
    # the provinces: a province's districts in the seeded demo rest on too few cases to rank but one of them
    page = client_for(app, "admin").get(f"/dashboard/indicators?lang={lang}").text
    items = re.findall(r"<section class=\"two-columns\">.*?</section>", page, flags=re.S)
    assert items and re.findall(r"<li>", items[0])
    for item in re.findall(r"<li>(.*?)</li>", items[0], flags=re.S):
        assert re.fullmatch(r"\S+\. <bdi>[^<]+</bdi>: <strong><bdi>[^<]+</bdi></strong>", item), item


def test_the_notice_after_a_change_names_only_a_real_key_or_directive_not_text_from_the_address(app, seeded):
    """Hostile review (r16): /dashboard/keys?done=... and /dashboard/directives?issued=... showed any text typed
    into the address as the dashboard's own green notice ("Done: call this number ...")."""
    client = client_for(app, "viewer")
    spoof = "THR key revoked, send your password to evil.example"
    for path, param in (("/dashboard/keys", "done"), ("/dashboard/directives", "issued")):
        page = client.get(path, params={param: spoof}).text
        assert 'class="notice"' not in page and spoof not in page, path  # (the language link keeps it, encoded)
    real = f"QOM {fingerprint(seeded.keys['QOM'].public_key())}"
    assert 'class="notice"' in client.get("/dashboard/keys", params={"done": real}).text
    liaison = client_for(app, "liaison")  # Qom's: Isfahan's key is not his to be told about
    other = f"ISF {fingerprint(seeded.keys['ISF'].public_key())}"
    assert 'class="notice"' not in liaison.get("/dashboard/keys", params={"done": other}).text


def test_the_indicators_page_says_a_running_year_runs_through_its_latest_month(app):
    client = client_for(app, "viewer")
    running = client.get("/dashboard/indicators?indicator=incoming&period=1405").text
    assert "تا پایان" in running and "قیاس‌پذیر نیست" in running
    whole = client.get("/dashboard/indicators?indicator=incoming&period=1405-H1").text
    assert "قیاس‌پذیر نیست" not in whole


@pytest.mark.parametrize(("query", "unit"), [("", "روز"), ("&lang=en", "Days")], ids=["fa", "en"])
def test_the_trend_of_a_time_names_its_unit_beside_the_value_axis(app, query: str, unit: str):
    page = client_for(app, "viewer").get(f"/dashboard/indicators?indicator=avg_time_to_disposition&period=1405-H1"
                                         f"{query}").text
    chart = page[page.index("<svg"):page.index("</svg>")]
    assert f"<!-- {unit} -->" in chart
