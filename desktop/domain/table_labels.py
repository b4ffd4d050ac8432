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
