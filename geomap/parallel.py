"""Run one rendering job in a forked child process while the parent does another.

A fork shares everything already loaded (the joined shapes, geopandas) at no cost, which a
fresh process would have to import and read again. Where forking is unsafe or impossible (no
``os.fork``, or other threads running, which a fork would leave behind in a broken state) the
job runs in this process instead, when :meth:`Job.wait` is called.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
from collections.abc import Callable

from geomap.errors import GeomapError, InputError, OutputError

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


class Job:
    """A job running in a forked child, or deferred to :meth:`wait` where forking is unsafe."""

    def __init__(self, work: Callable[[], None]) -> None:
        self._work = work
        self._pid: int | None = None
        self._read_fd: int | None = None

    def start(self) -> Job:
        if not hasattr(os, "fork") or threading.active_count() > 1:
            return self
        read_fd, write_fd = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: do the work, report how it went, never return
            _die_with(parent)
            os.close(read_fd)
            code, message = 0, ""
            try:
                self._work()
            except InputError as exc:
                code, message = 2, str(exc)
            except GeomapError as exc:
                code, message = 1, str(exc)
            except BaseException as exc:
                code, message = 1, repr(exc)
            os.write(write_fd, message.encode("utf-8", "replace"))
            os._exit(code)
        os.close(write_fd)
        self._pid, self._read_fd = pid, read_fd
        return self

    def wait(self) -> None:
        """Wait for the job; raise what it raised (as geomap's error types)."""
        if self._pid is None:
            self._work()
            return
        chunks = []
        while chunk := os.read(self._read_fd, 65536):
            chunks.append(chunk)
        os.close(self._read_fd)
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        code = os.waitstatus_to_exitcode(status)
        message = b"".join(chunks).decode("utf-8", "replace")
        if code == 2:
            raise InputError(message)
        if code != 0:
            raise OutputError(f"rendering the static maps failed: {message or f'exit code {code}'}")

    def kill(self) -> None:
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass
        os.close(self._read_fd)
        self._pid = None


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


def parallel_render(work: Callable[[], None]) -> Job:
    """Start ``work`` beside the caller; call ``.wait()`` on the result to join it."""
    return Job(work).start()
