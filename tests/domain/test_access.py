"""Roles, actions and the district scope rule."""

from __future__ import annotations

import pytest

from desktop.domain.access import (
    PERMISSIONS,
    Action,
    PermissionDenied,
    Principal,
    Reach,
    Role,
    is_allowed,
    may_change_account,
)

# The whole table, written out once by hand: a change to the permissions must change this test too.
EXPECTED = {
    Role.SECRETARY: {"view", "comment", "edit", "submit", "export", "send", "manage_users", "backup", "restore"},
    Role.CHIEF_JUSTICE: {"view", "comment", "approve", "reopen", "export", "backup", "manage_chief_justices"},
    Role.DISTRICT_HEAD: {"view", "comment", "export"},
    Role.VIEWER: {"view"},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_every_role_and_action_follows_the_table(role: Role, action: Action) -> None:
    expected = action.value in EXPECTED[role]
    assert (action in PERMISSIONS[role]) is expected
    district = 7 if role is Role.DISTRICT_HEAD else None
    assert Principal("u", role, district).can(action) is expected
    assert Principal("u", role, district).can(action, 7) is expected


def test_only_the_secretary_edits_sends_restores_and_manages_users() -> None:
    for action in (Action.EDIT, Action.SEND, Action.RESTORE, Action.MANAGE_USERS, Action.SUBMIT):
        assert [role for role in Role if action in PERMISSIONS[role]] == [Role.SECRETARY]


def test_only_the_chief_justice_approves_reopens_and_manages_the_chief_justices_accounts() -> None:
    for action in (Action.APPROVE, Action.REOPEN, Action.MANAGE_CHIEF_JUSTICES):
        assert [role for role in Role if action in PERMISSIONS[role]] == [Role.CHIEF_JUSTICE]


def test_a_district_head_reaches_his_own_district_only() -> None:
    head = Principal("head", Role.DISTRICT_HEAD, district_id=3)
    assert head.can(Action.VIEW, 3)
    assert head.can(Action.EXPORT, 3)
    assert not head.can(Action.VIEW, 4)
    assert not head.can(Action.EXPORT, 4)
    assert not head.can(Action.VIEW, Reach.ALL_DISTRICTS)
    assert head.can(Action.VIEW, Reach.PROVINCE_BUSINESS)
    assert head.visible_district == 3 and not head.sees_all_districts


def test_province_wide_roles_reach_every_district_and_all_at_once() -> None:
    for role in (Role.SECRETARY, Role.CHIEF_JUSTICE, Role.VIEWER):
        principal = Principal("u", role)
        assert principal.can(Action.VIEW, 4) and principal.can(Action.VIEW, Reach.ALL_DISTRICTS)
        assert principal.visible_district is None and principal.sees_all_districts


def test_a_district_head_without_a_district_is_refused_everywhere() -> None:
    assert not is_allowed(Role.DISTRICT_HEAD, None, Action.VIEW, 3)


def test_only_a_district_head_has_a_district() -> None:
    with pytest.raises(ValueError):
        Principal("head", Role.DISTRICT_HEAD)
    with pytest.raises(ValueError):
        Principal("u", Role.VIEWER, district_id=3)


def test_a_refusal_names_the_action_and_keeps_the_role() -> None:
    with pytest.raises(PermissionDenied) as raised:
        Principal("v", Role.VIEWER).require(Action.EDIT)
    assert raised.value.context == "Access" and raised.value.params == {}
    assert (raised.value.role, raised.value.action) == (Role.VIEWER, Action.EDIT)
    assert "only the secretary edits" in raised.value.english()


def test_another_districts_refusal_says_so() -> None:
    with pytest.raises(PermissionDenied) as raised:
        Principal("h", Role.DISTRICT_HEAD, 1).require(Action.VIEW, 2)
    assert "another judicial district" in raised.value.english()


def test_the_system_principal_is_a_province_wide_secretary() -> None:
    system = Principal.system("دبیر")
    assert system.role is Role.SECRETARY and system.user_name == "دبیر" and system.sees_all_districts


def test_a_chief_justices_account_is_a_chief_justices_business_but_the_provinces_first() -> None:
    chief, secretary, viewer = Role.CHIEF_JUSTICE, Role.SECRETARY, Role.VIEWER
    dabir, rais = Principal("d", secretary), Principal("r", chief)
    assert not may_change_account(dabir, None, chief)
    assert may_change_account(dabir, None, chief, first_chief_justice=True)
    assert not may_change_account(dabir, viewer, chief, first_chief_justice=True)  # adding only
    assert not may_change_account(dabir, chief, chief) and may_change_account(rais, chief, chief)
    assert may_change_account(rais, None, chief, first_chief_justice=True)
    assert not may_change_account(rais, chief, secretary) and not may_change_account(dabir, chief, secretary)
    assert may_change_account(dabir, secretary, viewer) and not may_change_account(rais, secretary, viewer)
    assert may_change_account(rais, viewer, chief) and not may_change_account(dabir, viewer, chief)
