"""Shared test set-up.

hypothesis is imported here, at collection, because its pytest plugin otherwise imports it during the
terminal summary, where pytest's assertion rewriting trips over a CPython 3.11 AST bug
("AST constructor recursion depth mismatch") when only a subset of the tests ran.
"""

import os
import tempfile

import hypothesis  # noqa: F401

# The window's preferences (QSettings: the remembered page, geometry, language) go to a folder of this test run,
# never the user's: no test starts from what a person or an earlier run left open, nor changes it for them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="rasad-test-config-")
