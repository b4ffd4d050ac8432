"""The SQLAlchemy models of every table in docs/architecture.md ("Tables")."""

from desktop.store.models.base import NAMING_CONVENTION, Base, UtcDateTime, utc_now
from desktop.store.models.evidence import EvidenceFile, ProgressEvidence, ResolutionEvidence
from desktop.store.models.meetings import (
    RESOLUTION_STATUSES,
    AgendaItem,
    Meeting,
    MeetingAttendee,
    Resolution,
    ResolutionFollowup,
)
from desktop.store.models.organisation import Branch, District, OrgUnit, Province
from desktop.store.models.plans import (
    PLAN_KINDS,
    SOLUTION_TERMS,
    Activity,
    DriverProject,
    OperationalProgram,
    Plan,
    ProgressUpdate,
    Solution,
)
from desktop.store.models.system import CHANGE_OPERATIONS, ChangeLog, Setting

#: Tables whose rows are not user data: not written to the change log.
UNLOGGED_TABLES: frozenset[str] = frozenset({ChangeLog.__tablename__, Setting.__tablename__})

__all__ = [
    "CHANGE_OPERATIONS",
    "NAMING_CONVENTION",
    "PLAN_KINDS",
    "RESOLUTION_STATUSES",
    "SOLUTION_TERMS",
    "UNLOGGED_TABLES",
    "Activity",
    "AgendaItem",
    "Base",
    "Branch",
    "ChangeLog",
    "District",
    "DriverProject",
    "EvidenceFile",
    "Meeting",
    "MeetingAttendee",
    "OperationalProgram",
    "OrgUnit",
    "Plan",
    "ProgressEvidence",
    "ProgressUpdate",
    "Province",
    "Resolution",
    "ResolutionEvidence",
    "ResolutionFollowup",
    "Setting",
    "Solution",
    "UtcDateTime",
    "utc_now",
]
