"""The main window's status line: the province, the user (with his role when signed in) and the day, the demo
database's mark, and the word that a page asked for before the database is open follows in a moment. Its texts
stay in the "MainWindow" context of the translations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QStatusBar

    from desktop.context import AppServices


def build_status_line(window: QMainWindow, services: AppServices) -> QLabel:
    """The user's label (filled by :func:`show_user`) on ``window``'s status bar, and the demo's mark."""
    user_label = QLabel()
    window.statusBar().addWidget(user_label)
    if services.is_demo:
        demo = QLabel(QCoreApplication.translate("MainWindow", "Demo database"))
        demo.setStyleSheet("color: #a15c00; font-weight: bold;")
        window.statusBar().addPermanentWidget(demo)
    return user_label


def show_user(user_label: QLabel, services: AppServices) -> None:
    """The province, who is signed in (or the profile's user name) and today, on ``user_label``."""
    from desktop.ui.formatting import (  # Jalali: not needed for the first paint
        format_date_long,
        isolate_data,
    )
    from desktop.ui.language import translate

    profile = services.profile()
    who = services.principal
    user = who.user_name or profile.user_name
    if who.account_id is not None:
        user = f"{isolate_data(user)} ({translate('Labels', who.role.label)})"
    else:
        user = isolate_data(user)
    user_label.setText(QCoreApplication.translate(
        "MainWindow", "Province: {province} — User: {user} — Today: {today}").format(
        province=(isolate_data(profile.province_name) if profile.province_name
                  else QCoreApplication.translate("MainWindow", "(not set)")),
        user=user or QCoreApplication.translate("MainWindow", "(not set)"),
        today=format_date_long(services.clock.today()),
    ))


def say_waiting(status_bar: QStatusBar) -> None:
    """A page shown from its snapshot was asked for more before the database is open: it follows."""
    status_bar.showMessage(
        QCoreApplication.translate("MainWindow", "Opening the database… the page follows in a moment."), 5000)
