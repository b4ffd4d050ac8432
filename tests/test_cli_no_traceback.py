"""Nothing a user can cause ends in a traceback: every `python -m desktop` command, with a refused role, an
approved (locked) period, no password and no terminal, a bad path and a busy database, answers with one
translated line and an exit code of the README's table.

The commands are taken from the argument parser itself: a new command without a recipe here fails
`test_every_command_has_a_recipe`, so none escapes the sweep.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing  # noqa: E402
from desktop.accounts.service import AccountService  # noqa: E402
from desktop.accounts.views import AccountForm  # noqa: E402
from desktop.approvals.service import ApprovalService  # noqa: E402
from desktop.cli.main import build_parser, leaf_parsers  # noqa: E402
from desktop.cli.output import ExitCode  # noqa: E402
from desktop.clock import SystemClock  # noqa: E402
from desktop.demo import case_files  # noqa: E402
from desktop.domain.access import Role  # noqa: E402
from desktop.domain.jalali import JalaliPeriod  # noqa: E402
from desktop.meetings.service import MeetingService  # noqa: E402
from desktop.meetings.views import MeetingForm, ResolutionForm  # noqa: E402
from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm  # noqa: E402
from desktop.planning.service import PlanService  # noqa: E402
from desktop.store import busy  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.cli_support import qt_language_restored, run_cli  # noqa: E402, F401

PASSWORD = "باغ انار ۱۴۰۵ سبز"
LOCKED = "1405-07"
#: Aban 1405: the generated monthly statistics end with the month before, LOCKED.
AS_OF = date(2026, 11, 20)
DOCUMENTED = {code.value for code in ExitCode}
PERSIAN = re.compile(r"[\u0600-\u06FF]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Recipe:
    """How to run one command: its arguments ({db}, {dir}, {monthly}, {missing} filled in), whether it opens
    the database (``db``) and acts for ``--user`` (``user``); ``writes``: a viewer must be refused."""

    args: tuple[str, ...]
    db: bool = True
    user: bool = True
    writes: bool = False


def _r(*args: str, db: bool = True, user: bool = True, writes: bool = False) -> Recipe:
    return Recipe(args, db, user, writes)


P = ("--period", LOCKED)
RECIPES: dict[tuple[str, ...], Recipe | None] = {
    ("run",): None,  # the window, not a command-line job (tests/ui start it offscreen)
    ("screenshots",): None,  # the window rendered offscreen (tests/ui/test_screenshots.py)
    ("setup",): _r("--db", "{db}", "--province-code", "QOM", "--province-name", "قم", "--district", "01=یک",
                   "--secretary", "dabir2", "--secretary-name", "دبیر دوم", user=False),
    ("demo",): _r("--db", "{db}", user=False),
    ("db",): _r("--db", "{db}"),
    ("overview",): _r("--db", "{db}"),
    ("plans", "list"): _r("--db", "{db}", "--format", "json"),
    ("plans", "progress"): _r("--db", "{db}", "--activity", "{leaf}", "--percent", "40", "--on", "2026-10-01",
                              writes=True),
    # The editors: the leaf activity, its program and solution, and a meeting of the approved month with one
    # resolution (prepared below). Each change that moves the approved month's figures is refused (LOCKED_EDITS).
    ("plans", "solution", "add"): _r("--db", "{db}", "--plan", "{plan}", "--code", "TD-S99", "--title", "راهکار تازه",
                                     writes=True),
    ("plans", "solution", "show"): _r("{solution}", "--db", "{db}"),
    ("plans", "solution", "edit"): _r("{solution}", "--db", "{db}", "--weight", "2", writes=True),
    ("plans", "program", "add"): _r("--db", "{db}", "--solution", "{solution}", "--code", "TD-S99-P1", "--title",
                                    "برنامهٔ تازه", writes=True),
    ("plans", "program", "show"): _r("{program}", "--db", "{db}"),
    ("plans", "program", "edit"): _r("{program}", "--db", "{db}", "--weight", "2", writes=True),
    ("plans", "activity", "add"): _r("--db", "{db}", "--program", "{program}", "--code", "99", "--title",
                                     "فعالیت تازه", "--weight", "1", "--start", "1405-07-01", "--finish", "1405-09-30",
                                     writes=True),
    ("plans", "activity", "show"): _r("{leaf}", "--db", "{db}"),
    ("plans", "activity", "edit"): _r("{leaf}", "--db", "{db}", "--weight", "3", writes=True),
    ("plans", "activity", "delete"): _r("{leaf}", "--db", "{db}", writes=True),
    ("plans", "program", "delete"): _r("{program}", "--db", "{db}", writes=True),
    ("plans", "solution", "delete"): _r("{solution}", "--db", "{db}", writes=True),
    ("meetings", "list"): _r("--db", "{db}"),
    ("meetings", "resolutions"): _r("--db", "{db}", "--overdue"),
    ("meetings", "add"): _r("--db", "{db}", "--held-on", "1405-07-20", "--title", "جلسهٔ تازه", writes=True),
    ("meetings", "show"): _r("{meeting}", "--db", "{db}"),
    ("meetings", "edit"): _r("{meeting}", "--db", "{db}", "--held-on", "1405-08-05", writes=True),
    ("meetings", "resolution", "add"): _r("--db", "{db}", "--meeting", "{meeting}", "--text", "مصوبهٔ تازه",
                                          "--owner", "دادگستری", "--deadline", "1405-10-30", writes=True),
    ("meetings", "resolution", "show"): _r("{resolution}", "--db", "{db}"),
    ("meetings", "resolution", "edit"): _r("{resolution}", "--db", "{db}", "--status", "cancelled", writes=True),
    ("meetings", "resolution", "status"): _r("{resolution}", "cancelled", "--db", "{db}", writes=True),
    ("meetings", "resolution", "note"): _r("{resolution}", "--db", "{db}", "--text", "پیگیری شد", "--on",
                                           "1405-07-25", writes=True),
    ("meetings", "resolution", "attach"): _r("{resolution}", "{missing}", "--db", "{db}", writes=True),
    ("meetings", "resolution", "delete"): _r("{resolution}", "--db", "{db}", writes=True),
    ("meetings", "delete"): _r("{meeting}", "--db", "{db}", writes=True),
    ("settings", "show"): _r("--db", "{db}"),
    ("settings", "user-name"): _r("--db", "{db}", "دبیر", writes=True),
    ("settings", "emblem"): _r("--db", "{db}", "{missing}", writes=True),  # a refusal naming the file
    ("import",): _r("--db", "{db}", "{monthly}", "--kind", "monthly", writes=True),
    ("indicators",): _r("--db", "{db}", "--indicator", "incoming", "--level", "district", *P),
    ("generate-files",): _r("--kind", "monthly", "--rows", "5", "--out", "{dir}/out/m.csv", "--db", "{db}",
                            user=False),
    ("report",): _r("status", "--db", "{db}", "--period", "1405-H1", "--out", "{dir}/r.xlsx"),
    ("approval", "submit"): _r("--db", "{db}", *P, writes=True),
    ("approval", "withdraw"): _r("--db", "{db}", *P, writes=True),
    ("approval", "approve"): _r("--db", "{db}", *P, writes=True),
    ("approval", "send-back"): _r("--db", "{db}", *P, "--reason", "ناقص", writes=True),
    ("approval", "reopen"): _r("--db", "{db}", *P, "--reason", "اصلاح", writes=True),
    ("approval", "status"): _r("--db", "{db}", "--year", "1405"),
    ("approval", "changes"): _r("--db", "{db}", *P),
    ("comment", "add"): _r("--db", "{db}", "--district", "01", *P, "--text", "یادداشت", writes=True),
    ("comment", "list"): _r("--db", "{db}", "--district", "01"),
    ("accounts", "add"): _r("--db", "{db}", "newhead", "--name", "رئیس تازه", "--role", "viewer", writes=True),
    ("accounts", "change"): _r("--db", "{db}", "head01", "--name", "رئیس حوزهٔ یک", writes=True),
    ("accounts", "list"): _r("--db", "{db}", writes=True),
    ("accounts", "disable"): _r("--db", "{db}", "head01", writes=True),
    ("accounts", "enable"): _r("--db", "{db}", "head01", writes=True),
    ("accounts", "reset-password"): _r("--db", "{db}", "head01", writes=True),
    ("accounts", "recovery-code"): _r("--db", "{db}", writes=True),
    ("accounts", "recover"): _r("--db", "{db}", "dabir", user=False),  # no code, no terminal: a refusal
    ("audit", "list"): _r("--db", "{db}", "--format", "json", "--limit", "3"),
    ("keys", "init"): _r("--db", "{db}", "--key-file", "{dir}/k.key", writes=True),
    ("keys", "show"): _r("--db", "{db}", "--key-file", "{dir}/k.key", writes=True),
    ("keys", "export-public"): _r("--db", "{db}", "--key-file", "{dir}/k.key", "--out", "{dir}/k.pub", writes=True),
    ("keys", "rotate"): _r("--db", "{db}", "--key-file", "{dir}/k.key", writes=True),
    ("keys", "pin-center"): _r("--db", "{db}", "--key-file", "{dir}/k.key", "{missing}", writes=True),
    ("bundle", "export"): _r("--db", "{db}", "--key-file", "{dir}/k.key", "--out", "{dir}/usb", writes=True),
    ("bundle", "receipts"): _r("--db", "{db}", "{missing}", writes=True),
    ("bundle", "resync"): _r("--db", "{db}", "--key-file", "{dir}/k.key", "--from", "{missing}", writes=True),
    ("bundle", "recut"): _r("--db", "{db}", writes=True),
    ("bundle", "verify"): _r("{monthly}", "--public-key", "{missing}", db=False, user=False),
    ("directives", "import"): _r("--db", "{db}", "{missing}", writes=True),
    ("sync",): _r("--db", "{db}", "--key-file", "{dir}/k.key", "--center", "https://127.0.0.1:9", writes=True),
    ("backup", "create"): _r("--db", "{db}", "--folder", "{dir}/backups", writes=True),
    ("backup", "list"): _r("--db", "{db}", "--folder", "{dir}/backups"),
    ("backup", "restore"): _r("--db", "{db}", "--folder", "{dir}/backups", "{missing}", writes=True),
    # Last: it changes the acting user's own password (any role may), so the sweep's next sign-in would fail.
    ("accounts", "password"): _r("--db", "{db}"),
}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up province (two districts, four branches), one account per role, 1405-07 approved, and a
    monthly statistics file that reaches into 1405-07."""
    folder = tmp_path_factory.mktemp("sweep")
    path = folder / "rasad.sqlite3"
    clock = SystemClock()
    with open_database(path) as database:
        OrganisationService(database).complete_setup(SetupForm("QOM", "قم", "دبیر شورا", (
            DistrictDraft("01", "حوزه یک", (("101", "شعبه ۱۰۱", ""), ("102", "شعبه ۱۰۲", ""))),
            DistrictDraft("02", "حوزه دو", (("201", "شعبه ۲۰۱", ""), ("202", "شعبه ۲۰۲", ""))))),
            plans_year=1405)
        accounts = AccountService(database, clock, hashing=PasswordHashing(TEST_PARAMETERS))
        secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        chief = accounts.create_account(secretary, AccountForm("raees", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)
        accounts.create_account(secretary, AccountForm("head01", "رئیس حوزه یک", Role.DISTRICT_HEAD, 1), PASSWORD)
        accounts.create_account(secretary, AccountForm("viewer", "ناظر", Role.VIEWER), PASSWORD)
        meetings = MeetingService(database, clock, principal=secretary)
        meeting = meetings.create_meeting(MeetingForm(held_on=date(2026, 10, 5), title="جلسهٔ مهر"))  # 13 Mehr
        resolution = meetings.create_resolution(ResolutionForm(meeting, "مصوبهٔ مهر", "دادگستری", date(2026, 12, 30)))
        ApprovalService(database, clock, principal=secretary).submit(JalaliPeriod.parse(LOCKED))
        chief_principal = next(a for a in accounts.accounts(secretary) if a.id == chief)
        from desktop.domain.access import Principal

        ApprovalService(database, clock, principal=Principal(chief_principal.display_name, Role.CHIEF_JUSTICE,
                                                             account_id=chief)).approve(JalaliPeriod.parse(LOCKED))
        leaf = next(n for n in _nodes(PlanService(database, clock).tree()) if n.kind == "activity" and not n.children
                    and n.planned_start and n.planned_start < date(2026, 10, 1))
        (folder / "leaf.txt").write_text(str(leaf.id))
        plan, solution, program = _ancestors(PlanService(database, clock).tree(), leaf.id)
        (folder / "ids.json").write_text(json.dumps({
            "plan": plan, "solution": solution, "program": program, "meeting": meeting, "resolution": resolution}))
    case_files.write_monthly(folder / "monthly.csv", 40, 7, ["101", "102", "201", "202"], as_of=AS_OF)
    return folder


def _nodes(nodes):  # noqa: ANN001, ANN202
    for node in nodes:
        yield node
        yield from _nodes(node.children)


def _ancestors(plans, activity_id: int) -> tuple[int, int, int]:  # noqa: ANN001
    """The ids of the plan, solution and program an activity is under."""
    for plan in plans:
        for solution in plan.children:
            for program in solution.children:
                if any(node.id == activity_id for node in _nodes(program.children)):
                    return plan.id, solution.id, program.id
    raise LookupError(activity_id)


@pytest.fixture
def place(prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the prepared province for one scenario; the acting password is set; no terminal."""
    shutil.copy(prepared / "rasad.sqlite3", tmp_path / "rasad.sqlite3")
    for name in ("monthly.csv", "leaf.txt", "ids.json"):
        shutil.copy(prepared / name, tmp_path / name)
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    monkeypatch.setenv("RASAD_NEW_PASSWORD", "کوه دماوند ۵۶۷۸ بلند")
    monkeypatch.setenv("RASAD_KEY_PASSPHRASE", "a passphrase for the key file")
    monkeypatch.delenv("RASAD_LANG", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask for a password
    monkeypatch.setenv("RASAD_DATA_DIR", str(tmp_path / "data"))
    # Argon2 at test cost (the accounts were hashed so): the sweep signs in some two hundred times.
    monkeypatch.setattr(PasswordHashing.__init__, "__defaults__", (TEST_PARAMETERS,))
    return tmp_path


def _args(words: tuple[str, ...], recipe: Recipe, place: Path, *, db: Path | None = None,
          missing: bool = False, user: str | None = None, lang: str = "fa") -> list[str]:
    values = {"db": str(db or place / "rasad.sqlite3"), "dir": str(place),
              "leaf": (place / "leaf.txt").read_text(),
              **{name: str(value) for name, value in json.loads((place / "ids.json").read_text()).items()},
              "monthly": str(place / ("absent.csv" if missing else "monthly.csv")),
              "missing": str(place / "no-such-file")}
    args = [*words, *(a.format(**values) for a in recipe.args), "--lang", lang]
    if user and recipe.user:
        args += ["--user", user]
    return args


def _check(words: tuple[str, ...], code: int, out: str, err: str, lang: str) -> str:
    """The common promise; returns the message line of a failure ('' on success)."""
    assert "Traceback" not in err, (words, err)
    assert code in DOCUMENTED, (words, code, err)
    if code == 0:
        return ""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, (words, err)
    line = lines[0]
    if lang == "fa":
        assert PERSIAN.search(line), (words, line)
    else:
        assert LATIN_WORD.search(line), (words, line)
    return line


#: The commands of the sweep whose change would move the approved month's figures (each recipe is written so).
LOCKED_EDITS = {
    ("import",), ("plans", "progress"), ("plans", "activity", "add"),
    *(("plans", kind, verb) for kind in ("solution", "program", "activity") for verb in ("edit", "delete")),
    ("meetings", "add"), ("meetings", "edit"), ("meetings", "delete"),
    *(("meetings", "resolution", verb) for verb in ("add", "edit", "status", "note", "delete")),
}


def _sweep():
    return [(words, recipe) for words, recipe in RECIPES.items() if recipe is not None]


def test_every_command_has_a_recipe() -> None:
    commands = {path for path, _ in leaf_parsers(build_parser())}
    assert commands == set(RECIPES)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_refused_role_gets_one_line_and_exit_code_3(place: Path, lang: str) -> None:
    for words, recipe in _sweep():
        if not recipe.user:
            continue
        code, out, err = run_cli(*_args(words, recipe, place, user="viewer", lang=lang))
        line = _check(words, code, out, err, lang)
        if recipe.writes:
            assert code == ExitCode.REFUSED, (words, code, err)
        else:
            assert code in (ExitCode.OK, ExitCode.REFUSED), (words, code, err)
        if code == ExitCode.REFUSED and lang == "en":
            assert "role" in line or "secretary" in line or "chief justice" in line, line


def test_a_change_to_an_approved_period_gets_exit_code_4(place: Path) -> None:
    for words, recipe in _sweep():
        code, out, err = run_cli(*_args(words, recipe, place, user="dabir"))
        _check(words, code, out, err, "fa")
        if words in LOCKED_EDITS:
            assert code == ExitCode.LOCKED, (words, err)
            assert "۱۴۰۵" in err


def test_no_password_and_no_terminal_is_a_message_not_eoferror(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_PASSWORD")
    for lang in ("fa", "en"):
        for words, recipe in _sweep():
            if not recipe.user and words != ("setup",):
                continue
            db = place / "fresh.sqlite3" if words == ("setup",) else None
            code, out, err = run_cli(*_args(words, recipe, place, user="dabir", lang=lang, db=db))
            line = _check(words, code, out, err, lang)
            assert code == ExitCode.USAGE, (words, code, err)
            assert "RASAD_PASSWORD" in line and "EOF" not in err
        assert not (place / "fresh.sqlite3").exists()  # setup refused before writing anything


def test_a_bad_path_gets_one_line_and_exit_code_1(place: Path) -> None:
    blocked = place / "a-file"
    blocked.write_text("not a folder")
    for words, recipe in _sweep():
        db = blocked / "rasad.sqlite3" if words in (("setup",), ("demo",)) else place / "absent.sqlite3"
        code, out, err = run_cli(*_args(words, recipe, place, db=db, missing=True, user="dabir"))
        _check(words, code, out, err, "fa")
        assert code == ExitCode.FAILED, (words, code, err)
    assert not (place / "absent.sqlite3").exists()  # nothing created where the database was missing


def test_a_busy_database_gets_one_line_and_exit_code_5(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(busy.WAIT_VARIABLE, "0.05")  # each of the ~90 commands waits this long before it answers
    holder = sqlite3.connect(place / "rasad.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program keeps writing
    try:
        for lang in ("fa", "en"):
            for words, recipe in _sweep():
                if not recipe.user:
                    continue
                code, out, err = run_cli(*_args(words, recipe, place, user="dabir", lang=lang))
                line = _check(words, code, out, err, lang)
                assert code == ExitCode.BUSY, (words, code, err)
                if lang == "en":
                    assert line.startswith("The database is busy with another program"), line
    finally:
        holder.close()


def test_an_import_into_an_approved_month_names_its_file_and_the_next_file_is_still_imported(place: Path) -> None:
    satisfaction = place / "satisfaction.csv"
    satisfaction.write_text("کد شعبه,سال,ماه,تعداد پاسخ,میانگین رضایت\n101,1405,6,40,72.5\n102,1405,6,35,80\n",
                            encoding="utf-8")
    code, out, err = run_cli("import", "--db", str(place / "rasad.sqlite3"), str(place / "monthly.csv"),
                             str(satisfaction), "--user", "dabir", "--lang", "en")
    assert code == ExitCode.LOCKED, err
    assert err.strip() == (f"{place / 'monthly.csv'}: Mehr 1405 is approved and its data is locked; the chief "
                           "justice must reopen it before it is changed.")
    assert f"{satisfaction}: 2 of 2 rows imported (Satisfaction survey)." in out
