"""The evidence files a database refers to, copied from one evidence store to another: beside a backup when it is
taken (``<backup folder>/evidence``), back into the evidence folder when a backup is restored. A backup of the
database alone kept the progress reports and resolutions but not the documents that prove them: a laptop lost
with its evidence folder lost them for good.

Stores are content-addressed (desktop/store/evidence.py), so a file already in the target is not copied again -
each backup after the first copies only what is new - and one copy serves every backup that names it. A file is
checked against its name (its SHA-256) before it is copied: a damaged one is not spread, it is reported."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.store.backup_files import read_only_uri
from desktop.store.evidence import EvidenceStore

#: The evidence beside the backups: ``<backup folder>/evidence``.
BACKUP_EVIDENCE = "evidence"


@dataclass(frozen=True)
class EvidenceCopies:
    """What copying a database's evidence found: ``copied`` new files, ``already_there`` in the target, the
    SHA-256s of files the database names that the source lacks (``missing``) or holds damaged (``damaged``)."""

    copied: int = 0
    already_there: int = 0
    missing: tuple[str, ...] = ()
    damaged: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing and not self.damaged

    @property
    def not_copied(self) -> int:
        return len(self.missing) + len(self.damaged)


def referenced_evidence(database_file: Path) -> list[str]:
    """The SHA-256 of every evidence file ``database_file`` refers to (read only)."""
    connection = sqlite3.connect(read_only_uri(database_file), uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT sha256 FROM evidence_file ORDER BY sha256")]
    finally:
        connection.close()


def copy_referenced(database_file: Path, source: EvidenceStore, target: EvidenceStore) -> EvidenceCopies:
    """Copy into ``target`` each evidence file ``database_file`` refers to that ``target`` lacks, from ``source``.
    Each copy is written under a temporary name and renamed (EvidenceStore.add): a copy stopped halfway leaves no
    file under a real name."""
    copied = there = 0
    missing: list[str] = []
    damaged: list[str] = []
    for sha256 in referenced_evidence(database_file):
        if target.contains(sha256):
            there += 1
        elif not source.contains(sha256):
            missing.append(sha256)
        elif not source.verify(sha256):  # read whole: a damaged file is not spread to another store
            damaged.append(sha256)
        else:
            target.add(source.path_for(sha256))
            copied += 1
    return EvidenceCopies(copied, there, tuple(missing), tuple(damaged))
