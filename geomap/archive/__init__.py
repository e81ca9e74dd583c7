"""Reading a news archive: every figure ever reported, with who carried it and when.

:func:`run` reads archives (JSON Lines, Parquet, WARC, folders of texts; see
:mod:`geomap.archive.records`) a partition at a time, each input file one partition, on this
machine's processes or a Dask cluster (:mod:`geomap.archive.engines`), and writes the evidence
dataset and the reported series (:mod:`geomap.archive.dataset`).

Each partition's rows are kept in the output folder under the hash of its content and of the
reading's options and code: a run reads only the files it has not read before, and a run that
was stopped resumes with the partitions it had not finished.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.archive.records import DEFAULT_FIELDS, Fields, kind_of, texts_in
from geomap.archive.syndication import MAX_WITHIN_DAYS, WITHIN_DAYS
from geomap.digests import file_digest
from geomap.errors import InputError
from geomap.store import write_all

if TYPE_CHECKING:  # pyarrow, which they import, only when an archive is read
    from geomap.archive.parts import Part, Task

log = logging.getLogger(__name__)
PARTS = ".parts"  # the partitions' rows, by key, in the output folder
_ARCHIVE_KINDS = ("jsonl", "parquet", "warc")
_SAMPLES = 20  # skipped records named in the summary


@dataclass
class Summary:
    """What a run read: counts for the terminal and for ``archive-summary.json``."""

    files: int = 0
    read: int = 0  # partitions read in this run (the others came from earlier runs)
    records: int = 0
    size: int = 0
    figures: int = 0
    claims: int = 0
    reports: int = 0
    skipped: Counter = field(default_factory=Counter)
    samples: list[str] = field(default_factory=list)

    def add(self, part: Part) -> None:
        self.records += part.records
        self.size += part.size
        self.figures += part.figures
        self.claims += part.claims
        self.skipped.update(part.skipped)
        self.samples += part.samples[: max(0, _SAMPLES - len(self.samples))]

    def to_json(self) -> dict:
        return {
            "files": self.files, "records": self.records, "bytes": self.size,
            "figures": self.figures, "claims": self.claims, "reports": self.reports,
            "skipped": dict(sorted(self.skipped.items())), "skipped_samples": self.samples,
        }  # fmt: skip


def partitions(paths: Sequence[Path]) -> list[tuple[Path, str, str]]:
    """The partitions of the inputs, in order: each archive file, and each folder of texts, with
    its kind and the name its records are known by (a file given: its name; a file in a folder
    given: its path within it, "2024/day-001.jsonl", so that two days of the same name differ).

    A folder is read for the archive files in it (at any depth, in order of their paths) and,
    when texts lie in it besides, as a folder of texts too. A file of no known kind is an error.
    """
    found: list[tuple[Path, str, str]] = []
    for path in paths:
        if not path.exists():
            raise InputError("does not exist", where=str(path), hint="check the path")
        kind = kind_of(path)
        if kind != "folder":
            found.append((path, kind, path.name))
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        archives = [
            (p, k, p.relative_to(path).as_posix()) for p in files if (k := _archive_kind(p))
        ]
        texts = texts_in(path)
        if not archives and not texts:
            raise InputError(
                "holds no archive and no text", where=str(path),
                hint="give .jsonl(.gz|.zst), .parquet, .warc(.gz) files or texts geomap reads",
            )  # fmt: skip
        found += archives + ([(path, "folder", path.name)] if texts else [])
    return list(dict.fromkeys(found))


def _archive_kind(path: Path) -> str:
    try:
        kind = kind_of(path)
    except InputError:
        return ""
    return kind if kind in _ARCHIVE_KINDS else ""


def _reading_key(fields: Fields, profile: str | None) -> str:
    """What else the rows depend on: the field names, the profile and the reading's code."""
    from geomap.outputs import code_digest
    from geomap.profile import BUILT_IN, profile_file

    spec = ""
    if profile:
        spec = profile if profile in BUILT_IN else file_digest(profile_file(profile))
    limits = [fields.record_mb, fields.page_mb]
    return json.dumps([fields.names, limits, spec, code_digest()], sort_keys=True)


