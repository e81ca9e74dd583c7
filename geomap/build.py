"""The build: seeds and boundaries in, maps and statistics out.

Everything is read and validated before the first output is written, so bad input never
touches the outputs of the last good build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError
from geomap.extract import extract_files
from geomap.figures import Figure, load_figures, merge, snapshots

log = logging.getLogger(__name__)

STEM = "ukraine_control"
STATS_NAME = f"{STEM}.csv"
MAP_FORMATS = ("png", "svg", "pdf", "html")
DEFAULT_FORMATS = ("png", "svg", "html")


@dataclass(frozen=True)
class BuildOptions:
    """Where a build reads and writes, and what it renders."""

    seeds: Path = Path("seeds")
    figures: Path | None = None
    boundaries: Path | None = None
    name_field: str | None = None
    out: Path = Path("outputs")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    dpi: int = 200
    tiles: str | None = None
    cdn: bool = False

    @property
    def figures_path(self) -> Path:
        return self.figures or self.seeds / "figures.csv"


def seed_texts(seeds: Path) -> list[Path]:
    """The dated texts in the seeds folder, in name order."""
    if not seeds.is_dir():
        raise InputError(
            "no such folder" if not seeds.exists() else "is not a folder",
            where=str(seeds),
            hint="pass the folder of source texts with --seeds",
        )
    return sorted(p for p in seeds.glob("*.txt") if p.is_file())


def collect_figures(options: BuildOptions) -> dict[dt.date, list[Figure]]:
    """All figures from the seeds, curated rows overriding extracted ones, by date."""
    extracted = extract_files(seed_texts(options.seeds))
    curated: list[Figure] = []
    if options.figures is not None or options.figures_path.exists():
        curated = load_figures(options.figures_path)
    figures = merge(extracted, curated)
    if not figures:
        raise InputError(
            "no figures found in the texts or the figures file",
            where=str(options.seeds),
            hint="add a dated text or rows to figures.csv",
        )
    return snapshots(figures)


def stats_csv(rows: list[dict[str, str]]) -> str:
    from geomap.control import STATS_COLUMNS

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=STATS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@dataclass
class BuildResult:
    as_of: dt.date
    paths: list[Path]
    totals: dict[str, float]


def build(options: BuildOptions) -> BuildResult:
    """Run the whole pipeline and publish the outputs together."""
    from geomap.boundaries import load_context, load_regions
    from geomap.control import join, statistics, totals
    from geomap.outputs import OutputSet

    history = collect_figures(options)
    as_of = max(history)
    regions = load_regions(options.boundaries, name_field=options.name_field)
    control = join(history[as_of], regions, as_of=as_of)
    rows = statistics(control)

    summary = totals(control)
    context = load_context()
    static_formats = [f for f in options.formats if f in ("png", "svg", "pdf")]

    fmap = None
    if "html" in options.formats:
        from geomap.render import interactive

        # Built before anything is staged: a bad --tiles name is bad input, not a failed write.
        fmap = interactive.build_map(
            control, totals=summary, context=context, tiles=options.tiles, cdn=options.cdn
        )

    with OutputSet(options.out) as outputs:
        outputs.write_text(STATS_NAME, stats_csv(rows))
        names = [STATS_NAME]
        if static_formats:
            from geomap.render import static

            fig = static.draw(control, totals=summary, context=context)
            names += [f"{STEM}.{fmt}" for fmt in static_formats]
            static.save(
                fig, [(fmt, outputs.path(f"{STEM}.{fmt}")) for fmt in static_formats],
                dpi=options.dpi,
            )  # fmt: skip
        if fmap is not None:
            interactive.save(fmap, outputs.path(f"{STEM}.html"))
            names.append(f"{STEM}.html")
    return BuildResult(as_of=as_of, paths=[options.out / n for n in names], totals=summary)
