"""Comments on a judicial district's month (issue 6): a district head comments on his own district only; the
secretary and the chief justice on any; a viewer reads. Enforced here, below the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.store.database import Database
from desktop.store.models import District, DistrictComment

MAX_COMMENT_CHARS = 4000
EMPTY = QT_TRANSLATE_NOOP("Validation", "Write the comment first.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "A comment may have at most {limit} characters.")
NOT_A_MONTH = QT_TRANSLATE_NOOP("Validation", "Comments are on a month; {period} is not a month.")
NO_DISTRICT = QT_TRANSLATE_NOOP("Validation", "There is no judicial district with code {code}.")


@dataclass(frozen=True)
class CommentView:
    id: int
    district_code: str
    district_name: str
    period: str
    text: str
    author: str
    created_at: datetime


class CommentService(ActsForPrincipal):
    def __init__(self, database: Database, clock: Clock, *, principal: Principal | None = None) -> None:
        self._database = database
        self._clock = clock
        self._act_for(principal)

    def add(self, district_code: str, period: JalaliPeriod, text: str) -> CommentView:
        """Record the signed-in user's comment on ``district_code``'s month ``period``."""
        clean = text.strip()
        if not clean:
            raise ValidationError("text", EMPTY)
        if len(clean) > MAX_COMMENT_CHARS:
            raise ValidationError("text", TOO_LONG, {"limit": MAX_COMMENT_CHARS})
        if period.kind is not PeriodKind.MONTH:
            raise ValidationError("period", NOT_A_MONTH, {"period": period.code})
        # Checked before the write transaction opens: the refusal's audit event takes its own short one.
        with self._database.reading() as session:
            district_id = self._district(session, district_code).id
        self.principal.require(Action.COMMENT, district_id)
        with self._database.session(user_name=self.principal.user_name) as session:
            district = self._district(session, district_code)
            row = DistrictComment(district_id=district.id, period=period.code, text=clean,
                                  author=self.principal.user_name, created_at=self._clock.now())
            session.add(row)
            session.flush()
            return _view(row, district)

    def comments(self, district_code: str, period: JalaliPeriod | None = None) -> list[CommentView]:
        """The comments on one district (of one month, or all), oldest first; nothing outside a district head's
        own district."""
        with self._database.reading() as session:
            district = self._district(session, district_code)
            self.principal.require(Action.VIEW, district.id)
            query = select(DistrictComment).where(DistrictComment.district_id == district.id)
            if period is not None:
                query = query.where(DistrictComment.period == period.code)
            rows = session.scalars(query.order_by(DistrictComment.created_at, DistrictComment.id))
            return [_view(row, district) for row in rows]

    @staticmethod
    def _district(session, code: str) -> District:
        district = session.scalar(select(District).where(District.code == code))
        if district is None:
            raise ValidationError("district", NO_DISTRICT, {"code": code})
        return district


def _view(row: DistrictComment, district: District) -> CommentView:
    return CommentView(id=row.id, district_code=district.code, district_name=district.name, period=row.period,
                       text=row.text, author=row.author, created_at=row.created_at)
