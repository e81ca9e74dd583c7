"""What a build reads, writes and renders: :class:`BuildOptions`, and :data:`DECLARED`, the one
declaration of ``geomap build``'s options. The command's click options, the settings that
``geomap.toml`` may hold, the template ``geomap init`` writes, the reference docs and the
build's fingerprint (which options, when changed, rebuild the outputs) are all made from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from geomap.boundaries import default_regions
from geomap.errors import InputError
from geomap.figures import format_pct
from geomap.review import PUBLISH
from geomap.sizes import SIZES
from geomap.style import BREAKS, PALETTE, Look
from geomap.writers import DEFAULT_FORMATS, FORMATS, WRITERS


def check_link(path: Path, what: str) -> None:
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
    unmatched: str = "error"  # features of --boundaries that match no unit: error|context|drop
    out: Path = Path("outputs")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    dpi: int = 200
    tiles: str | None = None
    cdn: bool = False
    wait: bool = True  # for another build into the same folder; False: fail at once
    # The country's profile: a built-in one's name or a profile file; None: the one in use.
    profile: str | Path | None = None
    control: Path | None = None  # control layers: a file or a folder; None: SEEDS/control/
    control_source: str = ""  # whom to credit for them
    control_date: dt.date | None = None  # of a single control file without a date in its name
    look: Look = field(default_factory=Look)  # title, subtitle, credit, breaks, palette
    archive: Path | None = None  # the --out folder of `geomap archive`
    publish: str = "all"  # which figures read from texts reach the maps: all|reviewed
    since: dt.date | None = None  # the changes shown are since the figures in force then

    def __post_init__(self) -> None:
        from geomap.boundaries import UNMATCHED

        if self.unmatched not in UNMATCHED:
            raise InputError(
                f"--unmatched: {self.unmatched!r} is not one of {', '.join(UNMATCHED)}",
                hint="error stops the build; context draws them as surroundings; drop leaves "
                "them out",
            )  # fmt: skip
        if self.publish not in PUBLISH:
            raise InputError(
                f"publish: {self.publish!r} is not one of {', '.join(PUBLISH)}",
                hint="all maps every figure read; reviewed only those `geomap review` accepted",
            )  # fmt: skip

    @property
    def figures_path(self) -> Path:
        return self.figures or self.seeds / "figures.csv"

    def curated_figures(self) -> Path | None:
        """The curated figures file: the one given, or SEEDS/figures.csv if there is one."""
        path = self.figures_path
        check_link(path, "the figures file")
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
        check_link(path, "the control layers")
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

    def archive_files(self) -> list[Path]:
        """The archive's reported series, if one is given (an input of the build)."""
        if self.archive is None:  # (nothing of the archive's imported: a build starts fast)
            return []
        from geomap.archive.series import reported_file
        from geomap.profile import current

        return [reported_file(self.archive, current().stem)]

    def archive_reports(self) -> list:
        """The archive's reported shares (:func:`geomap.archive.series.load_reported`)."""
        if self.archive is None:
            return []
        from geomap.archive.series import load_reported
        from geomap.profile import current

        return load_reported(self.archive, current().stem)


@dataclass(frozen=True)
class Option:
    """One option of ``geomap build``.

    ``kind`` says how it is read: text, path, int, list (comma-separated on the command line,
    a TOML array in the settings), flag, date, formats or tiles. ``setting``: ``geomap.toml``
    may hold it. ``rebuilds``: a change of it changes the outputs, so it is in the build's
    fingerprint (paths are not: the files they name are). ``example`` is shown, commented out,
    in the settings template when the option has no default of its own.
    """

    name: str  # the BuildOptions field (or the Look's), the settings key; --name-with-dashes
    help: str
    kind: str = "text"
    default: object = None
    metavar: str = ""
    setting: bool = True
    rebuilds: bool = False
    example: str = ""
    bounds: tuple[int, int] | None = None  # of an int
    option: str = ""  # the command line's name, where it is not --name-with-dashes

    @property
    def flag(self) -> str:
        return self.option or "--" + self.name.replace("_", "-")


def _always_written() -> str:
    return "; ".join(
        f"{w.file_name} ({w.description})"
        for w in WRITERS.values()
        if w.wanted((), 1) and not w.archive
    )


# The look of the map: these make a style.Look.
LOOK = ("title", "subtitle", "credit", "breaks", "palette", "font", "extent", "size")

