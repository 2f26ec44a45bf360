"""Long work off the GUI thread (after Anki's collection operations).

:func:`run_operation` runs ``work(control)`` on a :class:`QThreadPool` and hands the result
or the exception back on the GUI thread. ``control.progress(done, total)`` may be called from
the worker as often as it likes; the GUI sees it through a queued signal. ``control.cancelled``
is a flag the work polls; :meth:`Operation.cancel` sets it.

**The work never touches a widget, and never the GUI thread's vault connection.** SQLCipher
connections are per thread (``check_same_thread=True``): a connection opened on the GUI
thread raises ``ProgrammingError`` when used from a worker, and the other way round. So an
operation either

* does work that needs no connection (Argon2id in :mod:`services.vault_steps`), or
* opens its own vault in the worker and closes it there before returning (demo generation
  creates the new vault inside the worker, fills it, closes it and hands back the folder; the
  GUI thread then opens it), or
* is given plain data read beforehand on the GUI thread.

A vault object created in a worker must not be returned to the GUI thread still open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: Operations still running, so neither they nor their Qt objects are collected mid-flight.
_RUNNING: set[Operation[Any]] = set()


class OperationControl:
    """What the work sees: a progress callback and a cancel flag. Safe from any thread."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Operation(QObject, Generic[T]):
    """One piece of work in flight. Its signals and callbacks arrive on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    #: Emitted last, after ``succeeded`` or ``failed``.
    finished = Signal()

    # Emitted from the worker; connected (queued) to this object's slots on the GUI thread.
    _progress_from_worker = Signal(int, int)
    _done_from_worker = Signal(bool, object)

    def __init__(self, work: Callable[[OperationControl], T]) -> None:
        super().__init__()
        self._work = work
        self.control = OperationControl(self._progress_from_worker.emit)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done = False
        self._progress_from_worker.connect(self._deliver_progress)
        self._done_from_worker.connect(self._deliver_done)

    def cancel(self) -> None:
        self.control.cancel()

    def run_in_worker(self) -> None:
        """The worker thread's part: run the work, catch everything, post the outcome."""
        try:
            outcome: object = self._work(self.control)
            ok = True
        except BaseException as exc:  # delivered to the GUI thread, never lost
            outcome = exc
            ok = False
        self._done_from_worker.emit(ok, outcome)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(bool, object)
    def _deliver_done(self, ok: bool, outcome: object) -> None:
        self.done = True
        try:
            if ok:
                self.result = outcome  # type: ignore[assignment]
                self.succeeded.emit(outcome)
            else:
                assert isinstance(outcome, BaseException)
                self.error = outcome
                self.failed.emit(outcome)
        finally:
            self.finished.emit()
            _RUNNING.discard(self)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self._operation = operation
        self.setAutoDelete(True)

    def run(self) -> None:
        self._operation.run_in_worker()


def run_operation(
    work: Callable[[OperationControl], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Operation[T]:
    """Start ``work`` on ``pool`` (the global pool by default); call back on the GUI thread.

    Must be called on the GUI thread. Without ``on_failure`` an error is left in
    ``operation.error`` and announced by ``failed``; callers normally pass a handler that
    phrases it with :mod:`ui.error_text`.
    """
    operation: Operation[T] = Operation(work)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    if on_failure is not None:
        operation.failed.connect(on_failure)
    if on_progress is not None:
        operation.progressed.connect(on_progress)
    _RUNNING.add(operation)
    (pool or QThreadPool.globalInstance()).start(_Runnable(operation))
    return operation


class ProgressDialog(QProgressDialog):
    """A modal progress bar with a cancel button, bound to one :class:`Operation`.

    It shows after a short delay (so quick work never flashes a dialog), follows the
    operation's progress, sets the cancel flag on Cancel, and closes itself when the
    operation finishes.
    """

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(self.tr("Please wait"))
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("Cancel"))
        # Shown by our own timer (below), not by QProgressDialog's estimate.
        self.setMinimumDuration(2**30)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setValue(0)
        self.setModal(True)
        self._operation: Operation[Any] | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)

    def follow(self, operation: Operation[Any], *, show_after_ms: int = 300) -> None:
        self._operation = operation
        operation.progressed.connect(self._on_progress)
        operation.finished.connect(self._on_finished)
        self.canceled.connect(operation.cancel)
        self._show_timer.start(show_after_ms)

    @Slot()
    def _show_if_running(self) -> None:
        if self._operation is not None and not self._operation.done:
            self.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    @Slot()
    def _on_finished(self) -> None:
        self.close()
        self.deleteLater()
