"""What the center's command line says: its messages in the run's language, and how a command that cannot be done
ends (one translated line on stderr, exit code 2).

Every message is marked for translation (context ``Center``; errors in their own context) and printed in the
language of ``--lang fa|en`` (default: ``RASAD_CENTER_LANG``, else English — a server's console and logs),
read from the same translation files as the province's, without Qt (desktop/translations.py). The reasons
the center writes into receipts stay the English texts of desktop/sync/refusals.py: the province recognises
and translates them; here they are shown translated as well.
"""

from __future__ import annotations

from desktop.center.cli_parser import language_of
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.translations import Language, translate

CONTEXT = "Center"
# Exit codes: 0 done; 1 a file of a batch was refused (ingest); 2 the command could not be done.
EXIT_FAILED = 2


class _Language:
    current = Language.ENGLISH


def say(text: str, **params: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in context ``Center``) in this run's language."""
    return translate(_Language.current, CONTEXT, text, **params)


def describe(error: DomainError) -> str:
    """The error's message in this run's language; a field that is itself a marked message of the same context
    (a reason such as "the new key is already known") is translated too, any other is shown as it is."""
    params = {name: translate(_Language.current, error.context, value) if isinstance(value, str) else value
              for name, value in error.params.items()}
    return translate(_Language.current, error.context, error.message, **params)


def center_reason(reason: str) -> str:
    """A receipt's reason (an English text of desktop/sync/refusals.py, kept as such in the receipt) shown in
    this run's language."""
    from desktop.sync.refusals import recognise

    known = recognise(reason)
    return translate(_Language.current, "Sync", known.message, **known.params) if known else reason


class CommandFailed(Exception):
    """A command that cannot be done: one translated line on stderr and exit code 2."""


def choose_language(code: str | None) -> None:
    _Language.current = language_of(code)


def verdict_text(verdict: str) -> str:
    """A receipt's verdict (the stable code, desktop/sync/receipts.py) as a word of this run's language."""
    words = {"accepted": QT_TRANSLATE_NOOP("Center", "accepted"), "duplicate": QT_TRANSLATE_NOOP("Center", "duplicate"),
             "held": QT_TRANSLATE_NOOP("Center", "held"), "retry": QT_TRANSLATE_NOOP("Center", "retry"),
             "rejected": QT_TRANSLATE_NOOP("Center", "rejected")}
    return say(words[verdict]) if verdict in words else verdict
