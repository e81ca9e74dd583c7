"""``geomap archive``: every figure in a news archive, on this machine or a Dask cluster."""

from __future__ import annotations

import time
from pathlib import Path

import click

from geomap.cli.app import _note, main


def _renames(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    renames = {}
    for value in values:
        name, sep, column = value.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise click.BadParameter(f"{value!r} is not NAME=COLUMN (e.g. text=body)")
        renames[name.strip()] = column.strip()
    return renames


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("archive"),
    show_default=True, help="Folder of the evidence dataset, the reported series and the summary.",
)  # fmt: skip
@click.option(
    "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="local: worker processes on this machine; dask: a Dask distributed cluster.",
)  # fmt: skip
@click.option(
    "--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
    help="The Dask scheduler (tcp://HOST:8786) for --engine dask  [default: "
    "DASK_SCHEDULER_ADDRESS, else a LocalCluster started for the run]",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(min=1), metavar="N",
    help="Worker processes (local engine, or the LocalCluster)  [default: one per core]",
)  # fmt: skip
@click.option(
    "--field", "fields", multiple=True, metavar="NAME=COLUMN", callback=_renames,
    help="The column of a record's text, date, url, outlet or title in JSON Lines and Parquet "
    "(default: news-please's maintext, date_publish, url, source_domain, title); repeatable.",
)  # fmt: skip
@click.option(
    "--within", type=click.IntRange(min=0, max=28), default=3, show_default=True, metavar="DAYS",
    help="Copies of a report published this many days after it are the same report.",
)  # fmt: skip
@click.pass_context
def archive(
    ctx: click.Context, paths: tuple[Path, ...], out: Path, engine: str, scheduler: str | None,
    workers: int | None, fields: dict[str, str], within: int,
) -> None:  # fmt: skip
    """Read a news archive: every share, claim and statement of holding it reports.

    PATHS are JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst), Parquet, WARC (.warc, .warc.gz) files
    or folders of them (and of texts). Writes OUT/evidence/ (Parquet, by month),
    OUT/STEM_reported.csv (one row per report, syndicated copies merged) and
    OUT/archive-summary.json. Files read before are not read again.
    """
    from geomap import archive as reader
    from geomap.archive.records import Fields

    started = time.perf_counter()
    summary = reader.run(
        list(paths), out, engine=engine, workers=workers, scheduler=scheduler,
        fields=Fields.with_renames(fields), profile=ctx.obj.get("profile"), within=within,
        progress=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    skipped = sum(summary.skipped.values())
    _note(
        f"{summary.files} file(s), {summary.read} read now: {summary.records:,} record(s), "
        f"{summary.size / 1e6:,.1f} MB in {seconds:,.1f} s; {summary.figures:,} figure(s), "
        f"{summary.claims:,} claim(s) in {summary.reports:,} report(s); {skipped:,} skipped"
    )
    if skipped:
        reasons = ", ".join(f"{n:,} {why}" for why, n in summary.skipped.most_common(4))
        _note(f"skipped: {reasons} (e.g. {summary.samples[0]}); see {out}/archive-summary.json")
