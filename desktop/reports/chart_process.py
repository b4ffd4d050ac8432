"""A PDF report's charts drawn in a second process while this one gathers the figures and lays the pages out.

A chart of a PDF report is a matplotlib figure saved as SVG and read back by svglib as a reportlab drawing
(``pdf_writer.chart_drawing``): with matplotlib's import, about a third of the large demo's `report status`, all
of it on the one core the rest of the report runs on. Here a process of its own, started when a report is
asked for (:func:`start_chart_process`), imports matplotlib, svglib and the fonts while this one reads the
figures (SQLite and Python), then turns each chart it is sent into a drawing and sends it back, pickled, while
this one lays out the pages before the chart; the page that holds a chart waits for it only if it is not there
yet (``pdf_writer.PendingChart``). The drawings are the ones this process would make: the same function makes
them, from the same chart and style (tests/reports/test_chart_process.py compares them).

The process is started fresh (``spawn``: nothing of this one, a window's threads included, is copied), is kept
for the next report (a window writes many; a test process many more), and leaves when this one does: its end
of the pipe then reads end-of-file. It ignores Ctrl-C, which the command line handles. Where no second process
can be started, where a chart cannot be pickled, or when the process is gone, the chart is drawn here, as
before: a missing process costs time, never a chart.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import queue
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from desktop.charts.style import ChartStyle
    from desktop.reports.document import Chart

_DRAWN, _FAILED = "drawn", "failed"


def _serve(requests: Connection, answers: Connection) -> None:
    """The second process: import the chart libraries at once, then answer each (number, chart, style) with
    (number, 'drawn', drawing) - or 'failed', and that one is drawn by the report's process. The answers go out
    from a thread of their own, so that a report with more charts than the pipe holds never has both processes
    waiting for the other to read."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the command's: this process ends by its pipe
    try:
        from desktop.charts.style import PERSIAN
        from desktop.reports import chart_drawers  # noqa: F401 - what the charts sent here are drawn with
        from desktop.reports.document import Chart
        from desktop.reports.pdf_writer import svg_drawing

        # A first chart, thrown away: matplotlib's fonts, its SVG writer and svglib are ready before the report's
        # first chart comes (it came to a cold process 1.6 s after it was sent on the large demo, 0.3 s warm).
        svg_drawing(Chart("warm-up", "", _warm_up, 2.0, 1.0), PERSIAN)
    except Exception:  # noqa: BLE001 - nothing to draw with: this process ends, the report's draws
        return
    outbox = _Sender(answers, "rasad-chart-answers")
    while True:
        try:
            number, chart, style = pickle.loads(requests.recv_bytes())
        except Exception:  # noqa: BLE001 - the report's process ended (end of file), or sent what cannot be read
            outbox.close()
            return
        try:
            answer = (number, _DRAWN, svg_drawing(chart, style))
        except Exception as error:  # noqa: BLE001 - the report's process draws it itself, and says what fails
            answer = (number, _FAILED, repr(error))
        outbox.put(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


def _warm_up(axes, style) -> None:  # noqa: ANN001 - an Axes, a ChartStyle
    axes.plot([0, 1], [0, 1])
    axes.set_title("گزارش ۱۴۰۵")  # Persian text: the Vazirmatn faces loaded


class _Sender:
    """Writes what it is given to ``end`` from a thread of its own (a pipe's write waits while the reader is
    busy); stops when the reader is gone."""

    def __init__(self, end: Connection, name: str) -> None:
        self._end = end
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.reader_gone = threading.Event()
        self._thread = threading.Thread(target=self._send, name=name, daemon=True)
        self._thread.start()

    def _send(self) -> None:
        try:
            while (data := self._outbox.get()) is not None:
                self._end.send_bytes(data)
        except OSError:
            self.reader_gone.set()
        finally:
            self._end.close()

    def put(self, data: bytes) -> None:
        self._outbox.put(data)

    def close(self) -> None:
        self._outbox.put(None)


@contextlib.contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Ctrl-C ignored while a process is started (by the main thread only: the only one that may, and the one a
    command runs on). A process started with SIGINT ignored keeps it ignored - Python installs its own handler
    only over the default - so a Ctrl-C in the new interpreter's first instants prints no traceback either."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ChartProcess:
    """The second process and its two pipes; :meth:`draw` sends a chart, :meth:`drawing` waits for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # a window may lay out two reports on two threads
        self._process: multiprocessing.process.BaseProcess | None = None
        self._requests: _Sender | None = None
        self._answers: Connection | None = None
        self._next = 0
        #: Tickets sent and not yet asked for; answers come in order, and those asked for later wait here.
        self._pending: set[int] = set()
        self._arrived: dict[int, tuple[str, object]] = {}
        #: Tickets of a report given up before their answers came (:meth:`forget`): dropped as they come.
        self._forgotten: set[int] = set()
        #: Charts this process drew itself (no second process, a chart it refused, the process gone).
        self.drawn_here = 0
        self._here = 0  # > 0 inside :meth:`drawing_here`

    def start(self) -> None:
        """Start the second process if it is not running (it then imports the chart libraries at once)."""
        with self._lock:
            if self._here or (self._process is not None and self._process.is_alive()):
                return
            self._close()
            context = multiprocessing.get_context("spawn")
            requests_read, requests_write = context.Pipe(duplex=False)
            answers_read, answers_write = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(requests_read, answers_write),
                                      name="rasad-report-charts", daemon=True)
            try:
                with _ctrl_c_ignored():  # the new process inherits it: ignored from its first instant
                    process.start()
            except (OSError, RuntimeError):  # no second process here (a sandbox, a frozen build without its entry)
                requests_write.close()
                answers_read.close()
            else:
                self._process, self._answers = process, answers_read
                self._requests = _Sender(requests_write, "rasad-chart-requests")
            finally:
                requests_read.close()  # the other process's ends: when it ends, reading ours ends too
                answers_write.close()

    def draw(self, chart: Chart, style: ChartStyle) -> int | None:
        """Send ``chart`` to be drawn; its ticket for :meth:`drawing`, or None when it is to be drawn here."""
        with self._lock:
            if self._here or self._requests is None or self._requests.reader_gone.is_set():
                return None
            number = self._next
            try:
                request = pickle.dumps((number, chart, style), protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, AttributeError, TypeError):  # a chart drawn by a closure: drawn here
                return None
            self._requests.put(request)
            self._next += 1
            self._pending.add(number)
            return number

    def drawing(self, ticket: int | None, chart: Chart, style: ChartStyle) -> Drawing:
        """The drawing of the chart sent as ``ticket`` (``pdf_writer.svg_drawing``: its strings as matplotlib wrote
        them; the PDF's process puts them in the report's fonts); drawn here when it was not sent or cannot come
        back."""
        if ticket is not None:
            with self._lock:
                answer = self._wait_for(ticket) if ticket in self._pending else None
                self._pending.discard(ticket)
            if answer is not None and answer[0] == _DRAWN:
                return answer[1]  # type: ignore[return-value]
        from desktop.reports.pdf_writer import svg_drawing

        with self._lock:
            self.drawn_here += 1
        return svg_drawing(chart, style)

    @contextlib.contextmanager
    def drawing_here(self) -> Iterator[None]:
        """Every chart asked for meanwhile is drawn in this process and none is sent: another job holds the
        processor the second process would run on (a whole-file check on a two-core machine), and a second
        interpreter importing matplotlib beside it only slows both."""
        with self._lock:
            self._here += 1
        try:
            yield
        finally:
            with self._lock:
                self._here -= 1

    def forget(self, tickets: Iterable[int | None]) -> None:
        """The report that sent ``tickets`` will not ask for them (it was cancelled or failed, or is done): their
        answers are not kept for it, whether they came already or come later. A long-running window writes
        report after report through this one process, and nothing of a report given up stays behind."""
        with self._lock:
            for ticket in tickets:
                if ticket is None or ticket not in self._pending:
                    continue
                self._pending.discard(ticket)
                if self._arrived.pop(ticket, None) is None:
                    self._forgotten.add(ticket)

    def _wait_for(self, ticket: int) -> tuple[str, object] | None:
        while ticket not in self._arrived:
            if self._answers is None:
                return None
            try:
                number, outcome, value = pickle.loads(self._answers.recv_bytes())
            except (EOFError, OSError, pickle.UnpicklingError):  # the process is gone: the rest is drawn here
                self._close()
                return None
            if number in self._forgotten:
                self._forgotten.discard(number)
            else:
                self._arrived[number] = (outcome, value)
        return self._arrived.pop(ticket)

    @property
    def kept(self) -> int:
        """How many answers and forgotten tickets this side holds (tests: nothing of a finished report)."""
        return len(self._arrived) + len(self._forgotten)

    def _close(self) -> None:
        if self._requests is not None:
            self._requests.close()
        if self._answers is not None:
            self._answers.close()
        if self._process is not None:
            self._process.join(0)
            if self._process.is_alive():
                self._process.kill()
            self._process = None
        self._requests = self._answers = None
        self._arrived.clear()
        self._pending.clear()
        self._forgotten.clear()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None


_shared = ChartProcess()


def start_chart_process() -> None:
    """Start drawing charts beside this process (a report was asked for: its charts come in seconds)."""
    _shared.start()


def chart_process() -> ChartProcess:
    """The process-wide chart process (started on first use)."""
    return _shared


def send_charts(charts: Sequence[Chart], style: ChartStyle) -> list[int | None]:
    """Send every chart at once, in order (the process answers in order); their tickets."""
    _shared.start()
    return [_shared.draw(chart, style) for chart in charts]
