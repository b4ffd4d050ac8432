"""The screen `--selftest` and `--screenshot` draw on when no platform is chosen: Qt's offscreen platform, with a
1920×1080 screen. Its own default screen is 800×800 - smaller than the window's minimum size, which is then fitted
to it (desktop/ui/first_window_size.py) - so a self-test or a picture would show the window squeezed to 800 pixels
instead of at its first size, 1280×800, as it opens on an ordinary screen."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

SCREEN = {"name": "rasad-offscreen", "x": 0, "y": 0, "width": 1920, "height": 1080,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def write_screen_config(folder: Path, at_least: tuple[int, int] = (0, 0)) -> Path:
    """A configuration file for the offscreen platform naming :data:`SCREEN` (or a larger one, to hold a window of
    ``at_least`` width and height), written into ``folder``."""
    screen = {**SCREEN, "width": max(SCREEN["width"], at_least[0]), "height": max(SCREEN["height"], at_least[1])}
    config = folder / "offscreen-screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return config


def wants_offscreen_default() -> bool:
    """Whether no platform was chosen, or the offscreen one without a screen of its own (``offscreen``, in any case:
    Qt takes a platform's name so, and ``Offscreen`` too had been its 800x800 screen)."""
    return os.environ.get("QT_QPA_PLATFORM", "offscreen").strip().casefold() == "offscreen"


def offscreen_platform(at_least: tuple[int, int] = (0, 0)) -> str:
    """``QT_QPA_PLATFORM``'s value for the offscreen platform on :data:`SCREEN` or one holding ``at_least`` (its
    file removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="rasad-screen-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return f"offscreen:configfile={write_screen_config(folder, at_least)}"
