"""A large case listing read and checked in a second process while this one writes its rows.

Reading a million-row CSV listing (``csv.reader``) and checking it (:class:`CaseChecker`) is about 4 s of
Python; writing the checked rows about 3 s of SQLite: one after the other, the import's loop. Here a second
process opens the file itself, reads and checks it with the same checker, built from the same arguments, and
sends each batch's records to this process, which writes them as it would its own (desktop/imports/writing.py):
the two overlap on two cores. At the end it sends what the checker gathered that the import reads after the
loop (:class:`CheckerState`: the months, branches, latest dates, the problems), so everything after the loop is
the same. The records, their order and the problems are the ones one process would make
(tests/imports/test_checking_process.py).

It must be a process, not a thread: sqlite3 gives the interpreter's lock back for each row it binds, and beside
a busy Python thread it waits a switch interval for it every time (``executemany`` 9 x slower, docs/indicators.md
"The second core must be another process"). So this process's only thread here blocks on the pipe between
batches, and the other process hands each pickled batch to a sender thread of its own, so that it goes on
checking while this one writes.

As with the demo's cases (desktop/demo/case_drawer.py): the process is started fresh (``spawn``: nothing of this
one, a window's threads included, is copied into it) and imports only the reader and the checker; this process
closes its copy of the pipe's writing end, so that a process ended early (killed, out of memory) ends the read
and the import stops with a message, its transaction rolled back; where no second process can be started, the
file is read here, as before. The other process ignores Ctrl+C: the command line cancels the import itself.
"""

from __future__ import annotations

import gc
import io
import itertools
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.imports.case_checker import CaseChecker
from desktop.imports.columns import HeaderMatch
from desktop.imports.csv_reader import SAMPLE_BYTES, CsvReader
from desktop.imports.problems import ImportProblem, Problems
from desktop.imports.row_checker import RowChecker
from desktop.imports.table_reader import (
    IMPORT_CONTEXT,
    EmptyFileError,
    ImportFileError,
    NoHeaderError,
    TableReader,
    UnreadableFileError,
)
from desktop.piped_process import PipedProcess, start_piped
from desktop.tasks import TaskCancelled

#: A CSV case listing of at least this many bytes (about 175,000 rows) is read and checked in a second process.
#: Starting one (a fresh interpreter, the checker's imports, the first batch waited for) costs 0.1-0.3 s, and the
#: pickling about 0.35 s per million rows; the overlap wins back about a third of the reading loop. Measured
#: (benchmarks/import_process_threshold.py, a loaded 2-core host): 50,000 and 100,000 rows lost 0.3 s, 200,000
#: and 400,000 gained 2.7 s and 0.7 s. Below, the file is read here.
PROCESS_MIN_BYTES = 16 * 1024 * 1024
#: Batches checked ahead of the writer: the other process waits rather than hold a whole file's records.
_QUEUED_BATCHES = 4
#: How long the other process may take to end once its last batch is read (it only closes its pipe).
_JOIN_SECONDS = 5.0

_BATCH, _END, _REFUSED, _FAILED = "batch", "end", "refused", "failed"
_FILE_ERRORS: dict[str, type[ImportFileError]] = {
    kind.__name__: kind for kind in (ImportFileError, UnreadableFileError, EmptyFileError, NoHeaderError)}


class CheckingStopped(DomainError):
    """The process reading and checking the file ended early (killed, out of memory): the import's one
    transaction is rolled back."""

    def __init__(self, file: str) -> None:
        super().__init__(IMPORT_CONTEXT, QT_TRANSLATE_NOOP(
            "Import", "The process reading {file} ended before it had read the whole file; nothing was written. "
                      "Import the file again."), {"file": file})


@dataclass(frozen=True)
class CheckerArguments:
    """What the other process builds its :class:`CaseChecker` from: the ones this process built its own from."""

    path: Path
    file_name: str
    headers: tuple[str, ...]
    match: HeaderMatch
    branches: Mapping[str, int]
    today: date
    earliest_year: int
    problem_limit: int
    batch_rows: int

    @classmethod
    def of(cls, path: Path, checker: CaseChecker, problems: Problems, batch_rows: int) -> CheckerArguments:
        return cls(Path(path), checker.file_name, tuple(checker.headers), checker.match, dict(checker.branches),
                   checker.today, checker.earliest_year, problems.limit, batch_rows)

    def checker(self, problems: Problems) -> CaseChecker:
        checker = CaseChecker(self.file_name, self.headers, self.match, self.branches, self.today, problems)
        checker.set_earliest_year(self.earliest_year)
        return checker


@dataclass(frozen=True)
class CheckerState:
    """What the import reads of its checker after the last batch (``import_rows``, ``CaseWriter.finish``,
    ``record_listing``), as the other process's checker ended; the seen case numbers and learnt texts stay
    there (nothing after the loop reads them)."""

    branch_ids: frozenset[int]
    first_month: int | None
    last_month: int | None
    any_pending: bool
    latest_by_branch: dict[int, str]
    problems: tuple[ImportProblem, ...]
    problem_count: int
    problem_rows: int

    @classmethod
    def of(cls, checker: CaseChecker, problems: Problems) -> CheckerState:
        return cls(frozenset(checker.branch_ids), checker.first_month, checker.last_month, checker.any_pending,
                   dict(checker.latest_by_branch), tuple(problems.stored), problems.count, problems.rows)

    def apply(self, checker: CaseChecker, problems: Problems) -> None:
        """``checker`` and ``problems`` as if they had checked the rows themselves."""
        checker.branch_ids = set(self.branch_ids)
        checker.first_month, checker.last_month = self.first_month, self.last_month
        checker.any_pending = self.any_pending
        checker.latest_by_branch = dict(self.latest_by_branch)
        room = max(0, problems.limit - len(problems.stored))
        problems.stored.extend(self.problems[:room])
        problems.count += self.problem_count
        problems.rows += self.problem_rows


