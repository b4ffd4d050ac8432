"""The words of ``python -m desktop.center``: its parser, whose usage errors and help are in the user's language.

The language is ``--lang fa|en`` (read from the words before argparse has finished with them), else
``RASAD_CENTER_LANG``, else English (a server's console and logs); the texts come from the translation files
without Qt (desktop/translations.py), as every other message of the center's command line
(desktop/center/cli_output.py). Help texts are marked in context ``CliHelp``, argparse's own words in ``Argparse``
(desktop/translated_argparse.py).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.translated_argparse import TranslatedParser, language_being_parsed
from desktop.translations import Language, translate

LANGUAGE_ENV = "RASAD_CENTER_LANG"

# Help texts several commands share: the same option says the same thing everywhere, translated once (marked
# here, where lupdate finds them; `python -m desktop`'s own are desktop/cli/help_texts.py).
COMMAND_HELP = QT_TRANSLATE_NOOP("CliHelp", "the command to run; %(prog)s COMMAND --help shows its options")
DATABASE_HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "the center's database address, e.g. sqlite:///center.db or postgresql+psycopg://...")
KEY_HELP = QT_TRANSLATE_NOOP("CliHelp", "the center's encrypted key file (default: RASAD_CENTER_KEY_FILE)")
PROVINCE_HELP = QT_TRANSLATE_NOOP("CliHelp", "the province's code, e.g. QOM")
STALE_DAYS_HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "a province is stale after this many days without a bundle (default %(default)s)")


def language_of(code: str | None) -> Language:
    """The center's language for ``--lang`` ``code`` (None: ``RASAD_CENTER_LANG``, else English)."""
    code = code or os.environ.get(LANGUAGE_ENV) or Language.ENGLISH.value
    return Language(code) if code in {language.value for language in Language} else Language.ENGLISH


class CenterParser(TranslatedParser):
    """An ArgumentParser whose usage errors and help are in the center's language, read without Qt."""

    def translated(self, context: str, text: str) -> str:
        return translate(language_of(language_being_parsed()), context, text)


