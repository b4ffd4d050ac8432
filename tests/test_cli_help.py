"""`--help` of both command lines in the user's language: every parser of `python -m desktop` and of
`python -m desktop.center` prints its help in Persian (the translations of i18n/rasad_fa.ts, argparse's own words
included) and in English with `--lang en`; option names, metavars and command words stay Latin; lines break
only between words; a command line that only parses loads no Qt and reads no translation."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from desktop.center.cli import main as center_main
from desktop.center.cli_parser import build_parser as center_parser
from desktop.cli.main import build_parser
from desktop.translated_argparse import ARGPARSE_CONTEXT, HELP_CONTEXT, HELP_WORDS
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401 - autouse: English, Qt restored
from tools.ts_files import needs_translation, read_messages

ROOT = Path(__file__).resolve().parents[1]
LATIN_WORD = re.compile(r"[A-Za-z]+")
PERSIAN_LETTER = re.compile(r"[\u0600-\u06FF]")
FIELD = re.compile(r"%\(\w+\)[sdr]|%%")


@dataclass(frozen=True)
class Shown:
    """One text a parser's help shows: its English source, its context, and what argparse fills it with."""

    source: str
    context: str
    fields: tuple[tuple[str, str], ...]  # ("%(default)s", "1403"), …

    def filled(self, text: str) -> str:
        for field, value in (*self.fields, ("%%", "%")):
            text = text.replace(field, value)
        return " ".join(text.split())


@dataclass(frozen=True)
class Command:
    cli: str  # "desktop" or "center"
    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join((self.cli, *self.words))


def _parsers(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
             ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser with a help of its own, commands with subcommands included (as `leaf_parsers` walks)."""
    yield words, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, (*words, name))


@cache
def commands() -> tuple[Command, ...]:
    return (*(Command("desktop", words, parser) for words, parser in _parsers(build_parser())),
            *(Command("center", words, parser) for words, parser in _parsers(center_parser())))


def _shown(parser: argparse.ArgumentParser) -> list[Shown]:
    """Every translatable text of ``parser``'s help, read from the parser itself (not from a list kept here)."""
    def context(text: str) -> str:
        return ARGPARSE_CONTEXT if text in HELP_WORDS else HELP_CONTEXT

    found = [Shown(text, context(text), (("%(prog)s", parser.prog),))
             for text in (parser.description, parser.epilog) if text]
    for group in parser._action_groups:
        if group._group_actions:  # argparse leaves an empty group out
            found += [Shown(text, context(text), ()) for text in (group.title, group.description) if text]
        for action in group._group_actions:
            for each in (action, *getattr(action, "_choices_actions", ())):
                if each.help and each.help is not argparse.SUPPRESS:
                    found.append(Shown(each.help, context(each.help),
                                       (("%(default)s", str(each.default)), ("%(prog)s", parser.prog))))
    found.append(Shown("usage: ", ARGPARSE_CONTEXT, ()))
    return found


@cache
def persian() -> dict[tuple[str, str], str]:
    """(context, source) → the finished Persian translation of i18n/rasad_fa.ts."""
    return {m.key: m.translations[0] for m in read_messages(ROOT / "i18n" / "rasad_fa.ts") if m.finished and m.live}


def _help(command: Command, language: str) -> str:
    """What `python -m desktop[.center] WORDS --help --lang LANGUAGE` prints (exit code 0)."""
    if command.cli == "desktop":
        code, out, err = run_cli(*command.words, "--help", "--lang", language)
    else:
        out_text, err_text = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out_text), contextlib.redirect_stderr(err_text), \
                pytest.raises(SystemExit) as done:
            center_main(["--lang", language, *command.words, "--help"])
        code, out, err = done.value.code, out_text.getvalue(), err_text.getvalue()
    assert (code, err) == (0, ""), err
    return out


def _latin_words_of_the_command_line(parser: argparse.ArgumentParser) -> set[str]:
    """The Latin words a help shows that are no prose: the program, option names, metavars, choices, commands."""
    words = set(LATIN_WORD.findall(parser.prog))
    for action in parser._actions:
        for each in (action, *getattr(action, "_choices_actions", ())):
            metavar = each.metavar if isinstance(each.metavar, tuple) else (each.metavar or "",)
            names = [*each.option_strings, *metavar, str(each.dest), *map(str, each.choices or ())]
            words.update(word for name in names for word in LATIN_WORD.findall(name))
    return {word.lower() for word in words}  # a metavar is its dest in capitals


