"""desktop/translated_argparse.py with a translation of its own: what a help translates and when, argparse's
fields kept, lines broken between words only, argparse left as it was."""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import re

import pytest

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.translated_argparse import HELP_WORDS, MESSAGES, TranslatedParser, language_being_parsed

FIELD = re.compile(r"(%\(\w+\)[sr])")  # argparse's fields, kept as they are
UPPER = {"usage: ": "USE: ", "options": "CHOICES", "positional arguments": "GIVEN",
         "show this help message and exit": "HELP AND STOP", "expected one argument": "ONE VALUE, PLEASE",
         "%(prog)s: error: %(message)s": "%(prog)s: TROUBLE: %(message)s"}


class Shouting(TranslatedParser):
    """Translates argparse's words with UPPER and any other text into capitals; records what it was asked."""

    asked: list[tuple[str, str, str | None]] = []

    def translated(self, context: str, text: str) -> str:
        Shouting.asked.append((context, text, language_being_parsed()))
        return UPPER.get(text) or "".join(part if FIELD.fullmatch(part) else part.upper()
                                          for part in FIELD.split(text))


@pytest.fixture(autouse=True)
def nothing_asked_yet() -> None:
    Shouting.asked.clear()


def _parser() -> Shouting:
    parser = Shouting(prog="tool", description=QT_TRANSLATE_NOOP("CliHelp", "what %(prog)s does"),
                      epilog=QT_TRANSLATE_NOOP("CliHelp", "the end"))
    parser.add_argument("--version", action="version", version="tool 1.0")
    parser.add_argument("--lang", choices=("fa", "en"))
    commands = parser.add_subparsers(dest="command", title=QT_TRANSLATE_NOOP("CliHelp", "commands"))
    run = commands.add_parser("run", help=QT_TRANSLATE_NOOP("CliHelp", "run it"))
    run.add_argument("--seed", type=int, default=1403, help=QT_TRANSLATE_NOOP("CliHelp", "seed (default %(default)s)"))
    run.add_argument("--lang", choices=("fa", "en"))
    return parser


def _run(parser: argparse.ArgumentParser, *words: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as done:
        parser.parse_args(list(words))
    return done.value.code, out.getvalue(), err.getvalue()


def test_a_help_translates_its_texts_before_argparse_fills_prog_and_default() -> None:
    code, out, _err = _run(_parser(), "run", "--help")
    assert code == 0
    assert out.startswith("USE: tool run [-h] [--seed SEED]")
    assert "CHOICES:\n  -h, --help      HELP AND STOP\n  --seed SEED     SEED (DEFAULT 1403)\n" in out
    code, out, _err = _run(_parser(), "--help")
    assert "WHAT tool DOES" in out and "COMMANDS:" in out and "run" in out and "RUN IT" in out and "THE END" in out
    assert "--version" in out and "show program's version number and exit".upper() in out


def test_a_parse_translates_nothing_and_leaves_argparse_as_it_was() -> None:
    own = argparse._, argparse.ngettext
    assert _parser().parse_args(["run", "--seed", "7"]).seed == 7
    assert Shouting.asked == []
    assert (argparse._, argparse.ngettext) == own


def test_the_version_is_printed_untranslated_and_asks_for_no_translation() -> None:
    code, out, _err = _run(_parser(), "--version")
    assert (code, out, Shouting.asked) == (0, "tool 1.0\n", [])


def test_a_usage_error_is_translated_in_the_language_of_the_words_and_argparse_is_restored() -> None:
    own = argparse._, argparse.ngettext
    code, _out, err = _run(_parser(), "run", "--seed", "--lang", "fa")
    assert code == 2
    assert err.splitlines()[0].startswith("USE: tool run")
    assert err.splitlines()[-1] == "tool run: TROUBLE: ARGUMENT --seed: ONE VALUE, PLEASE"
    assert {language for _context, _text, language in Shouting.asked} == {"fa"}  # read before parsing ended
    assert (argparse._, argparse.ngettext) == own and language_being_parsed() is None


def test_an_error_raised_by_a_command_after_parsing_is_translated_too() -> None:
    parser = _parser()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit):
        parser.error("bad")
    assert err.getvalue().splitlines()[-1] == "tool: TROUBLE: bad"


def test_lines_break_only_between_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    parser = Shouting(prog="tool")
    parser.add_argument("--size", help="normal: Qom-sized; large: Tehran-sized, a-very-long-hyphenated-compound-word")
    out = parser.format_help()
    assert "TEHRAN-SIZED" in out and "A-VERY-LONG-HYPHENATED-COMPOUND-WORD" in out


def test_argparse_still_has_every_text_rasad_translates() -> None:
    """A Python whose argparse rewords one of its messages or help words would show it in English again."""
    source = inspect.getsource(argparse)
    assert sorted(text for text in MESSAGES | HELP_WORDS if repr(text)[1:-1] not in source) == []
