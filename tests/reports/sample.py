"""A small report with every kind of block and the mixed runs that slip most easily, for the layout tests."""

from __future__ import annotations

from datetime import date

from desktop.charts.progress import draw_driver_projects
from desktop.planning.views import NamedProgress, Progress
from desktop.reports.document import (
    Chart,
    Charts,
    Chrome,
    Column,
    Figures,
    JalaliDate,
    Number,
    NumberKind,
    Paragraph,
    Report,
    Section,
    Table,
    Tone,
)

MIXED = "هدف ۴۰٪ تا پایان ۱۴۰۳ (CMS) برای پرونده 1403-000123 می‌شود"
CODES = "راهکار CR-P01 با SPI برابر ۰٫۸۵ در تاریخ ۱۴۰۳/۰۲/۰۵"
LONG = ("این یک پاراگراف طولانی است که باید در چند سطر شکسته شود تا خواننده فارسی آن را از بالا به پایین و "
        "از راست به چپ بخواند؛ سطر اول باید با «این» آغاز شود و سطر آخر با «پایان» تمام شود و این پایان است")
CHROME = Chrome("صفحه {page} از {pages}", "تهیه‌شده در {date}", "امضای رئیس کل دادگستری استان", "داده‌ای نیست.")
PROJECTS = (NamedProgress(1, "1", "قضازدایی", "", Progress(60.0, 45.0, 0.75)),
            NamedProgress(2, "2", "هوشمند سازی", "", Progress(40.0, 42.0, 1.05)))


def sample_report() -> Report:
    table = Table((Column("ستون اول", 2.0), Column("مقدار", 1.0, True), Column("تاریخ", 1.0, True),
                   Column("تغییر", 1.0, True)),
                  (("ردیف نخست", Number(40.0, NumberKind.PERCENT), JalaliDate(date(2024, 4, 24)),
                    Number(-3.25, NumberKind.PERCENT, 1, signed=True)),
                   ("ردیف دوم با متنی بلندتر که در ستون خود شکسته می‌شود", Number(1234567), None,
                    Number(2.0, signed=True))),
                  sheet="جدول", tones=(Tone.GOOD, Tone.BAD))
    chart = Chart("drivers", "طرح‌ها", lambda axes, style: draw_driver_projects(
        axes, PROJECTS, style, planned_label="برنامه", actual_label="واقعی"), 6.0, 2.0)
    sections = (
        Section("بخش نخست", (Figures((("پیشرفت واقعی", "۴۵٪"), ("شاخص SPI", "۰٫۷۵"))), Paragraph(MIXED),
                             Paragraph(CODES), Paragraph(LONG), table)),
        Section("نمودارها", (Charts((chart,)), Table((Column("الف"),), (), sheet="خالی", empty_text="جدول خالی است.")),
                new_page=True),
    )
    return Report(kind="sample", title="گزارش آزمایشی", province="شورای قضایی استان قم", period_label="نیم‌سال اول ۱۴۰۵",
                  as_of=date(2026, 9, 21), cover_lines=("وضعیت در ۱۴۰۵/۰۶/۳۰",), sections=sections, chrome=CHROME,
                  rtl=True, file_stem="sample")
