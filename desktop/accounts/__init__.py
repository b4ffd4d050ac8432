"""Accounts and sign-in: who uses this database, with which role, and the password checks (docs/access.md)."""
