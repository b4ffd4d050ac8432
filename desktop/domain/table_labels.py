"""What each logged table holds, in words a secretary reads in the audit trail (translated in the UI)."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

TABLE_LABEL_CONTEXT = "Tables"

TABLE_LABELS: dict[str, str] = {
    "activity": QT_TRANSLATE_NOOP("Tables", "Activity"),
    "agenda_item": QT_TRANSLATE_NOOP("Tables", "Agenda item"),
    "branch": QT_TRANSLATE_NOOP("Tables", "Branch"),
    "center_deadline": QT_TRANSLATE_NOOP("Tables", "Deadline from the center"),
    "district": QT_TRANSLATE_NOOP("Tables", "Judicial district"),
    "district_comment": QT_TRANSLATE_NOOP("Tables", "District comment"),
    "driver_project": QT_TRANSLATE_NOOP("Tables", "Driver project"),
    "evidence_file": QT_TRANSLATE_NOOP("Tables", "Evidence file"),
    "import_batch": QT_TRANSLATE_NOOP("Tables", "Statistics import"),
    "indicator_target": QT_TRANSLATE_NOOP("Tables", "Indicator target"),
    "meeting": QT_TRANSLATE_NOOP("Tables", "Council meeting"),
    "meeting_attendee": QT_TRANSLATE_NOOP("Tables", "Meeting attendee"),
    "operational_program": QT_TRANSLATE_NOOP("Tables", "Operational program"),
    "org_unit": QT_TRANSLATE_NOOP("Tables", "Organisational unit"),
    "period_approval": QT_TRANSLATE_NOOP("Tables", "Period approval"),
    "plan": QT_TRANSLATE_NOOP("Tables", "Plan"),
    "progress_evidence": QT_TRANSLATE_NOOP("Tables", "Evidence of progress"),
    "progress_update": QT_TRANSLATE_NOOP("Tables", "Progress report"),
    "province": QT_TRANSLATE_NOOP("Tables", "Province"),
    "resolution": QT_TRANSLATE_NOOP("Tables", "Resolution"),
    "resolution_evidence": QT_TRANSLATE_NOOP("Tables", "Evidence of a resolution"),
    "resolution_followup": QT_TRANSLATE_NOOP("Tables", "Resolution follow-up"),
    "solution": QT_TRANSLATE_NOOP("Tables", "Solution"),
}


def table_label(table_name: str) -> str:
    """The untranslated label of ``table_name`` (the name itself for a table added later without one)."""
    return TABLE_LABELS.get(table_name, table_name)


FIELD_LABEL_CONTEXT = "Fields"

#: Column names as the audit trail shows them; every column of a change-logged table has one (a test checks),
#: ids included: the reader sees "meeting (row number)", never `meeting_id`.
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Fields", "row number"),
    "activity_id": QT_TRANSLATE_NOOP("Fields", "activity (row number)"),
    "added_at": QT_TRANSLATE_NOOP("Fields", "added at"),
    "approved_change_id": QT_TRANSLATE_NOOP("Fields", "approved change (row number)"),
    "directive_id": QT_TRANSLATE_NOOP("Fields", "directive (row number)"),
    "district_id": QT_TRANSLATE_NOOP("Fields", "judicial district (row number)"),
    "driver_project_id": QT_TRANSLATE_NOOP("Fields", "driver project (row number)"),
    "evidence_file_id": QT_TRANSLATE_NOOP("Fields", "evidence file (row number)"),
    "executor_unit_id": QT_TRANSLATE_NOOP("Fields", "executing unit (row number)"),
    "first_month": QT_TRANSLATE_NOOP("Fields", "first month"),
    "indicator": QT_TRANSLATE_NOOP("Fields", "indicator"),
    "last_month": QT_TRANSLATE_NOOP("Fields", "last month"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "file type"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "meeting (row number)"),
    "opened_month": QT_TRANSLATE_NOOP("Fields", "opened in"),
    "parent_id": QT_TRANSLATE_NOOP("Fields", "parent (row number)"),
    "plan_id": QT_TRANSLATE_NOOP("Fields", "plan (row number)"),
    "position": QT_TRANSLATE_NOOP("Fields", "position"),
    "program_id": QT_TRANSLATE_NOOP("Fields", "operational program (row number)"),
    "progress_update_id": QT_TRANSLATE_NOOP("Fields", "progress report (row number)"),
    "province_id": QT_TRANSLATE_NOOP("Fields", "province (row number)"),
    "resolution_id": QT_TRANSLATE_NOOP("Fields", "resolution (row number)"),
    "responsible_unit_id": QT_TRANSLATE_NOOP("Fields", "responsible unit (row number)"),
    "role": QT_TRANSLATE_NOOP("Fields", "role"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256 fingerprint"),
    "size_bytes": QT_TRANSLATE_NOOP("Fields", "size (bytes)"),
    "solution_id": QT_TRANSLATE_NOOP("Fields", "solution (row number)"),
    "unit_type": QT_TRANSLATE_NOOP("Fields", "unit type"),
    "approved_at": QT_TRANSLATE_NOOP("Fields", "approved at"),
    "author": QT_TRANSLATE_NOOP("Fields", "author"),
    "code": QT_TRANSLATE_NOOP("Fields", "code"),
    "completed_on": QT_TRANSLATE_NOOP("Fields", "completed on"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "created at"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "deadline"),
    "decided_at": QT_TRANSLATE_NOOP("Fields", "decided at"),
    "decided_by": QT_TRANSLATE_NOOP("Fields", "decided by"),
    "description": QT_TRANSLATE_NOOP("Fields", "description"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "due on"),
    "executive_manager": QT_TRANSLATE_NOOP("Fields", "executive manager"),
    "expected_results": QT_TRANSLATE_NOOP("Fields", "expected results"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "file"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "held on"),
    "imported_at": QT_TRANSLATE_NOOP("Fields", "imported at"),
    "imported_by": QT_TRANSLATE_NOOP("Fields", "imported by"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "location": QT_TRANSLATE_NOOP("Fields", "place"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
    "noted_on": QT_TRANSLATE_NOOP("Fields", "noted on"),
    "number": QT_TRANSLATE_NOOP("Fields", "number"),
    "original_name": QT_TRANSLATE_NOOP("Fields", "file name"),
    "owner": QT_TRANSLATE_NOOP("Fields", "responsible"),
    "percent": QT_TRANSLATE_NOOP("Fields", "percent"),
    "period": QT_TRANSLATE_NOOP("Fields", "period"),
    "planned_finish": QT_TRANSLATE_NOOP("Fields", "planned finish"),
    "planned_start": QT_TRANSLATE_NOOP("Fields", "planned start"),
    "reason": QT_TRANSLATE_NOOP("Fields", "reason"),
    "recorded_at": QT_TRANSLATE_NOOP("Fields", "recorded at"),
    "recorded_by": QT_TRANSLATE_NOOP("Fields", "recorded by"),
    "reported_on": QT_TRANSLATE_NOOP("Fields", "reported on"),
    "resource_estimate": QT_TRANSLATE_NOOP("Fields", "resources"),
    "rows_read": QT_TRANSLATE_NOOP("Fields", "rows read"),
    "rows_rejected": QT_TRANSLATE_NOOP("Fields", "rows rejected"),
    "rows_written": QT_TRANSLATE_NOOP("Fields", "rows written"),
    "state": QT_TRANSLATE_NOOP("Fields", "state"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "submitted_at": QT_TRANSLATE_NOOP("Fields", "submitted at"),
    "submitted_by": QT_TRANSLATE_NOOP("Fields", "submitted by"),
    "target": QT_TRANSLATE_NOOP("Fields", "target"),
    "term": QT_TRANSLATE_NOOP("Fields", "term"),
    "text": QT_TRANSLATE_NOOP("Fields", "text"),
    "title": QT_TRANSLATE_NOOP("Fields", "title"),
    "weight": QT_TRANSLATE_NOOP("Fields", "weight"),
}


def field_label(column: str) -> str:
    """The untranslated label of ``column`` (the column name itself when it has none)."""
    return FIELD_LABELS.get(column, column)
