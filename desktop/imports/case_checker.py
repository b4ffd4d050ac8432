"""Checking the rows of a case listing. A row that is entirely well-formed takes a fast path, converted with
as few calls as possible; any doubt sends it to the careful path, which checks each cell on its own and reports
all its problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.imports.columns import FileKind
from desktop.imports.parsing import (
    CellError,
    clock_of,
    date_cache,
    parse_count,
    parse_date,
    parse_datetime,
    parse_label,
    parse_text,
    raw_date,
    time_cache,
)
from desktop.imports.problems import (
    CASE_NUMBER_MAX_LENGTH,
    DISPOSED_BEFORE_REGISTERED,
    DUPLICATE_CASE,
    HEARING_BEFORE_REFERRED,
    HEARING_BEFORE_REGISTERED,
    IN_FUTURE,
    LABEL_MAX_LENGTH,
    REFERRED_BEFORE_REGISTERED,
    TOO_EARLY,
)
from desktop.imports.row_checker import (
    BAD_CELL,
    RowChecker,
    SlowPath,
)


class CaseChecker(RowChecker):
    """Records: (case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on, hearings,
    disposed_on)."""

    kind = FileKind.CASES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: set[str] = set()
        self.any_pending = False
        #: Branch id -> the latest registration or disposal date among the file's rows of that branch (ISO): how
        #: far the export's data on the branch runs. An older listing is told by it (desktop/imports/late_rows.py).
        self.latest_by_branch: dict[int, str] = {}
        self._raw_branches: dict[str, int] = dict(self.branches)  # cell text as found -> id
        #: Case type cell text as found -> its label, learnt from the rows the careful path accepted (a few
        #: distinct texts: one look-up per row instead of a call to the normalising function).
        self._labels: dict[str, str] = {}

    @property
    def latest_date(self) -> str:
        """The latest registration or disposal date in the file (ISO): the date of the export, as far as it tells;
        withdrawals and moves are dated by it."""
        return max(self.latest_by_branch.values(), default="")

    def touched_months(self) -> list[int]:
        """Registration month to disposal month of every case, to this month when one is pending."""
        if self.first_month is None or self.last_month is None:
            return []
        last = max(self.last_month, self.today_month) if self.any_pending else self.last_month
        return list(range(self.first_month, last + 1))

    def check(self, rows: Sequence[tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
        rows = self.without_wide_rows(rows)
        ix = self.index
        i_num, i_branch, i_type, i_reg = ix["case_number"], ix["branch_code"], ix["case_type"], ix["registered_on"]
        i_ref, i_hear, i_count, i_disp = ix["referred_at"], ix["first_hearing_on"], ix["hearings"], ix["disposed_on"]
        if min(i_num, i_branch, i_type, i_reg, i_disp) < 0:  # missing columns: the careful path reports them
            return super().check(rows)
        today = self.today_iso
        earliest = self.earliest_iso
        latest_of = self.latest_by_branch
        latest_get = latest_of.get
        branches = self._raw_branches
        labels = self._labels
        seen = self.seen
        seen_add = seen.add
        branch_add = self.branch_ids.add
        first = self.first_month if self.first_month is not None else 1 << 30
        last = self.last_month if self.last_month is not None else -1
        pending = self.any_pending
        records: list[tuple[Any, ...]] = []
        append = records.append
        self.record_lines = lines = []
        line_append = lines.append
        dates, times = date_cache, time_cache
        for line, r in rows:
            # Any surprise (a bad or uncached value, a broken rule) raises and sends the row to check_row.
            try:
                number = r[i_num]
                if not (number.isascii() and number.isalnum()) or len(number) > CASE_NUMBER_MAX_LENGTH:
                    raise SlowPath
                branch_id = branches[r[i_branch]]
                case_type = labels[r[i_type]]  # KeyError: not seen yet (or not a type)
                text = r[i_reg]
                registered, reg_month, _ = dates.get(text) or raw_date(text)  # ValueError when bad
                if registered > today or registered < earliest:
                    raise SlowPath
                referred = None
                reference = registered
                if i_ref >= 0 and (text := r[i_ref]):
                    head, space, tail = text.partition(" ")
                    reference, _, _ = dates.get(head) or raw_date(head)
                    clock = times.get(tail) or clock_of(tail)
                    if not space or clock is None or reference < registered or reference > today:
                        raise SlowPath
                    referred = f"{reference} {clock}.000000"
                hearing = None
                if i_hear >= 0 and (text := r[i_hear]):
                    hearing, _, _ = dates.get(text) or raw_date(text)
                    if hearing < reference:
                        raise SlowPath
                hearings = None
                if i_count >= 0 and (text := r[i_count]):
                    hearings = int(text)
                    if hearings < 0 or "_" in text:  # int() reads '1_0': parse_count refuses it
                        raise SlowPath
                if text := r[i_disp]:
                    disposed, end_month, _ = dates.get(text) or raw_date(text)
                    if disposed < registered or disposed > today:
                        raise SlowPath
                    end = disposed
                else:
                    disposed = None
                    end_month = reg_month
                    end = registered
                    pending = True
                if number in seen:
                    raise SlowPath
            except (SlowPath, CellError, KeyError, ValueError):
                self.first_month, self.last_month, self.any_pending = (
                    None if first == 1 << 30 else first, None if last < 0 else last, pending)
                self._row_failed = False
                record = self.check_row(line, r)
                if record is not None and not self._row_failed:
                    append(record)
                    line_append(line)
                    branches.setdefault(r[i_branch], record[1])
                    labels.setdefault(r[i_type], record[2])
                first = self.first_month if self.first_month is not None else 1 << 30
                last = self.last_month if self.last_month is not None else -1
                pending = self.any_pending
                continue
            seen_add(number)
            branch_add(branch_id)
            if reg_month < first:
                first = reg_month
            if end_month > last:
                last = end_month
            if end > latest_get(branch_id, ""):
                latest_of[branch_id] = end
            line_append(line)
            append((number, branch_id, case_type, registered, referred, hearing, hearings, disposed))
        self.first_month = None if first == 1 << 30 else first
        self.last_month = None if last < 0 else last
        self.any_pending = pending
        return records

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        number = self.cell(line, cells, "case_number", lambda t: parse_text(t, CASE_NUMBER_MAX_LENGTH))
        if number is not BAD_CELL and number is not None:
            if number in self.seen:
                self.problem(line, "case_number", DUPLICATE_CASE, value=number)
            self.seen.add(number)
        branch_id = self.branch(line, cells)
        case_type = self.cell(line, cells, "case_type", lambda t: parse_text(parse_label(t), LABEL_MAX_LENGTH))
        registered = self.cell(line, cells, "registered_on", parse_date)
        referred = self.cell(line, cells, "referred_at", parse_datetime)
        hearing = self.cell(line, cells, "first_hearing_on", parse_date)
        hearings = self.cell(line, cells, "hearings", parse_count)
        disposed = self.cell(line, cells, "disposed_on", parse_date)
        today = self.today_iso
        if registered not in (None, BAD_CELL) and registered[0] > today:
            self.problem(line, "registered_on", IN_FUTURE, value=self.raw(cells, "registered_on").strip())
        elif registered not in (None, BAD_CELL) and registered[0] < self.earliest_iso:
            self.problem(line, "registered_on", TOO_EARLY, value=self.raw(cells, "registered_on").strip(),
                         earliest=self.earliest_year)
        if disposed not in (None, BAD_CELL) and disposed[0] > today:
            self.problem(line, "disposed_on", IN_FUTURE, value=self.raw(cells, "disposed_on").strip())
        if referred not in (None, BAD_CELL) and referred[1] > today:
            self.problem(line, "referred_at", IN_FUTURE, value=self.raw(cells, "referred_at").strip())
        if registered not in (None, BAD_CELL):
            shown = self.raw(cells, "registered_on").strip()
            if referred not in (None, BAD_CELL) and referred[1] < registered[0]:
                self.problem(line, "referred_at", REFERRED_BEFORE_REGISTERED,
                             value=self.raw(cells, "referred_at").strip(), registered=shown)
            if disposed not in (None, BAD_CELL) and disposed[0] < registered[0]:
                self.problem(line, "disposed_on", DISPOSED_BEFORE_REGISTERED,
                             value=self.raw(cells, "disposed_on").strip(), registered=shown)
            if hearing not in (None, BAD_CELL):
                if referred not in (None, BAD_CELL):
                    if hearing[0] < referred[1]:
                        self.problem(line, "first_hearing_on", HEARING_BEFORE_REFERRED,
                                     value=self.raw(cells, "first_hearing_on").strip(),
                                     referred=self.raw(cells, "referred_at").strip())
                elif hearing[0] < registered[0]:
                    self.problem(line, "first_hearing_on", HEARING_BEFORE_REGISTERED,
                                 value=self.raw(cells, "first_hearing_on").strip(), registered=shown)
        if self._row_failed:
            return None
        self.branch_ids.add(branch_id)
        if disposed is None:
            self.any_pending = True
        self.touch(registered[1], registered[1] if disposed is None else disposed[1])
        end = registered[0] if disposed is None else disposed[0]
        if end > self.latest_by_branch.get(branch_id, ""):
            self.latest_by_branch[branch_id] = end
        return (number, branch_id, case_type, registered[0], referred[0] if referred else None,
                hearing[0] if hearing else None, hearings, disposed[0] if disposed else None)


