"""The audit trail: who changed what and when, read from the change log (which cannot be edited)."""
