"""The build: seeds and boundaries in, maps and statistics out.

Everything is read and validated before the first output is written, so bad input never
touches the outputs of the last good build. Staleness is decided from file hashes before
anything heavy (geopandas, matplotlib, folium) is imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.boundaries import default_context, default_regions
from geomap.errors import InputError
from geomap.figures import Figure, carry_forward, load_figures, merge, snapshots
from geomap.parallel import start_worker
from geomap.profile import current
from geomap.writers import DEFAULT_FORMATS, chosen

if TYPE_CHECKING:
    from geomap.extract import Reading
    from geomap.render import scene
    from geomap.snapshot import Atlas

# Texts geomap reads from the seeds folder, by extension in any case (.txt, .TXT, .md).
TEXT_SUFFIXES = (".txt", ".md", ".markdown")

log = logging.getLogger(__name__)

# A progress display: (items, how many, what) → the items. The CLI's shows a bar.
Progress = Callable[[Iterable, int, str], Iterable]


def _no_progress(items: Iterable, length: int, label: str) -> Iterable:
    return items


def _check_link(path: Path, what: str) -> None:
    """A link that leads nowhere (dangling, or a loop) is an error, not a file to skip."""
    if path.is_symlink() and not path.exists():
        raise InputError(
            "is a link to nothing (dangling, or a loop)", where=str(path),
            hint=f"point it at {what} or remove it",
        )  # fmt: skip


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
    wait: bool = True  # for another build into the same folder; False: fail at once
    profile: Path | None = None  # the country's profile; None: the shipped one (Ukraine)

    @property
    def figures_path(self) -> Path:
        return self.figures or self.seeds / "figures.csv"

    def curated_figures(self) -> Path | None:
        """The curated figures file: the one given, or SEEDS/figures.csv if there is one."""
        path = self.figures_path
        _check_link(path, "the figures file")
        if self.figures is None and not path.exists():
            return None
        if not path.is_file():
            raise InputError(
                "no such file" if not path.exists() else "is not a file",
                where=str(path),
                hint="check the --figures path",
            )
        return path

    @property
    def boundaries_path(self) -> Path:
        return self.boundaries or default_regions()


@dataclass
class BuildResult:
    paths: list[Path]
    as_of: dt.date | None = None
    totals: dict[str, float] = field(default_factory=dict)
    snapshots: int = 0
    skipped: bool = False
    reading: Reading | None = None  # what each text gave (None for a build that was skipped)


def seed_texts(seeds: Path, *, figures: Path | None = None) -> list[Path]:
    """The texts in the seeds folder (.txt and .md, in any case), in name order.

    Every other file in the folder but a figures file is named in a warning: a text saved as
    .docx or .html is not read, and the user should know.
    """
    if not seeds.is_dir():
        raise InputError(
            "no such folder" if not seeds.exists() else "is not a folder",
            where=str(seeds),
            hint="pass the folder of source texts with --seeds",
        )
    texts = []
    for path in sorted(seeds.iterdir()):
        if path.name.startswith("."):
            continue
        _check_link(path, "the text")
        if not path.is_file():
            continue
        if path.suffix.casefold() in TEXT_SUFFIXES:
            texts.append(path)
        elif path.name not in {"figures.csv", figures.name if figures else ""}:
            log.warning(
                "%s: not read; geomap reads news texts saved as .txt or .md "
                "(save it as text to use it)", path,
            )  # fmt: skip
    return texts


def input_files(options: BuildOptions, texts: list[Path]) -> list[Path]:
    """Every file the outputs depend on: the seed ``texts`` and the others ``options`` name."""
    files = list(texts)
    curated = options.curated_figures()
    if curated is not None:
        files.append(curated)
    boundaries = options.boundaries_path
    if not boundaries.exists():
        raise InputError("no such file", where=str(boundaries), hint="check the --boundaries path")
    raions = current().default_raions if options.boundaries is None else None
    files += [p for p in (boundaries, raions, default_context()) if p and p.is_file()]
    if options.profile is not None:
        files.append(options.profile)
    return files


def _fingerprint(options: BuildOptions, inputs: list[Path]) -> dict:
    from geomap.outputs import fingerprint

    settings = {
        "formats": list(options.formats),
        "dpi": options.dpi,
        "tiles": options.tiles,
        "cdn": options.cdn,
        "name_field": options.name_field,
    }
    return fingerprint(inputs, settings)


def collect_figures(
    options: BuildOptions, texts: list[Path] | None = None
) -> tuple[dict[dt.date, list[Figure]], Reading]:
    """All figures from the seed ``texts`` (default: the seeds folder's), curated rows
    overriding extracted ones, by date; and the reading of the texts, with its evidence."""
    from geomap.extract import read_files

    reading = read_files(seed_texts(options.seeds) if texts is None else texts)
    for summary in reading.summaries:
        if summary.as_of and not (summary.figures or summary.claims):
            log.warning(
                "%s: no figure or claim found (%d percentage(s) passed over); "
                "`geomap extract --explain` shows why", options.seeds / summary.document,
                summary.passed_over,
            )  # fmt: skip
    # A share only Ukraine is said to hold is evidence, not a figure for the map.
    extracted = [f for f in reading.figures if f.mappable]
    path = options.curated_figures()
    curated = load_figures(path) if path is not None else []
    reading.evidence = overridden(reading.evidence, curated, options.figures_path.name)
    figures = merge(extracted, curated)
    if not figures:
        raise InputError(
            "no figures found in the texts or the figures file",
            where=str(options.seeds),
            hint="add a dated text or rows to figures.csv",
        )
    return snapshots(figures), reading


def overridden(evidence: list, curated: list[Figure], name: str) -> list:
    """The evidence with the phrases a curated row replaces marked ``overridden``."""
    from geomap.extract.evidence import OVERRIDDEN, USED

    keys = {(f.as_of, f.region_code) for f in curated}
    return [
        e.decided(OVERRIDDEN, f"a curated row in {name} replaces it")
        if e.decision == USED and (e.as_of, e.region_code) in keys
        else e
        for e in evidence
    ]


def changes_markdown(history: dict[dt.date, list[Figure]]) -> str:
    """What changed between the last two snapshots, as Markdown."""
    from geomap.regions import gazetteer
    from geomap.style import share_text

    dates = sorted(history)
    if len(dates) < 2:
        return (
            "# Changes\n\nOnly one snapshot of figures "
            f"({dates[0].isoformat()}): nothing to compare yet.\n"
        )
    before_day, after_day = dates[-2], dates[-1]
    before = {f.region_code: f for f in history[before_day]}
    after = {f.region_code: f for f in history[after_day]}

    def describe(figure: Figure | None) -> str:
        if figure is None:
            return "no figure"
        share = (
            share_text(figure.controlled_pct, figure.qualifier, figure.basis, figure.pct_text)
            or "no share"
        )
        return f"{share}, claimed" if figure.claimed else share

    def cell(text: str) -> str:
        # Input text shown as typed: no HTML or table syntax of its own in a Markdown viewer.
        return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")

    lines = [
        f"# Changes from {before_day.isoformat()} to {after_day.isoformat()}",
        "",
        f"| region | {before_day.isoformat()} | {after_day.isoformat()} | source |",
        "| --- | --- | --- | --- |",
    ]
    rows = []
    gaz = gazetteer()
    raions = sorted({c for c in (*before, *after) if gaz.is_raion(c)})
    for region in [*gaz, *(gaz.get(c) for c in raions)]:  # the regions, then the raions
        old, new = before.get(region.code), after.get(region.code)
        if describe(old) == describe(new):
            continue
        source = new.source if new else ""
        if new and new.quote:
            source = f"{source}: “{new.quote}”" if source else f"“{new.quote}”"
        rows.append(
            f"| {region.name} ({region.code}) | {cell(describe(old))} | {cell(describe(new))} "
            f"| {cell(source)} |"
        )
    lines = lines + rows if rows else [*lines[:2], "No region's figure changed."]
    return "\n".join(lines) + "\n"


def prepare(
    options: BuildOptions, history: dict[dt.date, list[Figure]], evidence: list | None = None
) -> Atlas:
    """Load the shapes and make a snapshot of every date: what the writers are handed."""
    from geomap.boundaries import load_context, load_raions, load_regions
    from geomap.control import with_shape_areas
    from geomap.snapshot import Atlas, series

    regions = with_shape_areas(load_regions(options.boundaries, name_field=options.name_field))
    # The shipped raions nest in the shipped regions only: a user's own boundaries have none.
    raions = load_raions() if options.boundaries is None else None
    return Atlas(
        series(history, regions, raions=raions),
        context=load_context(default_context()),
        raions=raions,
        evidence=list(evidence or []),
    )


def static_scenes(
    atlas: Atlas, kinds: Iterable[str]
) -> tuple[scene.Report | None, scene.History | None]:
    """The scenes the static outputs need: (report map or None, history or None)."""
    from geomap.render import scene

    kinds = set(kinds)
    report = history = None
    if kinds - {"history"}:
        report = scene.report(atlas.latest, context=atlas.context)
    if "history" in kinds:
        history = scene.history(atlas.snapshots, context=atlas.context)
    return report, history


def draw_static(
    report: scene.Report | None,
    history: scene.History | None,
    targets: list[tuple[str, Path]],
    *,
    dpi: int,
    progress: Progress = _no_progress,
) -> None:
    """Draw the report map once and save it in each format; draw the history if asked."""
    from geomap.render import static

    maps = [(kind, path) for kind, path in targets if kind != "history"]
    if maps:
        static.save(static.draw_report(report), maps, dpi=dpi, titles=report.titles)
    for kind, path in targets:
        if kind == "history":
            n = len(history.panels)
            fig = static.draw_history_scene(
                history, progress=functools.partial(progress, length=n, label="maps")
            )
            static.save(fig, [("png", path)], dpi=dpi)


def _import_matplotlib() -> None:
    import geomap.render.static  # noqa: F401


def build(
    options: BuildOptions,
    *,
    force: bool = False,
    progress: Progress = _no_progress,
    parallel: bool = True,
) -> BuildResult:
    """Run the whole pipeline and publish the outputs together.

    Unless ``force``, nothing is done when the manifest in the output folder shows that the
    outputs were built from the same inputs and options and are untouched. With ``parallel``
    the static maps are drawn by a second process (see :mod:`geomap.parallel`). The build is of
    the country of ``options.profile`` (default: the shipped profile, Ukraine).
    """
    from geomap.profile import load, using

    with using(load(options.profile) if options.profile else None):
        return _build(options, force=force, progress=progress, parallel=parallel)


def _build(
    options: BuildOptions, *, force: bool, progress: Progress, parallel: bool
) -> BuildResult:
    # Listed once: the fingerprint and the figures agree.
    texts = seed_texts(options.seeds, figures=options.figures_path)
    inputs = input_files(options, texts)
    expected = _fingerprint(options, inputs)
    from geomap.outputs import locked, up_to_date

    if not force:
        current = up_to_date(options.out, expected)
        if current is not None:
            return BuildResult(paths=current, skipped=True)

    # Cheap checks first, before a second process or the output folder is touched.
    by_date, reading = collect_figures(options, texts)
    history = carry_forward(by_date)
    if options.tiles:
        from geomap.tiles import tile_provider

        tile_provider(options.tiles)
    with locked(options.out, wait=options.wait, on_wait=log.warning):
        if not force:
            # Another build may have made these very outputs while this one waited.
            current = up_to_date(options.out, expected)
            if current is not None:
                return BuildResult(paths=current, skipped=True)
        return _publish(options, expected, history, reading, progress, parallel)


def _publish(
    options: BuildOptions,
    expected: dict,
    history: dict[dt.date, list[Figure]],
    reading: Reading,
    progress: Progress,
    parallel: bool,
) -> BuildResult:
    """Make every output and publish them together (under the output folder's lock)."""
    from geomap.outputs import OutputSet

    writers = chosen(options.formats, len(history))
    drawn = [w for w in writers if w.matplotlib]
    # The static maps need matplotlib, which takes a good part of a second to import: a worker
    # imports it while this process reads the shapes, then draws them while this one makes the
    # HTML map, side by side on two cores.
    with start_worker(
        _import_matplotlib, task="rendering the static maps", fork=parallel and bool(drawn)
    ) as worker:
        atlas = prepare(options, history, reading.evidence)
        with OutputSet(options.out, fingerprint=expected) as outputs:
            targets = [(w.key, outputs.path(w.file_name)) for w in drawn]
            if targets:
                report, hist = static_scenes(atlas, [kind for kind, _ in targets])
                worker.submit(
                    functools.partial(
                        draw_static, report, hist, targets, dpi=options.dpi, progress=progress
                    )
                )
            try:
                for writer in writers:
                    if writer.write is not None:
                        writer.write(atlas, outputs.path(writer.file_name), options)
                worker.wait()
            except BaseException:
                worker.kill()  # before the staged files are tidied away
                raise
            names = outputs.names
    return BuildResult(
        paths=[options.out / n for n in names],
        as_of=max(history),
        totals=atlas.latest.totals,
        snapshots=len(history),
        reading=reading,
    )