def _content(path: Path, kind: str) -> str:
    if kind != "folder":
        return file_digest(path)
    digest = hashlib.sha256()
    for item in texts_in(path):
        digest.update(f"{item.relative_to(path).as_posix()}\0{file_digest(item)}\0".encode())
    return digest.hexdigest()


def tasks_for(paths: Sequence[Path], fields: Fields, profile: str | None) -> list[Task]:
    from geomap.archive.parts import Task

    reading = _reading_key(fields, profile)
    tasks = []
    for path, kind, name in partitions(paths):
        content = f"{kind}\0{name}\0{_content(path, kind)}\0{reading}"
        key = hashlib.sha256(content.encode()).hexdigest()
        tasks.append(Task(str(path), kind, key[:32], fields, profile, name))
    return tasks


def _rows_file(out: Path, key: str) -> Path:
    return out / PARTS / f"{key}.parquet"


def _kept(out: Path, key: str) -> Part | None:
    from geomap.archive.parts import Part

    stats = out / PARTS / f"{key}.json"
    try:
        if not _rows_file(out, key).is_file():
            return None
        return Part.from_stats(key, json.loads(stats.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _keep(out: Path, part: Part) -> None:
    folder = out / PARTS
    folder.mkdir(parents=True, exist_ok=True)
    # The rows first: a part counts as read once its stats are there.
    write_all({_rows_file(out, part.key): part.rows})
    write_all({folder / f"{part.key}.json": json.dumps(part.stats())})
    part.rows = b""  # on disk now: not held for the rest of the run


def run(
    paths: Sequence[Path], out: Path, *, engine: str = "local", workers: int | None = None,
    scheduler: str | None = None, fields: Fields | None = None, profile: str | None = None,
    within: int = WITHIN_DAYS, progress: bool = False,
) -> Summary:  # fmt: skip
    """Read the archives at ``paths`` into ``out``; see the module's documentation."""
    from geomap.archive import dataset
    from geomap.archive.engines import run_dask, run_local
    from geomap.archive.progress import Progress
    from geomap.profile import BUILT_IN, current, named, profile_file

    if not 0 <= within <= MAX_WITHIN_DAYS:
        raise InputError(
            f"{within} days is outside 0–{MAX_WITHIN_DAYS}", where="--within",
            hint="copies of a wire story come within days of it",
        )  # fmt: skip
    fields = fields or Fields(dict(DEFAULT_FIELDS))
    stem = (named(profile) if profile else current()).stem
    if profile and profile not in BUILT_IN:  # the same file for workers started elsewhere
        profile = str(profile_file(profile).resolve())
    tasks = tasks_for(paths, fields, profile)
    workers = workers or max(1, min(len(os.sched_getaffinity(0)), len(tasks)))
    summary = Summary(files=len(tasks))
    parts: dict[str, Part] = {}
    todo = []
    for task in tasks:
        kept = _kept(out, task.key)
        if kept is None:
            todo.append(task)
        else:
            parts[task.key] = kept
    log.info(
        "%d partition(s): %d to read, %d read before", len(tasks), len(todo), len(tasks) - len(todo)
    )
    sizes = {t.key: _size(Path(t.path)) for t in todo}
    with Progress(sum(sizes.values()), enabled=progress) as bar:

        def done(task: Task, part: Part) -> None:
            _keep(out, part)
            parts[task.key] = part
            bar.advance(sizes[task.key], part)

        if engine == "dask":
            run_dask(todo, workers, done, scheduler)
        else:
            run_local(todo, workers, done)
    summary.read = len(todo)
    for task in tasks:
        summary.add(parts[task.key])
    summary.reports = dataset.publish(
        out, [(_rows_file(out, t.key), set(parts[t.key].months)) for t in tasks],
        within=within, summary=summary.to_json(), stem=stem,
    )  # fmt: skip
    return summary


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in texts_in(path))
    return path.stat().st_size
