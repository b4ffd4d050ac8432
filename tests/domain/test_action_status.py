from desktop.domain.action_status import ActionStatus, action_status


def test_an_action_at_one_hundred_percent_is_done() -> None:
    assert action_status(80.0, 100.0) is ActionStatus.DONE


def test_an_action_without_progress_is_not_started_until_it_falls_behind_its_plan() -> None:
    assert action_status(5.0, 0.0) is ActionStatus.NOT_STARTED
    assert action_status(None, None) is ActionStatus.NOT_STARTED
    assert action_status(30.0, 0.0) is ActionStatus.BEHIND


def test_an_action_more_than_ten_points_below_plan_is_behind_schedule() -> None:
    assert action_status(60.0, 49.0) is ActionStatus.BEHIND
    assert action_status(60.0, 50.0) is ActionStatus.ON_SCHEDULE
