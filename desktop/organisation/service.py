"""The province's profile and organisation: districts and branches; first-run setup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.accounts.first_secretary import FirstSecretary, has_accounts, write_first_secretary
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, ErrorCollector, ValidationError
from desktop.domain.organisation import validate_code
from desktop.domain.planning import validate_title
from desktop.planning.reference_seed import seed_reference_plans
from desktop.store.audit import SETTING, record_event
from desktop.store.database import Database
from desktop.store.models import Branch, District, Province
from desktop.store.settings import get_setting, set_setting

#: Why the profile's user name is not changed once accounts exist.
ACCOUNT_NAMES_ONLY = QT_TRANSLATE_NOOP(
    "Validation", "This database has user accounts: changes are recorded under the name of the account that makes "
                  "them, changed on the Users page or with “accounts change” (by the secretary; a chief justice's "
                  "account by a chief justice).")

PROVINCE_NAME = "province.name"
PROVINCE_CODE = "province.code"
USER_NAME = "user.name"
SETUP_DONE = "setup.done"


@dataclass(frozen=True)
class Profile:
    province_code: str
    province_name: str
    user_name: str
    is_set_up: bool


@dataclass(frozen=True)
class DistrictDraft:
    code: str
    name: str
    branches: tuple[tuple[str, str, str], ...] = ()  # (code, name, unit type)


@dataclass(frozen=True)
class SetupForm:
    province_code: str
    province_name: str
    user_name: str
    districts: tuple[DistrictDraft, ...]


@dataclass(frozen=True)
class OrganisationCounts:
    districts: int
    branches: int


@dataclass(frozen=True)
class DistrictView:
    id: int
    code: str
    name: str
    branches: int


@dataclass(frozen=True)
class BranchView:
    id: int
    code: str
    name: str
    unit_type: str
    district_id: int
    district_name: str


class AlreadySetUp(DomainError):
    """The first-run setup of a database that is set up already (by another window, or long ago)."""

    def __init__(self) -> None:
        super().__init__("Organisation", QT_TRANSLATE_NOOP(
            "Organisation", "This database is already set up; branches are added or moved by importing the "
                            "branch registry."))


class OrganisationService(ActsForPrincipal):
    """The province's profile and organisation, as far as :attr:`principal` may see it: a district head sees
    his own district and its branches only."""

    def __init__(self, database: Database, *, principal: Principal | None = None):
        self._database = database
        self._act_for(principal)

    def profile(self) -> Profile:
        with self._database.reading() as session:
            return Profile(
                province_code=get_setting(session, PROVINCE_CODE, "") or "",
                province_name=get_setting(session, PROVINCE_NAME, "") or "",
                user_name=get_setting(session, USER_NAME, "") or "",
                is_set_up=bool(get_setting(session, SETUP_DONE, False)),
            )

    def counts(self) -> OrganisationCounts:
        """Districts and branches this principal can see."""
        own = self.principal.visible_district
        districts = select(func.count()).select_from(District)
        branches = select(func.count()).select_from(Branch)
        if own is not None:
            districts, branches = districts.where(District.id == own), branches.where(Branch.district_id == own)
        with self._database.reading() as session:
            return OrganisationCounts(session.scalar(districts) or 0, session.scalar(branches) or 0)

    def districts(self) -> list[DistrictView]:
        """The districts this principal can see, by code, with their number of branches."""
        query = (select(District.id, District.code, District.name, func.count(Branch.id))
                 .outerjoin(Branch, Branch.district_id == District.id)
                 .group_by(District.id).order_by(District.code))
        own = self.principal.visible_district
        if own is not None:
            query = query.where(District.id == own)
        with self._database.reading() as session:
            return [DistrictView(*row) for row in session.execute(query)]

    def branches(self, district_id: int | None = None) -> list[BranchView]:
        """The branches of one district (or of every district this principal can see), by code. Another
        district than a district head's own gives none."""
        query = (select(Branch.id, Branch.code, Branch.name, Branch.unit_type, District.id, District.name)
                 .join(District, District.id == Branch.district_id).order_by(Branch.code))
        own = self.principal.visible_district
        if own is not None and district_id not in (None, own):
            return []
        wanted = district_id if district_id is not None else own
        if wanted is not None:
            query = query.where(Branch.district_id == wanted)
        with self._database.reading() as session:
            return [BranchView(*row) for row in session.execute(query)]

    def district_by_code(self, code: str) -> DistrictView:
        """The district with this code among those this principal can see, else a ValidationError."""
        wanted = code.strip()
        for district in self.districts():
            if district.code == wanted:
                return district
        raise ValidationError("district", QT_TRANSLATE_NOOP(
            "Validation", "There is no judicial district with the code {code}."), {"code": wanted})

    def set_user_name(self, name: str) -> None:
        """The name changes are recorded under while the database has no accounts. Once it has, each user's name
        is his account's (unique among them: the change log tells users apart by it), changed on the Users page or
        with ``accounts change``: this name would have let anyone record his work under someone else's."""
        self.principal.require(Action.EDIT)
        clean = validate_title(name, "user_name", 200)
        with self._database.session() as session:
            if has_accounts(session):
                raise ValidationError("user_name", ACCOUNT_NAMES_ONLY)
            before = get_setting(session, USER_NAME, "") or ""
            set_setting(session, USER_NAME, clean)
            record_event(session, self.principal, SETTING, f"{USER_NAME}: {before} → {clean}")
        self._database.user_name = clean  # later changes are logged under this name

    def complete_setup(self, form: SetupForm, *, plans_year: int | None = None,
                       secretary: FirstSecretary | None = None) -> Principal | None:
        """First run: the province, its districts and (optionally) branches, the user's name, when `plans_year` is
        given the reference plans (citizens'-rights actions scheduled over that Jalali year) and, when `secretary`
        is given, its account (returned signed in). All or nothing: a province is never there without its
        secretary's account (desktop/accounts/first_secretary.py)."""
        self.principal.require(Action.EDIT)
        if self.profile().is_set_up:
            raise AlreadySetUp
        errors = ErrorCollector()
        code = errors.check(validate_code, form.province_code, "province_code")
        name = errors.check(validate_title, form.province_name, "province_name", 200)
        user = errors.check(validate_title, form.user_name, "user_name", 200)
        districts = self._check_districts(form.districts, errors)
        errors.raise_if_any()
        assert user is not None
        with self._database.session(user_name=user) as session:
            # Again under the write lock: a second window's wizard on the same new database may have finished first.
            if get_setting(session, SETUP_DONE, False) or (secretary is not None and has_accounts(session)):
                raise AlreadySetUp
            province = session.scalar(select(Province).where(Province.code == code)) or Province(code=code)
            province.name = name
            session.add(province)
            session.flush()
            for district_code, district_name, branches in districts:
                district = District(province_id=province.id, code=district_code, name=district_name)
                session.add(district)
                session.flush()
                session.add_all(Branch(district_id=district.id, code=b_code, name=b_name, unit_type=b_type)
                                for b_code, b_name, b_type in branches)
            set_setting(session, PROVINCE_CODE, code)
            set_setting(session, PROVINCE_NAME, name)
            set_setting(session, USER_NAME, user)
            if plans_year is not None:
                seed_reference_plans(session, plans_year)
            set_setting(session, SETUP_DONE, True)
            principal = None if secretary is None else write_first_secretary(session, secretary)
        self._database.user_name = user
        return principal

    @staticmethod
    def _check_districts(drafts: Sequence[DistrictDraft], errors: ErrorCollector):
        if not drafts:
            errors.add(ValidationError("districts", QT_TRANSLATE_NOOP(
                "Validation", "Enter at least one judicial district.")))
            return []
        seen: set[str] = set()  # branch codes (unique among branches)
        seen_districts: set[str] = set()  # district codes (unique among districts; may equal a branch code)
        cleaned = []
        for draft in drafts:
            d_code = errors.check(validate_code, draft.code, "districts")
            d_name = errors.check(validate_title, draft.name, "districts", 200)
            branches = []
            for b_code, b_name, b_type in draft.branches:
                code = errors.check(validate_code, b_code, "branches")
                title = errors.check(validate_title, b_name, "branches", 200)
                if code and code in seen:
                    errors.add(ValidationError("branches", QT_TRANSLATE_NOOP(
                        "Validation", "The code {code} is already in use."), {"code": code}))
                if code:
                    seen.add(code)
                branches.append((code, title, b_type.strip()))
            if d_code and d_code in seen_districts:
                errors.add(ValidationError("districts", QT_TRANSLATE_NOOP(
                    "Validation", "The code {code} is already in use."), {"code": d_code}))
            if d_code:
                seen_districts.add(d_code)
            cleaned.append((d_code, d_name, branches))
        return cleaned
