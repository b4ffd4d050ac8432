"""The kinds of audit event (``audit_event.kind``), apart from the code that writes them: the command line
offers them in ``audit --kind`` without loading SQLAlchemy (desktop/store/audit.py writes them)."""

#: The kinds written by the services (``kind`` is free text in the table, these are the ones in use).
REFUSED = "refused"
EXPORT_REPORT = "export.report"
EXPORT_AUDIT = "export.audit"
EXPORT_BUNDLE = "export.bundle"
BACKUP_CREATE = "backup.create"
RESTORE = "restore"
KEYS_CREATE = "keys.create"
KEYS_ROTATE = "keys.rotate"
SETTING = "setting"
#: Every kind of audit event, in the order the audit page offers them.
EVENT_KINDS = (REFUSED, EXPORT_REPORT, EXPORT_AUDIT, EXPORT_BUNDLE, BACKUP_CREATE, RESTORE, KEYS_CREATE, KEYS_ROTATE,
               SETTING)
