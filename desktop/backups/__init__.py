"""Backing the database up (by hand and on a schedule) and restoring a backup (docs/access.md)."""
