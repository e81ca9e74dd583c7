"""Benchmark ``geomap archive`` on a generated news archive, in one run on this machine.

    python benchmarks/archive.py [--size-mb 1000] [--sample-mb 100] [--corpus DIR]

The corpus (``tests/corpus.py``: filler prose with figure and claim sentences of our own, some
stories syndicated) is written once into DIR (default: a folder in the system's temporary
directory, never the repository): one JSON Lines file (zstd) per day for a year, and a sample of
the same articles as Parquet and as WARC. Then, each a whole command line (startup included):

* the reading rate on one worker, and two workers against one, on the first days (--sample-mb);
* the Dask engine on a LocalCluster of two workers against the local engine's two workers;
* the whole year on the local engine, with the peak memory of a worker;
* one more day added to the read archive;
* Parquet and WARC read on one worker (a WARC's HTML goes through the article extraction).

Timings on shared machines are noisy: read the ratios, which compare runs made side by side.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import corpus  # noqa: E402

ARTICLE_BYTES = 5_000  # about 800 words of filler and a figure sentence or two
START = dt.date(2024, 1, 1)


def make_corpus(folder: Path, size_mb: int, sample_mb: int) -> None:
    """A year of daily files about ``size_mb`` in all, plus a day kept back and the samples."""
    marker = folder / "corpus.json"
    wanted = {"size_mb": size_mb, "sample_mb": sample_mb}
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "year").mkdir(parents=True)
    (folder / "extra").mkdir()
    per_day = max(1, size_mb * 1_000_000 // ARTICLE_BYTES // 365)
    sample: list[corpus.Article] = []
    for day in range(366):
        items = list(corpus.articles(per_day, seed=day, start=START + dt.timedelta(days=day),
                                     days=1, words=800))  # fmt: skip
        target = folder / ("extra" if day == 365 else "year") / f"day-{day:03d}.jsonl.zst"
        corpus.write_jsonl(target, items)
        if len(sample) * ARTICLE_BYTES < sample_mb * 1_000_000 // 10:
            sample += items
    corpus.write_parquet(folder / "sample.parquet", sample)
    corpus.write_warc(folder / "sample.warc.gz", sample)
    marker.write_text(json.dumps(wanted))


PEAKS: dict[str, float] = {"coordinator": 0.0, "worker": 0.0}  # MB, over every run


def run(paths: list[Path], out: Path, *args: str, fresh: bool = True) -> float:
    """One ``geomap archive`` command, timed; the resident memory of it (the coordinator) and
    of every process under it (the workers, or Dask's nannies and workers) polled meanwhile."""
    import psutil

    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "geomap", "-q", "archive", *map(str, paths), "--out", str(out),
           *args]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT)
    watched = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            PEAKS["coordinator"] = max(PEAKS["coordinator"], watched.memory_info().rss / 1e6)
            for child in watched.children(recursive=True):
                PEAKS["worker"] = max(PEAKS["worker"], child.memory_info().rss / 1e6)
        except psutil.Error:  # a process that ended between the listing and the reading
            pass
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"geomap archive failed ({process.returncode}): {' '.join(cmd)[:200]}")
    return time.perf_counter() - start


def mb(paths: list[Path]) -> float:
    """Megabytes of text the records hold (the summary of a run over them says)."""
    return sum(p.stat().st_size for p in paths) / 1e6


def records_mb(out: Path) -> float:
    return json.loads((out / "archive-summary.json").read_text())["bytes"] / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1000)
    parser.add_argument("--sample-mb", type=int, default=100)
    parser.add_argument("--corpus", type=Path,
                        default=Path(tempfile.gettempdir()) / "geomap-archive-bench")  # fmt: skip
    args = parser.parse_args()
    folder: Path = args.corpus
    started = time.perf_counter()
    make_corpus(folder, args.size_mb, args.sample_mb)
    print(f"corpus: {folder} ({time.perf_counter() - started:.0f} s to make or find)")
    days = sorted((folder / "year").glob("*.jsonl.zst"))
    per_file = records_mb_of(days[0], folder)
    first = days[: max(2, int(args.sample_mb / per_file))]
    out = folder / "out"
    results: dict[str, float] = {}

    one = run(first, out / "one", "--workers", "1")
    text = records_mb(out / "one")
    two = run(first, out / "two", "--workers", "2")
    dask = run(first, out / "dask", "--engine", "dask", "--workers", "2")
    results |= {
        "sample_mb_of_text": text, "one_worker_s": one, "two_workers_s": two, "dask_two_s": dask,
        "mb_per_s_one_worker": text / one, "two_over_one": one / two, "dask_over_local": dask / two,
    }  # fmt: skip
    identical = all(
        (out / "one" / name).read_bytes() == (out / other / name).read_bytes()
        for other in ("two", "dask") for name in ("ukraine_reported.csv", "archive-summary.json")
    )  # fmt: skip
    results["identical_outputs"] = float(identical)

    whole = run(days, out / "year", "--workers", "2")
    results |= {"year_mb_of_text": records_mb(out / "year"), "year_two_workers_s": whole}
    again = run([*days, *sorted((folder / "extra").glob("*"))], out / "year", "--workers", "2",
                fresh=False)  # fmt: skip
    results["one_more_day_s"] = again

    for name in ("sample.parquet", "sample.warc.gz"):
        seconds = run([folder / name], out / name, "--workers", "1")
        results[f"{name}_mb"] = mb([folder / name])
        results[f"{name}_records_mb_per_s"] = records_mb(out / name) / seconds
    results |= {"peak_coordinator_mb": PEAKS["coordinator"], "peak_worker_mb": PEAKS["worker"]}
    print(json.dumps({k: round(v, 3) for k, v in results.items()}, indent=2))


def records_mb_of(path: Path, folder: Path) -> float:
    """Megabytes of text in one daily file: read once to know how many files make the sample."""
    out = folder / "out" / "probe"
    run([path], out, "--workers", "1")
    return records_mb(out)


if __name__ == "__main__":
    main()
