"""Follow-up meetings: attendees, agenda, resolutions and the follow-up notes on each resolution."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

if TYPE_CHECKING:
    from desktop.store.models.evidence import ResolutionEvidence

RESOLUTION_STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "cancelled")

# Children of a meeting have no meaning alone: CASCADE. The ORM does it (cascade="all", not passive)
# so that every deleted child row is written to the change log.


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int]
    held_on: Mapped[date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(300), default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all", order_by="MeetingAttendee.id"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all", order_by="(AgendaItem.position, AgendaItem.id)"
    )
    resolutions: Mapped[list[Resolution]] = relationship(
        back_populates="meeting", cascade="all", order_by="Resolution.number"
    )


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index(None, "meeting_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class Resolution(Base):
    __tablename__ = "resolution"
    __table_args__ = (
        UniqueConstraint("meeting_id", "number"),
        CheckConstraint(in_set("status", RESOLUTION_STATUSES), name="status_valid"),
        Index(None, "status", "deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(300), default="")
    deadline: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="open")
    completed_on: Mapped[date | None]

    meeting: Mapped[Meeting] = relationship(back_populates="resolutions")
    followups: Mapped[list[ResolutionFollowup]] = relationship(
        back_populates="resolution",
        cascade="all",
        order_by="(ResolutionFollowup.noted_on, ResolutionFollowup.id)",
    )
    evidence_links: Mapped[list[ResolutionEvidence]] = relationship(
        back_populates="resolution", cascade="all"
    )
    status_changes: Mapped[list[ResolutionStatusChange]] = relationship(
        back_populates="resolution", cascade="all",
        order_by="(ResolutionStatusChange.effective_on, ResolutionStatusChange.id)",
    )


class ResolutionStatusChange(Base):
    """The history of a resolution's status: each row holds from ``effective_on`` until the next. Written by
    the meetings service whenever the status or the completion date changes, so that a report as of a past
    day shows the status of that day (not today's)."""

    __tablename__ = "resolution_status_change"
    __table_args__ = (
        CheckConstraint(in_set("status", RESOLUTION_STATUSES), name="status_valid"),
        Index(None, "resolution_id", "effective_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[date]
    completed_on: Mapped[date | None]
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    resolution: Mapped[Resolution] = relationship(back_populates="status_changes")


class ResolutionFollowup(Base):
    __tablename__ = "resolution_followup"
    __table_args__ = (Index(None, "resolution_id", "noted_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resolution_id: Mapped[int] = mapped_column(ForeignKey("resolution.id", ondelete="CASCADE"))
    noted_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")

    resolution: Mapped[Resolution] = relationship(back_populates="followups")
