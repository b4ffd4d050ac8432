"""Comments on a judicial district's figures for a Jalali month (issue 6: a district head reads and comments on
his own district only). Change-logged, so they travel to the center with the province's bundles."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, utc_now
from desktop.store.models.organisation import District


class DistrictComment(Base):
    __tablename__ = "district_comment"
    __table_args__ = (Index("ix_district_comment_district_period", "district_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))  # a Jalali month label, e.g. 1405-08
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    district: Mapped[District] = relationship()