def open_csv(path: Path) -> CsvReader:
    """The file opened as ``reading.open_table`` opens a CSV file (without importing the workbook readers)."""
    with Path(path).open("rb") as file:
        head = file.read(SAMPLE_BYTES)
        size = file.seek(0, io.SEEK_END)
    return CsvReader(Path(path), head, size)


def _check_and_send(writer: Connection, arguments: CheckerArguments) -> None:
    """The second process: read and check every batch and send its records, pickled, through ``writer``; then the
    checker's state, or the file's refusal (an :class:`ImportFileError` met halfway), or a failure's traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole process group: the parent cancels
    gc.disable()  # millions of tuples in no cycle: a collection would only walk them (desktop/gc_pause.py)
    outbox: queue.Queue[bytes | None] = queue.Queue(_QUEUED_BATCHES)
    reader_gone = threading.Event()

    def send() -> None:
        try:
            while (data := outbox.get()) is not None:
                writer.send_bytes(data)  # waits, without the interpreter's lock, while the reader writes
        except OSError:  # the reader is gone (the import stopped, or its process was killed): stop reading too
            reader_gone.set()
            while outbox.get() is not None:  # the checking side must never wait on a full queue
                pass

    def put(message: tuple[Any, ...]) -> None:
        outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    sender = threading.Thread(target=send, name="send-checked-rows", daemon=True)
    sender.start()
    problems = Problems(arguments.problem_limit)
    try:
        with open_csv(arguments.path) as reader:
            checker = arguments.checker(problems)
            checker.wide_rows = reader.wide_rows
            rows = reader.rows()
            while chunk := list(itertools.islice(rows, arguments.batch_rows)):
                count = len(chunk)
                records = checker.check(chunk)
                del chunk
                if reader_gone.is_set():
                    return
                put((_BATCH, count, records, checker.record_lines, *reader.progress()))
        put((_END, CheckerState.of(checker, problems)))
    except ImportFileError as error:  # a bad byte, an open quote: the file is refused, as it would be here
        put((_REFUSED, type(error).__name__, error.path, error.message, dict(error.params)))
    except Exception:  # a defect: this process says where, the import fails as it would with one process
        put((_FAILED, traceback.format_exc()))
    outbox.put(None)
    sender.join()
    writer.close()


class CheckedBatches:
    """The checked records of a file, ``batch_rows`` rows at a time (:meth:`__iter__`: rows read, their records); used as a
    context manager. This one reads and checks them here; :class:`CheckingProcess` in a second process."""

    def __init__(self, reader: TableReader, checker: RowChecker, batch_rows: int) -> None:
        self.reader = reader
        self.checker = checker
        self.batch_rows = batch_rows

    def __enter__(self) -> CheckedBatches:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        pass

    def __iter__(self) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
        rows = self.reader.rows()
        while chunk := list(itertools.islice(rows, self.batch_rows)):
            count = len(chunk)
            records = self.checker.check(chunk)
            del chunk
            yield count, records

    def progress(self) -> tuple[int, int]:
        """(done, total) as the reader counts it, for the import's progress steps."""
        return self.reader.progress()


class CheckingProcess(CheckedBatches):
    """The batches read and checked in a second process, started on ``with`` (or read here when none can be).
    ``checker`` is this process's own: it gets each batch's record lines (the case writer stages known cases by
    them) and, after the last batch, the other one's :class:`CheckerState`, as ``problems`` gets its problems.
    ``cancelled`` tells a process ended by a cancel (Ctrl+C) from one that died."""

    def __init__(self, reader: CsvReader, checker: CaseChecker, batch_rows: int, problems: Problems,
                 cancelled: Callable[[], bool]) -> None:
        super().__init__(reader, checker, batch_rows)
        self.problems = problems
        self.cancelled = cancelled
        self._arguments = CheckerArguments.of(reader.path, checker, problems, batch_rows)
        self._piped: PipedProcess | None = None
        self._progress = reader.progress()

    def __enter__(self) -> CheckingProcess:
        self._piped = start_piped(_check_and_send, (self._arguments,), "rasad-import-check")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._piped is not None:  # stopped halfway (cancelled, refused): its batches are not wanted
            self._piped.end(finished=kind is None, join_seconds=_JOIN_SECONDS)
            self._piped = None

    @property
    def in_second_process(self) -> bool:
        return self._piped is not None

    @property
    def pid(self) -> int | None:
        """The checking process's id while it runs (None when the file is read here)."""
        return self._piped.pid if self._piped is not None else None

    def __iter__(self) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
        if self._piped is None:
            yield from super().__iter__()
            return
        while True:
            message = self._next_message()
            if message[0] == _BATCH:
                _, count, records, lines, *progress = message
                self.checker.record_lines = lines
                self._progress = (progress[0], progress[1])
                yield count, records
            elif message[0] == _END:
                message[1].apply(self.checker, self.problems)
                return
            elif message[0] == _REFUSED:
                _, kind, path, text, params = message
                raise _FILE_ERRORS.get(kind, ImportFileError)(path, text, **params)
            else:
                raise RuntimeError(f"The import's checking process failed:\n{message[1]}")

    def _next_message(self) -> Sequence[Any]:
        """The next message; :class:`CheckingStopped` (or the cancel) when the other process has ended early."""
        assert self._piped is not None
        try:
            return pickle.loads(self._piped.pipe.recv_bytes())
        except (EOFError, OSError):
            if self.cancelled():
                raise TaskCancelled() from None
            raise CheckingStopped(self.checker.file_name) from None

    def progress(self) -> tuple[int, int]:
        return self._progress if self._piped is not None else super().progress()
