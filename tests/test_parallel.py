import functools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from geomap.parallel import start_worker

# Forking is refused while other threads run, and a test process may hold some: what must
# happen in a forked child is checked in a fresh interpreter.
PRELUDE = (
    "import os, sys, time\n"
    "from functools import partial\n"
    "from pathlib import Path\n"
    "from geomap.parallel import start_worker\n"
    "here = Path(sys.argv[1])\n"
)


def _run(code: str, folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + code, str(folder)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip


def test_the_child_warms_up_before_the_job_comes_then_does_it(tmp_path: Path):
    code = (
        "def warm_up():\n"
        "    (here / 'warm').write_text(str(os.getpid()))\n"
        "def work(text):\n"
        "    (here / 'job').write_text(f'{os.getpid()} {text}')\n"
        "worker = start_worker(warm_up)\n"
        "while not (here / 'warm').exists():  # warm-up runs before any job is sent\n"
        "    time.sleep(0.01)\n"
        "worker.submit(partial(work, 'done'))\n"
        "worker.wait()\n"
        "print(os.getpid())\n"
    )
    parent = int(_run(code, tmp_path).stdout)
    warm_pid = int((tmp_path / "warm").read_text())
    assert warm_pid != parent
    assert (tmp_path / "job").read_text() == f"{warm_pid} done"


def test_a_big_job_does_not_block_while_the_child_warms_up(tmp_path: Path):
    # The child reads the job only once its warm-up ends, and its warm-up waits until submit()
    # has returned: a submit() that waited for the child to read would deadlock here, and the
    # warm-up would fail after a minute.
    code = (
        "def warm_up():\n"
        "    for _ in range(6000):\n"
        "        if (here / 'submitted').exists():\n"
        "            return\n"
        "        time.sleep(0.01)\n"
        "    raise RuntimeError('submit() blocked')\n"
        "def work(blob):\n"
        "    (here / 'job').write_bytes(blob)\n"
        "worker = start_worker(warm_up)\n"
        "worker.submit(partial(work, os.urandom(1) * 8_000_000))\n"
        "(here / 'submitted').touch()\n"
        "worker.wait()\n"
    )
    _run(code, tmp_path)
    assert (tmp_path / "job").stat().st_size == 8_000_000


@pytest.mark.timing
def test_two_children_warm_up_in_turn_then_draw_side_by_side(tmp_path: Path):
    # Each job waits until the other has started: run one after the other, they would fail.
    code = (
        "def warm_up():\n"
        "    (here / f'warm-{os.getpid()}').write_text(f'{time.time()} ')\n"
        "    time.sleep(0.2)\n"
        "    with open(here / f'warm-{os.getpid()}', 'a') as f:\n"
        "        f.write(str(time.time()))\n"
        "def work(i):\n"
        "    (here / f'job-{i}').write_text(str(os.getpid()))\n"
        "    for _ in range(6000):\n"
        "        if (here / f'job-{1 - i}').exists():\n"
        "            return\n"
        "        time.sleep(0.01)\n"
        "    raise RuntimeError('the jobs ran one after the other')\n"
        "worker = start_worker(warm_up, processes=2)\n"
        "print(len(worker.pids))\n"
        "for i in range(2):\n"
        "    worker.submit(partial(work, i))\n"
        "worker.wait()\n"
    )
    assert _run(code, tmp_path).stdout == "2\n"
    jobs = {(tmp_path / f"job-{i}").read_text() for i in range(2)}
    warm = sorted(
        tuple(map(float, p.read_text().split())) for p in tmp_path.glob("warm-*")
    )  # (start, end) of each child's warm-up
    assert (
        len(jobs) == 2 and {p.name.removeprefix("warm-") for p in tmp_path.glob("warm-*")} == jobs
    )
    assert warm[1][0] >= warm[0][1]  # the second began when the first was done


def test_a_failed_warm_up_of_either_child_comes_back(tmp_path: Path):
    code = (
        "from geomap.errors import OutputError\n"
        "def warm_up():\n"
        "    raise RuntimeError('no matplotlib')\n"
        "worker = start_worker(warm_up, processes=2, task='drawing')\n"
        "worker.submit(print)\n"
        "try:\n"
        "    worker.wait()\n"
        "except OutputError as exc:\n"
        "    print(exc)\n"
    )
    assert "drawing failed: RuntimeError('no matplotlib')" in _run(code, tmp_path).stdout


def test_no_job_lets_the_child_go(tmp_path: Path):
    code = "worker = start_worker()\nworker.wait()\nprint('ok')\n"
    assert _run(code, tmp_path).stdout == "ok\n"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            "FiguresError('bad row', where='f.csv:3', hint='fix it')",
            "FiguresError: f.csv:3: bad row; fix it (where='f.csv:3', hint='fix it')",
        ),
        (
            "OutputError('disk full', where='out')",
            "OutputError: out: disk full (where='out', hint=None)",
        ),
        (
            "RuntimeError('boom')",
            "OutputError: drawing failed: RuntimeError('boom') (run with -v for details)"
            " (where=None, hint=None)",
        ),
    ],
)
@pytest.mark.parametrize("where", ["job", "warm-up"])
def test_errors_come_back_to_the_parent(tmp_path: Path, error, expected, where):
    code = (
        "from geomap.errors import FiguresError, OutputError\n"
        "def fail():\n"
        f"    raise {error}\n"
        "def fine():\n"
        "    pass\n"
        f"worker = start_worker({'fail' if where == 'warm-up' else 'fine'}, task='drawing')\n"
        f"worker.submit({'fail' if where == 'job' else 'fine'})\n"
        "try:\n"
        "    worker.wait()\n"
        "except Exception as exc:\n"
        "    print(f'{type(exc).__name__}: {exc} (where={exc.where!r}, hint={exc.hint!r})')\n"
    )
    assert _run(code, tmp_path).stdout == expected + "\n"


