from collections import Counter

from desktop.domain.jalali import PeriodKind
from desktop.domain.planning import PlanKind, SolutionTerm
from desktop.domain.reference import (
    CITIZENS_RIGHTS_PLAN,
    CITIZENS_RIGHTS_PROGRAMS,
    DRIVER_PROJECTS,
    RESPONSIBLE_UNITS,
    TRANSFORMATION_PLAN,
    TRANSFORMATION_SOLUTIONS,
)
from desktop.domain.reference.citizens_rights import GENERAL_PROVISIONS
from desktop.domain.reference.driver_projects import driver_project
from desktop.domain.reference.transformation import solution


def test_the_ten_driver_projects_verbatim():
    assert [(p.number, p.title, p.executor) for p in DRIVER_PROJECTS] == [
        (1, "قضازدایی", "معاونت حقوقی و امور مجلس"),
        (2, "ساماندهی کارشناسی رسمی", "معاونت حقوقی و امور مجلس"),
        (3, "هوشمند سازی", "مرکز آمار و فناوری اطلاعات"),
        (4, "ساماندهی ضابطان", "دادستانی کل کشور"),
        (5, "ارزیابی عملکرد قضات", "دادسرای انتظامی قضات"),
        (6, "ارتقای شفافیت و رفع ساختارهای فسادزا", "سازمان بازرسی کل کشور"),
        (7, "اشتغال زندانیان", "سازمان زندانها و اقدامات تأمینی و تربیتی کشور"),
        (8, "صدور اسناد رسمی و حدنگاری (کاداستر)", "سازمان ثبت اسناد و املاک کشور"),
        (9, "درگاه یکپارچه ارتباطات مردمی", "حوزه ریاست"),
        (10, "ساخت مسکن کارکنان", "معاونت مالی پشتیبانی و امور عمرانی"),
    ]
    assert driver_project(9).executor == "حوزه ریاست"


def test_transformation_plan_identity():
    assert (TRANSFORMATION_PLAN.code, TRANSFORMATION_PLAN.title) == ("TD", "سند تحول و تعالی قوه قضاییه")
    assert TRANSFORMATION_PLAN.kind is PlanKind.TRANSFORMATION
    assert TRANSFORMATION_PLAN.reporting_period is PeriodKind.HALF


def test_solutions_have_unique_codes_and_complete_fields():
    assert 30 <= len(TRANSFORMATION_SOLUTIONS) <= 40
    codes = [s.code for s in TRANSFORMATION_SOLUTIONS]
    assert len(set(codes)) == len(codes)
    assert all(code.startswith("TD-S") for code in codes)
    assert len({s.title for s in TRANSFORMATION_SOLUTIONS}) == len(codes)
    for item in TRANSFORMATION_SOLUTIONS:
        assert item.title and item.responsible_unit and item.executive_manager
        assert item.term in set(SolutionTerm)
        assert item.driver_project is None or 1 <= item.driver_project <= 10
    assert solution("TD-S06").title == "توسعه دادرسی الکترونیک"


def test_mid_and_long_term_solutions_dominate():
    terms = Counter(s.term for s in TRANSFORMATION_SOLUTIONS)
    assert terms[SolutionTerm.MID] + terms[SolutionTerm.LONG] > 3 * terms[SolutionTerm.SHORT] > 0


def test_every_driver_project_has_at_least_two_solutions():
    per_project = Counter(s.driver_project for s in TRANSFORMATION_SOLUTIONS)
    assert all(per_project[p.number] >= 2 for p in DRIVER_PROJECTS)


def test_responsible_units_are_distinct_and_cover_every_executor_and_solution():
    assert len(set(RESPONSIBLE_UNITS)) == len(RESPONSIBLE_UNITS)
    assert {p.executor for p in DRIVER_PROJECTS} <= set(RESPONSIBLE_UNITS)
    assert {s.responsible_unit for s in TRANSFORMATION_SOLUTIONS} <= set(RESPONSIBLE_UNITS)
    assert "مرکز وکلا، کارشناسان رسمی و مشاوران خانواده" in RESPONSIBLE_UNITS


def test_citizens_rights_plan_identity():
    assert (CITIZENS_RIGHTS_PLAN.code, CITIZENS_RIGHTS_PLAN.title) == (
        "CR",
        "دستورالعمل صیانت از حقوق شهروندی",
    )
    assert CITIZENS_RIGHTS_PLAN.kind is PlanKind.CITIZENS_RIGHTS
    assert CITIZENS_RIGHTS_PLAN.reporting_period is PeriodKind.QUARTER


def test_nine_citizens_rights_programs_each_with_at_least_four_actions():
    assert [p.number for p in CITIZENS_RIGHTS_PROGRAMS] == list(range(1, 10))
    assert [p.code for p in CITIZENS_RIGHTS_PROGRAMS] == [f"CR-P0{n}" for n in range(1, 10)]
    assert all(len(p.actions) >= 4 for p in CITIZENS_RIGHTS_PROGRAMS)
    assert [len(p.actions) for p in CITIZENS_RIGHTS_PROGRAMS] == [5, 9, 4, 8, 6, 5, 8, 7, 7]


def test_citizens_rights_wording_is_kept():
    first, *_, last = CITIZENS_RIGHTS_PROGRAMS
    assert first.title == "تعیین سیاست ها و راهبردهای صیانت از حقوق شهروندی"
    assert last.title == "پایش و بررسی وضعیت حقوق شهروندی"
    assert CITIZENS_RIGHTS_PROGRAMS[4].title == "ارتباطات مردمی و توسعه خدمات الکترونیکی"
    assert (
        first.actions[0] == "تعیین راهبردهای اجرایی و احصا شخص های صیانت از حقوق شهروندی در دستگاه های اجرایی"
    )
    assert CITIZENS_RIGHTS_PROGRAMS[1].note.startswith("به منظور تسهیل در اجرای این برنامه")
    assert len(GENERAL_PROVISIONS) == 10


def test_reference_text_uses_persian_letters_and_single_spaces():
    texts = [p.title for p in CITIZENS_RIGHTS_PROGRAMS] + [
        a for p in CITIZENS_RIGHTS_PROGRAMS for a in p.actions
    ]
    texts += [s.title for s in TRANSFORMATION_SOLUTIONS] + list(RESPONSIBLE_UNITS)
    for text in texts:
        assert text == text.strip() and "  " not in text
        assert not set(text) & {"\u064a", "\u0643", "\u0649"}, text
