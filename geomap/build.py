"""The build: seeds and boundaries in, maps and statistics out.

Everything is read and validated before the first output is written, so bad input never
touches the outputs of the last good build. Staleness is decided from file hashes before
anything heavy (geopandas, matplotlib, folium) is imported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import html
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.boundaries import default_context, default_regions
from geomap.documents import SUFFIXES
from geomap.errors import InputError
from geomap.figures import Figure, carry_forward, load_figures, merge, snapshots
from geomap.parallel import start_worker
from geomap.profile import current
from geomap.style import Look
from geomap.writers import DEFAULT_FORMATS, chosen

if TYPE_CHECKING:
    from geomap.extract import Reading
    from geomap.render import scene
    from geomap.snapshot import Atlas

# Texts geomap reads from the seeds folder, by extension in any case (.txt, .PDF, .docx).
TEXT_SUFFIXES = SUFFIXES

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
    control: Path | None = None  # control layers: a file or a folder; None: SEEDS/control/
    control_source: str = ""  # whom to credit for them
    control_date: dt.date | None = None  # of a single control file without a date in its name
    look: Look = field(default_factory=Look)  # title, subtitle, credit, breaks, palette

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

    @property
    def control_path(self) -> Path | None:
        """Where the control layers are: ``--control``, or SEEDS/control/ if there; else None."""
        path = self.control or self.seeds / "control"
        if self.control is None and not path.is_dir():
            return None
        _check_link(path, "the control layers")
        return path

    def control_files(self) -> list[Path]:
        """The control layer files (none without a control path)."""
        from geomap.layers import layer_files

        path = self.control_path
        return layer_files(path) if path is not None else []

    def control_layers(self) -> list:
        """The control layer files with their dates (:class:`geomap.layers.LayerFile`), oldest
        first; checked for dates, not read yet."""
        from geomap.layers import dated_files

        path = self.control_path
        if path is None:
            return []
        return dated_files(path, as_of=self.control_date, source=self.control_source)


@dataclass
class BuildResult:
    paths: list[Path]
    as_of: dt.date | None = None
    totals: dict[str, float] = field(default_factory=dict)
    snapshots: int = 0
    skipped: bool = False
    reading: Reading | None = None  # what each text gave (None for a build that was skipped)


def seed_texts(seeds: Path, *, figures: Path | None = None) -> list[Path]:
    """The texts in the seeds folder (.txt, .md, .html, .pdf, .docx, in any case), in name order.

    Every other file in the folder but a figures file is named in a warning: a text saved as
    .odt or .rtf is not read, and the user should know.
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
                "%s: not read; geomap reads texts saved as .txt, .md, .html, .pdf or .docx "
                "(save it as one of those to use it)", path,
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
    files += options.control_files()
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
        "control_source": options.control_source,
        "control_date": options.control_date.isoformat() if options.control_date else None,
        "look": {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in dataclasses.asdict(options.look).items()
        },  # as JSON has them
    }
    return fingerprint(inputs, settings)


