"""Writing a branches file: districts and branches through the ORM (change-logged), with the month each new
branch opened (docs/indicators.md, "Completeness"; docs/access.md, "Lock")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.persian import normalise_text
from desktop.store.approvals import ensure_branches_unlocked
from desktop.store.models import Branch, District, IndicatorMonth, Province


class NoProvince(Exception):
    """The file has no province to add districts to (the first-run setup has not been done)."""


class BranchWriter:
    """Districts and branches of a branches file. A district is found by code, then by name; an unknown name
    creates it with the next free numeric code. A branch's opening month is set when the file gives one (an empty
    cell keeps what it had). A branch added, or its opening month changed, changes no figure of an approved
    period - only which branches its units wait for (the approval keeps the figures it approved:
    docs/access.md, "Lock"); moving a branch with figures in a locked month is refused."""

    def __init__(self, session: Session) -> None:
        self.session = session
        province = session.scalar(select(Province).order_by(Province.id).limit(1))
        if province is None:
            raise NoProvince
        self.province = province
        districts = list(session.scalars(select(District)))
        self.by_code = {normalise_text(d.code).casefold(): d for d in districts}
        self.by_name = {normalise_text(d.name): d for d in districts}
        self.branches = {b.code: b for b in session.scalars(select(Branch))}
        #: Whether the province has any figures yet: a branch added then without an opening month is expected in
        #: every past month (its districts' earlier periods become incomplete), which the import says.
        self.has_figures = session.scalar(select(IndicatorMonth.month_index).limit(1)) is not None
        #: Codes of the branches added without an opening month while the province had figures.
        self.expected_since_always: list[str] = []
        #: Ids of the branches given an opening month (added with one, or changed).
        self.opening_set: set[int] = set()

    def district(self, text: str) -> District:
        found = self.by_code.get(text.casefold()) or self.by_name.get(text)
        if found is not None:
            return found
        numeric = [int(code) for code in self.by_code if code.isdigit()]
        width = max((len(code) for code in self.by_code if code.isdigit()), default=2)
        code = str(max(numeric, default=0) + 1).zfill(width)
        district = District(province_id=self.province.id, code=code, name=text)
        self.session.add(district)
        self.by_code[code] = district
        self.by_name[text] = district
        return district

    def __call__(self, records: list[tuple[Any, ...]]) -> int:
        written = 0
        for code, name, district_text, unit_type, opened in records:
            district = self.district(district_text)
            branch = self.branches.get(code)
            if branch is None:
                branch = Branch(code=code, name=name, unit_type=unit_type, district=district, opened_month=opened)
                self.session.add(branch)
                self.branches[code] = branch
                if opened is None and self.has_figures:
                    self.expected_since_always.append(code)
                written += 1
                continue
            opening = branch.opened_month if opened is None else opened
            if (branch.name, branch.district_id, branch.unit_type, branch.opened_month) == (
                    name, district.id, unit_type, opening):
                continue
            if branch.district_id != district.id:  # its figures would move to another district
                ensure_branches_unlocked(self.session, [branch.id])
            branch.name, branch.district, branch.unit_type, branch.opened_month = name, district, unit_type, opening
            written += 1
        self.session.flush()
        self.opening_set |= {self.branches[code].id for code, *_rest, opened in records if opened is not None}
        return written
