"""Imports point downwards: domain ← store ← capabilities ← cli/ui, and no Qt below the UI.

See docs/architecture.md. Packages are discovered, so new modules and capabilities are covered.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
TOP_LAYERS = {"ui", "cli"}  # may import anything
QT = ("PySide6", "shiboken6")
CAPABILITIES = sorted(path.name for path in DESKTOP.iterdir()
                      if (path / "__init__.py").is_file() and path.name not in TOP_LAYERS | {"domain", "store"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, list[str]]]:
    """Each import statement in `path` (at any depth) as (line, names it may load); relative ones resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, [alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, [base, *(f"{base}.{alias.name}" for alias in node.names)]))
    return found


def _names(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def _python_files(*places: Path) -> list[Path]:
    return sorted(path for place in places for path in ([place] if place.is_file() else place.rglob("*.py")))


def _violations(places: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """`file:line imports module` for every import of a forbidden module (or one inside it)."""
    return [f"{path.relative_to(ROOT)}:{line} imports {bad[0]}" for path in _python_files(*places)
            for line, names in sorted(_imports(path)) if (bad := [n for n in names if _names(n, forbidden)])]


def test_no_module_below_the_ui_imports_qt() -> None:
    """desktop/domain, desktop/store, every capability package and the top-level desktop/*.py modules."""
    below_ui = [DESKTOP / name for name in ("domain", "store", *CAPABILITIES)]
    top_level = [path for path in DESKTOP.glob("*.py") if path.name != "__main__.py"]
    assert _violations(below_ui + top_level, QT) == []


def test_domain_imports_neither_sqlalchemy_nor_alembic() -> None:
    assert _violations([DESKTOP / "domain"], ("sqlalchemy", "alembic")) == []


def test_imports_point_downwards() -> None:
    above_store = tuple(f"desktop.{name}" for name in (*CAPABILITIES, *TOP_LAYERS))
    above_capabilities = tuple(f"desktop.{name}" for name in TOP_LAYERS)
    assert _violations([DESKTOP / "domain"], ("desktop.store", *above_store)) == []
    assert _violations([DESKTOP / "store"], above_store) == []
    assert _violations([DESKTOP / name for name in CAPABILITIES], above_capabilities) == []


_PROBE = """
import importlib, pkgutil, sys

def fail(name):
    raise ImportError(f"cannot import {name}")

for package in sys.argv[1:]:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + ".", onerror=fail):
        if ".migrations" not in info.name:  # Alembic runs these itself
            importlib.import_module(info.name)
    print(package, " ".join(sorted({name.partition(".")[0] for name in sys.modules})))
"""


def _top_modules_loaded_by(*packages: str) -> dict[str, set[str]]:
    """Top-level modules in sys.modules after importing each of `packages` and all its submodules, one after the
    other in one fresh interpreter (so each set includes what the packages before it loaded)."""
    result = subprocess.run([sys.executable, "-c", _PROBE, *packages], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        pytest.fail(f"importing {' '.join(packages)} failed:\n{result.stderr[-3000:]}", pytrace=False)
    loaded = {}
    for line in result.stdout.splitlines():
        package, _, modules = line.partition(" ")
        loaded[package] = set(modules.split())
    return loaded


def test_importing_the_domain_loads_neither_qt_nor_sqlalchemy() -> None:
    loaded = _top_modules_loaded_by("desktop.domain")["desktop.domain"]
    assert loaded & {*QT, "sqlalchemy", "alembic"} == set()


def test_importing_the_store_or_any_capability_loads_no_qt() -> None:
    """One interpreter imports them one after the other (an interpreter each cost ~1 s apiece): the first
    package after which Qt is loaded is the one that loads it."""
    packages = ["desktop.store", *(f"desktop.{name}" for name in CAPABILITIES)]
    loaded = _top_modules_loaded_by(*packages)
    assert list(loaded) == packages
    first = next((package for package in packages if loaded[package] & set(QT)), None)
    assert first is None, f"importing {first} loads Qt"
