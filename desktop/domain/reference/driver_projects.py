"""The ten driver projects (طرح‌های پیشران) of the Transformation Document, chapter 4, and their main
executors, verbatim."""

from __future__ import annotations

from desktop.domain.reference.records import DriverProject

DRIVER_PROJECTS: tuple[DriverProject, ...] = (
    DriverProject(1, "قضازدایی", "معاونت حقوقی و امور مجلس"),
    DriverProject(2, "ساماندهی کارشناسی رسمی", "معاونت حقوقی و امور مجلس"),
    DriverProject(3, "هوشمند سازی", "مرکز آمار و فناوری اطلاعات"),
    DriverProject(4, "ساماندهی ضابطان", "دادستانی کل کشور"),
    DriverProject(5, "ارزیابی عملکرد قضات", "دادسرای انتظامی قضات"),
    DriverProject(6, "ارتقای شفافیت و رفع ساختارهای فسادزا", "سازمان بازرسی کل کشور"),
    DriverProject(7, "اشتغال زندانیان", "سازمان زندانها و اقدامات تأمینی و تربیتی کشور"),
    DriverProject(8, "صدور اسناد رسمی و حدنگاری (کاداستر)", "سازمان ثبت اسناد و املاک کشور"),
    DriverProject(9, "درگاه یکپارچه ارتباطات مردمی", "حوزه ریاست"),
    DriverProject(10, "ساخت مسکن کارکنان", "معاونت مالی پشتیبانی و امور عمرانی"),
)


def driver_project(number: int) -> DriverProject:
    """The driver project with this number (1..10); KeyError otherwise."""
    for project in DRIVER_PROJECTS:
        if project.number == number:
            return project
    raise KeyError(number)
