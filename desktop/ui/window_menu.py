"""The main window's menus: File (sign out, change one's password, lock, check the database, quit) and Help (the
user guide, about). Their texts stay in the "MainWindow" context of the translations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def build_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    if window.services is not None and window.services.principal.account_id is not None:
        sign_out = QAction(QCoreApplication.translate("MainWindow", "Sign &out"), window)
        sign_out.setObjectName("sign_out")
        sign_out.triggered.connect(window.sign_out)
        file_menu.addAction(sign_out)
        change_password = QAction(QCoreApplication.translate("MainWindow", "Change my &password…"), window)
        change_password.setObjectName("change_password")
        change_password.triggered.connect(window.change_password)
        file_menu.addAction(change_password)
        lock = QAction(QCoreApplication.translate("MainWindow", "&Lock"), window)
        lock.triggered.connect(lambda: window.session_lock.lock_now() if window.session_lock else None)
        file_menu.addAction(lock)
    check = QAction(QCoreApplication.translate("MainWindow", "&Check database…"), window)
    check.setObjectName("check_database")
    check.triggered.connect(window.health_check.check_now)
    file_menu.addAction(check)
    file_menu.addAction(quit_action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = QAction(QCoreApplication.translate("MainWindow", "&User guide"), window)
    guide.setObjectName("userGuide")
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1: at the section of the page on screen
    guide.triggered.connect(window.open_guide)
    help_menu.addAction(guide)
    window.addAction(guide)  # F1 also where the menu bar is not in reach (a page with the keyboard)
    about = QAction(QCoreApplication.translate("MainWindow", "&About Rasad"), window)
    about.triggered.connect(window.about)
    help_menu.addAction(about)
