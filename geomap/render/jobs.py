"""The static outputs as independent drawing jobs: the scenes they need, and a job per
drawing (the report map, drawn once and saved in each format; the timeline; the history), each
carrying only its own scene, so that worker processes draw them side by side."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geomap.render import chart, scene
    from geomap.snapshot import Atlas
    from geomap.style import Look

# A progress display: (items, how many, what) → the items. The CLI's shows a bar.
Progress = Callable[[Iterable, int, str], Iterable]


def no_progress(items: Iterable, length: int, label: str) -> Iterable:
    return items


_TIMELINE = {"timeline": "png", "timeline-svg": "svg"}


def static_scenes(
    atlas: Atlas, kinds: Iterable[str]
) -> tuple[scene.Report | None, scene.History | None, chart.Timeline | None]:
    """The scenes the static outputs need: the report map, the history and the timeline (each
    None when not asked for)."""
    from geomap.render import chart, scene

    kinds = set(kinds)
    report = history = timeline = None
    if kinds - {"history", *_TIMELINE}:
        report = scene.report(atlas.latest, context=atlas.context)
    if "history" in kinds:
        history = scene.history(atlas.snapshots, context=atlas.context)
    if kinds & set(_TIMELINE):
        timeline = chart.timeline(atlas)
    return report, history, timeline


def static_jobs(
    scenes: tuple,
    targets: list[tuple[str, Path]],
    *,
    dpi: int,
    progress: Progress = no_progress,
    look: Look | None = None,
) -> list[Callable[[], None]]:
    """The drawing of the static outputs as independent jobs: the report map (drawn once,
    saved in each format), the timeline and the history, in the font and at the size of
    ``look`` (None: the default look). ``scenes`` is what :func:`static_scenes` returns; each
    job carries only its own scene."""
    from geomap.style import Look

    look = look or Look()
    report, history, timeline = scenes
    by_figure: dict[str, list[tuple[str, Path]]] = {}
    for kind, path in targets:
        by_figure.setdefault(figure_of(kind), []).append((kind, path))
    jobs: list[Callable[[], None]] = []
    if "report" in by_figure:
        jobs.append(functools.partial(_draw_report, report, by_figure["report"], dpi, look))
    if "timeline" in by_figure:
        lines = [(_TIMELINE[kind], path) for kind, path in by_figure["timeline"]]
        jobs.append(functools.partial(_draw_timeline, timeline, lines, dpi, look))
    for _, path in by_figure.get("history", []):
        jobs.append(functools.partial(_draw_history, history, path, dpi, progress, look))
    return jobs


def figure_of(key: str) -> str:
    """The drawing a static output is saved from: the report map, the timeline or the history."""
    return "timeline" if key in _TIMELINE else "history" if key == "history" else "report"


def _in_font(font: str):
    """Text drawn within it is in ``font`` (checked when the look was made); "": unchanged."""
    import matplotlib as mpl

    return mpl.rc_context({"font.family": font} if font else {})


def _draw_report(report, paths, dpi: int, look: Look) -> None:
    from geomap.render import static
    from geomap.render.page import page_for

    page = page_for(look.size, width=static.FIGSIZE[0], smallest_pt=static.SMALLEST_PT["report"],
                    dpi=dpi)  # fmt: skip
    with _in_font(look.font):
        fig = static.draw_report(report, page)
        static.save(fig, paths, dpi=page.dpi, titles=report.titles)


def _draw_timeline(timeline, paths, dpi: int, look: Look) -> None:
    from geomap.render import static
    from geomap.render import timeline as drawing
    from geomap.render.page import page_for

    page = page_for(look.size, width=drawing.WIDTH, smallest_pt=drawing.SMALLEST_PT, dpi=dpi)
    with _in_font(look.font):
        static.save(drawing.draw_timeline(timeline, page), paths, dpi=page.dpi)


def _draw_history(history, path: Path, dpi: int, progress: Progress, look: Look) -> None:
    from geomap.render import static
    from geomap.render.page import page_for

    n = len(history.panels)
    page = page_for(look.size, width=static.history_width(n),
                    smallest_pt=static.SMALLEST_PT["history"], dpi=dpi)  # fmt: skip
    with _in_font(look.font):
        fig = static.draw_history_scene(
            history, progress=lambda items: progress(items, n, "maps"), page=page
        )
        static.save(fig, [("png", path)], dpi=page.dpi)


def import_matplotlib() -> None:
    import geomap.render.static  # noqa: F401
