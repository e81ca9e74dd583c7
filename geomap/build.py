"""The build: seeds and boundaries in, maps and statistics out.

Everything is read and validated before the first output is written, so bad input never
touches the outputs of the last good build. Staleness is decided from file hashes before
anything heavy (geopandas, matplotlib, folium) is imported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.boundaries import default_context
from geomap.by_date import carry_forward, merge, snapshots
from geomap.documents import KINDS, SUFFIXES
from geomap.errors import InputError
from geomap.figures import Figure, load_figures
from geomap.options import BuildOptions, check_link, fingerprint_settings
from geomap.parallel import start_worker
from geomap.profile import current, profile_file
from geomap.render.jobs import (
    Progress,
    figure_of,
    import_matplotlib,
    no_progress,
    static_jobs,
    static_scenes,
)
from geomap.review import REJECTED_FILE, rejected_path, screened
from geomap.writers import WRITERS, chosen

if TYPE_CHECKING:
    from geomap.extract import Reading
    from geomap.snapshot import Atlas


log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    paths: list[Path]
    as_of: dt.date | None = None
    totals: dict[str, float] = field(default_factory=dict)
    snapshots: int = 0
    skipped: bool = False
    reading: Reading | None = None  # what each text gave (None for a build that was skipped)


def seed_texts(seeds: Path, *, figures: Path | None = None) -> list[Path]:
    """The texts in the seeds folder (by the readers' extensions, in any case), in name order.

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
        check_link(path, "the text")
        if not path.is_file():
            continue
        if path.suffix.casefold() in SUFFIXES:
            texts.append(path)
        elif path.name not in {"figures.csv", REJECTED_FILE, figures.name if figures else ""}:
            log.warning(
                "%s: not read; geomap reads texts saved as %s "
                "(save it as one of those to use it)", path, KINDS,
            )  # fmt: skip
    return texts


def input_files(options: BuildOptions, texts: list[Path]) -> list[Path]:
    """Every file the outputs depend on: the seed ``texts`` and the others ``options`` name."""
    files = list(texts)
    curated = options.curated_figures()
    files += [p for p in (curated, rejected_path(options.seeds)) if p is not None and p.is_file()]
    boundaries = options.boundaries_path
    if not boundaries.exists():
        raise InputError("no such file", where=str(boundaries), hint="check the --boundaries path")
    raions = current().default_raions if options.boundaries is None else None
    files += [p for p in (boundaries, raions, default_context()) if p and p.is_file()]
    files += options.control_files() + options.archive_files()
    source = current().source  # the profile in use: a built-in one's name, or its file
    if source:
        files.append(profile_file(source))
    return files


def _fingerprint(options: BuildOptions, inputs: list[Path]) -> dict:
    from geomap.outputs import fingerprint

    # Every declared option that shapes the outputs (geomap.options.DECLARED): none forgotten.
    return fingerprint(inputs, fingerprint_settings(options))


def collect_figures(
    options: BuildOptions, texts: list[Path] | None = None, *, layers: Iterable = ()
) -> tuple[dict[dt.date, list[Figure]], Reading]:
    """All figures from the seed ``texts`` (default: the seeds folder's), curated rows
    overriding extracted ones, by date; and the reading of the texts, with its evidence."""
    from geomap.extract import read_files

    reading = read_files(seed_texts(options.seeds) if texts is None else texts)
    for summary in reading.summaries:
        if summary.as_of and not (summary.figures or summary.claims or summary.held):
            log.warning(
                "%s: no figure or claim found (%d percentage(s) passed over); "
                "`geomap extract --explain` shows why", options.seeds / summary.document,
                summary.passed_over,
            )  # fmt: skip
    extracted = [f for f in reading.figures if f.mappable]  # (see Figure.mappable)
    path = options.curated_figures()
    curated = load_figures(path) if path is not None else []
    reading.evidence = overridden(reading.evidence, curated, options.figures_path.name)
    extracted, reading.evidence = screened(
        extracted, reading.evidence, curated, seeds=options.seeds, publish=options.publish
    )
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


def prepare(
    options: BuildOptions,
    history: dict[dt.date, list[Figure]],
    evidence: list | None = None,
    layers: list | None = None,
    reported: list[Figure] | None = None,
) -> Atlas:
    """Load the shapes and make a snapshot of every date: what the writers are handed."""
    from geomap.boundaries import load_context, load_raions, load_regions
    from geomap.control import with_shape_areas
    from geomap.snapshot import Atlas, series

    loaded = load_regions(
        options.boundaries, name_field=options.name_field, unmatched=options.unmatched
    )
    extra = loaded.attrs.pop("context", None)  # features that match no unit, as surroundings
    regions = with_shape_areas(loaded)
    # The shipped raions nest in the shipped regions only: a user's own boundaries have none.
    raions = load_raions() if options.boundaries is None else None
    files = list(layers or [])
    measurements, layers = [], []
    if files:
        from geomap.measure import CACHE_NAME, MeasurementCache, Units, applicable, measure_files

        units = Units.of(regions, raions)
        cache = MeasurementCache(options.out / CACHE_NAME if options.out.is_dir() else None)
        # The layers the snapshots draw (those of their dates) are read whole, once; the rest
        # only where their measurements are not in the cache.
        wanted = {applicable(files, day) for day in history} - {None}
        read = {f: f.read() for f in files if f in wanted}
        measurements = measure_files(files, units, cache, read=read)
        layers = list(read.values())
    snapshots = series(history, regions, raions=raions, measurements=measurements,
                       layers=layers, since=options.since)  # fmt: skip
    return Atlas(
        snapshots,
        context=load_context(default_context(), extra=extra),
        raions=raions,
        evidence=list(evidence or []),
        layers=layers,
        measurements=measurements,
        reported=list(reported or []),
    )


def build(
    options: BuildOptions,
    *,
    force: bool = False,
    progress: Progress = no_progress,
    parallel: bool = True,
) -> BuildResult:
    """Run the whole pipeline and publish the outputs together.

    Unless ``force``, nothing is done when the manifest in the output folder shows that the
    outputs were built from the same inputs and options and are untouched. With ``parallel``
    the static maps are drawn by a second process (see :mod:`geomap.parallel`). The build is of
    the country of ``options.profile`` (default: the shipped profile, Ukraine).
    """
    from geomap import style
    from geomap.profile import named, using

    profile = named(options.profile) if options.profile else current()
    if options.boundaries is not None:
        profile = profile.with_own_boundaries(options.boundaries)
    with using(profile), style.using(options.look):
        return _build(options, force=force, progress=progress, parallel=parallel)


def _say_disagreements(atlas) -> None:
    """One line on the terminal when reported figures disagree with the control layers: the
    map would otherwise show both without a word (CHANGES.md lists them)."""
    verdicts = [
        v for s in atlas.snapshots
        for v, on in zip(s.frame["agreement"], s.frame["reported_on"], strict=True)
        if v and on == s.as_of  # each figure once: in the snapshot of its own date
    ]  # fmt: skip
    wrong = sum(v == "disagrees" for v in verdicts)
    if wrong:
        log.warning(
            "%d of %d reported figure(s) disagree with the control layer of their date, beyond "
            "what their hedges allow: CHANGES.md lists them", wrong, len(verdicts),
        )  # fmt: skip


def _build(
    options: BuildOptions, *, force: bool, progress: Progress, parallel: bool
) -> BuildResult:
    # Listed once: the fingerprint and the figures agree.
    from geomap.digests import recall_digests, remember_digests
    from geomap.outputs import busy, locked, up_to_date

    texts = seed_texts(options.seeds, figures=options.figures_path)
    inputs = input_files(options, texts)
    recall_digests(options.out)
    expected = _fingerprint(options, inputs)

    if not force:
        current = up_to_date(options.out, expected)
        # A build in flight may publish figures older than these files: wait for it below and
        # look again.
        if current is not None and not busy(options.out):
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
    from geomap.outputs import OutputSet, check_targets

    reported = options.archive_reports()
    dates = set(history) | {f.as_of for f in [*(layers or []), *reported]}  # the timeline's
    writers = chosen(options.formats, len(history), len(dates), archive=bool(options.archive))
    check_targets(options.out, [w.file_name for w in writers])  # before anything is drawn
    _announce_removals(options, [w.file_name for w in writers])
    drawn = [w for w in writers if w.matplotlib]
    # The static maps need matplotlib, which takes a good part of a second to import: a worker
    # imports it while this process reads the shapes, then draws them while this one makes the
    # HTML map, side by side on two cores. With a timeline or a history to draw besides the
    # report map, two workers share them.
    figures = {figure_of(w.key) for w in drawn}
    with start_worker(
        import_matplotlib, task="rendering the static maps", fork=parallel and bool(drawn),
        processes=min(2, max(1, len(figures))),
    ) as worker:  # fmt: skip
        atlas = prepare(options, history, reading.evidence, layers, reported)
        _say_disagreements(atlas)
        owned = {w.file_name for w in WRITERS.values()}
        with OutputSet(options.out, fingerprint=expected, owned=owned) as outputs:
            targets = [(w.key, outputs.path(w.file_name)) for w in drawn]
            if targets:
                scenes = static_scenes(atlas, [kind for kind, _ in targets])
                for job in static_jobs(scenes, targets, dpi=options.dpi, progress=progress,
                                       look=options.look):  # fmt: skip
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
