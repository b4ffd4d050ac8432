"""An unexpected error is written to the log file and shown as a short translated message, never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.paths import data_dir

log = logging.getLogger("desktop")


def log_file():
    return data_dir() / "rasad.log"


def configure_logging() -> None:
    if logging.getLogger().handlers:
        return
    try:
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def install_crash_handler(window: QWidget, *, quit_on_error: bool = False) -> None:
    configure_logging()

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if quit_on_error:
            print(f"error: {kind.__name__}: {error}", file=sys.stderr, flush=True)
            QCoreApplication.exit(1)
            return
        from desktop.ui.formatting import file_name  # only when something went wrong

        QMessageBox.warning(window, QCoreApplication.translate("CrashHandler", "Rasad"),
                            QCoreApplication.translate(
                                "CrashHandler",
                                "Something went wrong and the last action was not completed. Nothing was half-saved. "
                                "Details were written to {path}.").format(path=file_name(str(log_file()))))

    sys.excepthook = handle
