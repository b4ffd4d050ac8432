"""argparse in the user's language — its usage errors and its ``--help`` — for both command lines.

``python -m desktop`` (desktop/cli/usage.py: Qt's translator) and ``python -m desktop.center``
(desktop/center/cli_parser.py: the translation files read without Qt) each build their parsers from a subclass of
:class:`TranslatedParser` that says how a text is translated (:meth:`TranslatedParser.translated`); this module,
which loads no Qt, does the rest:

* Usage errors. argparse writes them with ``gettext``: its module calls ``_(English text)`` and ``ngettext(…)``
  by their names when it builds a message. While a parser parses, those two names translate the texts listed in
  :data:`MESSAGES` through the parser, and argparse's own are put back afterwards.
* Help. Formatting help (``--help``, and the "usage:" lines above an error) translates every help text of an
  argument or command, each description, epilog and group title (context ``CliHelp``, marked with
  ``QT_TRANSLATE_NOOP`` where the parser is built), and argparse's own help words (:data:`HELP_WORDS`, context
  ``Argparse``). Each text is translated before argparse fills its ``%(prog)s``/``%(default)s`` fields, so the
  fields work in both languages; option names, metavars and command words stay as they are (Latin).

Translation happens only once a message or help is asked for: a command line that parses loads no Qt and reads
no translation file (the window's start and ``python -m desktop report …`` stay as fast).

The language is the command line's (``--lang``, else each CLI's default): ``--lang`` is read from the words
before argparse has finished with them (:func:`language_being_parsed`), so an error or help in the same command
line is already in that language.

:data:`MESSAGES` and :data:`HELP_WORDS` are argparse's texts verbatim; tests/test_cli_persian.py checks that the
running Python's argparse still has each one, so a new Python that rewords one is seen at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop.domain.messages import QT_TRANSLATE_NOOP

ARGPARSE_CONTEXT = "Argparse"
HELP_CONTEXT = "CliHelp"
LANGUAGES = ("fa", "en")

#: argparse's messages (Python's Lib/argparse.py, as of 3.11) translated in ``i18n/rasad_fa.ts``, context
#: "Argparse"; the %-fields are argparse's own and every translation keeps them.
MESSAGES = frozenset({
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
})

#: argparse's own words in a help: the usage line's prefix, the default groups' titles (given when a parser is
#: built, so in English whatever ``_`` says later) and the help of ``-h`` and of a version action.
HELP_WORDS = frozenset({
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
})


class _Parsing:
    parser: TranslatedParser | None = None  # the outermost parser parsing now (a command's runs inside it)
    language: str | None = None  # the `--lang` of the words it parses, if they have one


def language_being_parsed() -> str | None:
    """The ``--lang`` of the command line being parsed now, if it has one (None outside parsing)."""
    return _Parsing.language


def language_given(words: Sequence[str]) -> str | None:
    """The value of ``--lang`` among ``words`` (``--lang fa``, ``--lang=en``; the last one given), or None."""
    found = None
    for position, word in enumerate(words):
        if word == "--lang" and position + 1 < len(words):
            found = words[position + 1]
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    return found if found in LANGUAGES else None


def _gettext(message: str) -> str:
    """argparse's ``_``: ``message`` in the user's language when it is one of :data:`MESSAGES` (a trailing line
    break kept), else unchanged."""
    body = message.rstrip("\n")
    if _Parsing.parser is None or body not in MESSAGES:
        return message
    return _Parsing.parser.translated(ARGPARSE_CONTEXT, body) + message[len(body):]


def _ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: the form for ``count``, through :func:`_gettext`."""
    return _gettext(singular if count == 1 else plural)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with each argument's help in the user's language (:attr:`translate`, set by the
    parser formatting help), and lines broken only between words: argparse's own wrapping breaks after a
    hyphen, splitting an option name (``--as-`` / ``of``) or a Persian compound across lines."""

    def __init__(self, prog: str, **options: int) -> None:
        super().__init__(prog, **options)
        self.translate = _unchanged  # a version action formats its text with a formatter too: that stays as is

    def _get_help_string(self, action: argparse.Action) -> str:
        return self.translate(action.help or "")

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap  # as argparse does: only when formatting help

        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)


def _unchanged(text: str) -> str:
    return text


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors and help are in the user's language (see the module's
    documentation). Subparsers take their parent's class, so a command's parser is one too."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def translated(self, context: str, text: str) -> str:
        """``text`` (marked in ``context``) in this command line's language: while parsing, that of
        :func:`language_being_parsed` when the words give one."""
        raise NotImplementedError

    def help_text(self, text: str) -> str:
        """One of the texts of a help: argparse's own words (context ``Argparse``) or this command line's
        (context ``CliHelp``), in the user's language."""
        return self.translated(ARGPARSE_CONTEXT if text in HELP_WORDS else HELP_CONTEXT, text)

    # parse_args says "unrecognized arguments" itself, after parse_known_args has returned
    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        with self._speaking(sys.argv[1:] if args is None else args):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        with self._speaking(sys.argv[1:] if args is None else args):
            return super().parse_known_args(args, namespace)

    def error(self, message: str):  # noqa: ANN201 - argparse's: it does not return
        with self._speaking(()):  # also when called by a command, after parsing
            super().error(message)

    def format_usage(self) -> str:
        formatter = self._translating_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            self.help_text("usage: "))
        return formatter.format_help()

    def format_help(self) -> str:
        """argparse's help, laid out as argparse does, every text in the user's language."""
        formatter = self._translating_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            self.help_text("usage: "))
        formatter.add_text(self._translated_text(self.description))
        for group in self._action_groups:
            formatter.start_section(self._translated_text(group.title))
            formatter.add_text(self._translated_text(group.description))
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self._translated_text(self.epilog))
        return formatter.format_help()

    def _translating_formatter(self) -> argparse.HelpFormatter:
        formatter = self._get_formatter()
        if isinstance(formatter, HelpFormatter):
            formatter.translate = self.help_text
        return formatter

    def _translated_text(self, text: str | None) -> str | None:
        return self.help_text(text) if text and text is not argparse.SUPPRESS else text

    @contextmanager
    def _speaking(self, words: Sequence[str]) -> Iterator[None]:
        """argparse's ``_``/``ngettext`` translate through this parser while the block runs, in the language of
        ``words``' ``--lang`` (read by the outermost parser only: a command's parser gets the rest of them)."""
        if _Parsing.parser is not None:
            yield
            return
        saved = argparse._, argparse.ngettext
        _Parsing.parser, _Parsing.language = self, language_given(words)
        argparse._, argparse.ngettext = _gettext, _ngettext
        try:
            yield
        finally:
            argparse._, argparse.ngettext = saved
            _Parsing.parser, _Parsing.language = None, None
