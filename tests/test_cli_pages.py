"""The command line mirrors the window: every page of the main window (and the first-run wizard) has its
commands, every command belongs to a page or is named as command-line only, and README's table lists every
command. Checked both ways, so neither a new page nor a new command can slip past."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.cli.main import build_parser, leaf_parsers
from tests.cli_support import qt_language_restored, run_cli  # noqa: F401 - the fixture keeps the Qt app a QApplication

ROOT = Path(__file__).resolve().parents[1]

#: page key (MainWindow._page_entries) → the commands that do what the page does
PAGE_COMMANDS: dict[str, set[tuple[str, ...]]] = {
    "setup_wizard": {("setup",)},
    "home": {("overview",)},
    # the tree and its editors: every node can be added, edited, deleted and shown, as in the page's panels
    "plans": {("plans", "list"), ("plans", "progress"),
              *(("plans", kind, verb) for kind in ("solution", "program", "activity")
                for verb in ("add", "edit", "delete", "show"))},
    "meetings": {("meetings", "list"), ("meetings", "resolutions"),
                 *(("meetings", verb) for verb in ("add", "edit", "delete", "show")),
                 *(("meetings", "resolution", verb)
                   for verb in ("add", "edit", "delete", "show", "status", "note", "attach"))},
    "indicators": {("indicators",)},
    "imports": {("import",)},
    "comments": {("comment", "add"), ("comment", "list")},
    "reports": {("report",)},
    "approval": {("approval", step) for step in ("submit", "withdraw", "approve", "send-back", "reopen", "status", "changes")},
    "sync": {("sync",), ("bundle", "export"), ("bundle", "recut"), ("bundle", "receipts"), ("bundle", "resync"),
             ("directives", "import"),
             ("keys", "init"), ("keys", "show"), ("keys", "export-public"), ("keys", "rotate"),
             ("keys", "pin-center")},
    "audit": {("audit", "list")},
    "backups": {("backup", "create"), ("backup", "list"), ("backup", "restore")},
    "users": {("accounts", action) for action in ("add", "change", "list", "disable", "enable", "reset-password")},
    # File → Change my password… (any signed-in user, not a page)
    "own_password": {("accounts", "password")},
    "settings": {("settings", "show"), ("settings", "user-name"), ("settings", "emblem")},
}
#: commands with no page: the window itself, tools for tests and benchmarks, checking a file
COMMAND_LINE_ONLY = {("run",), ("demo",), ("db",), ("generate-files",), ("bundle", "verify"),
                     ("screenshots",),  # renders the window's pages: for the guide and for looking at them
                     # a locked-out secretary's recovery (docs/access.md): the window has no dialog for it yet
                     ("accounts", "recovery-code"), ("accounts", "recover")}


def _window_pages() -> set[str]:
    source = (ROOT / "desktop/ui/main_window.py").read_text(encoding="utf-8")
    pages = set(re.findall(r'PageEntry\("([a-z_]+)"', source))
    assert len(pages) >= 10  # the pattern still finds the pages
    dialogs = {"setup_wizard"}
    menus = (ROOT / "desktop/ui/window_menu.py").read_text(encoding="utf-8")
    if 'setObjectName("change_password")' in menus:  # the File menu's own-password dialog
        dialogs.add("own_password")
    return pages | dialogs


def _commands() -> set[tuple[str, ...]]:
    return {path for path, _ in leaf_parsers(build_parser())}


def test_every_page_of_the_window_has_its_commands() -> None:
    assert _window_pages() == set(PAGE_COMMANDS)
    commands = _commands()
    for page, wanted in PAGE_COMMANDS.items():
        assert wanted and wanted <= commands, (page, wanted - commands)


def test_every_command_belongs_to_a_page_or_is_named_command_line_only() -> None:
    mapped = set().union(*PAGE_COMMANDS.values())
    assert _commands() == mapped | COMMAND_LINE_ONLY
    assert not mapped & COMMAND_LINE_ONLY


def test_readme_lists_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Headless command line"):readme.index("## Importing")]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    for command in _commands():
        head, *rest = command
        pattern = re.compile(r"^\| `" + re.escape(head) + (r"[ `]" if not rest else r"\b"))
        matching = [row for row in rows if pattern.search(row)]
        assert matching, f"README has no row for {' '.join(command)}"
        if rest:
            assert any(re.search(r"(^|[ |`\\])" + re.escape(rest[0]) + r"\b", row.split("`")[1])
                       for row in matching), f"README's row for {head} does not name {rest[0]}"


def test_run_opens_only_a_page_the_window_has_and_refuses_another_as_usage() -> None:
    # `run --page bogus` opened the overview and printed "selftest: ok"; a mistyped page is a usage error (exit 2)
    from desktop.ui.window_pages import NAVIGATION_ICONS

    code, _, err = run_cli("--lang", "en", "run", "--page", "bogus", "--selftest")
    assert code == 2 and "invalid choice: 'bogus'" in err and "'backups'" in err
    assert set(NAVIGATION_ICONS) == set(PAGE_COMMANDS) - {"setup_wizard", "own_password"}  # the pages (dialogs aside)
