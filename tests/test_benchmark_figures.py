"""`make benchmark`'s verdicts: a benchmark that could not measure is a missed target, never "ok"; and the
six-monthly report names at most a few of the units tied for best or worst (the large demo's 3,000 branches tie
by the hundred, and naming them all made a table cell taller than a page: the report failed, and the benchmark
table printed it as "ok")."""

from __future__ import annotations

from benchmarks.common import Figure, failed_figure
from desktop.reports.indicator_values import UnitValue
from desktop.reports.language import ReportLanguage
from desktop.reports.status import TIED_NAMED, tied_names


def test_a_benchmark_that_did_not_finish_misses_its_target() -> None:
    assert not failed_figure("report", "exited 1").met
    assert Figure("report", "written", 2.0, "s", target_value=5.0).met


def test_a_report_names_a_few_of_the_units_tied_and_counts_the_others() -> None:
    tied = UnitValue(1, "شعبه ۱", None, 100.0, tied_with=tuple(f"شعبه {n}" for n in range(2, 501)))
    text = tied_names(ReportLanguage(), tied).replace("\u200e", "")  # the marks that order Persian in English
    assert text == "شعبه ۱, شعبه 2, شعبه 3 and 497 more"
    assert len(tied_names(ReportLanguage(rtl=True), tied).split("، ")) == TIED_NAMED
    assert tied_names(ReportLanguage(), UnitValue(1, "شعبه ۱", None, 90.0, tied_with=("شعبه ۲",))).replace(
        "\u200e", "") == "شعبه ۱, شعبه ۲"


def test_make_benchmark_runs_every_benchmark_but_not_the_design_studies() -> None:
    # The studies need a kept million-row import (`--keep`): run by `make benchmark` they could only fail.
    from benchmarks.run_all import benchmark_names

    names = benchmark_names()
    assert "derived_store_floor" not in names
    assert "columnar_reads" not in names
    assert "import_process_threshold" not in names  # a study of where the checking process pays: no target
    assert {"demo", "import_cases", "startup", "report"} <= set(names)
