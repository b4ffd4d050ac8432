"""Codes in the order they are read: an outline's numbers compare as numbers, not as text."""

from __future__ import annotations

from desktop.domain.codes import code_order


def test_an_outline_code_s_numbers_compare_as_numbers_2_10_after_2_9() -> None:
    codes = ["2.10", "10", "2.9", "2", "1", "2.1", "9"]
    assert sorted(codes, key=code_order) == ["1", "2", "2.1", "2.9", "2.10", "9", "10"]


def test_a_program_code_s_number_inside_letters_compares_as_a_number() -> None:
    assert sorted(["TD-S13-P1", "TD-S9-P1", "CR-P10-1405", "CR-P02-1405"], key=code_order) == [
        "CR-P02-1405", "CR-P10-1405", "TD-S9-P1", "TD-S13-P1"]


def test_persian_digits_count_as_the_same_numbers() -> None:
    assert code_order("۲.۱۰") == code_order("2.10")
    assert sorted(["۲.۱۰", "2.9"], key=code_order) == ["2.9", "۲.۱۰"]
