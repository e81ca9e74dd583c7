"""What a build reads, writes and renders: :class:`BuildOptions`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from geomap.boundaries import default_regions
from geomap.errors import InputError
from geomap.style import Look
from geomap.writers import DEFAULT_FORMATS


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
