-- Rasad's schema at revision 0018, as the migrations 0001 to 0018 leave a new database.
-- Written by `python -m desktop.store.migrate head-schema`; never edit it by hand (desktop/store/head_schema.py).

BEGIN;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	changed_at DATETIME NOT NULL, 
	user_name VARCHAR(200) NOT NULL, 
	table_name VARCHAR(64) NOT NULL, 
	row_id INTEGER NOT NULL, 
	operation VARCHAR(8) NOT NULL, 
	old_values JSON, 
	new_values JSON, user_login VARCHAR(64) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id), 
	CONSTRAINT ck_change_log_operation_valid CHECK (operation IN ('insert', 'update', 'delete'))
);
CREATE INDEX ix_change_log_changed_at ON change_log (changed_at);
CREATE INDEX ix_change_log_table_name_row_id ON change_log (table_name, row_id);
CREATE TABLE evidence_file (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	original_name VARCHAR(500) NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	media_type VARCHAR(200) NOT NULL, 
	added_at DATETIME NOT NULL, 
	CONSTRAINT pk_evidence_file PRIMARY KEY (id), 
	CONSTRAINT ck_evidence_file_sha256_length CHECK (length(sha256) = 64), 
	CONSTRAINT ck_evidence_file_size_not_negative CHECK (size_bytes >= 0), 
	CONSTRAINT uq_evidence_file_sha256 UNIQUE (sha256)
);
CREATE TABLE meeting (
	id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	title TEXT NOT NULL, 
	location VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_meeting_held_on ON meeting (held_on);
CREATE TABLE org_unit (
	id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	kind VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_org_unit PRIMARY KEY (id), 
	CONSTRAINT uq_org_unit_name UNIQUE (name)
);
CREATE TABLE "plan" (
	id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	weight FLOAT NOT NULL, 
	CONSTRAINT pk_plan PRIMARY KEY (id), 
	CONSTRAINT ck_plan_kind_valid CHECK (kind IN ('transformation', 'citizens_rights')), 
	CONSTRAINT ck_plan_weight_positive CHECK (weight > 0), 
	CONSTRAINT uq_plan_code UNIQUE (code)
);
CREATE TABLE province (
	id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_province PRIMARY KEY (id), 
	CONSTRAINT uq_province_code UNIQUE (code)
);
CREATE TABLE setting (
	"key" VARCHAR(200) NOT NULL, 
	value JSON NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY ("key")
);
CREATE TABLE agenda_item (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_agenda_item PRIMARY KEY (id), 
	CONSTRAINT fk_agenda_item_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_agenda_item_meeting_id_position ON agenda_item (meeting_id, position);
CREATE TABLE district (
	id INTEGER NOT NULL, 
	province_id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_district PRIMARY KEY (id), 
	CONSTRAINT fk_district_province_id_province FOREIGN KEY(province_id) REFERENCES province (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_district_code UNIQUE (code)
);
CREATE INDEX ix_district_province_id ON district (province_id);
CREATE TABLE driver_project (
	id INTEGER NOT NULL, 
	plan_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	executor_unit_id INTEGER NOT NULL, 
	CONSTRAINT pk_driver_project PRIMARY KEY (id), 
	CONSTRAINT fk_driver_project_executor_unit_id_org_unit FOREIGN KEY(executor_unit_id) REFERENCES org_unit (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_driver_project_plan_id_plan FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_driver_project_plan_id_number UNIQUE (plan_id, number)
);
CREATE INDEX ix_driver_project_executor_unit_id ON driver_project (executor_unit_id);
CREATE TABLE meeting_attendee (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	role VARCHAR(300) NOT NULL, 
	CONSTRAINT pk_meeting_attendee PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_attendee_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_meeting_attendee_meeting_id ON meeting_attendee (meeting_id);
CREATE TABLE resolution (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	owner VARCHAR(300) NOT NULL, 
	deadline DATE NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	completed_on DATE, 
	CONSTRAINT pk_resolution PRIMARY KEY (id), 
	CONSTRAINT ck_resolution_status_valid CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')), 
	CONSTRAINT fk_resolution_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	CONSTRAINT uq_resolution_meeting_id_number UNIQUE (meeting_id, number)
);
CREATE INDEX ix_resolution_status_deadline ON resolution (status, deadline);
CREATE TABLE branch (
	id INTEGER NOT NULL, 
	district_id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	unit_type VARCHAR(100) NOT NULL, opened_month INTEGER, 
	CONSTRAINT pk_branch PRIMARY KEY (id), 
	CONSTRAINT fk_branch_district_id_district FOREIGN KEY(district_id) REFERENCES district (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_branch_code UNIQUE (code)
);
CREATE INDEX ix_branch_district_id ON branch (district_id);
CREATE TABLE resolution_evidence (
	id INTEGER NOT NULL, 
	resolution_id INTEGER NOT NULL, 
	evidence_file_id INTEGER NOT NULL, 
	CONSTRAINT pk_resolution_evidence PRIMARY KEY (id), 
	CONSTRAINT fk_resolution_evidence_evidence_file_id_evidence_file FOREIGN KEY(evidence_file_id) REFERENCES evidence_file (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_resolution_evidence_resolution_id_resolution FOREIGN KEY(resolution_id) REFERENCES resolution (id) ON DELETE CASCADE, 
	CONSTRAINT uq_resolution_evidence_resolution_id_evidence_file_id UNIQUE (resolution_id, evidence_file_id)
);
CREATE INDEX ix_resolution_evidence_evidence_file_id ON resolution_evidence (evidence_file_id);
CREATE TABLE resolution_followup (
	id INTEGER NOT NULL, 
	resolution_id INTEGER NOT NULL, 
	noted_on DATE NOT NULL, 
	note TEXT NOT NULL, 
	recorded_by VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_resolution_followup PRIMARY KEY (id), 
	CONSTRAINT fk_resolution_followup_resolution_id_resolution FOREIGN KEY(resolution_id) REFERENCES resolution (id) ON DELETE CASCADE
);
CREATE INDEX ix_resolution_followup_resolution_id_noted_on ON resolution_followup (resolution_id, noted_on);
CREATE TABLE solution (
	id INTEGER NOT NULL, 
	plan_id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	term VARCHAR(16), 
	responsible_unit_id INTEGER, 
	executive_manager VARCHAR(300) NOT NULL, 
	driver_project_id INTEGER, 
	weight FLOAT NOT NULL, 
	description TEXT NOT NULL, 
	CONSTRAINT pk_solution PRIMARY KEY (id), 
	CONSTRAINT ck_solution_term_valid CHECK (term IS NULL OR term IN ('short', 'mid', 'long')), 
	CONSTRAINT ck_solution_weight_positive CHECK (weight > 0), 
	CONSTRAINT fk_solution_driver_project_id_driver_project FOREIGN KEY(driver_project_id) REFERENCES driver_project (id) ON DELETE SET NULL, 
	CONSTRAINT fk_solution_plan_id_plan FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_solution_responsible_unit_id_org_unit FOREIGN KEY(responsible_unit_id) REFERENCES org_unit (id) ON DELETE SET NULL, 
	CONSTRAINT uq_solution_code UNIQUE (code)
);
CREATE INDEX ix_solution_driver_project_id ON solution (driver_project_id);
CREATE INDEX ix_solution_plan_id ON solution (plan_id);
CREATE INDEX ix_solution_responsible_unit_id ON solution (responsible_unit_id);
CREATE TABLE operational_program (
	id INTEGER NOT NULL, 
	solution_id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	expected_results TEXT NOT NULL, 
	owner VARCHAR(300) NOT NULL, 
	weight FLOAT NOT NULL, 
	CONSTRAINT pk_operational_program PRIMARY KEY (id), 
	CONSTRAINT ck_operational_program_weight_positive CHECK (weight > 0), 
	CONSTRAINT fk_operational_program_solution_id_solution FOREIGN KEY(solution_id) REFERENCES solution (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_operational_program_code UNIQUE (code)
);
CREATE INDEX ix_operational_program_solution_id ON operational_program (solution_id);
CREATE TABLE activity (
	id INTEGER NOT NULL, 
	program_id INTEGER NOT NULL, 
	parent_id INTEGER, 
	code VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	weight FLOAT NOT NULL, 
	planned_start DATE NOT NULL, 
	planned_finish DATE NOT NULL, 
	resource_estimate TEXT NOT NULL, 
	owner VARCHAR(300) NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_activity PRIMARY KEY (id), 
	CONSTRAINT ck_activity_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id), 
	CONSTRAINT ck_activity_finish_not_before_start CHECK (planned_finish >= planned_start), 
	CONSTRAINT ck_activity_weight_positive CHECK (weight > 0), 
	CONSTRAINT fk_activity_parent_id_activity FOREIGN KEY(parent_id) REFERENCES activity (id) ON DELETE CASCADE, 
	CONSTRAINT fk_activity_program_id_operational_program FOREIGN KEY(program_id) REFERENCES operational_program (id) ON DELETE CASCADE, 
	CONSTRAINT uq_activity_program_id_code UNIQUE (program_id, code)
);
CREATE INDEX ix_activity_parent_id ON activity (parent_id);
CREATE INDEX ix_activity_program_id_position ON activity (program_id, position);
CREATE TABLE progress_update (
	id INTEGER NOT NULL, 
	activity_id INTEGER NOT NULL, 
	reported_on DATE NOT NULL, 
	percent FLOAT NOT NULL, 
	note TEXT NOT NULL, 
	recorded_by VARCHAR(200) NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	CONSTRAINT pk_progress_update PRIMARY KEY (id), 
	CONSTRAINT ck_progress_update_percent_range CHECK (percent >= 0 AND percent <= 100), 
	CONSTRAINT fk_progress_update_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id) ON DELETE CASCADE
);
CREATE INDEX ix_progress_update_activity_id_reported_on ON progress_update (activity_id, reported_on);
CREATE TABLE progress_evidence (
	id INTEGER NOT NULL, 
	progress_update_id INTEGER NOT NULL, 
	evidence_file_id INTEGER NOT NULL, 
	CONSTRAINT pk_progress_evidence PRIMARY KEY (id), 
	CONSTRAINT fk_progress_evidence_evidence_file_id_evidence_file FOREIGN KEY(evidence_file_id) REFERENCES evidence_file (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_progress_evidence_progress_update_id_progress_update FOREIGN KEY(progress_update_id) REFERENCES progress_update (id) ON DELETE CASCADE, 
	CONSTRAINT uq_progress_evidence_progress_update_id_evidence_file_id UNIQUE (progress_update_id, evidence_file_id)
);
CREATE INDEX ix_progress_evidence_evidence_file_id ON progress_evidence (evidence_file_id);
CREATE TRIGGER progress_update_insert_only BEFORE UPDATE ON progress_update BEGIN SELECT RAISE(ABORT, 'progress_update rows are history and cannot be updated'); END;
CREATE TABLE import_batch (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	file_name VARCHAR(500) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	imported_by VARCHAR(200) NOT NULL, 
	rows_read INTEGER NOT NULL, 
	rows_written INTEGER NOT NULL, 
	rows_rejected INTEGER NOT NULL, 
	first_month INTEGER, 
	last_month INTEGER, 
	CONSTRAINT pk_import_batch PRIMARY KEY (id), 
	CONSTRAINT ck_import_batch_kind_valid CHECK (kind IN ('branches', 'cases', 'monthly', 'satisfaction', 'demo')), 
	CONSTRAINT ck_import_batch_months_ordered CHECK (first_month IS NULL OR last_month IS NULL OR last_month >= first_month), 
	CONSTRAINT ck_import_batch_sha256_length CHECK (length(sha256) = 64), 
	CONSTRAINT ck_import_batch_row_counts_not_negative CHECK (rows_read >= 0 AND rows_written >= 0 AND rows_rejected >= 0), 
	CONSTRAINT uq_import_batch_kind_sha256 UNIQUE (kind, sha256)
);
CREATE TABLE branch_month_stat (
	id INTEGER NOT NULL, 
	branch_id INTEGER NOT NULL, 
	month_index INTEGER NOT NULL, 
	incoming INTEGER NOT NULL, 
	disposed INTEGER NOT NULL, 
	pending_end INTEGER NOT NULL, 
	avg_disposition_days FLOAT NOT NULL, 
	avg_scheduling_days FLOAT NOT NULL, 
	max_scheduling_days FLOAT NOT NULL, 
	batch_id INTEGER NOT NULL, 
	CONSTRAINT pk_branch_month_stat PRIMARY KEY (id), 
	CONSTRAINT ck_branch_month_stat_days_not_negative CHECK (avg_disposition_days >= 0 AND avg_scheduling_days >= 0 AND max_scheduling_days >= 0), 
	CONSTRAINT ck_branch_month_stat_counts_not_negative CHECK (incoming >= 0 AND disposed >= 0 AND pending_end >= 0), 
	CONSTRAINT ck_branch_month_stat_month_valid CHECK (month_index >= 0), 
	CONSTRAINT fk_branch_month_stat_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_branch_month_stat_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_branch_month_stat_branch_id_month_index UNIQUE (branch_id, month_index)
);
CREATE INDEX ix_branch_month_stat_batch_id ON branch_month_stat (batch_id);
CREATE TABLE satisfaction_month (
	id INTEGER NOT NULL, 
	branch_id INTEGER NOT NULL, 
	month_index INTEGER NOT NULL, 
	responses INTEGER NOT NULL, 
	average FLOAT NOT NULL, 
	batch_id INTEGER NOT NULL, 
	CONSTRAINT pk_satisfaction_month PRIMARY KEY (id), 
	CONSTRAINT ck_satisfaction_month_average_range CHECK (average >= 0 AND average <= 100), 
	CONSTRAINT ck_satisfaction_month_month_valid CHECK (month_index >= 0), 
	CONSTRAINT ck_satisfaction_month_responses_not_negative CHECK (responses >= 0), 
	CONSTRAINT fk_satisfaction_month_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_satisfaction_month_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_satisfaction_month_branch_id_month_index UNIQUE (branch_id, month_index)
);
CREATE INDEX ix_satisfaction_month_batch_id ON satisfaction_month (batch_id);
CREATE TABLE outbox_bundle (
	id INTEGER NOT NULL, 
	bundle_id VARCHAR(32) NOT NULL, 
	sequence INTEGER NOT NULL, 
	payload_type VARCHAR(16) NOT NULL, 
	file_hash VARCHAR(64) NOT NULL, 
	previous_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	first_change_id INTEGER NOT NULL, 
	last_change_id INTEGER NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	reason TEXT NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_attempt_at DATETIME, 
	next_attempt_at DATETIME, 
	acknowledged_at DATETIME, 
	receipt BLOB, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_outbox_bundle PRIMARY KEY (id), 
	CONSTRAINT ck_outbox_bundle_state_valid CHECK (state IN ('waiting', 'sent', 'acknowledged', 'rejected')), 
	CONSTRAINT ck_outbox_bundle_sequence_positive CHECK (sequence >= 1), 
	CONSTRAINT ck_outbox_bundle_hash_lengths CHECK (length(file_hash) = 64 AND length(previous_hash) = 64), 
	CONSTRAINT ck_outbox_bundle_change_ids_ordered CHECK (last_change_id >= first_change_id), 
	CONSTRAINT ck_outbox_bundle_counts_not_negative CHECK (attempts >= 0 AND size_bytes >= 0), 
	CONSTRAINT uq_outbox_bundle_bundle_id UNIQUE (bundle_id), 
	CONSTRAINT uq_outbox_bundle_sequence UNIQUE (sequence)
);
CREATE TABLE account_event (
	id INTEGER NOT NULL, 
	happened_at DATETIME NOT NULL, 
	account_id INTEGER NOT NULL, 
	login VARCHAR(64) NOT NULL, 
	actor VARCHAR(200) NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_account_event PRIMARY KEY (id), 
	CONSTRAINT ck_account_event_kind_valid CHECK (kind IN ('created', 'changed', 'password_changed', 'password_reset', 'signed_in', 'sign_in_failed', 'locked'))
);
CREATE INDEX ix_account_event_account_id_happened_at ON account_event (account_id, happened_at);
CREATE INDEX ix_account_event_happened_at ON account_event (happened_at);
CREATE TABLE account (
	id INTEGER NOT NULL, 
	login VARCHAR(64) NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	district_id INTEGER, 
	password_hash VARCHAR(255) NOT NULL, 
	active BOOLEAN NOT NULL, 
	failed_attempts INTEGER NOT NULL, 
	last_failed_at DATETIME, 
	locked_until DATETIME, 
	created_at DATETIME NOT NULL, 
	password_changed_at DATETIME NOT NULL, 
	last_sign_in_at DATETIME, 
	CONSTRAINT pk_account PRIMARY KEY (id), 
	CONSTRAINT ck_account_district_iff_head CHECK ((role = 'district_head') = (district_id IS NOT NULL)), 
	CONSTRAINT ck_account_role_valid CHECK (role IN ('secretary', 'chief_justice', 'district_head', 'viewer')), 
	CONSTRAINT ck_account_failures_not_negative CHECK (failed_attempts >= 0), 
	CONSTRAINT fk_account_district_id_district FOREIGN KEY(district_id) REFERENCES district (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_account_login UNIQUE (login)
);
CREATE INDEX ix_account_district_id ON account (district_id);
CREATE TRIGGER account_event_no_update BEFORE UPDATE ON account_event BEGIN SELECT RAISE(ABORT, 'account_event rows are history and cannot be changed'); END;
CREATE TRIGGER account_event_no_delete BEFORE DELETE ON account_event BEGIN SELECT RAISE(ABORT, 'account_event rows are history and cannot be changed'); END;
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'change_log rows are history and cannot be changed'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT RAISE(ABORT, 'change_log rows are history and cannot be changed'); END;
CREATE TABLE directive_bundle (
	id INTEGER NOT NULL, 
	bundle_id VARCHAR(32) NOT NULL, 
	sequence INTEGER NOT NULL, 
	file_hash VARCHAR(64) NOT NULL, 
	previous_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	received_at DATETIME NOT NULL, 
	applied_at DATETIME, 
	state VARCHAR(16) NOT NULL, 
	summary TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_directive_bundle PRIMARY KEY (id), 
	CONSTRAINT ck_directive_bundle_state_valid CHECK (state IN ('held', 'applied')), 
	CONSTRAINT ck_directive_bundle_sequence_positive CHECK (sequence >= 1), 
	CONSTRAINT uq_directive_bundle_bundle_id UNIQUE (bundle_id), 
	CONSTRAINT uq_directive_bundle_sequence UNIQUE (sequence)
);
CREATE TABLE center_deadline (
	id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	due_on DATE NOT NULL, 
	note TEXT NOT NULL, 
	directive_id INTEGER NOT NULL, 
	CONSTRAINT pk_center_deadline PRIMARY KEY (id), 
	CONSTRAINT fk_center_deadline_directive_id_directive_bundle FOREIGN KEY(directive_id) REFERENCES directive_bundle (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_center_deadline_code UNIQUE (code)
);
CREATE INDEX ix_center_deadline_directive_id ON center_deadline (directive_id);
CREATE TABLE indicator_target (
	id INTEGER NOT NULL, 
	indicator VARCHAR(64) NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	target FLOAT NOT NULL, 
	note TEXT NOT NULL, 
	directive_id INTEGER NOT NULL, 
	CONSTRAINT pk_indicator_target PRIMARY KEY (id), 
	CONSTRAINT fk_indicator_target_directive_id_directive_bundle FOREIGN KEY(directive_id) REFERENCES directive_bundle (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_indicator_target_indicator_period UNIQUE (indicator, period)
);
CREATE INDEX ix_indicator_target_directive_id ON indicator_target (directive_id);
CREATE TABLE period_approval (
	id INTEGER NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	submitted_by VARCHAR(200) NOT NULL, 
	submitted_at DATETIME NOT NULL, 
	decided_by VARCHAR(200) NOT NULL, 
	decided_at DATETIME, 
	reason TEXT NOT NULL, 
	approved_change_id INTEGER, 
	approved_at DATETIME, snapshot_sha256 VARCHAR(64) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_period_approval PRIMARY KEY (id), 
	CONSTRAINT ck_period_approval_kind_valid CHECK (kind IN ('month', 'half')), 
	CONSTRAINT ck_period_approval_state_valid CHECK (state IN ('submitted', 'approved', 'returned', 'reopened')), 
	CONSTRAINT uq_period_approval_period UNIQUE (period)
);
CREATE TABLE district_comment (
	id INTEGER NOT NULL, 
	district_id INTEGER NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	author VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_district_comment PRIMARY KEY (id), 
	CONSTRAINT fk_district_comment_district_id_district FOREIGN KEY(district_id) REFERENCES district (id) ON DELETE CASCADE
);
CREATE INDEX ix_district_comment_district_period ON district_comment (district_id, period);
CREATE TABLE case_listing_span (
	id INTEGER NOT NULL, 
	batch_id INTEGER NOT NULL, 
	branch_id INTEGER NOT NULL, 
	first_month INTEGER NOT NULL, 
	last_month INTEGER NOT NULL, 
	snapshot BOOLEAN NOT NULL, 
	CONSTRAINT pk_case_listing_span PRIMARY KEY (id), 
	CONSTRAINT ck_case_listing_span_months_ordered CHECK (first_month >= 0 AND last_month >= first_month), 
	CONSTRAINT fk_case_listing_span_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE CASCADE, 
	CONSTRAINT fk_case_listing_span_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE CASCADE, 
	CONSTRAINT uq_case_listing_span_batch_id_branch_id UNIQUE (batch_id, branch_id)
);
CREATE INDEX ix_case_listing_span_branch_id_last_month ON case_listing_span (branch_id, last_month);
CREATE TABLE case_transfer (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	from_branch_id INTEGER NOT NULL, 
	to_branch_id INTEGER NOT NULL, 
	moved_on DATE NOT NULL, 
	batch_id INTEGER NOT NULL, 
	CONSTRAINT pk_case_transfer PRIMARY KEY (id), 
	CONSTRAINT ck_case_transfer_branches_differ CHECK (from_branch_id <> to_branch_id), 
	CONSTRAINT fk_case_transfer_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_case_transfer_case_id_case_record FOREIGN KEY(case_id) REFERENCES case_record (id) ON DELETE CASCADE, 
	CONSTRAINT fk_case_transfer_from_branch_id_branch FOREIGN KEY(from_branch_id) REFERENCES branch (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_case_transfer_to_branch_id_branch FOREIGN KEY(to_branch_id) REFERENCES branch (id) ON DELETE RESTRICT
);
CREATE INDEX ix_case_transfer_batch_id ON case_transfer (batch_id);
CREATE INDEX ix_case_transfer_case_id ON case_transfer (case_id);
CREATE INDEX ix_case_transfer_from_branch_id ON case_transfer (from_branch_id);
CREATE INDEX ix_case_transfer_to_branch_id ON case_transfer (to_branch_id);
CREATE TABLE "case_record" (
	id INTEGER NOT NULL, 
	case_number VARCHAR(64) NOT NULL, 
	branch_id INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	registered_on DATE NOT NULL, 
	referred_at DATETIME, 
	first_hearing_on DATE, 
	hearings INTEGER, 
	disposed_on DATE, 
	batch_id INTEGER NOT NULL, 
	withdrawn_on DATE, 
	CONSTRAINT pk_case_record PRIMARY KEY (id), 
	CONSTRAINT fk_case_record_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE RESTRICT, 
	CONSTRAINT ck_case_record_disposed_after_registered CHECK (disposed_on IS NULL OR disposed_on >= registered_on), 
	CONSTRAINT ck_case_record_hearings_not_negative CHECK (hearings IS NULL OR hearings >= 0), 
	CONSTRAINT uq_case_record_case_number UNIQUE (case_number), 
	CONSTRAINT fk_case_record_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE RESTRICT, 
	CONSTRAINT ck_case_record_withdrawn_after_registered CHECK (withdrawn_on IS NULL OR withdrawn_on >= registered_on)
);
CREATE INDEX ix_case_record_branch_id_registered_on ON case_record (branch_id, registered_on);
CREATE INDEX ix_case_record_disposed_on ON case_record (disposed_on);
CREATE INDEX ix_case_record_batch_id ON case_record (batch_id);
CREATE TABLE audit_event (
	id INTEGER NOT NULL, 
	happened_at DATETIME NOT NULL, 
	login VARCHAR(64) NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	outcome VARCHAR(8) NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_audit_event PRIMARY KEY (id), 
	CONSTRAINT ck_audit_event_outcome_valid CHECK (outcome IN ('done', 'refused'))
);
CREATE INDEX ix_audit_event_happened_at ON audit_event (happened_at);
CREATE INDEX ix_audit_event_kind_happened_at ON audit_event (kind, happened_at);
CREATE TABLE approval_snapshot (
	id INTEGER NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	taken_at DATETIME NOT NULL, 
	taken_by VARCHAR(200) NOT NULL, 
	taken_by_login VARCHAR(64) NOT NULL, 
	approved_change_id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	figures JSON NOT NULL, 
	CONSTRAINT pk_approval_snapshot PRIMARY KEY (id), 
	CONSTRAINT ck_approval_snapshot_sha256_length CHECK (length(sha256) = 64)
);
CREATE INDEX ix_approval_snapshot_period_id ON approval_snapshot (period, id);
CREATE TABLE login_failure (
	"key" VARCHAR(64) NOT NULL, 
	failures INTEGER NOT NULL, 
	last_failed_at DATETIME, 
	locked_until DATETIME, 
	CONSTRAINT pk_login_failure PRIMARY KEY ("key")
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit_event rows are history and cannot be changed'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit_event rows are history and cannot be changed'); END;
CREATE TRIGGER approval_snapshot_no_update BEFORE UPDATE ON approval_snapshot BEGIN SELECT RAISE(ABORT, 'approval_snapshot rows are history and cannot be changed'); END;
CREATE TRIGGER approval_snapshot_no_delete BEFORE DELETE ON approval_snapshot BEGIN SELECT RAISE(ABORT, 'approval_snapshot rows are history and cannot be changed'); END;
CREATE TABLE resolution_status_change (
	id INTEGER NOT NULL, 
	resolution_id INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	effective_on DATE NOT NULL, 
	completed_on DATE, 
	recorded_at DATETIME NOT NULL, 
	CONSTRAINT pk_resolution_status_change PRIMARY KEY (id), 
	CONSTRAINT ck_resolution_status_change_status_valid CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')), 
	CONSTRAINT fk_resolution_status_change_resolution_id_resolution FOREIGN KEY(resolution_id) REFERENCES resolution (id) ON DELETE CASCADE
);
CREATE INDEX ix_resolution_status_change_resolution_id_effective_on ON resolution_status_change (resolution_id, effective_on);
CREATE TABLE data_generation (
	id INTEGER NOT NULL, 
	generation INTEGER NOT NULL, 
	CONSTRAINT pk_data_generation PRIMARY KEY (id), 
	CONSTRAINT ck_data_generation_single_row CHECK (id = 1)
);
CREATE TABLE view_snapshot (
	page VARCHAR(32) NOT NULL, 
	scope VARCHAR(64) NOT NULL, 
	day DATE NOT NULL, 
	app_version VARCHAR(32) NOT NULL, 
	revision VARCHAR(32) NOT NULL, 
	generation INTEGER NOT NULL, 
	payload BLOB NOT NULL, 
	written_at DATETIME NOT NULL, 
	CONSTRAINT pk_view_snapshot PRIMARY KEY (page, scope)
);
CREATE TABLE indicator_rollup_branch (
	branch_id INTEGER NOT NULL, 
	district_id INTEGER NOT NULL, opened_month INTEGER, 
	CONSTRAINT pk_indicator_rollup_branch PRIMARY KEY (branch_id)
);
CREATE TABLE indicator_rollup_coverage (
	level VARCHAR(8) NOT NULL, 
	month_index INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	branches INTEGER NOT NULL, 
	complete_branches INTEGER NOT NULL, 
	incomplete_ids TEXT, 
	CONSTRAINT pk_indicator_rollup_coverage PRIMARY KEY (level, month_index, unit_id), 
	CONSTRAINT ck_indicator_rollup_coverage_level_valid CHECK (level IN ('district', 'province')), 
	CONSTRAINT ck_indicator_rollup_coverage_counts_valid CHECK (complete_branches >= 0 AND complete_branches <= branches), 
	CONSTRAINT ck_indicator_rollup_coverage_month_valid CHECK (month_index >= 0)
);
CREATE TABLE indicator_branch_span_list (
	first_month INTEGER NOT NULL, 
	last_month INTEGER NOT NULL, 
	with_p90 BOOLEAN DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_indicator_branch_span_list PRIMARY KEY (first_month, last_month)
);
CREATE TABLE indicator_branch_span (
	first_month INTEGER NOT NULL, 
	last_month INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	branch_id INTEGER NOT NULL, 
	incoming INTEGER DEFAULT '0' NOT NULL, 
	disposed INTEGER DEFAULT '0' NOT NULL, 
	withdrawn INTEGER DEFAULT '0' NOT NULL, 
	transferred_in INTEGER DEFAULT '0' NOT NULL, 
	transferred_out INTEGER DEFAULT '0' NOT NULL, 
	pending_end INTEGER DEFAULT '0' NOT NULL, 
	pending_age_base INTEGER DEFAULT '0' NOT NULL, 
	pending_over_180 INTEGER DEFAULT '0' NOT NULL, 
	pending_over_365 INTEGER DEFAULT '0' NOT NULL, 
	pending_over_730 INTEGER DEFAULT '0' NOT NULL, 
	disposition_days_sum FLOAT DEFAULT '0' NOT NULL, 
	disposition_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_sum FLOAT DEFAULT '0' NOT NULL, 
	scheduling_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_max FLOAT, 
	hearings_sum INTEGER DEFAULT '0' NOT NULL, 
	hearings_cases INTEGER DEFAULT '0' NOT NULL, 
	referrals INTEGER DEFAULT '0' NOT NULL, 
	last_hour_referrals INTEGER DEFAULT '0' NOT NULL, 
	cases_total INTEGER DEFAULT '0' NOT NULL, 
	cases_missing_dates INTEGER DEFAULT '0' NOT NULL, 
	satisfaction_sum FLOAT DEFAULT '0' NOT NULL, 
	satisfaction_responses INTEGER DEFAULT '0' NOT NULL, 
	p90 FLOAT, 
	complete_months INTEGER DEFAULT '0' NOT NULL, 
	complete_list TEXT, 
	CONSTRAINT pk_indicator_branch_span PRIMARY KEY (first_month, last_month, case_type, branch_id), 
	CONSTRAINT ck_indicator_branch_span_span_valid CHECK (first_month <= last_month)
)
 WITHOUT ROWID

;
CREATE TABLE "indicator_month" (
	branch_id INTEGER NOT NULL, 
	month_index INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	incoming INTEGER DEFAULT '0' NOT NULL, 
	disposed INTEGER DEFAULT '0' NOT NULL, 
	pending_end INTEGER DEFAULT '0' NOT NULL, 
	pending_age_base INTEGER DEFAULT '0' NOT NULL, 
	pending_over_180 INTEGER DEFAULT '0' NOT NULL, 
	pending_over_365 INTEGER DEFAULT '0' NOT NULL, 
	disposition_days_sum FLOAT DEFAULT '0' NOT NULL, 
	disposition_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_sum FLOAT DEFAULT '0' NOT NULL, 
	scheduling_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_max FLOAT, 
	hearings_sum INTEGER DEFAULT '0' NOT NULL, 
	hearings_cases INTEGER DEFAULT '0' NOT NULL, 
	referrals INTEGER DEFAULT '0' NOT NULL, 
	last_hour_referrals INTEGER DEFAULT '0' NOT NULL, 
	cases_total INTEGER DEFAULT '0' NOT NULL, 
	cases_missing_dates INTEGER DEFAULT '0' NOT NULL, 
	satisfaction_sum FLOAT DEFAULT '0' NOT NULL, 
	satisfaction_responses INTEGER DEFAULT '0' NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	withdrawn INTEGER DEFAULT '0' NOT NULL, 
	transferred_in INTEGER DEFAULT '0' NOT NULL, 
	transferred_out INTEGER DEFAULT '0' NOT NULL, 
	pending_over_730 INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_indicator_month PRIMARY KEY (branch_id, month_index, case_type), 
	CONSTRAINT ck_indicator_month_month_valid CHECK (month_index >= 0), 
	CONSTRAINT fk_indicator_month_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE CASCADE, 
	CONSTRAINT ck_indicator_month_counts_not_negative CHECK (incoming >= 0 AND disposed >= 0 AND withdrawn >= 0 AND transferred_in >= 0 AND transferred_out >= 0 AND pending_end >= 0 AND pending_age_base >= 0 AND pending_over_180 >= 0 AND pending_over_365 >= 0 AND pending_over_730 >= 0 AND disposition_count >= 0 AND scheduling_count >= 0 AND hearings_sum >= 0 AND hearings_cases >= 0 AND referrals >= 0 AND last_hour_referrals >= 0 AND cases_total >= 0 AND cases_missing_dates >= 0 AND satisfaction_responses >= 0), 
	CONSTRAINT ck_indicator_month_source_valid CHECK (source IN ('cases', 'monthly', 'carried', 'missing', 'satisfaction'))
) WITHOUT ROWID;
CREATE INDEX ix_indicator_month_month_index_branch_id ON indicator_month (month_index, branch_id);
CREATE TABLE "disposition_histogram" (
	branch_id INTEGER NOT NULL, 
	month_index INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	bucket INTEGER NOT NULL, 
	count INTEGER NOT NULL, 
	CONSTRAINT pk_disposition_histogram PRIMARY KEY (branch_id, month_index, case_type, bucket), 
	CONSTRAINT ck_disposition_histogram_bucket_range CHECK (bucket >= 0 AND bucket <= 730), 
	CONSTRAINT ck_disposition_histogram_count_positive CHECK (count > 0), 
	CONSTRAINT ck_disposition_histogram_month_valid CHECK (month_index >= 0), 
	CONSTRAINT fk_disposition_histogram_branch_id_branch FOREIGN KEY(branch_id) REFERENCES branch (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_disposition_histogram_month_index_case_type_branch_id_bucket_count ON disposition_histogram (month_index, case_type, branch_id, bucket, count);
CREATE TABLE "indicator_rollup_month" (
	level VARCHAR(8) NOT NULL, 
	month_index INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	incoming INTEGER DEFAULT '0' NOT NULL, 
	disposed INTEGER DEFAULT '0' NOT NULL, 
	withdrawn INTEGER DEFAULT '0' NOT NULL, 
	transferred_in INTEGER DEFAULT '0' NOT NULL, 
	transferred_out INTEGER DEFAULT '0' NOT NULL, 
	pending_end INTEGER DEFAULT '0' NOT NULL, 
	pending_age_base INTEGER DEFAULT '0' NOT NULL, 
	pending_over_180 INTEGER DEFAULT '0' NOT NULL, 
	pending_over_365 INTEGER DEFAULT '0' NOT NULL, 
	pending_over_730 INTEGER DEFAULT '0' NOT NULL, 
	disposition_days_sum FLOAT DEFAULT '0' NOT NULL, 
	disposition_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_sum FLOAT DEFAULT '0' NOT NULL, 
	scheduling_count INTEGER DEFAULT '0' NOT NULL, 
	scheduling_days_max FLOAT, 
	hearings_sum INTEGER DEFAULT '0' NOT NULL, 
	hearings_cases INTEGER DEFAULT '0' NOT NULL, 
	referrals INTEGER DEFAULT '0' NOT NULL, 
	last_hour_referrals INTEGER DEFAULT '0' NOT NULL, 
	cases_total INTEGER DEFAULT '0' NOT NULL, 
	cases_missing_dates INTEGER DEFAULT '0' NOT NULL, 
	satisfaction_sum FLOAT DEFAULT '0' NOT NULL, 
	satisfaction_responses INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_indicator_rollup_month PRIMARY KEY (level, month_index, unit_id, case_type), 
	CONSTRAINT ck_indicator_rollup_month_level_valid CHECK (level IN ('district', 'province')), 
	CONSTRAINT ck_indicator_rollup_month_month_valid CHECK (month_index >= 0)
) WITHOUT ROWID;
CREATE TABLE "indicator_rollup_histogram" (
	level VARCHAR(8) NOT NULL, 
	month_index INTEGER NOT NULL, 
	case_type VARCHAR(100) NOT NULL, 
	unit_id INTEGER NOT NULL, 
	bucket INTEGER NOT NULL, 
	count INTEGER NOT NULL, 
	CONSTRAINT pk_indicator_rollup_histogram PRIMARY KEY (level, month_index, case_type, unit_id, bucket), 
	CONSTRAINT ck_indicator_rollup_histogram_level_valid CHECK (level IN ('district', 'province')), 
	CONSTRAINT ck_indicator_rollup_histogram_bucket_range CHECK (bucket >= 0 AND bucket <= 730), 
	CONSTRAINT ck_indicator_rollup_histogram_count_positive CHECK (count > 0), 
	CONSTRAINT ck_indicator_rollup_histogram_month_valid CHECK (month_index >= 0)
) WITHOUT ROWID;
INSERT INTO "alembic_version" VALUES('0018');
INSERT INTO "data_generation" VALUES(1,0);
COMMIT;
