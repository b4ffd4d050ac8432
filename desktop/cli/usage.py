"""argparse's own messages and the help of ``python -m desktop`` in the user's language.

Every parser of ``python -m desktop`` is a :class:`Parser` (subparsers take their parent's class): a
:class:`desktop.translated_argparse.TranslatedParser` that translates with Qt's translator (QtCore only, through
:mod:`desktop.cli.output`), loaded only once a usage error or a help is said — a command line that parses loads
no Qt (the window's start stays as fast).

The language is the one the rest of the command speaks (``--lang``, else ``RASAD_LANG``, else Persian): ``--lang``
is read from the words before argparse has finished with them, so an error or a help in the same command line is
already in that language. The exit code of a usage error stays argparse's 2 (README.md, "Exit codes").
"""

from __future__ import annotations

from desktop.translated_argparse import LANGUAGES, MESSAGES, TranslatedParser, language_being_parsed

__all__ = ["LANGUAGES", "MESSAGES", "Parser", "translated"]


def translated(context: str, text: str, **params: object) -> str:
    """A message of the command line, also while its words are being parsed: in the language of its ``--lang``,
    if given (``output.translated`` knows it only once parsing is done)."""
    from desktop.cli import output  # only when a message is said: parsing alone loads no Qt

    language = language_being_parsed()
    if language is not None:
        output.choose_language(language)
    return output.translated(context, text, **params)


class Parser(TranslatedParser):
    """An ArgumentParser whose usage errors and help are in the user's language, through Qt's translator."""

    def translated(self, context: str, text: str) -> str:
        return translated(context, text)