DECLARED: tuple[Option, ...] = (
    Option("seeds", "Folder of dated source texts (a date in each name: 2025-02-18-*.txt) and "
           "figures.csv.",
           kind="path", default="seeds", metavar="DIR"),
    Option("figures", "Curated figures CSV  [default: SEEDS/figures.csv if present]",
           kind="path", metavar="FILE"),
    Option("boundaries", "Region shapes in any format pyogrio reads  [default: the profile's "
           "shipped shapes]", kind="path", metavar="FILE"),
    Option("name_field", "Column of --boundaries holding names or ISO codes.", metavar="COLUMN",
           setting=False, rebuilds=True),
    Option("unmatched", "Features of --boundaries that match no unit: error (stop), context "
           "(draw them as surroundings) or drop (leave them out); either of the last two names "
           "them in a warning.", default="error", metavar="error|context|drop", rebuilds=True),
    Option("control", "Control layers: a polygon file, or a folder of them, one per date (in "
           "the name: YYYY-MM-DD or YYYYMMDD)  [default: SEEDS/control/ if present]",
           kind="path", metavar="PATH", example="seeds/control"),
    Option("control_source", "Whom to credit for the control layers, e.g. 'DeepStateMap'.",
           default="", metavar="TEXT", rebuilds=True, example="DeepStateMap"),
    Option("control_date", "The date of a single control file whose name has none.",
           kind="date", metavar="YYYY-MM-DD", setting=False, rebuilds=True),
    Option("archive", "The --out folder of `geomap archive`: its reports join the timeline (as "
           "small marks) and are checked against the control layers of their dates, by unit "
           "and outlet (STEM_archive_agreement.csv).", kind="path", metavar="DIR",
           example="archive"),
    Option("since", "Show the changes since the figures in force on this date (the baseline the "
           "desk compares against)  [default: since the snapshot before the newest]",
           kind="date", metavar="YYYY-MM-DD", rebuilds=True, example="2025-01-01"),
    Option("publish", "Which figures read from the texts reach the maps: all, or reviewed (only "
           "those accepted with `geomap review`, and the rows of the figures file; the build "
           "names the others).", default="all", metavar="all|reviewed", rebuilds=True),
    Option("out", "Folder of the outputs: maps, statistics, manifest.", kind="path",
           default="outputs", metavar="DIR"),
    Option("formats", f"Comma-separated maps: {', '.join(f for f in FORMATS if f != 'csv')}; "
           "csv alone writes no map. Always written: " + _always_written() + ".",
           kind="formats", default=DEFAULT_FORMATS, metavar="LIST", rebuilds=True,
           option="--format"),
    Option("dpi", "Resolution of the PNG at --size report (other sizes are in pixels).",
           kind="int", default=200, metavar="N", rebuilds=True, bounds=(72, 600)),
    Option("title", "Title of the report map and the HTML page  [default: the profile's]",
           default="", metavar="TEXT", rebuilds=True),
    Option("subtitle", "Subtitle of the report map; {date} stands for the date of the "
           "figures.", default="", metavar="TEXT", rebuilds=True,
           example="Share of each region under «adjective» control, as of {date}"),
    Option("credit", "A credit line of your own in the footer, above the credits of the data "
           "(which always stay), e.g. 'Map: The Daily Example'.", default="", metavar="TEXT",
           rebuilds=True, example="Map: The Daily Example"),
    Option("font", "The font family of the maps' text (PNG, SVG, PDF and the HTML page), "
           "installed on this machine, e.g. 'Noto Sans'  [default: DejaVu Sans; system-ui in "
           "the HTML]", default="", metavar="NAME", rebuilds=True, example="Noto Sans"),
    Option("extent", "What the report map and the HTML map open on: country (the whole) or "
           "figures (the units with a figure or a claim, and what lies between them).",
           default="country", metavar="country|figures", rebuilds=True),
    Option("size", "The static maps' size: report (11 inches wide at --dpi, as tall as their "
           "text needs), " + ", ".join(f"{k} ({w}x{h})" for k, (w, h) in SIZES.items())
           + " or WIDTHxHEIGHT in pixels; the type is scaled so that no text is under 9 px. "
           "The history keeps the width; its height follows its panels.",
           default="report", metavar="NAME|WxH", rebuilds=True, example="social"),
    Option("breaks", "Class breaks of the controlled share in %, from 0 to 100 (lower bound "
           "included).", kind="list", default=tuple(format_pct(b) for b in BREAKS),
           metavar="LIST", rebuilds=True),
    Option("palette", "One #rrggbb colour per class, lightest first.", kind="list",
           default=PALETTE, metavar="LIST", rebuilds=True),
    Option("tiles", "Web basemap for the HTML map by xyzservices name, e.g. "
           "OpenStreetMap.Mapnik (online).", kind="tiles", metavar="NAME", rebuilds=True),
    Option("cdn", "Link Leaflet and folium's assets from their CDNs instead of inlining "
           "Leaflet.", kind="flag", default=False, setting=False, rebuilds=True),
)  # fmt: skip
OPTIONS = {o.name: o for o in DECLARED}


def fingerprint_settings(options: BuildOptions) -> dict:
    """The options that shape the outputs, as JSON has them: every declared option that
    ``rebuilds``, read from ``options`` (the look's from its Look)."""
    settings = {}
    for option in DECLARED:
        if not option.rebuilds:
            continue
        source = options.look if option.name in LOOK else options
        value = getattr(source, option.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        settings[option.name] = list(value) if isinstance(value, tuple) else value
    return settings
