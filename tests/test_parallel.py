import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from geomap.errors import InputError, OutputError
from geomap.parallel import parallel_render


def test_the_child_does_the_work(tmp_path: Path):
    # In a fresh interpreter: the test process may hold other threads (then no fork is made).
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from geomap.parallel import parallel_render\n"
        "target = Path(sys.argv[1])\n"
        "job = parallel_render(lambda: target.write_text(str(os.getpid())))\n"
        "job.wait()\n"
        "print(os.getpid())\n"
    )
    target = tmp_path / "out.txt"
    out = subprocess.run(
        [sys.executable, "-c", code, str(target)], capture_output=True, text=True, check=True
    )
    assert int(target.read_text()) != int(out.stdout)  # done by a forked child


@pytest.mark.parametrize(
    ("error", "expected", "message"),
    [
        (InputError("bad.csv: no such file"), InputError, "bad.csv: no such file"),
        (
            RuntimeError("boom"),
            OutputError,
            "rendering the static maps failed: RuntimeError('boom')",
        ),
    ],
)
def test_errors_come_back_to_the_parent(error, expected, message):
    def work():
        raise error

    job = parallel_render(work)
    with pytest.raises(expected, match=message.replace("(", r"\(").replace(")", r"\)")):
        job.wait()


def test_with_other_threads_running_the_work_runs_here(tmp_path: Path):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        pids = []
        job = parallel_render(lambda: pids.append(os.getpid()))
        assert pids == []  # deferred, not forked
        job.wait()
        assert pids == [os.getpid()]
    finally:
        stop.set()
        thread.join()


def test_kill_stops_the_child():
    job = parallel_render(lambda: threading.Event().wait(60))
    job.kill()
    job.kill()  # a second kill is harmless


def test_the_child_dies_with_its_parent(tmp_path: Path):
    # The parent forks a child that would sleep for a minute, reports its pid, then is killed.
    code = (
        "import os, sys, time\n"
        "from geomap.parallel import parallel_render\n"
        "job = parallel_render(lambda: time.sleep(60))\n"
        "print(job._pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        child = int(proc.stdout.readline())
        proc.kill()
    for _ in range(100):
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
