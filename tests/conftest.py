"""Shared test set-up.

hypothesis is imported here, at collection, because its pytest plugin otherwise imports it during the
terminal summary, where pytest's assertion rewriting trips over a CPython 3.11 AST bug
("AST constructor recursion depth mismatch") when only a subset of the tests ran.
"""

import hypothesis  # noqa: F401
