"""Approval of periods: submit, approve, send back, reopen; what changed since the last approval."""