#: Options and positionals deliberately shown with no help text: (cli, command words, option or dest) → why. None
#: today; a hidden internal option belongs here, with its reason, rather than a help argparse.SUPPRESSes unseen.
WITHOUT_HELP: dict[tuple[str, tuple[str, ...], str], str] = {}


def test_every_option_and_positional_of_both_command_lines_says_what_it_is() -> None:
    """`--db DB` with nothing beside it leaves the reader guessing which database; a list of subcommands is an
    argument too (`COMMAND`, `ACTION`)."""
    silent = []
    for command in commands():
        for action in command.parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._VersionAction):  # argparse's own, translated
                continue
            name = action.option_strings[-1] if action.option_strings else action.dest
            if (command.cli, command.words, name) in WITHOUT_HELP:
                continue
            if action.help is argparse.SUPPRESS or not (action.help or "").strip():
                silent.append(f"{command.name} {name}")
    assert silent == []


def test_the_center_names_its_commands_command_in_its_usage_not_a_list_of_every_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_CENTER_LANG", raising=False)
    parser = center_parser()
    assert parser.format_usage() == "usage: python -m desktop.center [-h] [--lang {fa,en}] COMMAND ...\n"
    assert "{serve,ingest" not in parser.format_help()
    assert "\ncommands:\n  COMMAND " in parser.format_help()  # titled as `python -m desktop`'s


def test_the_directive_warning_default_is_the_setting_s_and_left_out_it_is_not_remembered() -> None:
    from desktop.cli.commands_sync import NotGiven
    from desktop.sync.freshness import DEFAULT_STALE_AFTER_DAYS

    left_out = build_parser().parse_args(["sync", "--db", "x.db"]).directive_warning_days
    given = build_parser().parse_args(["sync", "--db", "x.db", "--directive-warning-days", "7"])
    assert isinstance(left_out, NotGiven) and left_out == DEFAULT_STALE_AFTER_DAYS
    assert not isinstance(given.directive_warning_days, NotGiven) and given.directive_warning_days == 7


def test_every_text_of_both_command_lines_help_is_translated_in_the_persian_file() -> None:
    missing = sorted({(text.context, text.source) for command in commands() for text in _shown(command.parser)
                      if (text.context, text.source) not in persian()})
    assert missing == []


def test_the_persian_help_texts_keep_argparse_s_fields() -> None:
    """argparse fills %(default)s and %(prog)s after the translation (tools/ts_files.py checks only {name} and
    %1); a lone % would make argparse fail."""
    wrong = sorted({text.source for command in commands() for text in _shown(command.parser)
                    if sorted(FIELD.findall(text.source)) != sorted(FIELD.findall(persian()[text.context,
                                                                                          text.source]))
                    or "%" in FIELD.sub("", persian()[text.context, text.source])})
    assert wrong == []


