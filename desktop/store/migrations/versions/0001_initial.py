"""Initial schema: every table of docs/architecture.md ("Tables").

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Hand-reviewed autogenerate output, plus the trigger that keeps progress_update insert-only.
CHECK constraints and the trigger are invisible to autogenerate: keep them in step with the models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("old_values", sa.JSON(), nullable=True),
        sa.Column("new_values", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "operation IN ('insert', 'update', 'delete')", name=op.f("ck_change_log_operation_valid")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_changed_at"), "change_log", ["changed_at"])
    op.create_index(op.f("ix_change_log_table_name_row_id"), "change_log", ["table_name", "row_id"])

    op.create_table(
        "evidence_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_evidence_file_sha256_length")),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_evidence_file_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_evidence_file_sha256")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_held_on"), "meeting", ["held_on"])

    op.create_table(
        "org_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_org_unit_name")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.CheckConstraint("kind IN ('transformation', 'citizens_rights')", name=op.f("ck_plan_kind_valid")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_plan_weight_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("code", name=op.f("uq_plan_code")),
    )
    op.create_table(
        "province",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province")),
        sa.UniqueConstraint("code", name=op.f("uq_province_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    op.create_index(op.f("ix_agenda_item_meeting_id_position"), "agenda_item", ["meeting_id", "position"])

    op.create_table(
        "district",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("province_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["province_id"],
            ["province.id"],
            name=op.f("fk_district_province_id_province"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district")),
        sa.UniqueConstraint("code", name=op.f("uq_district_code")),
    )
    op.create_index(op.f("ix_district_province_id"), "district", ["province_id"])

    op.create_table(
        "driver_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("executor_unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["executor_unit_id"],
            ["org_unit.id"],
            name=op.f("fk_driver_project_executor_unit_id_org_unit"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_driver_project_plan_id_plan"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_driver_project")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_driver_project_plan_id_number")),
    )
    op.create_index(op.f("ix_driver_project_executor_unit_id"), "driver_project", ["executor_unit_id"])

    op.create_table(
        "meeting_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendee")),
    )
    op.create_index(op.f("ix_meeting_attendee_meeting_id"), "meeting_attendee", ["meeting_id"])

    op.create_table(
        "resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'cancelled')", name=op.f("ck_resolution_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_resolution_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_resolution_meeting_id_number")),
    )
    op.create_index(op.f("ix_resolution_status_deadline"), "resolution", ["status", "deadline"])

    op.create_table(
        "branch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit_type", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"], ["district.id"], name=op.f("fk_branch_district_id_district"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("code", name=op.f("uq_branch_code")),
    )
    op.create_index(op.f("ix_branch_district_id"), "branch", ["district_id"])

    op.create_table(
        "resolution_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("evidence_file_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_file_id"],
            ["evidence_file.id"],
            name=op.f("fk_resolution_evidence_evidence_file_id_evidence_file"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolution.id"],
            name=op.f("fk_resolution_evidence_resolution_id_resolution"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_evidence")),
        sa.UniqueConstraint(
            "resolution_id",
            "evidence_file_id",
            name=op.f("uq_resolution_evidence_resolution_id_evidence_file_id"),
        ),
    )
    op.create_index(
        op.f("ix_resolution_evidence_evidence_file_id"), "resolution_evidence", ["evidence_file_id"]
    )

    op.create_table(
        "resolution_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolution.id"],
            name=op.f("fk_resolution_followup_resolution_id_resolution"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_followup")),
    )
    op.create_index(
        op.f("ix_resolution_followup_resolution_id_noted_on"),
        "resolution_followup",
        ["resolution_id", "noted_on"],
    )

    op.create_table(
        "solution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("term", sa.String(length=16), nullable=True),
        sa.Column("responsible_unit_id", sa.Integer(), nullable=True),
        sa.Column("executive_manager", sa.String(length=300), nullable=False),
        sa.Column("driver_project_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "term IS NULL OR term IN ('short', 'mid', 'long')", name=op.f("ck_solution_term_valid")
        ),
        sa.CheckConstraint("weight > 0", name=op.f("ck_solution_weight_positive")),
        sa.ForeignKeyConstraint(
            ["driver_project_id"],
            ["driver_project.id"],
            name=op.f("fk_solution_driver_project_id_driver_project"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_solution_plan_id_plan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["responsible_unit_id"],
            ["org_unit.id"],
            name=op.f("fk_solution_responsible_unit_id_org_unit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_solution")),
        sa.UniqueConstraint("code", name=op.f("uq_solution_code")),
    )
    op.create_index(op.f("ix_solution_driver_project_id"), "solution", ["driver_project_id"])
    op.create_index(op.f("ix_solution_plan_id"), "solution", ["plan_id"])
    op.create_index(op.f("ix_solution_responsible_unit_id"), "solution", ["responsible_unit_id"])

    op.create_table(
        "operational_program",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("solution_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("expected_results", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.CheckConstraint("weight > 0", name=op.f("ck_operational_program_weight_positive")),
        sa.ForeignKeyConstraint(
            ["solution_id"],
            ["solution.id"],
            name=op.f("fk_operational_program_solution_id_solution"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operational_program")),
        sa.UniqueConstraint("code", name=op.f("uq_operational_program_code")),
    )
    op.create_index(op.f("ix_operational_program_solution_id"), "operational_program", ["solution_id"])

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_finish", sa.Date(), nullable=False),
        sa.Column("resource_estimate", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name=op.f("ck_activity_not_own_parent")),
        sa.CheckConstraint(
            "planned_finish >= planned_start", name=op.f("ck_activity_finish_not_before_start")
        ),
        sa.CheckConstraint("weight > 0", name=op.f("ck_activity_weight_positive")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["activity.id"], name=op.f("fk_activity_parent_id_activity"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["operational_program.id"],
            name=op.f("fk_activity_program_id_operational_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("program_id", "code", name=op.f("uq_activity_program_id_code")),
    )
    op.create_index(op.f("ix_activity_parent_id"), "activity", ["parent_id"])
    op.create_index(op.f("ix_activity_program_id_position"), "activity", ["program_id", "position"])

    op.create_table(
        "progress_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("percent", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("percent >= 0 AND percent <= 100", name=op.f("ck_progress_update_percent_range")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_progress_update_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_update")),
    )
    op.create_index(
        op.f("ix_progress_update_activity_id_reported_on"), "progress_update", ["activity_id", "reported_on"]
    )

    op.create_table(
        "progress_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("progress_update_id", sa.Integer(), nullable=False),
        sa.Column("evidence_file_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_file_id"],
            ["evidence_file.id"],
            name=op.f("fk_progress_evidence_evidence_file_id_evidence_file"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["progress_update_id"],
            ["progress_update.id"],
            name=op.f("fk_progress_evidence_progress_update_id_progress_update"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_evidence")),
        sa.UniqueConstraint(
            "progress_update_id",
            "evidence_file_id",
            name=op.f("uq_progress_evidence_progress_update_id_evidence_file_id"),
        ),
    )
    op.create_index(op.f("ix_progress_evidence_evidence_file_id"), "progress_evidence", ["evidence_file_id"])

    # Progress is history: a report is never changed after the fact (delete is allowed, for cascades).
    op.execute(
        "CREATE TRIGGER progress_update_insert_only BEFORE UPDATE ON progress_update "
        "BEGIN SELECT RAISE(ABORT, 'progress_update rows are history and cannot be updated'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
