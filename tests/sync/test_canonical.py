from __future__ import annotations

import pytest

from desktop.sync.canonical import CanonicalError, dumps, loads_canonical, loads_strict


def test_encoding_is_sorted_compact_utf8() -> None:
    assert dumps({"b": 1, "a": "تهران"}) == '{"a":"تهران","b":1}'.encode()


def test_nan_cannot_be_encoded() -> None:
    with pytest.raises(CanonicalError):
        dumps({"a": float("nan")})


@pytest.mark.parametrize("data", [
    b'{"a":1,"a":2}', b'{"a":NaN}', b'{"a":Infinity}', b'{"a":-Infinity}', b'{"a":1e999}',
    b'{"a":9223372036854775808}', b'{"a":-9223372036854775809}', b'{"a":1}x', b'{"a":1} ', b' {"a":1}',
    b'[1]', b'"s"', b"\xff", b'{"a":"\xc3"}', b"", b'{"a":' + b"[" * 40 + b"]" * 40 + b"}",
    b'{"a":1' + b"0" * 60 + b"}", b"\xef\xbb\xbf{}",
])
def test_the_strict_parser_refuses(data: bytes) -> None:
    with pytest.raises(CanonicalError):
        loads_strict(data)


def test_the_strict_parser_accepts_int64_bounds_and_nested_strings_with_brackets() -> None:
    assert loads_strict(b'{"a":9223372036854775807,"b":"[[[{{{","c":1.5}') == {
        "a": 2**63 - 1, "b": "[[[{{{", "c": 1.5}


def test_canonical_loading_refuses_equal_but_differently_written_json() -> None:
    assert loads_canonical(b'{"a":1,"b":2}') == {"a": 1, "b": 2}
    with pytest.raises(CanonicalError):
        loads_canonical(b'{"b":2,"a":1}')
    with pytest.raises(CanonicalError):
        loads_canonical(b'{"a":"\\u0041"}')
