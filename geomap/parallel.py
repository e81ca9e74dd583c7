"""Helper processes that get ready at once and do the jobs they are sent later.

A build starts its workers before it reads any shapes: while this process imports geopandas
and joins the figures, each worker imports matplotlib (its ``warm_up``); then they get the
jobs, callables carrying plain data, and draw. The workers are a
:class:`concurrent.futures.ProcessPoolExecutor` on the ``fork`` start method, of one process, or
two where there are maps enough for both cores: each process warms up as it starts, and the
first job it runs raises what its warm-up raised; what a job raises comes back pickled. Where
forking is unsafe or impossible (no ``fork`` start method, or other threads running, which a
fork would leave behind in a broken state) the jobs run in this process instead, when
:meth:`Worker.wait` is called.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from geomap.errors import GeomapError, OutputError

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>

log = logging.getLogger(__name__)


def _nothing() -> None:
    return None


# In a worker process: what its warm-up raised, raised again by the first job it runs.
_warm_up_failure: BaseException | None = None


def _start(parent: int, warm_up: Callable[[], object], turn) -> None:
    """A worker process's first steps: ask to die with its parent, then warm up.

    The processes warm up one after the other (``turn`` is a lock they share): while this
    process still works, the second process's warm-up only takes the time the first leaves
    idle, waiting for its job.
    """
    global _warm_up_failure
    _die_with(parent)
    try:
        with turn:
            warm_up()
    except BaseException as exc:  # handed to the first job, which raises it
        _warm_up_failure = exc


def _job(work: Callable[[], object]) -> object:
    if _warm_up_failure is not None:
        raise _warm_up_failure
    return work()


class Worker:
    """Child processes that run ``warm_up`` at once, then the jobs :meth:`submit` sends them.

    Use it as a context manager: leaving the block without :meth:`wait` kills the children.
    """

    def __init__(
        self,
        warm_up: Callable[[], object] = _nothing,
        *,
        task: str = "the worker",
        processes: int = 1,
    ) -> None:
        self._warm_up = warm_up
        self._task = task  # what it does, for error messages: "rendering the static maps"
        self._processes = processes
        self._work: list[Callable[[], object]] = []  # the jobs, where nothing was forked
        self._executor: ProcessPoolExecutor | None = None
        self._futures: list[Future] = []

    @property
    def forked(self) -> bool:
        return self._executor is not None

    @property
    def pids(self) -> list[int]:
        """The children's process ids while they run (the executor's own record of them)."""
        return list(getattr(self._executor, "_processes", None) or {})

    @property
    def pid(self) -> int | None:
        """The first child's process id while it runs."""
        return next(iter(self.pids), None)

    def start(self, *, fork: bool = True) -> Worker:
        methods = multiprocessing.get_all_start_methods()
        if not fork or "fork" not in methods or threading.active_count() > 1:
            return self
        # Each child asks to die with this process before anything else (see _die_with).
        context = multiprocessing.get_context("fork")
        self._executor = ProcessPoolExecutor(
            max_workers=self._processes, mp_context=context,
            initializer=_start, initargs=(os.getpid(), self._warm_up, context.Lock()),
        )  # fmt: skip
        # A first task starts the children (all of them: forked children are started
        # together) and reports a failed warm-up.
        self._futures.append(self._executor.submit(_job, _nothing))
        return self

    def submit(self, work: Callable[[], object]) -> None:
        """Hand ``work`` to a worker; it must pickle when the workers are child processes.

        Returns at once: the job is queued and sent by the executor's own thread.
        """
        if self._executor is None:
            self._work.append(work)
            return
        self._futures.append(self._executor.submit(_job, work))

    def wait(self) -> list:
        """Wait for the warm-up and the jobs; raise what they raised (as geomap's errors).
        What the jobs returned, in the order they were submitted."""
        if self._executor is None:
            work, self._work = self._work, []
            if work:
                self._warm_up()
            return [job() for job in work]
        try:
            # The first future is the start's (see start), the others the jobs'.
            results = [future.result() for future in self._futures][1:]
        except GeomapError:
            self.kill()
            raise
        except BrokenProcessPool as exc:
            self.kill()
            raise OutputError(f"{self._task} failed: a worker process died") from exc
        except BaseException as exc:
            self.kill()
            log.info("the worker failed", exc_info=exc)  # shown with -v, the child's frames too
            raise OutputError(f"{self._task} failed: {exc!r} (run with -v for details)") from exc
        self._futures = []
        executor, self._executor = self._executor, None
        executor.shutdown(wait=True)
        return results

    def kill(self) -> None:
        """Stop the children at once and reap them; harmless when there are none."""
        self._work = []
        executor, self._executor = self._executor, None
        self._futures = []
        if executor is None:
            return
        kill_workers = getattr(executor, "kill_workers", None)  # Python 3.14
        if kill_workers is not None:
            kill_workers()
        else:  # no public way before 3.14
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.kill()
        executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info) -> None:
        self.kill()


def _die_with(parent: int) -> None:
    """Ask the kernel to kill this child when its parent dies (Linux).

    A parent killed with ``kill -9`` cannot clean up; without this its child would go on
    writing into the output folder after the next build has tidied it. The standard library
    has no call for this, so it is made through the C library.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the child finishes on its own
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def start_worker(
    warm_up: Callable[[], object] = _nothing,
    *,
    task: str = "the worker",
    fork: bool = True,
    processes: int = 1,
) -> Worker:
    """Start ``processes`` workers (forked children where that is safe and ``fork``); see
    :class:`Worker`."""
    return Worker(warm_up, task=task, processes=processes).start(fork=fork)
