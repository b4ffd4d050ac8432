"""Roles, actions and the district scope rule."""

from __future__ import annotations

import pytest

from desktop.domain.access import PERMISSIONS, Action, PermissionDenied, Principal, Reach, Role, is_allowed

# The whole table, written out once by hand: a change to the permissions must change this test too.
EXPECTED = {
    Role.SECRETARY: {"view", "comment", "edit", "submit", "export", "send", "manage_users", "backup", "restore"},
    Role.CHIEF_JUSTICE: {"view", "comment", "approve", "reopen", "export", "backup"},
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


def test_only_the_chief_justice_approves_and_reopens() -> None:
    for action in (Action.APPROVE, Action.REOPEN):
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
