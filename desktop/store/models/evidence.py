"""Evidence files (content-addressed by SHA-256) and their links to progress updates and resolutions.

The link tables carry their own integer ``id`` (beyond the contract's two columns) so that, like every other
user-data table, each link is an ORM object whose insert and delete is written to the change log.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, utc_now

if TYPE_CHECKING:
    from desktop.store.models.meetings import Resolution
    from desktop.store.models.plans import ProgressUpdate


class EvidenceFile(Base):
    __tablename__ = "evidence_file"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    size_bytes: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    # RESTRICT: a file still linked as evidence cannot be deleted.
    progress_links: Mapped[list[ProgressEvidence]] = relationship(
        back_populates="evidence_file", passive_deletes="all"
    )
    resolution_links: Mapped[list[ResolutionEvidence]] = relationship(
        back_populates="evidence_file", passive_deletes="all"
    )


class ProgressEvidence(Base):
    __tablename__ = "progress_evidence"
    __table_args__ = (UniqueConstraint("progress_update_id", "evidence_file_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    progress_update_id: Mapped[int] = mapped_column(ForeignKey("progress_update.id", ondelete="CASCADE"))
    evidence_file_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_file.id", ondelete="RESTRICT"), index=True
    )

    progress_update: Mapped[ProgressUpdate] = relationship(back_populates="evidence_links")
    evidence_file: Mapped[EvidenceFile] = relationship(back_populates="progress_links")


class ResolutionEvidence(Base):
    __tablename__ = "resolution_evidence"
    __table_args__ = (UniqueConstraint("resolution_id", "evidence_file_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"))
    evidence_file_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_file.id", ondelete="RESTRICT"), index=True
    )

    resolution: Mapped[Resolution] = relationship(back_populates="evidence_links")
    evidence_file: Mapped[EvidenceFile] = relationship(back_populates="resolution_links")
