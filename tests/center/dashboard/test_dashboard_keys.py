"""Province keys on the dashboard: history, and registration and rotation that change nothing until the shown
key id is confirmed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.center.dashboard.keys import (
    KeyFileTooLargeError,
    NotTheConfirmedKeyError,
    ProvinceFieldsError,
    key_history,
    preview_registration,
    preview_rotation,
    register,
    rotate,
)
from desktop.center.provinces import AlreadyRegisteredError, KeyInUseError
from desktop.center.staff import Refused, StaffRole
from desktop.store.models import Meeting
from desktop.sync.errors import KeyStoreError, RotationError
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.rotation_records import rotation_record
from tests.center.dashboard.conftest import NOW, audited, staff

ADMIN = staff(StaffRole.admin, user="مدیر")


def _history(seeded, code):
    with seeded.center._sessions() as session:
        return next(p for p in key_history(session, staff()) if p.code == code)


def test_registration_previews_the_key_id_changes_nothing_and_registers_only_the_confirmed_key(seeded):
    key, other = generate_private_key(), generate_private_key()
    pem = export_public(key.public_key())
    with seeded.center._sessions() as session:
        shown = preview_registration(session, ADMIN, "YZD", "یزد", pem, replace=False, now=NOW)
    assert (shown.key_id, shown.kind) == (fingerprint(key.public_key()), "registration")
    with seeded.center._sessions() as session:
        assert "YZD" not in [p.code for p in key_history(session, staff())]
    with seeded.center._sessions.begin() as session, pytest.raises(NotTheConfirmedKeyError):
        register(session, ADMIN, "YZD", "یزد", export_public(other.public_key()), replace=False,
                 confirmed_key_id=shown.key_id, now=NOW)
    with seeded.center._sessions.begin() as session:
        register(session, ADMIN, "YZD", "یزد", pem, replace=False, confirmed_key_id=shown.key_id, now=NOW)
    (entry,) = _history(seeded, "YZD").keys
    assert (entry.key_id, entry.first_sequence, entry.current, entry.how) == (shown.key_id, 1, True, "registration")
    assert ("مدیر", "manage_keys", f"YZD registration {shown.key_id}", "allowed") in audited(seeded)


def test_a_rekey_needs_replace_and_a_key_of_another_province_is_refused_at_the_preview(seeded):
    with seeded.center._sessions() as session:
        with pytest.raises(AlreadyRegisteredError):
            preview_registration(session, ADMIN, "QOM", "قم", export_public(generate_private_key().public_key()),
                                 replace=False, now=NOW)
        with pytest.raises(KeyInUseError):
            preview_registration(session, ADMIN, "KRM2", "کرمان", export_public(seeded.keys["QOM"].public_key()),
                                 replace=False, now=NOW)
        with pytest.raises(KeyStoreError):
            preview_registration(session, ADMIN, "KRM2", "کرمان", b"not a key", replace=False, now=NOW)
        with pytest.raises(KeyFileTooLargeError):
            preview_registration(session, ADMIN, "KRM2", "کرمان", b"x" * 20_000, replace=False, now=NOW)
        with pytest.raises(ProvinceFieldsError):
            preview_registration(session, ADMIN, "bad code!", "کرمان",
                                 export_public(generate_private_key().public_key()), replace=False, now=NOW)


def test_a_rotation_previewed_then_confirmed_moves_the_province_to_the_new_key_for_its_next_bundle(seeded):
    old, new = seeded.keys["QOM"], generate_private_key()
    record = rotation_record(old, new, "QOM", from_sequence=2)
    with seeded.center._sessions() as session:
        shown = preview_rotation(session, ADMIN, "QOM", record, now=NOW)
    assert (shown.key_id, shown.from_sequence, shown.replaces) == (fingerprint(new.public_key()), 2,
                                                                   fingerprint(old.public_key()))
    assert len(_history(seeded, "QOM").keys) == 1  # the preview changed nothing
    with seeded.center._sessions.begin() as session, pytest.raises(NotTheConfirmedKeyError):
        rotate(session, ADMIN, "QOM", record, confirmed_key_id="0" * 16, now=NOW)
    assert len(_history(seeded, "QOM").keys) == 1
    with seeded.center._sessions.begin() as session:
        rotate(session, ADMIN, "QOM", record, confirmed_key_id=shown.key_id, now=NOW)
    newest, oldest = _history(seeded, "QOM").keys
    assert (newest.key_id, newest.first_sequence, newest.how, oldest.last_sequence) == (shown.key_id, 2,
                                                                                         "rotation", 1)
    database = seeded.provinces["QOM"]

    with database.session() as session:
        session.add(Meeting(number=900, held_on=date(2026, 11, 1), title="جلسه", location="تالار"))
    outbox = Outbox(database, seeded.clock)
    entry = outbox.cut(new, "QOM", "0.1.0")
    receipt = read_receipt(seeded.center.ingest(outbox.data(entry.id)), seeded.center.public_key, "QOM")
    assert receipt.verdict is Verdict.ACCEPTED


def test_a_rotation_record_signed_by_a_stranger_is_refused_at_the_preview(seeded):
    record = rotation_record(generate_private_key(), generate_private_key(), "ISF", from_sequence=5)
    with seeded.center._sessions() as session, pytest.raises(RotationError):
        preview_rotation(session, ADMIN, "ISF", record, now=NOW)


@pytest.mark.parametrize("role", [StaffRole.analyst, StaffRole.viewer, StaffRole.liaison])
def test_only_an_administrator_manages_keys(seeded, role):
    pem = export_public(generate_private_key().public_key())
    who = staff(role, frozenset({"QOM"}), user=f"k-{role}")
    with seeded.center._sessions() as session:
        with pytest.raises(Refused):
            preview_registration(session, who, "NEW", "تازه", pem, replace=False, now=NOW)
        with pytest.raises(Refused):
            preview_rotation(session, who, "QOM", b"", now=NOW)


def test_a_liaison_sees_only_his_provinces_keys(seeded):
    with seeded.center._sessions() as session:
        assert [p.code for p in key_history(session, staff(StaffRole.liaison, frozenset({"ISF"})))] == ["ISF"]
