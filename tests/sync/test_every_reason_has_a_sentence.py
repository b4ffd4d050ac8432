"""Every reason code the sync layer and the center can put into a refusal (a receipt's reason, a message's
``{reason}``) has a sentence of its own in Persian and English, never «جزئیات در گزارش برنامه است».

The codes are collected from the code itself: each ``reason=`` given to a sync error, each code given to the errors
that carry one (CanonicalError, the center's ApplyRefused), each helper that forwards its ``reason`` parameter, each
problem row_values finds in a field. A new code without a sentence in desktop/sync/reasons.py (or reason_codes.py)
fails here; so does a new way of passing one that this test cannot read (add it to PASSED_ON, saying where its
codes come from).
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.center.applying import ApplyRefused
from desktop.sync import row_values
from desktop.sync.canonical import CanonicalError
from desktop.sync.errors import SyncError
from desktop.sync.progress_content import parse_progress
from desktop.sync.reasons import KNOWN, UNLISTED, reason_field
from desktop.translations import Language, catalogue, translate

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop/sync", "desktop/center")
#: Arguments that pass on a code made elsewhere, each with where that code is collected.
PASSED_ON = {
    "exc.reason",  # a CanonicalError's code: its own raises are collected
    "refused.reason",  # an ApplyRefused's code: its own raises are collected
    "check[1]",  # row_values._RANGES: collected by test_every_code_raised_has_a_sentence below
    "describe_os_error(exc)", "describe_os_error(error)",  # the system's words, in two languages already
    "Bilingual(type(exc).__name__, type(exc).__name__)",  # a keyring's exception type, for whoever fixes it
}
#: Callables whose first argument (or ``reason=``) is a code.
CODE_CARRIERS: tuple[type, ...] = (CanonicalError, ApplyRefused)
_PART = re.compile(r"\{\w+\}")


def _shape(code: str) -> str:
    """A code with each part to fill as ``{}``: what an f-string raising it has in common with its template."""
    return _PART.sub("{}", code)


def _modules() -> Iterator[tuple[Any, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            if name.endswith("__main__") or "migrations" in name:
                continue
            yield importlib.import_module(name), ast.parse(path.read_text(encoding="utf-8"))


def _resolve(module: Any, node: ast.expr) -> Any:
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    if isinstance(node, ast.Attribute):
        owner = _resolve(module, node.value)
        return getattr(owner, node.attr, None) if owner is not None else None
    return None


def _shapes(module: Any, node: ast.expr, forwarded: set[str]) -> set[str]:
    """The shapes of the codes ``node`` can be; raises AssertionError for an argument this test cannot read."""
    if isinstance(node, ast.Constant):
        return set() if node.value is None else {_shape(node.value)}
    if isinstance(node, ast.JoinedStr):
        return {"".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)}
    if isinstance(node, ast.IfExp):
        return _shapes(module, node.body, forwarded) | _shapes(module, node.orelse, forwarded)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        right = _shapes(module, node.right, forwarded) if isinstance(node.right, ast.Constant | ast.JoinedStr) \
            else {"{}"}
        return {left + tail for left in _shapes(module, node.left, forwarded) for tail in right}
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
        return _shapes(module, node.args[1], forwarded)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        template = _resolve(module, node.func.value)
        if isinstance(template, str):
            return {_shape(template)}
    if isinstance(node, ast.Name) and node.id in forwarded:
        return set()  # a helper's own parameter: its callers are collected
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and isinstance(
            function := _FUNCTIONS.get((module.__name__, node.func.id)), ast.FunctionDef):
        return _returned(module, function)  # a helper that makes the code: what it returns
    value = _resolve(module, node)
    if isinstance(value, str):
        return {_shape(value)}
    source = ast.unparse(node)
    assert source in PASSED_ON, f"{module.__name__}: a reason this test cannot read: {source}"
    return set()


def _returned(module: Any, function: ast.FunctionDef) -> set[str]:
    return {shape for node in ast.walk(function) if isinstance(node, ast.Return) and node.value is not None
            for shape in _shapes(module, node.value, set())}


#: every module-level function of the modules walked, by (module, name)
_FUNCTIONS: dict[tuple[str, str], ast.FunctionDef] = {}


def _takes_code(module: Any, call: ast.Call, forwarders: dict[str, int]) -> int | None:
    """Where ``call`` takes a reason code (the position a ``reason=`` could also be given in), or None."""
    callee = _resolve(module, call.func)
    if isinstance(callee, type) and issubclass(callee, SyncError):
        return len(call.args)  # a sync error takes its reason by name only
    if isinstance(callee, type) and issubclass(callee, CODE_CARRIERS):
        return 0
    if isinstance(call.func, ast.Name) and call.func.id in forwarders:
        return forwarders[call.func.id]
    return None


def _forwarders(module: Any, tree: ast.Module) -> dict[str, int]:
    """Helpers of a module that raise with their own ``reason`` parameter (``_fail(reason)``), and its position."""
    found: dict[str, int] = {}
    functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                 and "reason" in [arg.arg for arg in node.args.args]]
    grown = True
    while grown:  # a helper may pass it on to another helper
        grown = False
        for function in functions:
            if function.name in found:
                continue
            for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
                position = _takes_code(module, call, found)
                value = _argument(call, position) if position is not None else None
                if isinstance(value, ast.Name) and value.id == "reason":
                    found[function.name] = [arg.arg for arg in function.args.args].index("reason")
                    grown = True
                    break
    return found


def _argument(call: ast.Call, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "reason":
            return keyword.value
    return call.args[position] if len(call.args) > position else None


def _raised() -> Iterator[tuple[str, str]]:
    """(module, shape) for every code raised in desktop/sync and desktop/center."""
    modules = list(_modules())
    for module, tree in modules:
        _FUNCTIONS.update({(module.__name__, node.name): node for node in tree.body
                           if isinstance(node, ast.FunctionDef)})
    for module, tree in modules:
        forwarders = _forwarders(module, tree)
        for node in ast.walk(tree):
            position = _takes_code(module, node, forwarders) if isinstance(node, ast.Call) else None
            value = _argument(node, position) if position is not None else None
            if value is not None:
                for shape in _shapes(module, value, {"reason"}):
                    yield module.__name__, shape
        if module is row_values:  # what is wrong with a field: the {problem} of a change's refusal
            for shape in _returned(module, _FUNCTIONS[(module.__name__, "_problem")]):
                yield module.__name__, shape
    for _, problem_text in row_values._RANGES.values():
        yield row_values.__name__, problem_text


def test_every_code_raised_has_a_sentence() -> None:
    raised = set(_raised())
    assert len(raised) > 120  # the walk found the raises (a broken walk would pass with nothing)
    known = {_shape(code) for code in KNOWN}
    assert sorted(f"{module}: {shape}" for module, shape in raised if shape not in known) == []


def _sample(code: str) -> str:
    return _PART.sub("7", code)


@pytest.mark.parametrize("code", KNOWN)
def test_every_known_code_reads_as_itself_in_both_languages(code: str) -> None:
    field = reason_field(_sample(code))
    assert field.message == code and field.message != UNLISTED  # not read as another code
    persian = catalogue(Language.PERSIAN).get(("Sync", code))
    assert persian and persian != code
    assert translate(Language.ENGLISH, "Sync", "{reason}", reason=field) == _sample(code)
    assert "گزارش برنامه" not in translate(Language.PERSIAN, "Sync", "{reason}", reason=field)


def test_a_change_with_a_percent_out_of_range_is_refused_in_persian_words() -> None:
    change = {"id": 12, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "sec", "table": "progress_update",
              "row_id": 5, "operation": "insert", "old": None, "new": {"percent": 150}}
    with pytest.raises(SyncError) as refused:
        parse_progress({"changes.json": json.dumps({"changes": [change]}).encode()})
    error = refused.value
    assert error.english() == ("Part changes.json of the bundle is damaged (change 12: progress_update row 5, "
                               "field percent: not between 0 and 100).")
    persian = translate(Language.PERSIAN, error.context, error.message, **error.params)
    assert "گزارش برنامه" not in persian and "between" not in persian
    assert "۱۲" in persian and "۱۰۰" in persian