def build_parser() -> argparse.ArgumentParser:
    parser = CenterParser(prog="python -m desktop.center")  # every command's parser is one too
    parser.add_argument("--lang", choices=[language.value for language in Language], default=None,
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "language of messages (default: RASAD_CENTER_LANG, else English)"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", help=COMMAND_HELP,
                                title=QT_TRANSLATE_NOOP("CliHelp", "commands"))
    serve = sub.add_parser("serve", help=QT_TRANSLATE_NOOP("CliHelp", "run the HTTP service"))
    serve.add_argument("--db", required=True, help=DATABASE_HELP)
    serve.add_argument("--key", help=KEY_HELP)
    serve.add_argument("--host", default="127.0.0.1", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the address to listen on (default %(default)s)"))
    serve.add_argument("--port", type=int, default=8400, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the port to listen on (default %(default)s)"))
    ingest = sub.add_parser("ingest", help=QT_TRANSLATE_NOOP(
        "CliHelp", "ingest bundle files (e.g. from removable media)"))
    ingest.add_argument("files", nargs="+", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the provinces' bundle files and key rotation records"))
    ingest.add_argument("--db", required=True, help=DATABASE_HELP)
    ingest.add_argument("--key", help=KEY_HELP)
    ingest.add_argument("--receipts", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "folder to write each receipt to"))
    register = sub.add_parser("register", help=QT_TRANSLATE_NOOP(
        "CliHelp", "register a province's public key"))
    register.add_argument("--db", required=True, help=DATABASE_HELP)
    register.add_argument("--key", help=KEY_HELP)
    register.add_argument("--province", required=True, help=PROVINCE_HELP)
    register.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the province's name"))
    register.add_argument("--public-key", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the public key file the province wrote (keys export-public)"))
    register.add_argument("--replace", action="store_true",
                          help=QT_TRANSLATE_NOOP(
                              "CliHelp", "re-key a registered province by hand (recorded; the new key signs "
                                         "from its next bundle on)"))
    rotate = sub.add_parser("rotate-key", help=QT_TRANSLATE_NOOP(
        "CliHelp", "apply a province's key rotation record (from removable media)"))
    rotate.add_argument("--db", required=True, help=DATABASE_HELP)
    rotate.add_argument("--key", help=KEY_HELP)
    rotate.add_argument("--province", required=True, help=PROVINCE_HELP)
    rotate.add_argument("record", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the province's key rotation record file"))
    directive = sub.add_parser("directive", help=QT_TRANSLATE_NOOP(
        "CliHelp", "issue a signed directive bundle to a province"))
    directive.add_argument("--db", required=True, help=DATABASE_HELP)
    directive.add_argument("--key", help=KEY_HELP)
    directive.add_argument("--province", required=True, help=PROVINCE_HELP)
    directive.add_argument("--file", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the directives as JSON (docs/bundles.md)"))
    directive.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "also write the bundle into this folder (removable media)"))
    export_chain = sub.add_parser("export-chain", help=QT_TRANSLATE_NOOP(
        "CliHelp", "write a province's applied bundles and receipts to a folder (for its restore, on "
                   "removable media)"))
    export_chain.add_argument("--db", required=True, help=DATABASE_HELP)
    export_chain.add_argument("--key", help=KEY_HELP)
    export_chain.add_argument("--province", required=True, help=PROVINCE_HELP)
    export_chain.add_argument("--out", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the folder to write into"))
    for name, text in (("status", QT_TRANSLATE_NOOP(
        "CliHelp", "which provinces are stale, held bundles and flags")),
                       ("national", QT_TRANSLATE_NOOP(
                           "CliHelp", "all provinces' progress and latest indicators"))):
        view = sub.add_parser(name, help=text)
        view.add_argument("--db", required=True, help=DATABASE_HELP)
        view.add_argument("--key", help=KEY_HELP)
        view.add_argument("--stale-days", type=int, default=14, help=STALE_DAYS_HELP)
        view.add_argument("--format", choices=("table", "json"), default="table", help=QT_TRANSLATE_NOOP(
            "CliHelp", "table: a line of key=value per province; json: a list (default %(default)s)"))
    serve.add_argument("--log-format", choices=("text", "json"), default="text",
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "one line per request and per ingest outcome on stderr: text for a "
                                      "console, json for a log collector (docs/deployment.md)"))
    serve.add_argument("--forwarded-allow-ips", default="",
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "comma-separated addresses of the reverse proxies whose "
                                      "X-Forwarded-For/-Proto are trusted (default: none, the connecting "
                                      "address is the client's)"))
    serve.add_argument("--header-timeout", type=float, default=10.0,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "seconds a connection has to send a request's line and headers before it is "
                                      "closed (default %(default)s)"))
    serve.add_argument("--lock-timeout", type=float, default=15.0,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "seconds an ingest waits for its province's lock before answering 503 "
                                      "+ Retry-After (default %(default)s)"))
    serve.add_argument("--max-unauthenticated", type=int, default=4,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "posted bodies and credential checks handled at once (more get 503 + "
                                      "Retry-After; default %(default)s)"))
    serve.add_argument("--plain-http-cookies", action="store_true",
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "dashboard cookies without the Secure flag: only to try the dashboard "
                                      "over plain http on one's own machine (docs/access.md)"))
    serve.add_argument("--max-per-client", type=int,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "of those, how many one remote address may hold (default: half; behind "
                                      "a reverse proxy, where every client has the proxy's address, give "
                                      "--max-unauthenticated)"))
    serve.add_argument("--max-sign-ins", type=int, default=2,
                       help=QT_TRANSLATE_NOOP(
                           "CliHelp", "staff sign-ins checked at once, each an Argon2id hash of 64 MiB (more get "
                                      "a busy page, 503; one remote address at most half; default %(default)s)"))
    report = sub.add_parser("report", help=QT_TRANSLATE_NOOP(
        "CliHelp", "write the six-monthly national status report (PDF or Excel)"))
    report.add_argument("--db", required=True, help=DATABASE_HELP)
    report.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the half-year, such as 1405-H1"))
    report.add_argument("--out", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the file to write (.pdf or .xlsx)"))
    report.add_argument("--format", choices=("pdf", "xlsx"), default=None,
                        help=QT_TRANSLATE_NOOP("CliHelp", "pdf or xlsx (default: from the file's extension)"))
    report.add_argument("--stale-days", type=int, default=14, help=STALE_DAYS_HELP)
    token = sub.add_parser("staff-token", help=QT_TRANSLATE_NOOP(
        "CliHelp", "credentials of the center's staff for /status and /national"))
    token.add_argument("action", choices=("add", "list", "revoke"), help=QT_TRANSLATE_NOOP(
        "CliHelp", "add a token (--name), list the tokens or revoke one (--id)"))
    token.add_argument("--db", required=True, help=DATABASE_HELP)
    token.add_argument("--key", help=KEY_HELP)
    token.add_argument("--name", help=QT_TRANSLATE_NOOP("CliHelp", "whose token it is (add)"))
    token.add_argument("--id", type=int, help=QT_TRANSLATE_NOOP("CliHelp", "the token to revoke"))
    accounts = sub.add_parser("accounts", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the staff's accounts for the dashboard (docs/access.md)"))
    accounts.add_argument("action", choices=("add", "list", "disable", "enable", "set-role", "set-password",
                                             "unlock", "audit"),
                          help=QT_TRANSLATE_NOOP(
                              "CliHelp", "list: every account; audit: the latest sign-ins and actions; the others "
                                         "change the account of --user"))
    accounts.add_argument("--db", required=True, help=DATABASE_HELP)
    accounts.add_argument("--user", help=QT_TRANSLATE_NOOP("CliHelp", "the account's user name"))
    accounts.add_argument("--name", help=QT_TRANSLATE_NOOP("CliHelp", "the name shown for the account (add)"))
    accounts.add_argument("--role", choices=("admin", "analyst", "viewer", "liaison"), help=QT_TRANSLATE_NOOP(
        "CliHelp", "add, set-role"))
    accounts.add_argument("--provinces", default="", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a liaison's provinces, comma-separated (THR,QOM)"))
    accounts.add_argument("--language", choices=("fa", "en"), default="fa", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the account's language (add)"))
    accounts.add_argument("--password-stdin", action="store_true",
                          help=QT_TRANSLATE_NOOP(
                              "CliHelp", "read the password from the first line of standard input (never "
                                         "from the command line); otherwise it is asked for twice"))
    accounts.add_argument("--limit", type=int, default=50, help=QT_TRANSLATE_NOOP(
        "CliHelp", "audit rows to show (newest first)"))
    rotate_center = sub.add_parser("rotate-center-key", help=QT_TRANSLATE_NOOP(
        "CliHelp", "move the center to a new key (created with init-key); provinces follow on their next sync"))
    rotate_center.add_argument("--db", required=True, help=DATABASE_HELP)
    rotate_center.add_argument("--key", help=QT_TRANSLATE_NOOP("CliHelp", "the current key file"))
    rotate_center.add_argument("--new-key", required=True, type=Path,
                               help=QT_TRANSLATE_NOOP(
                                   "CliHelp", "the new key file (its passphrase in "
                                              "RASAD_CENTER_NEW_PASSPHRASE, or the same one)"))
    demo = sub.add_parser("demo", help=QT_TRANSLATE_NOOP(
        "CliHelp", "fill a new center database with demo provinces' real signed bundles, to try the dashboard"))
    demo.add_argument("--db", required=True, help=DATABASE_HELP)
    demo.add_argument("--key", help=KEY_HELP)
    demo.add_argument("--seed", type=int, default=1403, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the demo provinces are the same for the same seed"))
    init_key = sub.add_parser("init-key", help=QT_TRANSLATE_NOOP(
        "CliHelp", "create the center's key in an encrypted file"))
    init_key.add_argument("--out", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the key file to create (its passphrase in RASAD_CENTER_PASSPHRASE)"))
    init_key.add_argument("--public-out", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "also write the public key (to pin in provinces)"))
    for command in sub.choices.values():  # `--lang` after the command as well
        command.add_argument("--lang", choices=[language.value for language in Language], default=argparse.SUPPRESS,
                             help=QT_TRANSLATE_NOOP("CliHelp", "language of messages (fa or en)"))
    return parser
