"""A helper process that gets ready at once and does one job it is sent later.

A build starts the worker before it reads any shapes: while this process imports geopandas and
joins the figures, the worker imports matplotlib (its ``warm_up``); then it gets the job, a
callable carrying plain data, and draws. The worker is a one-process
:class:`concurrent.futures.ProcessPoolExecutor` on the ``fork`` start method: the warm-up is
its first task and the job its second, and what either raises comes back pickled. Where forking
is unsafe or impossible (no ``fork`` start method, or other threads running, which a fork would
leave behind in a broken state) the job runs in this process instead, when :meth:`Worker.wait`
is called.
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


class Worker:
    """A child process that runs ``warm_up`` at once, then the job :meth:`submit` sends it.

    Use it as a context manager: leaving the block without :meth:`wait` kills the child.
    """

    def __init__(
        self, warm_up: Callable[[], object] = _nothing, *, task: str = "the worker"
    ) -> None:
        self._warm_up = warm_up
        self._task = task  # what it does, for error messages: "rendering the static maps"
        self._work: Callable[[], None] | None = None
        self._executor: ProcessPoolExecutor | None = None
        self._futures: list[Future] = []

    @property
    def forked(self) -> bool:
        return self._executor is not None

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (the executor's own record of it)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return next(iter(processes), None)

    def start(self, *, fork: bool = True) -> Worker:
        methods = multiprocessing.get_all_start_methods()
        if not fork or "fork" not in methods or threading.active_count() > 1:
            return self
        # The child asks to die with this process before anything else (see _die_with).
        self._executor = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("fork"),
            initializer=_die_with, initargs=(os.getpid(),),
        )  # fmt: skip
        # The first task starts the child and warms it up; the job, sent later, runs after it.
        self._futures.append(self._executor.submit(self._warm_up))
        return self

    def submit(self, work: Callable[[], None]) -> None:
        """Hand ``work`` to the worker; it must pickle when the worker is a child process.

        Returns at once: the job is queued and sent by the executor's own thread.
        """
        if self._executor is None:
            self._work = work
            return
        self._futures.append(self._executor.submit(work))

    def wait(self) -> None:
        """Wait for the warm-up and the job; raise what they raised (as geomap's errors)."""
        if self._executor is None:
            work, self._work = self._work, None
            if work is not None:
                self._warm_up()
                work()
            return
        try:
            for future in self._futures:
                future.result()
        except GeomapError:
            self.kill()
            raise
        except BrokenProcessPool as exc:
            self.kill()
            raise OutputError(f"{self._task} failed: the worker process died") from exc
        except BaseException as exc:
            self.kill()
            log.info("the worker failed", exc_info=exc)  # shown with -v, the child's frames too
            raise OutputError(f"{self._task} failed: {exc!r} (run with -v for details)") from exc
        self._futures = []
        executor, self._executor = self._executor, None
        executor.shutdown(wait=True)

    def kill(self) -> None:
        """Stop the child at once and reap it; harmless when there is none."""
        self._work = None
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
    warm_up: Callable[[], object] = _nothing, *, task: str = "the worker", fork: bool = True
) -> Worker:
    """Start a worker (a forked child where that is safe and ``fork``); see :class:`Worker`."""
    return Worker(warm_up, task=task).start(fork=fork)
