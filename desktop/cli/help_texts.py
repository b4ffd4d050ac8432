"""Help texts that several commands of ``python -m desktop`` share.

The same option says the same thing under every command, and its Persian is translated once: each text is
marked here (context ``CliHelp``, where lupdate finds it) and passed by name where the option is added. A
command whose option means something else says its own (``demo --db``: the file to create).
"""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

#: the first word after ``python -m desktop`` (its title is "commands")
COMMAND = QT_TRANSLATE_NOOP("CliHelp", "the command to run; %(prog)s COMMAND --help shows its options")
#: the word after a command that has several (``accounts add``, ``backup restore``, ...)
ACTION = QT_TRANSLATE_NOOP("CliHelp", "what to do; %(prog)s ACTION --help shows its options")
#: ``--db`` of every command that reads or writes the province's own database, which must exist
DATABASE = QT_TRANSLATE_NOOP("CliHelp", "the province's database file")
#: ``--format csv|json`` of a listing printed, or written to ``--out``
FORMAT = QT_TRANSLATE_NOOP("CliHelp", "output format (default %(default)s)")
#: an account named by its login (``accounts disable LOGIN``); the center's ``accounts --user`` says the same
LOGIN = QT_TRANSLATE_NOOP("CliHelp", "the account's user name")
