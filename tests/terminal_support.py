"""Running a command as on a terminal (stderr a pseudo-terminal) or in a script, for the tests of what a long command
shows on its terminal's line."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_command(command: list[str], *, terminal: bool) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``command`` run in English, its stderr a terminal when ``terminal``."""
    env = {**os.environ, "RASAD_LANG": "en"}
    if not terminal:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        return result.returncode, result.stdout, result.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env=env) as process:
        os.close(follower)
        stderr = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            stderr += chunk
        stdout = process.stdout.read().decode() if process.stdout else ""
    os.close(leader)
    return process.returncode, stdout, stderr.decode()


def lines_shown(stderr: str) -> list[str]:
    """The successive states of the terminal's rewritten line."""
    return [part.removesuffix("\x1b[K") for part in stderr.split("\r") if part.removesuffix("\x1b[K")]
