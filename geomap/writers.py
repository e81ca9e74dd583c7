"""Every output a build can write, one entry each: what it is called, and how it is made.

A new output is one entry in :data:`WRITERS`: ``--format``, the CLI's help, the build and the
manifest all read this registry. Writers are handed the :class:`~geomap.snapshot.Atlas` and
compute no figure of their own.

The maps drawn with matplotlib (``matplotlib=True``) are drawn together, by a second process,
from scenes (see :func:`geomap.render.jobs.static_jobs`); every other writer writes its file here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.profile import current

if TYPE_CHECKING:
    from geomap.options import BuildOptions
    from geomap.snapshot import Atlas


def _html(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.render import interactive
    from geomap.reports import alt_text

    fmap = interactive.build_map(
        atlas.snapshots,
        context=atlas.context,
        raions=atlas.raions,
        tiles=options.tiles,
        cdn=options.cdn,
        description=alt_text(atlas.latest),
    )
    interactive.save(fmap, path, label=atlas.latest.texts.title)


def _statistics(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.control import statistics_csv

    path.write_text(statistics_csv(atlas.snapshots), encoding="utf-8")


def _changes(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.reports import changes_markdown, reconciliation_markdown

    text = changes_markdown(atlas.history, options.since) + reconciliation_markdown(atlas)
    path.write_text(text, encoding="utf-8")


def _alt(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.reports import alt_text

    path.write_text(alt_text(atlas.latest), encoding="utf-8")


def _archive(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.reconcile import archive_agreement_csv

    path.write_text(archive_agreement_csv(atlas.reported, atlas.measurements), encoding="utf-8")


def _with_a_map(formats: tuple[str, ...], snapshots: int) -> bool:
    return any(f in formats for f in ("png", "svg", "pdf", "html"))


def _evidence(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    from geomap.extract.evidence import evidence_csv

    path.write_text(evidence_csv(atlas.evidence), encoding="utf-8")


def _geopackage(atlas: Atlas, path: Path, options: BuildOptions) -> None:
    """The newest snapshot for GIS: the regions with every statistics column, the raions with
    their measured shares, and, where a control layer applies, its controlled territory, grey
    zone and the claimed territory not held, clipped to the country."""
    import shutil
    import tempfile

    import geopandas as gpd
    import pandas as pd

    from geomap.control import STATS_COLUMNS, statistics

    snapshot = atlas.latest
    rows = statistics(snapshot)[: len(snapshot.frame)]
    regions = gpd.GeoDataFrame(rows, geometry=list(snapshot.frame.geometry), crs=4326)
    regions = regions[[*STATS_COLUMNS, "geometry"]]
    # Numbers as numbers for GIS, yes/no as booleans, dates as dates; the share as the source
    # gave it stays text, as it may be a range ("83–85"), and its mapped value is a number.
    for column in ("area_km2", "controlled_km2", "claimed_not_controlled_km2", "measured_pct",
                   "measured_km2", "grey_km2", "difference_pp"):  # fmt: skip
        regions[column] = pd.to_numeric(regions[column].replace("", None))
    regions.insert(
        regions.columns.get_loc("controlled_pct") + 1, "controlled_value",
        pd.to_numeric(snapshot.frame["controlled_pct"].to_numpy()),
    )  # fmt: skip
    for column in ("claimed", "held", "defended"):
        regions[column] = regions[column] == "true"
    for column in ("as_of", "reported_on", "measured_on"):
        regions[column] = pd.to_datetime(regions[column].replace("", None))
    layers = {"regions": regions}
    if atlas.raions is not None:
        raions = atlas.raions[["code", "name", "parent", "geometry"]].copy()
        measured = next((m for m in reversed(atlas.measurements)
                         if m.as_of <= snapshot.as_of), None)  # fmt: skip
        raions["measured_pct"] = [measured.pct.get(c) if measured else None for c in raions.code]
        raions["measured_km2"] = [measured.km2.get(c) if measured else None for c in raions.code]
        raions["grey_km2"] = [measured.grey_km2.get(c) if measured else None for c in raions.code]
        raions["measured_on"] = measured.as_of.isoformat() if measured else ""
        layers[current().subunits.plural] = raions  # "raions", "localities"
    ground = snapshot.ground
    if ground is not None:
        for name, geometry in (("controlled", ground.controlled), ("grey_zone", ground.grey),
                               ("claimed_not_controlled", ground.open_claim)):  # fmt: skip
            layers[name] = gpd.GeoDataFrame(
                {"as_of": [ground.as_of.isoformat()], "source": [ground.source]},
                geometry=[geometry], crs=4326,
            )  # fmt: skip
    # The GeoPackage driver makes its own file: written apart, then copied into place.
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        staged = Path(tmp) / "out.gpkg"
        for name, frame in layers.items():
            frame.to_file(staged, layer=name, driver="GPKG", engine="pyogrio")
        shutil.copyfile(staged, path)


def _chosen(key: str) -> Callable[[tuple[str, ...], int], bool]:
    return lambda formats, snapshots: key in formats


def _always(formats: tuple[str, ...], snapshots: int) -> bool:
    return True


# More snapshots than this do not fit a page as small maps: the timeline tells their story.
HISTORY_PANELS = 24


def _with_history(formats: tuple[str, ...], snapshots: int) -> bool:
    return "png" in formats and 1 < snapshots <= HISTORY_PANELS


def _with_timeline(fmt: str) -> Callable[[tuple[str, ...], int], bool]:
    return lambda formats, snapshots: fmt in formats and snapshots > 1


@dataclass(frozen=True)
class Writer:
    """One output: its key, file name, what it is, when it is written and how."""

    key: str
    name: str  # the file's name; {stem} is the profile's ("ukraine")
    description: str
    wanted: Callable[[tuple[str, ...], int], bool]  # (formats, number of snapshots) → write it?
    write: Callable[[Atlas, Path, BuildOptions], None] | None = None  # None: drawn as a scene
    selectable: bool = False  # a value of --format
    matplotlib: bool = False  # drawn with matplotlib, by the worker
    # Counts every date with data (a snapshot or a control layer), not the snapshots alone.
    over_time: bool = False
    archive: bool = False  # written when the build is given an archive (--archive)

    @property
    def file_name(self) -> str:
        return self.name.format(stem=current().stem)


WRITERS: dict[str, Writer] = {
    w.key: w
    for w in (
        Writer("png", "{stem}_control.png", "the report map as PNG", _chosen("png"),
               selectable=True, matplotlib=True),
        Writer("svg", "{stem}_control.svg", "the report map as SVG", _chosen("svg"),
               selectable=True, matplotlib=True),
        Writer("pdf", "{stem}_control.pdf", "the report map as PDF", _chosen("pdf"),
               selectable=True, matplotlib=True),
        Writer("history", "{stem}_control_history.png", "a small map of every snapshot (with png, "
               f"when there are 2 to {HISTORY_PANELS})", _with_history, matplotlib=True),
        Writer("timeline", "{stem}_control_timeline.png", "measured and reported shares over "
               "time (with png, when there are several dates of figures or control layers)",
               _with_timeline("png"), matplotlib=True, over_time=True),
        Writer("timeline-svg", "{stem}_control_timeline.svg", "the timeline as SVG (with svg)",
               _with_timeline("svg"), matplotlib=True, over_time=True),
        Writer("html", "{stem}_control.html", "the interactive map", _chosen("html"), _html,
               selectable=True),
        # "csv" alone asks for no map: the statistics are written by every build.
        Writer("csv", "{stem}_control.csv", "the statistics", _always, _statistics,
               selectable=True),
        Writer("changes", "CHANGES.md", "what changed between the last two snapshots", _always,
               _changes),
        Writer("gpkg", "{stem}_control.gpkg", "a GeoPackage of the newest snapshot for GIS "
               "(regions, raions, control layer)", _chosen("gpkg"), _geopackage,
               selectable=True),
        Writer("alt", "{stem}_control_alt.txt", "a description of the map for screen readers "
               "and alt fields (with any map)", _with_a_map, _alt),
        Writer("archive", "{stem}_archive_agreement.csv", "how an archive's reports compare "
               "with the control layers of their dates, by unit and by outlet (with --archive)",
               _always, _archive, archive=True),
        Writer("evidence", "{stem}_evidence.csv", "every phrase read in the texts, and why it "
               "was used or not", _always, _evidence),
    )
}  # fmt: skip
FORMATS = tuple(key for key, w in WRITERS.items() if w.selectable)
DEFAULT_FORMATS = ("png", "svg", "html")


def chosen(
    formats: tuple[str, ...], snapshots: int, dates: int = 0, *, archive: bool = False
) -> list[Writer]:
    """The writers a build with ``formats`` and that many snapshots runs, in registry order;
    ``dates`` counts the dates of snapshots, control layers and an archive's reports together
    (the timeline's); ``archive``: the build is given one."""
    return [
        w for w in WRITERS.values()
        if w.wanted(formats, max(snapshots, dates) if w.over_time else snapshots)
        and (archive or not w.archive)
    ]  # fmt: skip


def file_name(key: str) -> str:
    return WRITERS[key].file_name
