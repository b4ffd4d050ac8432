"""Keep the translation files in step with the code.

    python -m tools.i18n update   # refresh i18n/rasad_fa.ts and i18n/rasad_en.ts from desktop/**/*.py
    python -m tools.i18n check    # list Persian messages still to translate; exit 1 if any
    python -m tools.i18n todo OUT.json   # the Persian messages still to translate, {"Context|source": ""}
    python -m tools.i18n fill IN.json    # write translations from such a file into i18n/rasad_fa.ts
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as `python tools/i18n.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import ts_files

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
PERSIAN_TS = I18N / "rasad_fa.ts"
ENGLISH_TS = I18N / "rasad_en.ts"
TARGET_LANGUAGES = {PERSIAN_TS.name: "fa_IR", ENGLISH_TS.name: "en_US"}


def qt_tool(name: str) -> str:
    """The venv's `pyside6-<name>` next to this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; run `make setup` first")
    return found


def python_sources(root: Path = ROOT) -> list[str]:
    """Every .py under desktop/, relative to `root`, sorted (stable locations in the .ts files)."""
    return sorted(str(path.relative_to(root)) for path in (root / "desktop").rglob("*.py")
                  if "__pycache__" not in path.parts)


def lupdate(ts_file: Path, *, root: Path = ROOT, silent: bool = False) -> None:
    """Merge the messages of desktop/**/*.py into `ts_file`, keeping translations, dropping obsolete ones."""
    language = TARGET_LANGUAGES.get(ts_file.name, "fa_IR")
    command = [qt_tool("lupdate"), *python_sources(root), "-source-language", "en",
               "-target-language", language, "-no-obsolete", "-locations", "relative", "-ts", str(ts_file)]
    if silent:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=root, check=True)


def update() -> int:
    I18N.mkdir(exist_ok=True)
    for ts_file in (PERSIAN_TS, ENGLISH_TS):
        lupdate(ts_file)
    changed = ts_files.fill_with_source(ENGLISH_TS)
    print(f"{ENGLISH_TS.name}: {changed} message(s) set to their English source")
    return 0


def check() -> int:
    lines = ts_files.report(PERSIAN_TS)
    for line in lines:
        print(line)
    if lines:
        print(f"{len(lines)} problem(s); translate with `pyside6-linguist {PERSIAN_TS.relative_to(ROOT)}`",
              file=sys.stderr)
        return 1
    print(f"{PERSIAN_TS.name}: all {len(ts_files.read_messages(PERSIAN_TS))} message(s) translated")
    return 0


def todo(out: Path) -> int:
    pending = ts_files.unfinished(PERSIAN_TS)
    out.write_text(json.dumps(pending, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(pending)} message(s) to translate written to {out}")
    return 0


def fill(source: Path) -> int:
    translations = json.loads(source.read_text(encoding="utf-8"))
    print(f"{ts_files.fill_translations(PERSIAN_TS, translations)} translation(s) written to {PERSIAN_TS.name}")
    return check()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "todo", "fill"))
    parser.add_argument("file", nargs="?", type=Path, help="the JSON file of todo/fill")
    args = parser.parse_args(argv)
    if args.command in ("todo", "fill") and args.file is None:
        parser.error(f"{args.command} needs a JSON file")
    commands = {"update": update, "check": check}
    if args.command in commands:
        return commands[args.command]()
    return todo(args.file) if args.command == "todo" else fill(args.file)


if __name__ == "__main__":
    raise SystemExit(main())
