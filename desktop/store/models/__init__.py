"""The SQLAlchemy models of every table in docs/architecture.md ("Tables")."""

from desktop.store.models.accounts import ACCOUNT_EVENT_KINDS, ROLES, Account, AccountEvent
from desktop.store.models.approvals import APPROVAL_KINDS, APPROVAL_STATES, PeriodApproval
from desktop.store.models.audit import AUDIT_OUTCOMES, ApprovalSnapshot, AuditEvent, LoginFailure
from desktop.store.models.base import NAMING_CONVENTION, Base, UtcDateTime, utc_now
from desktop.store.models.comments import DistrictComment
from desktop.store.models.directives import DIRECTIVE_STATES, CenterDeadline, DirectiveBundle, IndicatorTarget
from desktop.store.models.evidence import EvidenceFile, ProgressEvidence, ResolutionEvidence
from desktop.store.models.indicators import (
    BUCKET_DAYS,
    COMPLETE_SOURCES,
    IMPORT_KINDS,
    INDICATOR_SOURCES,
    MAX_BUCKET,
    BranchMonthStat,
    CaseListingSpan,
    CaseRecord,
    CaseTransfer,
    DispositionHistogram,
    ImportBatch,
    IndicatorMonth,
    SatisfactionMonth,
)
from desktop.store.models.meetings import (
    RESOLUTION_STATUSES,
    AgendaItem,
    Meeting,
    MeetingAttendee,
    Resolution,
    ResolutionFollowup,
    ResolutionStatusChange,
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
from desktop.store.models.rollups import (
    ROLLUP_LEVELS,
    IndicatorBranchSpan,
    IndicatorBranchSpanList,
    IndicatorRollupBranch,
    IndicatorRollupCoverage,
    IndicatorRollupHistogram,
    IndicatorRollupMonth,
)
from desktop.store.models.snapshots import DataGeneration, ViewSnapshot
from desktop.store.models.sync import OUTBOX_STATES, OutboxBundle
from desktop.store.models.system import CHANGE_OPERATIONS, ChangeLog, Setting

#: Tables whose rows are not user data, or arrive in bulk, or are derived: not written to the change log.
#: (An import is logged once, as its ``import_batch`` row.)
UNLOGGED_TABLES: frozenset[str] = frozenset(
    {
        ChangeLog.__tablename__,
        Setting.__tablename__,
        CaseRecord.__tablename__,
        CaseListingSpan.__tablename__,
        CaseTransfer.__tablename__,
        BranchMonthStat.__tablename__,
        SatisfactionMonth.__tablename__,
        IndicatorMonth.__tablename__,
        DispositionHistogram.__tablename__,
        IndicatorRollupMonth.__tablename__,
        IndicatorRollupHistogram.__tablename__,
        IndicatorRollupCoverage.__tablename__,
        IndicatorRollupBranch.__tablename__,
        IndicatorBranchSpan.__tablename__,
        IndicatorBranchSpanList.__tablename__,
        OutboxBundle.__tablename__,
        DirectiveBundle.__tablename__,
        Account.__tablename__,
        AccountEvent.__tablename__,
        ResolutionStatusChange.__tablename__,  # itself a history, derived from the logged resolution row
        AuditEvent.__tablename__,
        ApprovalSnapshot.__tablename__,
        LoginFailure.__tablename__,
        DataGeneration.__tablename__,  # bookkeeping: the write counter and the remembered overview
        ViewSnapshot.__tablename__,
    }
)

__all__ = [
    "DataGeneration",
    "ViewSnapshot",
    "AUDIT_OUTCOMES",
    "ApprovalSnapshot",
    "AuditEvent",
    "LoginFailure",
    "ACCOUNT_EVENT_KINDS",
    "APPROVAL_KINDS",
    "APPROVAL_STATES",
    "PeriodApproval",
    "ROLES",
    "Account",
    "AccountEvent",
    "BUCKET_DAYS",
    "IMPORT_KINDS",
    "INDICATOR_SOURCES",
    "MAX_BUCKET",
    "BranchMonthStat",
    "CaseRecord",
    "DispositionHistogram",
    "ImportBatch",
    "IndicatorMonth",
    "IndicatorRollupBranch",
    "IndicatorBranchSpan",
    "IndicatorBranchSpanList",
    "IndicatorRollupCoverage",
    "IndicatorRollupHistogram",
    "IndicatorRollupMonth",
    "ROLLUP_LEVELS",
    "SatisfactionMonth",
    "CHANGE_OPERATIONS",
    "DIRECTIVE_STATES",
    "DistrictComment",
    "CenterDeadline",
    "DirectiveBundle",
    "IndicatorTarget",
    "NAMING_CONVENTION",
    "OUTBOX_STATES",
    "PLAN_KINDS",
    "RESOLUTION_STATUSES",
    "SOLUTION_TERMS",
    "UNLOGGED_TABLES",
    "COMPLETE_SOURCES",
    "CaseListingSpan",
    "CaseTransfer",
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
    "OutboxBundle",
    "Plan",
    "ProgressEvidence",
    "ProgressUpdate",
    "Province",
    "Resolution",
    "ResolutionEvidence",
    "ResolutionFollowup",
    "ResolutionStatusChange",
    "Setting",
    "Solution",
    "UtcDateTime",
    "utc_now",
]
