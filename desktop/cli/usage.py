"""argparse's own messages — a usage error — in the user's language.

argparse writes its errors ("error: the following arguments are required: --db", "invalid choice", "expected one
argument", …) with ``gettext``: its module calls ``_(English text)`` and ``ngettext(…)`` by their names at the
moment it builds a message. :class:`Parser` (every parser of ``python -m desktop``: subparsers take their parent's
class) lets those two names translate through Rasad's Qt translation while it parses, and puts argparse's own back
afterwards. Only the messages listed in :data:`MESSAGES` are translated, and only once one is asked for: a command
line that parses loads no Qt (the window's start stays as fast), and argparse's help ("usage:", "options") stays
as argparse writes it.

The language is the one the rest of the command speaks (``--lang``, else ``RASAD_LANG``, else Persian): ``--lang``
is read from the words before argparse has finished with them, so an error in the same command line is already
in that language. The exit code stays argparse's 2 (README.md, "Exit codes").

:data:`MESSAGES` are argparse's texts verbatim; tests/test_cli_persian.py checks that the running Python's argparse
still has each one, so a new Python that rewords one is seen at once (its message would be English again).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Argparse"

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

LANGUAGES = ("fa", "en")


class _State:
    language: str | None = None  # `--lang` of the command line being parsed, if it has one
    depth = 0  # parsers parsing now: a command's parser runs inside its parent's


def gettext(message: str) -> str:
    """argparse's ``_``: ``message`` in the user's language when it is one of :data:`MESSAGES` (a trailing line
    break kept), else unchanged."""
    body = message.rstrip("\n")
    if body not in MESSAGES:
        return message
    return translated(CONTEXT, body) + message[len(body):]


def ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: the form for ``count``, through :func:`gettext`."""
    return gettext(singular if count == 1 else plural)


def translated(context: str, text: str, **params: object) -> str:
    """A message of the command line while its words are being parsed: in the language of its ``--lang``, if
    given (``output.translated`` knows it only once parsing is done)."""
    from desktop.cli import output  # only when a message is said: parsing alone loads no Qt

    if _State.language is not None:
        output.choose_language(_State.language)
    return output.translated(context, text, **params)


def language_given(words: Sequence[str]) -> str | None:
    """The value of the command line's ``--lang`` (``--lang fa``, ``--lang=en``; the last one given), or None."""
    found = None
    for position, word in enumerate(words):
        if word == "--lang" and position + 1 < len(words):
            found = words[position + 1]
        elif word.startswith("--lang="):
            found = word.partition("=")[2]
    return found if found in LANGUAGES else None


@contextmanager
def _argparse_translated(words: Sequence[str] | None) -> Iterator[None]:
    outermost = _State.depth == 0
    if outermost:
        saved = argparse._, argparse.ngettext
        _State.language = language_given(sys.argv[1:] if words is None else words)
        argparse._, argparse.ngettext = gettext, ngettext
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
        if outermost:
            argparse._, argparse.ngettext = saved
            _State.language = None


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are in the user's language (see the module's documentation)."""

    # parse_args says "unrecognized arguments" itself, after parse_known_args has returned
    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        with _argparse_translated(args):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        with _argparse_translated(args):
            return super().parse_known_args(args, namespace)
