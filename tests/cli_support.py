"""Running `python -m desktop ...` inside the test process, in English, leaving Qt's language as it was."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.cli import output
from desktop.cli.main import main
from desktop.ui import language


def run_cli(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `python -m desktop ARGS`, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    override = output._language_override
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        finally:
            # `--lang` is this run's: the next test in this worker must not inherit it (it outranks RASAD_LANG)
            output.choose_language(override)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module", autouse=True)
def qt_language_restored(qapp) -> Iterator[None]:
    """The CLI installs a translator on the (one) Qt application; the window tests that share this process
    must find the language, locale, direction and translators as they were. `qapp` makes that application
    a QApplication, as pytest-qt expects, rather than the QCoreApplication the CLI would create."""
    app = QCoreApplication.instance()
    saved = (language._current.language, list(language._installed), QLocale(), app.layoutDirection())
    yield
    current, installed, locale, direction = saved
    for translator in language._installed:
        app.removeTranslator(translator)
    for translator in installed:
        app.installTranslator(translator)
    language._installed[:] = installed
    language._current.language = current
    QLocale.setDefault(locale)
    app.setLayoutDirection(direction)
    output._translator_ready = False


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_LANG", "en")
    monkeypatch.setattr(output, "_language_override", None)
    monkeypatch.setattr(output, "_translator_ready", False)
