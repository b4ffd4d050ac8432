"""Generated CMS export files (docs/indicators.md, "Input files") for tests and import benchmarks.

Every writer streams: rows are produced one at a time and written as they come (CSV through ``csv.writer``,
Excel through openpyxl's write-only mode), so memory stays constant however many rows are asked for. Output
is deterministic from the seed and ``as_of``. Dates are Jalali in the mixed forms a real export shows
(``۱۴۰۳/۰۲/۰۵``, ``1403-2-5``, ``1403/02/05``, with a time for referrals). Windows-1256 cannot hold Persian
digits or the Persian ی: those files use Latin digits and the Arabic ي, as the CMS does.
"""

from __future__ import annotations

import csv
import functools
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.indicators.periods import month_index_of, year_and_month
from desktop.domain.jalali import to_jalali
from desktop.domain.persian import to_persian_digits

ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1256")
FORMATS = ("csv", "xlsx")
CASE_HEADERS = (
    "شماره پرونده", "کد شعبه", "نوع پرونده", "تاریخ ثبت", "تاریخ ارجاع", "تاریخ اولین وقت رسیدگی",
    "تعداد جلسات", "تاریخ مختومه",
)  # fmt: skip
MONTHLY_HEADERS = (
    "کد شعبه", "سال", "ماه", "ورودی", "مختومه", "مانده پایان ماه", "میانگین زمان رسیدگی",
    "میانگین زمان وقت‌دهی", "بیشترین زمان وقت‌دهی",
)  # fmt: skip
SATISFACTION_HEADERS = ("کد شعبه", "سال", "ماه", "تعداد پاسخ", "میانگین رضایت")
BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")
CASE_TYPES = ("حقوقی", "کیفری", "خانواده", "اجرای احکام", "تجدیدنظر")
UNIT_TYPES = ("دادگاه عمومی حقوقی", "دادگاه کیفری دو", "شورای حل اختلاف", "اجرای احکام مدنی")
Row = Sequence[object]


_jalali = functools.lru_cache(maxsize=8192)(to_jalali)  # a few thousand distinct days: convert each once


def _jalali_text(day: date, style: int, moment: str = "") -> str:
    year, month, dom = _jalali(day)
    if style == 0:
        text = to_persian_digits(f"{year}/{month:02d}/{dom:02d}{moment}")
    elif style == 1:
        text = f"{year}-{month}-{dom}{moment}"
    else:
        text = f"{year}/{month:02d}/{dom:02d}{moment}"
    return text


