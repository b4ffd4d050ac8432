"""The demo's cases drawn in a second process while this one writes.

Drawing the large demo's million cases is about 3.3 s of Python and writing them about 2.2 s of SQLite; one
after the other, and after the plans and meetings (another 1.5 s), they were a third of the generation. The
drawing needs nothing but the branches and the seed (``case_draws.py``), so it starts as soon as the branches
exist, on the second core, while this process makes the plans and meetings and then writes each chunk as it
arrives. The rows are the ones one process would draw, in the same order (tests/demo/test_case_drawer.py).

The second process is started fresh (``spawn``: nothing of this one, a window's threads included, is copied
into it) and imports only ``case_draws``. It hands each chunk, pickled, to a thread of its own that writes it
to the pipe, so that it goes on drawing while this process is busy elsewhere. This process closes its copy of
the pipe's writing end: should the other one end early, the next read ends too, and the demo stops with a
message instead of waiting. Where no second process can be started, the cases are drawn here, as before.
"""

from __future__ import annotations

import gc
import pickle
import queue
import threading
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from types import TracebackType

from desktop.demo.case_draws import CASES, SURVEYS, BranchRow, CaseWindow, Chunk, draw_cases
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.piped_process import PipedProcess, start_piped
from desktop.store.bulk_rows import RowBatches, batched


class CaseDrawingStopped(DomainError):
    """The drawing process ended early (killed, out of memory): the demo's one transaction is rolled back."""

    def __init__(self) -> None:
        super().__init__("Demo", QT_TRANSLATE_NOOP(
            "Demo", "The process drawing the demo's cases ended before it had drawn them all; nothing was written."))


#: How long the other process may take to end once its last chunk is read (it only closes its pipe).
_JOIN_SECONDS = 5.0


#: A chunk as the writer takes it: the case rows laid out for their INSERT statements, the surveys as rows.
LaidOutChunk = tuple[str, RowBatches | list[tuple[object, ...]]]


def _laid_out(chunks: Iterator[Chunk]) -> Iterator[LaidOutChunk]:
    """The case rows already in their statements' flat parameters (``bulk_rows.batched``): made by the drawing
    process, that is work the writing one no longer does (0.25 s of the large demo), and fewer, larger tuples
    to pickle and unpickle (0.8 -> 0.6 s)."""
    for kind, rows in chunks:
        yield (kind, batched(rows)) if kind == CASES else (kind, rows)


def _draw_and_send(writer: Connection, branches: Sequence[BranchRow], seed: int, window: CaseWindow,
                   per_branch_month: float) -> None:
    """The second process: draw every chunk and send it, pickled, through ``writer``."""
    gc.disable()  # a million tuples in no cycle: a collection would only walk them (see desktop/gc_pause.py)
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    reader_gone = threading.Event()

    def send() -> None:
        try:
            while (data := outbox.get()) is not None:
                writer.send_bytes(data)  # waits, without the interpreter's lock, while the reader is busy
        except OSError:  # the reader is gone (the demo stopped, or its process was killed): stop drawing too
            reader_gone.set()

    sender = threading.Thread(target=send, name="send-drawn-cases", daemon=True)
    sender.start()
    for chunk in _laid_out(draw_cases(branches, seed=seed, window=window, per_branch_month=per_branch_month)):
        if reader_gone.is_set():
            return
        outbox.put(pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL))
    outbox.put(None)
    sender.join()
    writer.close()


class CaseDrawer:
    """Draws the demo's cases beside this process from ``with`` on; :meth:`chunks` gives them in order."""

    def __init__(self, branches: Sequence[BranchRow], *, seed: int, window: CaseWindow,
                 per_branch_month: float) -> None:
        self._arguments = (list(branches), seed, window, per_branch_month)
        self._piped: PipedProcess | None = None

    def __enter__(self) -> CaseDrawer:
        self._piped = start_piped(_draw_and_send, self._arguments, "rasad-demo-cases")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._piped is not None:  # stopped halfway: its chunks are no longer wanted
            self._piped.end(finished=kind is None, join_seconds=_JOIN_SECONDS)

    @property
    def in_second_process(self) -> bool:
        return self._piped is not None

    @property
    def pid(self) -> int | None:
        """The drawing process's id, while it runs (None when drawn here)."""
        return self._piped.pid if self._piped is not None else None

    def chunks(self) -> Iterator[LaidOutChunk]:
        """Every chunk, the case rows first (laid out for ``bulk_rows.insert_batches``) and the surveys last.
        Raises :class:`CaseDrawingStopped` when the other process ends before the surveys."""
        branches, seed, window, per_branch_month = self._arguments
        if self._piped is None:
            yield from _laid_out(draw_cases(branches, seed=seed, window=window, per_branch_month=per_branch_month))
            return
        while True:
            try:
                chunk: LaidOutChunk = pickle.loads(self._piped.pipe.recv_bytes())
            except (EOFError, OSError):
                raise CaseDrawingStopped() from None
            yield chunk
            if chunk[0] == SURVEYS:
                return
