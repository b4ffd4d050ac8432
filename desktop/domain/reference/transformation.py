"""The Judiciary Transformation Document (سند تحول و تعالی قوه قضاییه) and a reference set of its solutions.

This is an abridged reference set: the source excerpt available to the project gives only chapter 4
(implementation and follow-up), which names the ten driver projects and their executors but not the full
list of solutions. The solutions below are realistic titles drawn from the document's reform themes
(de-judicialisation, e-services, official experts, judicial officers, judge evaluation, transparency,
prisoner employment, cadastre, the public portal, staff housing and general judicial reform), so the
app can be seeded and demonstrated; a province replaces or extends them with the approved list.
"""

from __future__ import annotations

from desktop.domain.jalali import PeriodKind
from desktop.domain.planning import PlanKind, SolutionTerm
from desktop.domain.reference.records import ReferencePlan, ReferenceSolution

TRANSFORMATION_PLAN = ReferencePlan(
    "TD", "سند تحول و تعالی قوه قضاییه", PlanKind.TRANSFORMATION, PeriodKind.HALF
)

# Responsible organisational units (the driver-project executors and other deputies/centres).
LEGAL = "معاونت حقوقی و امور مجلس"
IT_CENTRE = "مرکز آمار و فناوری اطلاعات"
PROSECUTOR_GENERAL = "دادستانی کل کشور"
JUDGES_DISCIPLINARY = "دادسرای انتظامی قضات"
INSPECTION = "سازمان بازرسی کل کشور"
PRISONS = "سازمان زندانها و اقدامات تأمینی و تربیتی کشور"
REGISTRATION = "سازمان ثبت اسناد و املاک کشور"
PRESIDENCY = "حوزه ریاست"
FINANCE = "معاونت مالی پشتیبانی و امور عمرانی"
STRATEGY = "معاونت راهبردی"
HUMAN_RESOURCES = "معاونت منابع انسانی و امور فرهنگی"
SUPREME_COURT = "دیوان عالی کشور"
LAWYERS_CENTRE = "مرکز وکلا، کارشناسان رسمی و مشاوران خانواده"
SOCIAL_PREVENTION = "معاونت اجتماعی و پیشگیری از وقوع جرم"

S, M, L = SolutionTerm.SHORT, SolutionTerm.MID, SolutionTerm.LONG