@pytest.mark.parametrize("columns", ["60", "80", "120"])
def test_every_parser_prints_its_help_in_persian_with_no_english_prose(monkeypatch: pytest.MonkeyPatch,
                                                                       columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    problems = []
    for command in commands():
        out = _help(command, "fa")
        shown = " ".join(out.split())
        for text in _shown(command.parser):
            translation = persian().get((text.context, text.source), text.source)
            if text.filled(translation) not in shown:  # missing, or a word broken across two lines
                problems.append(f"{command.name}: not shown as translated: {translation!r}")
            if needs_translation(text.source) and text.filled(text.source) in shown:
                problems.append(f"{command.name}: English shown: {text.source!r}")
        allowed = _latin_words_of_the_command_line(command.parser) | {
            word.lower() for text in _shown(command.parser) for word in LATIN_WORD.findall(
                text.filled(persian().get((text.context, text.source), "")))}
        english_words = sorted({word.lower() for word in LATIN_WORD.findall(out)} - allowed)
        if english_words:
            problems.append(f"{command.name}: English words {english_words}")
    assert problems == []


def test_every_parser_prints_its_help_in_english_with_lang_en(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    problems = []
    for command in commands():
        out = _help(command, "en")
        shown = " ".join(out.split())
        problems += [f"{command.name}: {text.source!r}" for text in _shown(command.parser)
                     if text.filled(text.source) not in shown]
        sources = " ".join(text.source for text in _shown(command.parser))  # «رصد» is in an English one
        if not set(PERSIAN_LETTER.findall(out)) <= set(PERSIAN_LETTER.findall(sources)):
            problems.append(f"{command.name}: Persian in the English help")
    assert problems == []


def test_the_english_help_keeps_a_hyphenated_word_whole_at_the_end_of_a_line(monkeypatch: pytest.MonkeyPatch
                                                                            ) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # argparse's own wrapping had printed "large: Tehran-" / "sized"
    out = _help(Command("desktop", ("demo",), build_parser()), "en")
    assert "Tehran-sized" in out and "Tehran-\n" not in out


def test_the_desktop_help_follows_rasad_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_LANG", "fa")
    code, out, _err = run_cli("demo", "--help")
    assert code == 0 and out.startswith(persian()[ARGPARSE_CONTEXT, "usage: "] + "python -m desktop demo")
    assert persian()[HELP_CONTEXT, "the database file to create"] in out


def test_the_real_command_line_prints_its_help_in_persian_by_default(tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key not in ("RASAD_LANG", "COLUMNS")}
    environment.update(QT_QPA_PLATFORM="offscreen", RASAD_DATA_DIR=str(tmp_path), COLUMNS="80")
    done = subprocess.run([sys.executable, "-m", "desktop", "report", "status", "--help"], capture_output=True,
                          text=True, env=environment, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(persian()[ARGPARSE_CONTEXT, "usage: "] + "python -m desktop report [-h] --db DB")
    assert persian()[ARGPARSE_CONTEXT, "options"] + ":" in lines
    assert "  -h, --help            " + persian()[ARGPARSE_CONTEXT, "show this help message and exit"] in lines
    assert max(len(line) for line in lines) <= 80


_PARSE_THEN_HELP = """
import contextlib, io, sys
from desktop.cli.main import build_parser
build_parser().parse_args(["report", "status", "--db", "x.db", "--period", "1404-H1", "--out", "x.pdf"])
print(sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6")))
with contextlib.redirect_stdout(io.StringIO()) as shown, contextlib.suppress(SystemExit):
    build_parser().parse_args(["report", "--help", "--lang", "fa"])
print("PySide6" in sys.modules)
print(shown.getvalue().splitlines()[0])
"""


def test_a_command_line_that_parses_loads_no_qt_only_its_help_does(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _PARSE_THEN_HELP], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded_by_parsing, loaded_by_help, usage = done.stdout.splitlines()
    assert loaded_by_parsing == "[]"
    assert loaded_by_help == "True" and usage.startswith(persian()[ARGPARSE_CONTEXT, "usage: "])


def test_the_center_reads_no_translation_to_parse_and_never_loads_qt() -> None:
    script = """
import contextlib, io, sys
from desktop import translations
from desktop.center.cli_parser import build_parser
build_parser().parse_args(["status", "--db", "sqlite:///x.db", "--lang", "fa"])
print(translations.catalogue.cache_info().currsize)
with contextlib.redirect_stdout(io.StringIO()) as shown, contextlib.suppress(SystemExit):
    build_parser().parse_args(["--lang", "fa", "status", "--help"])
print(translations.catalogue.cache_info().currsize, "PySide6" in sys.modules)
print(shown.getvalue().splitlines()[0])
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    read_to_parse, read_for_help, usage = done.stdout.splitlines()
    assert (read_to_parse, read_for_help) == ("0", "1 False")
    assert usage.startswith(persian()[ARGPARSE_CONTEXT, "usage: "] + "python -m desktop.center status")


def _center(*words: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = center_main(list(words))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_a_center_usage_error_is_said_in_the_language_of_its_lang_with_exit_code_2(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_CENTER_LANG", raising=False)
    code, out, err = _center("--lang", "fa", "serve", "--db")
    usage, *_rest, line = err.strip().splitlines()
    assert (code, out) == (2, "")
    assert usage.startswith(persian()[ARGPARSE_CONTEXT, "usage: "] + "python -m desktop.center serve")
    assert line == "python -m desktop.center serve: خطا: گزینه --db: یک مقدار لازم است", err
    code, _out, err = _center("serve", "--db")  # the center's default: English (a server's console)
    assert code == 2 and err.startswith("usage: ")
    assert err.strip().splitlines()[-1] == "python -m desktop.center serve: error: argument --db: expected one argument"


def test_a_center_usage_error_follows_rasad_center_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_CENTER_LANG", "fa")
    code, _out, err = _center("accounts", "frobnicate", "--db", "sqlite:///x.db")
    assert code == 2 and "پذیرفتنی نیست" in err.strip().splitlines()[-1] and "invalid choice" not in err, err
