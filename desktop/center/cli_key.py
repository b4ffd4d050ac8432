"""The center's key as a command opens it, and the service signed with it.

The center's private key is an encrypted key file (``--key``, default from ``RASAD_CENTER_KEY_FILE``)
whose passphrase comes from the environment variable ``RASAD_CENTER_PASSPHRASE`` (``rotate-center-key``'s new
key's from ``RASAD_CENTER_NEW_PASSPHRASE``, else the same).
"""

from __future__ import annotations

import argparse
import os

from desktop.center.cli_output import CommandFailed, say
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync.key_files import EncryptedKeyFile

PASSPHRASE_ENV = "RASAD_CENTER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "RASAD_CENTER_NEW_PASSPHRASE"
KEY_FILE_ENV = "RASAD_CENTER_KEY_FILE"


def passphrase() -> str:
    value = os.environ.get(PASSPHRASE_ENV, "")
    if not value:
        raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Set {variable} to the center key's passphrase."),
                                variable=PASSPHRASE_ENV))
    return value


def open_service(args: argparse.Namespace):  # noqa: ANN201 - imported lazily
    from desktop.center.service import CenterService

    key_path = args.key or os.environ.get(KEY_FILE_ENV)
    if not key_path:
        raise CommandFailed(say(QT_TRANSLATE_NOOP("Center", "Give --key FILE or set {variable}."), variable=KEY_FILE_ENV))
    stale_days = getattr(args, "stale_days", 14)
    lock_timeout = max(0.1, getattr(args, "lock_timeout", 15.0))
    return CenterService(args.db, EncryptedKeyFile(key_path).load(passphrase()), stale_days=stale_days,
                         lock_timeout_seconds=lock_timeout)
