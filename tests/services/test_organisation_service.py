"""OrganisationService: first-run setup (province, districts, branches, reference plans) and the user."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.context import AppServices
from desktop.domain.messages import ValidationError
from desktop.domain.reference import CITIZENS_RIGHTS_PROGRAMS, DRIVER_PROJECTS
from desktop.organisation import service as organisation_service
from desktop.organisation.service import DistrictDraft, OrganisationService
from desktop.planning.views import ProgramForm, SolutionForm
from desktop.store.database import Database
from desktop.store.models import (
    Activity,
    Base,
    Branch,
    ChangeLog,
    District,
    DriverProject,
    OperationalProgram,
    Plan,
    Province,
    Setting,
    Solution,
)
from tests.services.conftest import PLANS_YEAR, USER, change_log, count_rows, setup_form


def _all_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        # data_generation: bookkeeping, its one row written by migration 0014 (view_snapshots.py), not by setup.
        return {t.name: session.query(t).count() for t in Base.metadata.sorted_tables if t.name != "data_generation"}


def test_setup_writes_the_province_districts_branches_and_profile(database: Database) -> None:
    organisation = OrganisationService(database)
    assert organisation.profile().is_set_up is False
    organisation.complete_setup(setup_form())

    profile = organisation.profile()
    assert (profile.province_code, profile.province_name, profile.user_name, profile.is_set_up) == (
        "QOM", "قم", USER, True)
    counts = organisation.counts()
    assert (counts.districts, counts.branches) == (2, 3)
    with database.session() as session:
        [province] = session.scalars(select(Province))
        districts = {d.code: d for d in session.scalars(select(District))}
        assert {d.province_id for d in districts.values()} == {province.id}
        branches = {b.code: (b.district_id, b.name, b.unit_type) for b in session.scalars(select(Branch))}
        assert branches["102001"] == (districts["02"].id, "شعبه 101 جعفریه", "عمومی")  # digits normalised
    assert count_rows(database, Plan) == 0  # no plans_year: no reference plans


def test_setup_with_a_plans_year_seeds_the_reference_plans(database: Database) -> None:
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    with database.session() as session:
        plans = {p.kind: p for p in session.scalars(select(Plan))}
        assert set(plans) == {"transformation", "citizens_rights"}
        numbers = [d.number for d in session.scalars(select(DriverProject).order_by(DriverProject.number))]
        assert numbers == [p.number for p in DRIVER_PROJECTS] == list(range(1, 11))
        citizens = list(session.scalars(select(Solution).where(Solution.plan_id == plans["citizens_rights"].id)
                                        .order_by(Solution.code)))
        assert len(citizens) == len(CITIZENS_RIGHTS_PROGRAMS) == 9
        by_code = {s.code: s for s in citizens}
        for reference in CITIZENS_RIGHTS_PROGRAMS:
            [program] = by_code[reference.code].programs
            assert program.code == f"{reference.code}-{PLANS_YEAR}"
            assert [a.title for a in program.activities] == list(reference.actions)
            # each action spans the Jalali year 1405: 1 Farvardin 1405 .. 29 Esfand 1405
            assert {(a.planned_start, a.planned_finish) for a in program.activities} == {
                (date(2026, 3, 21), date(2027, 3, 20))}
    assert count_rows(database, OperationalProgram) == 9
    assert count_rows(database, Activity) == sum(len(p.actions) for p in CITIZENS_RIGHTS_PROGRAMS)


def test_setup_is_one_transaction(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_seed(session, year):
        raise RuntimeError("seeding failed half-way")

    monkeypatch.setattr(organisation_service, "seed_reference_plans", broken_seed)
    with pytest.raises(RuntimeError):
        OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    assert set(_all_counts(database).values()) == {0}  # province, districts, settings, change log: nothing


def test_a_duplicate_branch_code_refuses_the_whole_setup(database: Database) -> None:
    form = setup_form(
        DistrictDraft("01", "حوزه یک", (("B1", "شعبه یک", ""),)),
        DistrictDraft("02", "حوزه دو", (("B2", "شعبه دو", ""), ("B1", "شعبه تکراری", ""))),
    )
    with pytest.raises(ValidationError) as raised:
        OrganisationService(database).complete_setup(form, plans_year=PLANS_YEAR)
    assert "branches" in raised.value.fields
    assert raised.value.errors[0].params == {"code": "B1"}
    assert set(_all_counts(database).values()) == {0}
    assert OrganisationService(database).profile().is_set_up is False


def test_a_district_and_a_branch_may_share_a_code(database: Database) -> None:
    # districts and branches are different tables, each with its own unique codes
    form = setup_form(DistrictDraft("1", "حوزه یک", (("1", "شعبه یک", ""), ("2", "شعبه دو", ""))),
                      DistrictDraft("2", "حوزه دو"))
    OrganisationService(database).complete_setup(form)
    assert (count_rows(database, District), count_rows(database, Branch)) == (2, 2)


def test_setup_without_districts_or_names_reports_every_field(database: Database) -> None:
    form = setup_form()
    form = type(form)(province_code="", province_name=" ", user_name="", districts=())
    with pytest.raises(ValidationError) as raised:
        OrganisationService(database).complete_setup(form)
    assert set(raised.value.fields) == {"province_code", "province_name", "user_name", "districts"}
    assert count_rows(database, Setting) == 0


def test_the_user_name_set_is_written_into_later_change_log_rows(services: AppServices) -> None:
    services.organisation.set_user_name("  مریم احمدی ")
    assert services.profile().user_name == "مریم احمدی"
    last = max(r.id for r in change_log(services.database))
    plan_id = services.plans.choices().plans[0].id
    solution = services.plans.create_solution(SolutionForm(plan_id, "U-S1", "راهکار", None))
    services.plans.create_program(ProgramForm(solution, "U-P1", "برنامه"))
    later = [r for r in change_log(services.database) if r.id > last]
    assert {r.table_name for r in later} >= {"solution", "operational_program"}
    assert {r.user_name for r in later} == {"مریم احمدی"}


def test_setup_rows_are_logged_under_the_new_users_name(database: Database) -> None:
    OrganisationService(database).complete_setup(setup_form())
    with database.session() as session:
        names = set(session.scalars(select(ChangeLog.user_name)))
    assert names == {USER}


def test_an_empty_user_name_is_refused(services: AppServices) -> None:
    with pytest.raises(ValidationError) as raised:
        services.organisation.set_user_name("   ")
    assert raised.value.fields == ("user_name",)
    assert services.profile().user_name == USER


def test_a_duplicate_district_code_is_refused(database: Database) -> None:
    form = setup_form(DistrictDraft("01", "حوزه یک"), DistrictDraft("01", "حوزه دو"))
    with pytest.raises(ValidationError) as raised:
        OrganisationService(database).complete_setup(form)
    assert raised.value.fields == ("districts",)
    assert count_rows(database, District) == 0


def test_setup_with_its_secretary_writes_the_account_in_the_same_transaction(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.accounts.service import AccountService
    from desktop.clock import FixedClock
    from desktop.domain.access import Role

    accounts = AccountService(database, FixedClock(date(2026, 11, 23)))
    secretary = accounts.first_secretary("dabir", USER, "باغ انار ۱۴۰۵ سبز")
    assert "argon2" not in repr(secretary) and secretary.password_hash.startswith("$argon2")

    def broken_account(session, secretary):
        raise RuntimeError("the account could not be written")

    monkeypatch.setattr(organisation_service, "write_first_secretary", broken_account)
    with pytest.raises(RuntimeError):
        OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR, secretary=secretary)
    assert set(_all_counts(database).values()) == {0}  # no province without its account
    monkeypatch.undo()
    principal = OrganisationService(database).complete_setup(setup_form(), secretary=secretary)
    assert principal is not None and principal.role is Role.SECRETARY and principal.login == "dabir"
    assert accounts.sign_in("dabir", "باغ انار ۱۴۰۵ سبز").account_id == principal.account_id


def test_once_accounts_exist_nobody_records_his_work_under_another_name(services: AppServices) -> None:
    """The reviewer's secretary set the Settings page's name to the chief justice's and recorded progress
    under it; the same name is refused by `accounts change` (names tell users apart in the change log)."""
    from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
    from desktop.accounts.service import AccountService
    from desktop.store.models import Activity, ProgressUpdate

    accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    services.set_principal(accounts.create_first_secretary("sec", "دبیر شورا", "باغ انار ۱۴۰۵ سبز"))
    with pytest.raises(ValidationError) as refused:
        services.organisation.set_user_name("رئیس کل")
    assert refused.value.fields == ("user_name",) and "accounts change" in refused.value.english()
    assert services.profile().user_name == USER and services.principal.user_name == "دبیر شورا"
    with services.database.reading() as session:
        activity = session.scalar(select(Activity.id).order_by(Activity.id))
    update = services.plans.record_progress(activity, 30, date(2026, 11, 22), "گزارش")
    with services.database.reading() as session:
        assert session.get(ProgressUpdate, update).recorded_by == "دبیر شورا"
        assert {r.user_name for r in session.scalars(select(ChangeLog).where(
            ChangeLog.table_name == "progress_update"))} == {"دبیر شورا"}