def test_the_traceback_of_an_unexpected_failure_is_logged_when_asked(tmp_path: Path):
    code = (
        "import logging\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "def work():\n"
        "    raise RuntimeError('boom')\n"
        "worker = start_worker()\n"
        "worker.submit(work)\n"
        "try:\n"
        "    worker.wait()\n"
        "except Exception as exc:\n"
        "    print(exc)\n"
    )
    out = _run(code, tmp_path)
    assert "RuntimeError('boom') (run with -v for details)" in out.stdout
    assert "Traceback" in out.stderr
    assert "in work" in out.stderr  # the worker's own frames


def test_with_other_threads_running_the_work_runs_here():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        pids = []
        worker = start_worker(lambda: pids.append(("warm", os.getpid())))
        assert not worker.forked
        worker.submit(lambda: pids.append(("job", os.getpid())))
        assert pids == []  # deferred, not forked
        worker.wait()
        assert pids == [("warm", os.getpid()), ("job", os.getpid())]
    finally:
        stop.set()
        thread.join()


def test_fork_false_runs_here():
    pids = []
    worker = start_worker(fork=False)
    worker.submit(lambda: pids.append(os.getpid()))
    worker.wait()
    assert pids == [os.getpid()]


def test_kill_stops_and_reaps_the_child():
    with start_worker(functools.partial(time.sleep, 60)) as worker:
        pid = worker.pid
        assert pid is not None
        worker.kill()
        # Gone, and reaped: not even a zombie is left (a zombie still takes signal 0).
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
        worker.kill()  # a second kill is harmless


@pytest.mark.timing
def test_the_child_dies_with_its_parent(tmp_path: Path):
    # The parent forks a child that would sleep for a minute, reports its pid, then is killed.
    code = (
        "worker = start_worker(partial(time.sleep, 60))\n"
        "print(worker.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", PRELUDE + code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    ) as proc:
        child = int(proc.stdout.readline())
        proc.kill()
    deadline = time.monotonic() + 30  # the kernel ends it at once; a loaded machine is slow
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{child}/stat") as stat:
            if stat.read().split()[2] == "Z":  # a zombie, reaped by init soon: dead
                return
        time.sleep(0.05)
    os.kill(child, 9)
    raise AssertionError("the child outlived its parent")


@pytest.mark.parametrize("fork", [True, False])
def test_what_the_jobs_return_comes_back_in_order(fork):
    with start_worker(processes=2, fork=fork) as worker:
        assert worker.forked == fork
        for k in range(5):
            worker.submit(functools.partial(pow, 2, k))
        assert worker.wait() == [1, 2, 4, 8, 16]