TRANSFORMATION_SOLUTIONS: tuple[ReferenceSolution, ...] = (
    # 1 قضازدایی
    ReferenceSolution("TD-S01", "توسعه روش‌های جایگزین حل و فصل اختلاف، داوری و میانجیگری", M, LEGAL, "مدیرکل حقوقی", 1),
    ReferenceSolution("TD-S02", "اصلاح قوانین و مقررات به منظور قضازدایی و کاهش ورودی پرونده‌ها", L, LEGAL, "مدیرکل تدوین لوایح قضایی", 1),
    ReferenceSolution("TD-S03", "ساماندهی و توسعه صلاحیت شوراهای حل اختلاف", M, LEGAL, "مدیرکل امور شوراهای حل اختلاف", 1),
    # 2 ساماندهی کارشناسی رسمی
    ReferenceSolution("TD-S04", "بازنگری نظام جذب، آموزش و نظارت بر کارشناسان رسمی دادگستری", L, LAWYERS_CENTRE, "مدیرکل امور کارشناسان رسمی", 2),
    ReferenceSolution("TD-S05", "راه‌اندازی سامانه ارجاع الکترونیک امور کارشناسی و تعیین دستمزد", M, LEGAL, "مدیرکل امور کارشناسی", 2),
    # 3 هوشمند سازی
    ReferenceSolution("TD-S06", "توسعه دادرسی الکترونیک", L, IT_CENTRE, "مدیرکل توسعه سامانه‌های قضایی", 3),
    ReferenceSolution("TD-S07", "تکمیل پرونده الکترونیک و حذف دفاتر و پرونده‌های کاغذی", M, IT_CENTRE, "مدیرکل فناوری اطلاعات", 3),
    ReferenceSolution("TD-S08", "به‌کارگیری هوش مصنوعی در تحلیل داده‌های قضایی و پشتیبانی از تصمیم", L, IT_CENTRE, "مدیرکل آمار و تحلیل داده", 3),
    ReferenceSolution("TD-S09", "توسعه ابلاغ الکترونیک و دفاتر خدمات الکترونیک قضایی", S, IT_CENTRE, "مدیرکل خدمات الکترونیک قضایی", 3),
    # 4 ساماندهی ضابطان
    ReferenceSolution("TD-S10", "ایجاد پلیس قضایی و ساماندهی ضابطان دادگستری", L, PROSECUTOR_GENERAL, "معاون دادستان کل در امور ضابطان", 4),
    ReferenceSolution("TD-S11", "آموزش تخصصی و صدور کارت ضابطان دادگستری", M, PROSECUTOR_GENERAL, "مدیرکل امور ضابطان", 4),
    ReferenceSolution("TD-S12", "نظارت بر بازداشتگاه‌ها و صیانت از حقوق متهمان در تحقیقات مقدماتی", M, PROSECUTOR_GENERAL, "مدیرکل نظارت بر ضابطان", 4),
    # 5 ارزیابی عملکرد قضات
    ReferenceSolution("TD-S13", "استقرار سامانه جامع ارزیابی عملکرد قضات", L, JUDGES_DISCIPLINARY, "مدیرکل ارزشیابی قضات", 5),
    ReferenceSolution("TD-S14", "تدوین شاخص‌های کمی و کیفی ارزیابی عملکرد قضات مبتنی بر استانداردهای بین‌المللی", M, HUMAN_RESOURCES, "مدیرکل امور قضات", 5),
    # 6 شفافیت و رفع ساختارهای فسادزا
    ReferenceSolution("TD-S15", "شفاف‌سازی فرایندهای اداری و قضایی و انتشار آرای قطعی دادگاه‌ها", M, INSPECTION, "مدیرکل شفافیت و اطلاع‌رسانی", 6),
    ReferenceSolution("TD-S16", "شناسایی و اصلاح ساختارها و فرایندهای فسادزا", L, INSPECTION, "مدیرکل پیشگیری از فساد", 6),
    ReferenceSolution("TD-S17", "استقرار سامانه ثبت اموال و دارایی‌های مسئولان", M, INSPECTION, "مدیرکل نظارت و بازرسی", 6),
    # 7 اشتغال زندانیان
    ReferenceSolution("TD-S18", "توسعه اشتغال و حرفه‌آموزی زندانیان", M, PRISONS, "مدیرکل حرفه‌آموزی و اشتغال زندانیان", 7),
    ReferenceSolution("TD-S19", "توسعه مجازات‌های جایگزین حبس و نظارت الکترونیکی", L, PRISONS, "مدیرکل اقدامات تأمینی و تربیتی", 7),
    # 8 صدور اسناد رسمی و حدنگاری
    ReferenceSolution("TD-S20", "تکمیل حدنگاری (کاداستر) املاک و اراضی کشور", L, REGISTRATION, "مدیرکل کاداستر", 8),
    ReferenceSolution("TD-S21", "صدور سند مالکیت تک‌برگ برای اراضی کشاورزی و منابع طبیعی", L, REGISTRATION, "مدیرکل امور املاک", 8),
    ReferenceSolution("TD-S22", "الزام به ثبت رسمی معاملات و ساماندهی اسناد عادی", M, REGISTRATION, "مدیرکل امور اسناد", 8),
    # 9 درگاه یکپارچه ارتباطات مردمی
    ReferenceSolution("TD-S23", "راه‌اندازی درگاه یکپارچه ارتباطات مردمی و ثبت و پیگیری شکایات", S, PRESIDENCY, "مدیرکل ارتباطات مردمی", 9),
    ReferenceSolution("TD-S24", "سنجش رضایتمندی مراجعان و پاسخگویی به درخواست‌های مردمی", M, PRESIDENCY, "مدیرکل ارزیابی رضایت مردمی", 9),
    # 10 ساخت مسکن کارکنان
    ReferenceSolution("TD-S25", "ساخت و واگذاری واحدهای مسکونی کارکنان قضایی و اداری", L, FINANCE, "مدیرکل امور عمرانی", 10),
    ReferenceSolution("TD-S26", "تأمین زمین و منابع مالی طرح مسکن کارکنان", M, FINANCE, "مدیرکل امور مالی", 10),
    # solutions outside the driver projects
    ReferenceSolution("TD-S27", "کاهش اطاله دادرسی", L, STRATEGY, "مدیرکل نظارت و ارزیابی", None),
    ReferenceSolution("TD-S28", "ارتقای نظام ارزیابی عملکرد واحدهای قضایی", M, STRATEGY, "مدیرکل ارزیابی عملکرد", None),
    ReferenceSolution("TD-S29", "تخصصی کردن شعب دادگاه‌ها و دادسراها", M, STRATEGY, "مدیرکل تشکیلات و بهبود روش‌ها", None),
    ReferenceSolution("TD-S30", "بازنگری ساختار تشکیلاتی و فرایندهای اداری دادگستری‌ها", S, STRATEGY, "مدیرکل تشکیلات و بهبود روش‌ها", None),
    ReferenceSolution("TD-S31", "ایجاد وحدت رویه قضایی و انتشار آرای وحدت رویه", M, SUPREME_COURT, "مدیرکل دفتر وحدت رویه", None),
    ReferenceSolution("TD-S32", "ارتقای دانش و مهارت قضات با آموزش‌های تخصصی ضمن خدمت", M, HUMAN_RESOURCES, "مدیرکل آموزش", None),
    ReferenceSolution("TD-S33", "بازنگری نظام جذب، گزینش و ارتقای قضات", L, HUMAN_RESOURCES, "مدیرکل جذب و گزینش", None),
    ReferenceSolution("TD-S34", "توسعه دسترسی شهروندان به وکیل و معاضدت قضایی", M, LAWYERS_CENTRE, "مدیرکل معاضدت قضایی", None),
    ReferenceSolution("TD-S35", "تقویت مراکز مشاوره خانواده و صلح و سازش در دعاوی خانوادگی", S, LAWYERS_CENTRE, "مدیرکل امور مشاوران خانواده", None),
    ReferenceSolution("TD-S36", "توسعه پیشگیری از وقوع جرم با مشارکت نهادهای مردمی", L, SOCIAL_PREVENTION, "مدیرکل پیشگیری اجتماعی", None),
    ReferenceSolution("TD-S37", "کاهش جمعیت کیفری زندان‌ها", M, PRISONS, "مدیرکل امور زندانیان", None),
    ReferenceSolution("TD-S38", "ساماندهی اجرای احکام مدنی و شناسایی اموال محکوم‌علیه", S, LEGAL, "مدیرکل اجرای احکام", None),
)  # fmt: skip


def solution(code: str) -> ReferenceSolution:
    """The reference solution with this code; KeyError otherwise."""
    for item in TRANSFORMATION_SOLUTIONS:
        if item.code == code:
            return item
    raise KeyError(code)
