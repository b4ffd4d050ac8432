"""A second process that sends this one its work over a pipe: the demo's cases drawn (desktop/demo/case_drawer.py)
and a large case listing read and checked (desktop/imports/checking_process.py) while this process writes.

Started fresh (``spawn``: nothing of this process, a window's threads included, is copied into it). This process
keeps only the pipe's reading end: should the other process die, the next read ends (``EOFError``) instead of
waiting for ever. Where no process can be started (a sandbox, a frozen build without its entry point) there is
none, and the caller does the work itself.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any


@dataclass
class PipedProcess:
    process: BaseProcess
    pipe: Connection  # the reading end

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def end(self, *, finished: bool, join_seconds: float) -> None:
        """Close the pipe and reap the process: given ``join_seconds`` to end when it ``finished`` its work, killed
        at once when it did not (cancelled, refused: what it still sends is not wanted)."""
        self.pipe.close()
        self.process.join(join_seconds if finished else 0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.process.close()


def start_piped(target: Callable[..., None], args: tuple[Any, ...], name: str) -> PipedProcess | None:
    """Start ``target(writer, *args)`` in a fresh process, ``writer`` the pipe's sending end; None when no process
    can be started here."""
    context = multiprocessing.get_context("spawn")
    pipe, writer = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(writer, *args), name=name, daemon=True)
    try:
        process.start()
    except (OSError, RuntimeError):
        pipe.close()
        return None
    finally:
        writer.close()  # only the other process writes: its end closes the pipe
    return PipedProcess(process, pipe)
