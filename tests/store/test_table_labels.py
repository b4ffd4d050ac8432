"""Every change-logged table has a label for the audit trail (a new table must get one)."""

from desktop.domain.table_labels import TABLE_LABELS
from desktop.store.models import UNLOGGED_TABLES, Base


def test_every_logged_table_has_an_audit_label() -> None:
    logged = {name for name in Base.metadata.tables if name not in UNLOGGED_TABLES}
    assert logged - set(TABLE_LABELS) == set()
