"""Sending on removable media (SyncService's use cases with folders and files): the pending key rotation records
and bundles written to a folder; the center's receipt files and directive files taken in; and, after a restore,
the province's chain taken back from a folder the center exported. Writing and reading the files themselves is
media.py's (and resync.py's for the chain); each file is taken on its own, so one bad file stops nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error, folder_problem
from desktop.store.database import Database
from desktop.sync.center_link import CenterLinkService
from desktop.sync.errors import SyncError
from desktop.sync.key_store import KeyStore
from desktop.sync.media import FolderExportError, export_pending, import_receipts
from desktop.sync.outbox import Outbox
from desktop.sync.regular_files import read_regular
from desktop.sync.views import DirectiveOutcome, ReceiptOutcome
from desktop.tasks import TaskProgress

if TYPE_CHECKING:
    from desktop.sync.resync import ResyncResult


class FileReadError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The file {path} could not be read ({reason}).")


def export_to_folder(database: Database, outbox: Outbox, province: str, folder: Path | str,
                     progress: TaskProgress) -> tuple[Path, ...]:
    """Write the pending key rotation records, then every pending bundle, into ``folder`` (temporary name, sync,
    rename, read back); returns the files written."""
    from desktop.sync.rotation import export_rotations

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderExportError(problem=folder_problem(folder, error)) from None
    files = export_rotations(database, province, Path(folder)) + export_pending(outbox, folder, progress=progress)
    return tuple(files)


def import_receipt_files(database: Database, outbox: Outbox, files: Iterable[Path | str],
                         center_key: Ed25519PublicKey, province: str,
                         store_of: Callable[[str], KeyStore]) -> list[ReceiptOutcome]:
    """Apply the center's receipt files; each file gets its own outcome. A pending key rotation the receipts
    show the center has is settled (its retired key erased from ``store_of(province)``)."""
    from desktop.sync.rotation import settle_by_receipts

    outcomes = [ReceiptOutcome(result.path, result.entry, result.error)
                for result in import_receipts(outbox, files, center_key, province)]
    settle_by_receipts(database, store_of(province))  # a rotation the center evidently has
    return outcomes


def import_directive_files(database: Database, clock: Callable[[], datetime], files: Iterable[Path | str],
                           center_key: Ed25519PublicKey, province: str) -> list[DirectiveOutcome]:
    """Verify each directive file with the pinned center key and apply it; files are taken in the order of
    the sequence in their names, so a folder copied in any order applies in order."""
    from desktop.sync.directives import MAX_DIRECTIVE_BYTES, DirectiveInbox, in_sequence_order

    inbox = DirectiveInbox(database, clock)
    outcomes = []
    for path in sorted((Path(name) for name in files), key=in_sequence_order):
        try:
            data = read_regular(path, MAX_DIRECTIVE_BYTES + 1)
            outcomes.append(DirectiveOutcome(path, inbox.receive(data, center_key, province), None))
        except OSError as error:
            outcomes.append(DirectiveOutcome(path, None, FileReadError(
                path=str(path), reason=describe_os_error(error))))
        except SyncError as error:
            outcomes.append(DirectiveOutcome(path, None, error))
    return outcomes


def resync_from_folder(database: Database, clock: Callable[[], datetime], link_service: CenterLinkService,
                       folder: Path | str) -> ResyncResult:
    """After a restore, without a link: the chain the center exported to removable media."""
    from desktop.sync.resync import apply_center_chain, read_chain_folder

    try:
        items = read_chain_folder(Path(folder))
    except OSError as error:
        raise FileReadError(path=str(error.filename or folder), reason=describe_os_error(error)) from None
    return apply_center_chain(database, items, link_service.center_key(), link_service.province(), clock)
