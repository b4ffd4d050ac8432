"""A view remembered between starts, and the counter that says whether it is still current (migration 0014).

``data_generation`` holds one row whose ``generation`` goes up by one in every write transaction made through the
engine (desktop/store/engine.py bumps it at the transaction's first writing statement, inside the same
transaction). ``view_snapshot`` keeps the last computed overview with the generation, schema revision, app
version and day it was computed for: it is shown at start only while all of them still match
(desktop/store/view_snapshots.py). Neither table is user data: not change-logged, not in bundles or exports.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UtcDateTime


class DataGeneration(Base):
    """The database's one write counter."""

    __tablename__ = "data_generation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    generation: Mapped[int] = mapped_column(default=0)


class ViewSnapshot(Base):
    """A page's figures as last computed, for one scope (whose view: ``system`` before accounts exist)."""

    __tablename__ = "view_snapshot"

    page: Mapped[str] = mapped_column(String(32), primary_key=True)
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    app_version: Mapped[str] = mapped_column(String(32))
    revision: Mapped[str] = mapped_column(String(32))
    generation: Mapped[int]
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