def case_rows(rows: int, seed: int, branch_codes: Sequence[str], as_of: date) -> Iterator[Row]:
    """Case listing rows, registered over the two years before ``as_of``; about a third still pending."""
    rng = random.Random(seed)
    span = 730
    start = as_of - timedelta(days=span)
    for number in range(1, rows + 1):
        registered = start + timedelta(days=rng.randrange(span))
        style = rng.randrange(3)
        referred = min(as_of, registered + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
        minute = rng.randint(7 * 60 + 30, 15 * 60)
        referred_text = "" if rng.random() < 0.02 else _jalali_text(
            referred, style, f" {minute // 60:02d}:{minute % 60:02d}"
        )  # fmt: skip
        hearing = referred + timedelta(days=rng.randint(3, 60))
        disposed = registered + timedelta(days=int(rng.expovariate(1 / 120)))
        is_disposed = disposed < as_of
        yield (
            f"{number:08d}",
            rng.choice(branch_codes),
            rng.choice(CASE_TYPES),
            _jalali_text(registered, style),
            referred_text,
            "" if rng.random() < 0.03 or hearing > as_of else _jalali_text(hearing, style),
            rng.randint(0, 6) if is_disposed else "",
            _jalali_text(disposed, style) if is_disposed else "",
        )


def _months_before(as_of: date, count: int) -> list[tuple[int, int]]:
    last = month_index_of(as_of) - 1
    return [year_and_month(index) for index in range(last - count + 1, last + 1)]


def monthly_rows(rows: int, seed: int, branch_codes: Sequence[str], as_of: date) -> Iterator[Row]:
    """One row per branch and month (the months before ``as_of``, newest last), at most ``rows``."""
    rng = random.Random(seed)
    months = _months_before(as_of, max(1, -(-rows // max(1, len(branch_codes)))))
    written = 0
    for year, month in months:
        for code in branch_codes:
            if written == rows:
                return
            incoming = rng.randint(20, 120)
            disposed = max(0, incoming + rng.randint(-30, 25))
            average = round(rng.uniform(5, 60), 1)
            yield (code, year, month, incoming, disposed, rng.randint(50, 600), round(rng.uniform(30, 200), 1),
                   average, round(average * rng.uniform(1.2, 3.0), 1))  # fmt: skip
            written += 1


def satisfaction_rows(rows: int, seed: int, branch_codes: Sequence[str], as_of: date) -> Iterator[Row]:
    rng = random.Random(seed)
    months = _months_before(as_of, max(1, -(-rows // max(1, len(branch_codes)))))
    written = 0
    for year, month in months:
        for code in branch_codes:
            if written == rows:
                return
            yield code, year, month, rng.randint(0, 80), round(rng.uniform(30, 95), 1)
            written += 1


def branch_rows(
    rows: int, seed: int, branch_codes: Sequence[str] = (), as_of: date | None = None
) -> Iterator[Row]:
    """A branch registry: ``branch_codes`` first, then generated codes, spread over a few districts."""
    rng = random.Random(seed)
    for number in range(1, rows + 1):
        code = branch_codes[number - 1] if number <= len(branch_codes) else f"9{number:05d}"
        district = f"حوزه قضایی {to_persian_digits(1 + number % 8)}"
        yield code, f"شعبه {to_persian_digits(number)}", district, rng.choice(UNIT_TYPES)


def _for_encoding(value: object, encoding: str) -> object:
    if encoding != "cp1256" or not isinstance(value, str):
        return value
    return value.translate(_CP1256)


_CP1256 = str.maketrans({**{chr(0x06F0 + d): str(d) for d in range(10)}, "ی": "ي"})


def write_rows(
    path: Path, headers: Sequence[str], rows: Iterator[Row], fmt: str = "csv", encoding: str = "utf-8-sig"
) -> int:
    """Stream ``rows`` under ``headers`` into a CSV (in ``encoding``) or an .xlsx file; returns the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
            count += 1
        workbook.save(path)
        return count
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}")
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file)
        writer.writerow([_for_encoding(h, encoding) for h in headers])
        for row in rows:
            writer.writerow([_for_encoding(value, encoding) for value in row])
            count += 1
    return count


def write_case_listing(
    path: Path,
    rows: int,
    seed: int,
    branch_codes: Sequence[str],
    fmt: str = "csv",
    encoding: str = "utf-8-sig",
    *,
    as_of: date | None = None,
) -> int:
    """A case listing of ``rows`` cases of the given branches, registered in the two years before ``as_of``."""
    return write_rows(
        path, CASE_HEADERS, case_rows(rows, seed, branch_codes, as_of or date.today()), fmt, encoding
    )


def write_monthly(path: Path, rows: int, seed: int, branch_codes: Sequence[str], fmt: str = "csv",
                  encoding: str = "utf-8-sig", *, as_of: date | None = None) -> int:  # fmt: skip
    return write_rows(
        path, MONTHLY_HEADERS, monthly_rows(rows, seed, branch_codes, as_of or date.today()), fmt, encoding
    )


def write_satisfaction(path: Path, rows: int, seed: int, branch_codes: Sequence[str], fmt: str = "csv",
                       encoding: str = "utf-8-sig", *, as_of: date | None = None) -> int:  # fmt: skip
    return write_rows(
        path,
        SATISFACTION_HEADERS,
        satisfaction_rows(rows, seed, branch_codes, as_of or date.today()),
        fmt,
        encoding,
    )


def write_branches(path: Path, rows: int, seed: int, branch_codes: Sequence[str] = (), fmt: str = "csv",
                   encoding: str = "utf-8-sig") -> int:  # fmt: skip
    return write_rows(path, BRANCH_HEADERS, branch_rows(rows, seed, branch_codes), fmt, encoding)
