"""Fixtures for the storage tests: databases in memory and on disk, and one row of every table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.store.database import Database, open_database
from desktop.store.models import (
    Account,
    AccountEvent,
    Activity,
    AgendaItem,
    ApprovalSnapshot,
    AuditEvent,
    Base,
    Branch,
    BranchMonthStat,
    CaseListingSpan,
    CaseRecord,
    CaseTransfer,
    CenterDeadline,
    DataGeneration,
    DirectiveBundle,
    DispositionHistogram,
    District,
    DistrictComment,
    DriverProject,
    EvidenceFile,
    ImportBatch,
    IndicatorBranchSpan,
    IndicatorBranchSpanList,
    IndicatorMonth,
    IndicatorRollupBranch,
    IndicatorRollupCoverage,
    IndicatorRollupHistogram,
    IndicatorRollupMonth,
    IndicatorTarget,
    LoginFailure,
    Meeting,
    MeetingAttendee,
    OperationalProgram,
    OrgUnit,
    OutboxBundle,
    PeriodApproval,
    Plan,
    ProgressEvidence,
    ProgressUpdate,
    Province,
    Resolution,
    ResolutionEvidence,
    ResolutionFollowup,
    ResolutionStatusChange,
    SatisfactionMonth,
    Setting,
    Solution,
    ViewSnapshot,
)


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_database(":memory:", user_name="tester")
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "rasad.sqlite3", user_name="tester")
    yield database
    database.close()


def one_of_each(session: Session) -> dict[str, Base]:
    """Add one fully filled row to every table; return them by table name."""
    province = Province(code="KH", name="خراسان رضوی")
    district = District(province=province, code="KH-01", name="مشهد")
    branch = Branch(district=district, code="KH-01-001", name="شعبه ۱ دادگاه عمومی", unit_type="دادگاه")
    second_branch = Branch(district=district, code="KH-01-002", name="شعبه ۲ دادگاه عمومی", unit_type="دادگاه")
    unit = OrgUnit(name="معاونت حقوقی و امور مجلس", kind="معاونت")
    plan = Plan(code="T", title="سند تحول قضایی", kind="transformation", weight=0.7)
    project = DriverProject(plan=plan, number=3, title="پروژه محرک ۳", executor_unit=unit)
    solution = Solution(
        plan=plan,
        code="T-1-1",
        title="راهکار",
        term="short",
        responsible_unit=unit,
        executive_manager="مدیر اجرایی",
        driver_project=project,
        weight=2.5,
        description="شرح",
    )
    program = OperationalProgram(
        solution=solution, code="T-1-1-P1", title="برنامه", expected_results="نتایج", owner="مالک", weight=1.0
    )
    root = Activity(
        program=program,
        code="1",
        title="فعالیت",
        weight=3.0,
        planned_start=date(2024, 3, 20),
        planned_finish=date(2024, 9, 21),
        resource_estimate="۲ نفر-ماه",
        owner="واحد فناوری",
        position=0,
    )
    child = Activity(
        program=program,
        parent=root,
        code="1.1",
        title="زیرفعالیت",
        weight=1.0,
        planned_start=date(2024, 3, 20),
        planned_finish=date(2024, 4, 20),
        position=1,
    )
    update = ProgressUpdate(
        activity=child,
        reported_on=date(2024, 4, 1),
        percent=42.5,
        note="گزارش",
        recorded_by="کارشناس",
        recorded_at=datetime(2024, 4, 1, 8, 30, tzinfo=UTC),
    )
    evidence = EvidenceFile(
        sha256="ab" * 32,
        original_name="صورتجلسه.pdf",
        size_bytes=1234,
        media_type="application/pdf",
        added_at=datetime(2024, 4, 1, 9, 0, tzinfo=UTC),
    )
    meeting = Meeting(
        number=7, held_on=date(2024, 5, 1), title="جلسه شورای پیگیری", location="دادگستری استان"
    )
    attendee = MeetingAttendee(meeting=meeting, name="رئیس کل", role="رئیس جلسه")
    agenda = AgendaItem(meeting=meeting, position=1, text="بررسی پیشرفت")
    resolution = Resolution(
        meeting=meeting,
        number=1,
        text="مصوبه",
        owner="معاونت",
        deadline=date(2024, 6, 1),
        status="done",
        completed_on=date(2024, 5, 28),
    )
    followup = ResolutionFollowup(
        resolution=resolution, noted_on=date(2024, 5, 15), note="پیگیری", recorded_by="دبیر"
    )
    status_change = ResolutionStatusChange(
        resolution=resolution, status="done", effective_on=date(2024, 5, 28), completed_on=date(2024, 5, 28),
        recorded_at=datetime(2024, 5, 28, 9, 0, tzinfo=UTC),
    )
    batch = ImportBatch(
        kind="cases",
        file_name="پرونده‌ها.csv",
        sha256="cd" * 32,
        imported_at=datetime(2024, 5, 2, 10, 0, tzinfo=UTC),
        imported_by="دبیر",
        rows_read=2,
        rows_written=1,
        rows_rejected=1,
        first_month=16837,
        last_month=16837,
    )
    case = CaseRecord(
        case_number="140301-0001",
        branch=branch,
        case_type="حقوقی",
        registered_on=date(2024, 4, 24),
        referred_at=datetime(2024, 4, 24, 13, 45),
        first_hearing_on=date(2024, 5, 20),
        hearings=2,
        disposed_on=date(2024, 6, 1),
        batch=batch,
    )
    stat = BranchMonthStat(
        branch=branch,
        month_index=16837,
        incoming=60,
        disposed=55,
        pending_end=120,
        avg_disposition_days=80.5,
        avg_scheduling_days=30.0,
        max_scheduling_days=75.0,
        batch=batch,
    )
    satisfaction = SatisfactionMonth(branch=branch, month_index=16837, responses=40, average=72.5, batch=batch)
    derived = IndicatorMonth(
        branch=branch, month_index=16837, case_type="", incoming=60, disposed=55, source="monthly"
    )
    histogram = DispositionHistogram(branch=branch, month_index=16837, case_type="حقوقی", bucket=7, count=3)
    directive = DirectiveBundle(
        bundle_id="fedcba9876544def8123456789abcdef", sequence=1, file_hash="b" * 64, previous_hash="0" * 64,
        created_at=datetime(2024, 5, 1, 8, 0, tzinfo=UTC), received_at=datetime(2024, 5, 2, 8, 0, tzinfo=UTC),
        applied_at=datetime(2024, 5, 2, 8, 0, tzinfo=UTC), state="applied", summary="1 deadline(s)", notes="",
        data=b"\x00directive")
    rows: dict[str, Base] = {
        "province": province,
        "district": district,
        "branch": branch,
        "org_unit": unit,
        "plan": plan,
        "driver_project": project,
        "solution": solution,
        "operational_program": program,
        "activity": child,
        "progress_update": update,
        "evidence_file": evidence,
        "progress_evidence": ProgressEvidence(progress_update=update, evidence_file=evidence),
        "resolution_evidence": ResolutionEvidence(resolution=resolution, evidence_file=evidence),
        "meeting": meeting,
        "meeting_attendee": attendee,
        "agenda_item": agenda,
        "resolution": resolution,
        "resolution_followup": followup,
        "resolution_status_change": status_change,
        "import_batch": batch,
        "case_record": case,
        "case_listing_span": CaseListingSpan(batch=batch, branch=branch, first_month=16837, last_month=16838,
                                             snapshot=True),
        "case_transfer": CaseTransfer(case=case, from_branch=branch, to_branch=second_branch,
                                      moved_on=date(2024, 5, 30), batch=batch),
        "branch_month_stat": stat,
        "satisfaction_month": satisfaction,
        "indicator_month": derived,
        "disposition_histogram": histogram,
        "indicator_rollup_month": IndicatorRollupMonth(level="district", month_index=16837, unit_id=1, case_type="",
                                                       incoming=60, disposed=55, scheduling_days_max=12.5),
        "indicator_rollup_histogram": IndicatorRollupHistogram(level="province", month_index=16837,
                                                               case_type="حقوقی", unit_id=1, bucket=7, count=3),
        "indicator_rollup_coverage": IndicatorRollupCoverage(level="district", month_index=16837, unit_id=1,
                                                             branches=3, complete_branches=1, incomplete_ids="4,9"),
        "indicator_rollup_branch": IndicatorRollupBranch(branch_id=4, district_id=1),
        "indicator_branch_span": IndicatorBranchSpan(first_month=16836, last_month=16838, case_type="*", branch_id=4,
                                                     incoming=30, disposed=28, p90=140.0, complete_months=2,
                                                     complete_list="16836,16837"),
        "indicator_branch_span_list": IndicatorBranchSpanList(first_month=16836, last_month=16838, with_p90=True),
        "setting": Setting(key="province_profile", value={"code": "KH", "name": "خراسان رضوی", "year": 1403}),
        "outbox_bundle": OutboxBundle(
            bundle_id="0123456789ab4def8123456789abcdef", sequence=1, payload_type="progress",
            file_hash="a" * 64, previous_hash="0" * 64, created_at=datetime(2024, 5, 2, 10, 0, tzinfo=UTC),
            size_bytes=3, first_change_id=1, last_change_id=2, state="sent", reason="", attempts=1,
            last_attempt_at=datetime(2024, 5, 2, 10, 1, tzinfo=UTC),
            next_attempt_at=datetime(2024, 5, 2, 10, 2, tzinfo=UTC), acknowledged_at=None,
            receipt=b"\x00r", data=b"\x00\x01\xff",
        ),
        "directive_bundle": directive,
        "indicator_target": IndicatorTarget(indicator="clearance_rate", period="1403-H1", target=1.05, note="",
                                            directive=directive),
        "center_deadline": CenterDeadline(code="H1", title="گزارش شش‌ماهه", due_on=date(2024, 9, 20), note="",
                                          directive=directive),
        "account": Account(
            login="dabir", display_name="دبیر شورا", role="district_head", district=district,
            password_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", active=True, failed_attempts=2,
            last_failed_at=datetime(2024, 5, 2, 10, 0, tzinfo=UTC), locked_until=None,
            created_at=datetime(2024, 5, 1, 8, 0, tzinfo=UTC), password_changed_at=datetime(2024, 5, 1, 8, 0, tzinfo=UTC),
            last_sign_in_at=datetime(2024, 5, 2, 9, 0, tzinfo=UTC),
        ),
        "account_event": AccountEvent(
            happened_at=datetime(2024, 5, 2, 9, 0, tzinfo=UTC), account_id=1, login="dabir", actor="دبیر شورا",
            kind="signed_in", detail="",
        ),
        "district_comment": DistrictComment(district=district, period="1403-02", text="افزایش ورودی پرونده‌ها",
                                            author="رئیس حوزه", created_at=datetime(2024, 5, 3, 9, 0, tzinfo=UTC)),
        "period_approval": PeriodApproval(
            period="1403-H1", kind="half", state="approved", submitted_by="دبیر شورا",
            submitted_at=datetime(2024, 9, 25, 8, 0, tzinfo=UTC), decided_by="رئیس کل",
            decided_at=datetime(2024, 9, 28, 8, 0, tzinfo=UTC), reason="", approved_change_id=12,
            approved_at=datetime(2024, 9, 28, 8, 0, tzinfo=UTC), snapshot_sha256="c" * 64,
        ),
        "audit_event": AuditEvent(happened_at=datetime(2024, 9, 28, 9, 0, tzinfo=UTC), login="dabir",
                                  display_name="دبیر شورا", kind="backup.create", outcome="done", detail="rasad.sqlite3"),
        "approval_snapshot": ApprovalSnapshot(period="1403-H1", taken_at=datetime(2024, 9, 28, 8, 0, tzinfo=UTC),
                                              taken_by="رئیس کل", taken_by_login="chief", approved_change_id=12,
                                              sha256="c" * 64, figures={"indicators": {}, "plan": {}}),
        "login_failure": LoginFailure(key="d" * 64, failures=3, last_failed_at=datetime(2024, 9, 28, 9, 0, tzinfo=UTC),
                                      locked_until=None),
        "view_snapshot": ViewSnapshot(page="home/1", scope="system", day=date(2024, 9, 28), app_version="0.1.0",
                                      revision="0014", generation=7, payload=b"\x81\xa1a\x01",
                                      written_at=datetime(2024, 9, 28, 9, 0, tzinfo=UTC)),
    }

    session.add_all(rows.values())
    session.flush()
    # The one row of data_generation exists from the migration on, and this flush has just bumped it.
    rows["data_generation"] = session.get(DataGeneration, 1)
    return rows