def collect_figures(
    options: BuildOptions, texts: list[Path] | None = None, *, layers: Iterable = ()
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
    layers = list(layers)
    if not figures and not layers:
        raise InputError(
            "no figures found in the texts or the figures file",
            where=str(options.seeds),
            hint="add a dated text or rows to figures.csv",
        )
    by_date = snapshots(figures)
    if layers:  # the newest control layer's date is a snapshot: the map of where things are
        by_date.setdefault(layers[-1].as_of, [])
    return dict(sorted(by_date.items())), reading


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

    def dated(figure: Figure | None, day: dt.date) -> str:
        # A figure carried forward says when it was reported: it is not a new report.
        if figure is not None and figure.as_of and figure.as_of != day:
            return f"{describe(figure)} (reported {figure.as_of.isoformat()})"
        return describe(figure)

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
        if old and new and (old.basis == "measured") != (new.basis == "measured"):
            continue  # a report against a measurement: the reconciliation, not a change
        source = new.source if new else ""
        if new and new.quote:
            source = f"{source}: “{new.quote}”" if source else f"“{new.quote}”"
        rows.append(
            f"| {region.name} ({region.code}) | {_cell(dated(old, before_day))} | "
            f"{_cell(dated(new, after_day))} | {_cell(source)} |"
        )
    lines = lines + rows if rows else [*lines[:2], "No region's figure changed."]
    return "\n".join(lines) + "\n"


# Measurements of control files, kept in the output folder between builds.
MEASUREMENTS_CACHE = ".geomap-measurements.json"


def reconciliation_markdown(atlas: Atlas) -> str:
    """Every reported figure that a control layer contradicts, as a Markdown section; "" when
    there is no control layer."""
    from geomap import measure
    from geomap.style import share_text

    if not atlas.measurements:
        return ""
    compared, rows = 0, []
    for snap in atlas.snapshots:
        frames = [snap.frame] + ([snap.raions] if snap.raions is not None else [])
        for frame in frames:
            for r in frame.itertuples():
                # Each figure once: in the snapshot of the date it was reported.
                if not r.agreement or r.reported_on != snap.as_of:
                    continue
                compared += 1
                if r.agreement == "agrees":
                    continue
                reported = share_text(r.controlled_pct, r.qualifier, r.basis, r.pct_label)
                layer = next(m for m in atlas.measurements if m.as_of == r.measured_on)
                rows.append(
                    f"| {_cell(r.name)} ({r.code}) | {r.reported_on.isoformat()} | "
                    f"{_cell(reported)} | {_cell(r.source)} | {r.measured_pct:.1f}% | "
                    f"{r.measured_on.isoformat()}, {_cell(layer.source or layer.document)} | "
                    f"{r.difference_pp:+.1f} pp | {_cell(r.quote)} |"
                )
    lines = ["", "## Reporting against the control layers", ""]
    if not compared:
        return "\n".join([*lines, "No reported figure has a control layer of its date, or of "
                           f"the {measure.MAX_AGE.days} days before it."]) + "\n"  # fmt: skip
    if not rows:
        return "\n".join([*lines, f"All {compared} reported figures agree with the measured "
                           "shares, within what their hedges allow."]) + "\n"  # fmt: skip
    lines += [
        f"{len(rows)} of {compared} reported figures lie outside what their hedge allows "
        "(see the README for the tolerances):",
        "",
        "| region | reported on | reported | by | measured | control layer | difference | quote |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        *rows,
    ]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Input text shown as typed in a Markdown table: no HTML or table syntax of its own."""
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "\\|")


def prepare(
    options: BuildOptions,
    history: dict[dt.date, list[Figure]],
    evidence: list | None = None,
    layers: list | None = None,
) -> Atlas:
    """Load the shapes and make a snapshot of every date: what the writers are handed."""
    from geomap.boundaries import load_context, load_raions, load_regions
    from geomap.control import with_shape_areas
    from geomap.snapshot import Atlas, series

    regions = with_shape_areas(load_regions(options.boundaries, name_field=options.name_field))
    # The shipped raions nest in the shipped regions only: a user's own boundaries have none.
    raions = load_raions() if options.boundaries is None else None
    files = list(layers or [])
    measurements, layers = [], []
    if files:
        from geomap.measure import MeasurementCache, Units, applicable, measure_files

        units = Units.of(regions, raions)
        cache = MeasurementCache(options.out / MEASUREMENTS_CACHE if options.out.is_dir() else None)
        # The layers the snapshots draw (those of their dates) are read whole, once; the rest
        # only where their measurements are not in the cache.
        wanted = {applicable(files, day) for day in history} - {None}
        read = {f: f.read() for f in files if f in wanted}
        measurements = measure_files(files, units, cache, read=read)
        layers = list(read.values())
    return Atlas(
        series(history, regions, raions=raions, measurements=measurements, layers=layers),
        context=load_context(default_context()),
        raions=raions,
        evidence=list(evidence or []),
        layers=layers,
        measurements=measurements,
    )


_TIMELINE = {"timeline": "png", "timeline-svg": "svg"}


def static_scenes(
    atlas: Atlas, kinds: Iterable[str]
) -> tuple[scene.Report | None, scene.History | None, scene.Timeline | None]:
    """The scenes the static outputs need: the report map, the history and the timeline (each
    None when not asked for)."""
    from geomap.render import scene

    kinds = set(kinds)
    report = history = timeline = None
    if kinds - {"history", *_TIMELINE}:
        report = scene.report(atlas.latest, context=atlas.context)
    if "history" in kinds:
        history = scene.history(atlas.snapshots, context=atlas.context)
    if kinds & set(_TIMELINE):
        timeline = scene.timeline(atlas)
    return report, history, timeline


def static_jobs(
    scenes: tuple,
    targets: list[tuple[str, Path]],
    *,
    dpi: int,
    progress: Progress = _no_progress,
) -> list[Callable[[], None]]:
    """The drawing of the static outputs as independent jobs: the report map (drawn once,
    saved in each format), the timeline and the history. ``scenes`` is what
    :func:`static_scenes` returns; each job carries only its own scene."""
    report, history, timeline = scenes
    by_figure: dict[str, list[tuple[str, Path]]] = {}
    for kind, path in targets:
        by_figure.setdefault(_figure(kind), []).append((kind, path))
    jobs = []
    if "report" in by_figure:
        jobs.append(functools.partial(_draw_report, report, by_figure["report"], dpi))
    if "timeline" in by_figure:
        lines = [(_TIMELINE[kind], path) for kind, path in by_figure["timeline"]]
        jobs.append(functools.partial(_draw_timeline, timeline, lines, dpi))
    for _, path in by_figure.get("history", []):
        jobs.append(functools.partial(_draw_history, history, path, dpi, progress))
    return jobs


def _figure(key: str) -> str:
    """The drawing a static output is saved from: the report map, the timeline or the history."""
    return "timeline" if key in _TIMELINE else "history" if key == "history" else "report"


def _draw_report(report, paths, dpi: int) -> None:
    from geomap.render import static

    static.save(static.draw_report(report), paths, dpi=dpi, titles=report.titles)


def _draw_timeline(timeline, paths, dpi: int) -> None:
    from geomap.render import static

    static.save(static.draw_timeline(timeline), paths, dpi=dpi)


def _draw_history(history, path: Path, dpi: int, progress: Progress) -> None:
    from geomap.render import static

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
    from geomap import style
    from geomap.profile import load, using

    profile = load(options.profile) if options.profile else current()
    if options.boundaries is not None:
        profile = profile.with_own_boundaries(options.boundaries)
    with using(profile), style.using(options.look):
        return _build(options, force=force, progress=progress, parallel=parallel)


def _build(
    options: BuildOptions, *, force: bool, progress: Progress, parallel: bool
) -> BuildResult:
    # Listed once: the fingerprint and the figures agree.
    from geomap.outputs import locked, recall_digests, remember_digests, up_to_date

    texts = seed_texts(options.seeds, figures=options.figures_path)
    inputs = input_files(options, texts)
    recall_digests(options.out)
    expected = _fingerprint(options, inputs)

    if not force:
        current = up_to_date(options.out, expected)
        if current is not None:
            return BuildResult(paths=current, skipped=True)

    # Cheap checks first, before a second process or the output folder is touched.
    layers = options.control_layers()
    by_date, reading = collect_figures(options, texts, layers=layers)
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
        result = _publish(options, expected, history, reading, progress, parallel, layers)
        with contextlib.suppress(OSError):  # a speed-up for the next build, never a failure
            remember_digests(options.out, inputs)
        return result


def _announce_removals(options: BuildOptions, names: list[str]) -> None:
    """Say, before anything is drawn, which outputs of the last build this one removes.

    A build's outputs are one set, of one date: a PNG of the last build kept beside this
    build's PDF would show older figures as if they were current.
    """
    from geomap.outputs import dropped

    gone = dropped(options.out, names)
    if gone:
        log.warning(
            "%s: removing %s of the last build, as this one does not make them (--format %s); "
            "kept, they would show older figures (list every format you want in --format, or "
            "in geomap.toml's formats)", options.out, ", ".join(gone), ",".join(options.formats),
        )  # fmt: skip


def _publish(
    options: BuildOptions,
    expected: dict,
    history: dict[dt.date, list[Figure]],
    reading: Reading,
    progress: Progress,
    parallel: bool,
    layers: list | None = None,
) -> BuildResult:
    """Make every output and publish them together (under the output folder's lock)."""
    from geomap.outputs import OutputSet

    writers = chosen(options.formats, len(history))
    _announce_removals(options, [w.file_name for w in writers])
    drawn = [w for w in writers if w.matplotlib]
    # The static maps need matplotlib, which takes a good part of a second to import: a worker
    # imports it while this process reads the shapes, then draws them while this one makes the
    # HTML map, side by side on two cores. With a timeline or a history to draw besides the
    # report map, two workers share them.
    figures = {_figure(w.key) for w in drawn}
    with start_worker(
        _import_matplotlib, task="rendering the static maps", fork=parallel and bool(drawn),
        processes=min(2, max(1, len(figures))),
    ) as worker:  # fmt: skip
        atlas = prepare(options, history, reading.evidence, layers)
        with OutputSet(options.out, fingerprint=expected) as outputs:
            targets = [(w.key, outputs.path(w.file_name)) for w in drawn]
            if targets:
                scenes = static_scenes(atlas, [kind for kind, _ in targets])
                for job in static_jobs(scenes, targets, dpi=options.dpi, progress=progress):
                    worker.submit(job)
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
