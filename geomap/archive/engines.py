"""Where an archive's partitions are read: worker processes on this machine, or a Dask cluster.

Both engines run the same function (:func:`geomap.archive.parts.read_part`) on the same tasks
and hand each finished :class:`~geomap.archive.parts.Part` to ``done`` in this process, as it
finishes: only this process writes the output folder. The order in which parts finish does not
matter; the dataset is assembled in the order of the inputs.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from geomap.archive.parts import Part, Task, read_part
from geomap.errors import InputError

log = logging.getLogger(__name__)
ENGINES = ("local", "dask")


def run_local(tasks: Sequence[Task], workers: int, done: Callable[[Task, Part], None]) -> None:
    """Read the partitions in ``workers`` processes of this machine (no server to start).

    The processes start from a fresh interpreter (the forkserver method): none inherits the
    threads or open files of this one.
    """
    if not tasks:
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=context) as pool:
        futures = {pool.submit(read_part, task): task for task in tasks}
        try:
            for future in as_completed(futures):
                done(futures[future], future.result())
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def run_dask(
    tasks: Sequence[Task], workers: int, done: Callable[[Task, Part], None],
    scheduler: str | None = None,
) -> None:  # fmt: skip
    """Read the partitions on a Dask distributed cluster: the one at ``scheduler`` (or
    ``DASK_SCHEDULER_ADDRESS``), else a ``LocalCluster`` of ``workers`` processes started for
    this run. The input paths must be readable by the workers at the same paths.

    A worker that dies mid-task has its tasks run again elsewhere (Dask's own retries), so the
    parts are complete and the same.
    """
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise InputError(
            "--engine dask needs the Python package distributed",
            where="--engine",
            hint="install it (pip install 'distributed'), or use --engine local",
        ) from exc
    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    if not tasks:
        return
    if address:
        log.info("reading on the Dask cluster at %s", address)
        try:
            client = Client(address)
        except (OSError, ValueError) as exc:  # unreachable, or not an address
            raise InputError(
                f"cannot reach the Dask scheduler at {address} ({str(exc)[:120]})",
                where="--scheduler",
                hint="start it (dask scheduler) or give its address; --engine local needs none",
            ) from exc
        with client:
            _gather(client, tasks, done, dask_completed)
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        _gather(client, tasks, done, dask_completed)


def _gather(client, tasks: Sequence[Task], done, completed) -> None:
    # Each task is named by its partition's content hash; retries cover a worker lost
    # mid-task.
    futures = [
        client.submit(read_part, task, key=f"geomap-part-{task.key}", pure=False, retries=3)
        for task in tasks
    ]
    by_key = {future.key: task for future, task in zip(futures, tasks, strict=True)}
    for future in completed(futures):
        done(by_key[future.key], future.result())
        future.release()
