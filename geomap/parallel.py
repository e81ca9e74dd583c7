"""A helper process that gets ready at once and does one job it is sent later.

A build forks the worker before it reads any shapes: while this process imports geopandas and
joins the figures, the worker imports matplotlib (its ``warm_up``); then it gets the job, a
pickled callable carrying plain data, and draws. Where forking is unsafe or impossible (no
``os.fork``, or other threads running, which a fork would leave behind in a broken state) the
job runs in this process instead, when :meth:`Worker.wait` is called.
"""

from __future__ import annotations

import ctypes
import logging
import os
import pickle
import signal
import threading
from collections.abc import Callable

from geomap.errors import GeomapError, InputError, OutputError

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
_UNEXPECTED = 3  # the child's exit code for an error that is not geomap's own

log = logging.getLogger(__name__)


def _nothing() -> None:
    return None


class Worker:
    """A forked child that runs ``warm_up`` at once, then the job :meth:`submit` sends it.

    Use it as a context manager: leaving the block without :meth:`wait` kills the child.
    """

    def __init__(
        self, warm_up: Callable[[], object] = _nothing, *, task: str = "the worker"
    ) -> None:
        self._warm_up = warm_up
        self._task = task  # what it does, for error messages: "rendering the static maps"
        self._work: Callable[[], None] | None = None
        self._pid: int | None = None
        self._job_fd: int | None = None  # parent → child: the pickled job
        self._result_fd: int | None = None  # child → parent: what went wrong, if anything
        self._sender: threading.Thread | None = None

    @property
    def forked(self) -> bool:
        return self._pid is not None

    def start(self, *, fork: bool = True) -> Worker:
        if not fork or not hasattr(os, "fork") or threading.active_count() > 1:
            return self
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: get ready, run the job, report how it went, never return
            _die_with(parent)
            os.close(job_write)
            os.close(result_read)
            code, report = 0, b""
            try:
                self._warm_up()
                payload = _read_all(job_read)
                if payload:  # an empty pipe: the parent closed it without a job
                    pickle.loads(payload)()
            except GeomapError as exc:
                # geomap's own errors go back whole, to be raised again with their type and fields.
                code, report = (2 if isinstance(exc, InputError) else 1), pickle.dumps(exc)
            except BaseException as exc:
                code, report = _UNEXPECTED, repr(exc).encode("utf-8", "replace")
                log.info("the worker failed", exc_info=True)  # shown with -v
            _write_all(result_write, report)
            os._exit(code)
        os.close(job_read)
        os.close(result_write)
        self._pid, self._job_fd, self._result_fd = pid, job_write, result_read
        return self

    def submit(self, work: Callable[[], None]) -> None:
        """Hand ``work`` to the worker; it must pickle when the worker is a child process.

        Returns at once: the job is written by a thread, as the child reads it only once its
        warm-up is done, and a big job would not fit in the pipe's buffer meanwhile.
        """
        if self._pid is None:
            self._work = work
            return
        payload = pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)
        fd, self._job_fd = self._job_fd, None
        self._sender = threading.Thread(target=_write_all, args=(fd, payload), daemon=True)
        self._sender.start()

    def wait(self) -> None:
        """Wait for the job; raise what it raised (as geomap's error types)."""
        if self._pid is None:
            work, self._work = self._work, None
            if work is not None:
                self._warm_up()
                work()
            return
        if self._job_fd is not None:  # nothing was submitted: let the child go
            os.close(self._job_fd)
            self._job_fd = None
        fd, self._result_fd = self._result_fd, None
        report = _read_all(fd)
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if self._sender is not None:
            self._sender.join()
        code = os.waitstatus_to_exitcode(status)
        if code in (1, 2):
            raise _error_from(report, code)
        message = report.decode("utf-8", "replace")
        if code == _UNEXPECTED:
            message += " (run with -v for details)"
        if code != 0:
            raise OutputError(f"{self._task} failed: {message or f'exit code {code}'}")

    def kill(self) -> None:
        self._work = None
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass
        for fd in (self._job_fd, self._result_fd):
            if fd is not None:
                os.close(fd)
        self._pid = self._job_fd = self._result_fd = None
        if self._sender is not None:
            self._sender.join()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info) -> None:
        self.kill()


def _error_from(report: bytes, code: int) -> GeomapError:
    """The error the child raised, as it raised it."""
    try:
        error = pickle.loads(report)
    except Exception:  # a report cut short: the child died while writing it
        error = None
    if isinstance(error, GeomapError):
        return error
    kind = InputError if code == 2 else OutputError
    return kind(report.decode("utf-8", "replace") or f"exit code {code}")


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except BrokenPipeError:  # the child is gone; wait() reports why
        pass
    finally:
        os.close(fd)


def _die_with(parent: int) -> None:
    """Ask the kernel to kill this child when its parent dies (Linux).

    A parent killed with ``kill -9`` cannot clean up; without this its child would go on
    writing into the output folder after the next build has tidied it.
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
