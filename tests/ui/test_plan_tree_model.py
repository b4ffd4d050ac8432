"""The plan tree model shows the service's tree, node for node and number for number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.persian import to_persian_digits
from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.formatting import format_date, format_percent, format_ratio
from desktop.ui.labels import term_label
from desktop.ui.models.plan_tree_model import NodeRole, PlanColumn, PlanTreeModel, format_weight
from desktop.ui.status_colors import UNREPORTED_TEXT, spi_color

pytestmark = pytest.mark.gui


def _walk(nodes: tuple[PlanNode, ...]) -> Iterator[PlanNode]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _text(model: PlanTreeModel, node: PlanNode, column: PlanColumn) -> str:
    return model.data(model.index_of(node.kind, node.id, column))


@pytest.fixture
def demo_tree(demo_services) -> tuple[PlanNode, ...]:
    return demo_services.plans.tree()


@pytest.fixture
def model(demo_tree) -> PlanTreeModel:
    model = PlanTreeModel()
    model.set_tree(demo_tree)
    return model


def test_every_plan_solution_program_and_activity_of_the_demo_is_shown_with_the_services_numbers(
        model: PlanTreeModel, demo_tree: tuple[PlanNode, ...]) -> None:
    nodes = list(_walk(demo_tree))
    assert {n.kind for n in nodes} == set(NodeKind)
    assert model.node_count() == len(nodes)
    assert model.rowCount() == len(demo_tree)
    for node in nodes:
        index = model.index_of(node.kind, node.id)
        assert index.isValid()
        assert model.node_at(index) is node
        assert model.data(index, NodeRole) == (node.kind, node.id)
        assert model.rowCount(index) == len(node.children)
        assert to_persian_digits(node.code) in _text(model, node, PlanColumn.TITLE)  # its digits Persian
        assert node.title in _text(model, node, PlanColumn.TITLE)
        assert _text(model, node, PlanColumn.WEIGHT) == format_weight(node.weight)
        assert _text(model, node, PlanColumn.PLANNED) == format_percent(node.progress.planned, 1)
        assert _text(model, node, PlanColumn.ACTUAL) == (
            "گزارش نشده" if node.not_reported else format_percent(node.progress.actual, 1))
        assert _text(model, node, PlanColumn.SPI) == format_ratio(node.progress.spi)
        assert _text(model, node, PlanColumn.OWNER) == node.owner


def test_children_appear_in_the_services_order_under_their_parent(model: PlanTreeModel, demo_tree) -> None:
    for node in _walk(demo_tree):
        parent = model.index_of(node.kind, node.id)
        shown = [model.data(model.index(row, 0, parent), NodeRole) for row in range(model.rowCount(parent))]
        assert shown == [(c.kind, c.id) for c in node.children]
        for row in range(model.rowCount(parent)):
            assert model.parent(model.index(row, 0, parent)) == parent
    assert model.parent(model.index(0, 0)) == QModelIndex()


def test_term_is_shown_for_solutions_and_jalali_dates_for_activities(model: PlanTreeModel, demo_tree) -> None:
    for node in _walk(demo_tree):
        term = _text(model, node, PlanColumn.TERM)
        start, finish = _text(model, node, PlanColumn.START), _text(model, node, PlanColumn.FINISH)
        if node.kind is NodeKind.SOLUTION:
            assert term == term_label(node.term)
        else:
            assert term == ""
        if node.kind is NodeKind.ACTIVITY:
            assert (start, finish) == (format_date(node.planned_start), format_date(node.planned_finish))
            assert start.startswith("۱۴")  # Jalali year, Persian digits


def _activities(node: PlanNode) -> list[PlanNode]:
    return [n for n in _walk(node.children) if n.kind is NodeKind.ACTIVITY]


def test_a_solution_program_or_plan_shows_the_span_of_its_activities_or_a_dash(
        model: PlanTreeModel, demo_tree) -> None:
    """Its date columns were empty: now the earliest planned start and the latest planned finish of the
    activities under it, said so in the tooltip; «—» when none of them is dated."""
    spans = 0
    for node in _walk(demo_tree):
        if node.kind is NodeKind.ACTIVITY:
            continue
        start, finish = _text(model, node, PlanColumn.START), _text(model, node, PlanColumn.FINISH)
        starts = [a.planned_start for a in _activities(node) if a.planned_start is not None]
        finishes = [a.planned_finish for a in _activities(node) if a.planned_finish is not None]
        assert start == (format_date(min(starts)) if starts else "—"), node.title
        assert finish == (format_date(max(finishes)) if finishes else "—"), node.title
        tooltip = model.data(model.index_of(node.kind, node.id, PlanColumn.START), Qt.ItemDataRole.ToolTipRole)
        assert tooltip == model.tr("Earliest planned start of its activities")
        spans += bool(starts)
    assert spans > 10  # the demo's solutions and programs with dated activities
    assert any(_text(model, n, PlanColumn.START) == "—" for n in _walk(demo_tree) if n.kind is NodeKind.SOLUTION)


def test_spi_cell_is_coloured_by_schedule_performance(model: PlanTreeModel, demo_tree) -> None:
    for node in list(_walk(demo_tree))[:80]:
        brush = model.data(model.index_of(node.kind, node.id, PlanColumn.SPI), Qt.ItemDataRole.BackgroundRole)
        expected = spi_color(node.progress.spi)
        assert (brush.color() if brush is not None else None) == expected


def test_an_activity_with_no_progress_report_reads_not_reported_greyed_and_no_spi_never_zero(
        model: PlanTreeModel, demo_tree) -> None:
    """It read «۰٫۰٪» and SPI «۰٫۰۰» (red) beside an empty history: unknown shown as 0."""
    unreported = [n for n in _walk(demo_tree) if n.kind is NodeKind.ACTIVITY and not n.children and n.not_reported]
    assert len(unreported) > 10  # the demo's activities not started yet, or never reported
    for node in unreported:
        assert _text(model, node, PlanColumn.ACTUAL) == "گزارش نشده"
        assert _text(model, node, PlanColumn.SPI) == "—"
        assert model.data(model.index_of(node.kind, node.id, PlanColumn.SPI), Qt.ItemDataRole.BackgroundRole) is None
        grey = model.data(model.index_of(node.kind, node.id, PlanColumn.ACTUAL), Qt.ItemDataRole.ForegroundRole)
        assert grey is not None and grey.color() == UNREPORTED_TEXT
    reported = next(n for n in _walk(demo_tree) if n.kind is NodeKind.ACTIVITY and not n.not_reported)
    assert _text(model, reported, PlanColumn.ACTUAL) == format_percent(reported.progress.actual, 1)


def test_path_to_and_ancestor_walk_up_from_an_activity(model: PlanTreeModel, demo_tree) -> None:
    activity = next(n for n in _walk(demo_tree) if n.kind is NodeKind.ACTIVITY and n.parent_id is not None)
    path = model.path_to(NodeKind.ACTIVITY, activity.id)
    assert [n.kind for n in path[:3]] == [NodeKind.PLAN, NodeKind.SOLUTION, NodeKind.PROGRAM]
    assert path[-1] is activity and path[-2].id == activity.parent_id
    assert model.ancestor(NodeKind.ACTIVITY, activity.id, NodeKind.PROGRAM) is path[2]
    assert not model.index_of(NodeKind.ACTIVITY, 10**9).isValid()


def test_model_satisfies_qts_model_tester(qtmodeltester, services) -> None:
    model = PlanTreeModel()
    model.set_tree(services.plans.tree())
    qtmodeltester.check(model, force_py=True)


def test_the_spi_header_says_what_its_colours_mean(model: PlanTreeModel) -> None:
    tooltip = model.headerData(PlanColumn.SPI, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert format_ratio(0.95) in tooltip and format_ratio(0.8) in tooltip
