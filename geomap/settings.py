"""A map project's settings: ``geomap.toml`` in the folder it is built from.

The file keeps what makes a map look and build the same every time: its title, subtitle and
credit line, class breaks and palette, formats, resolution and folders. Each setting is the
default of the ``geomap build`` option of the same name; an option given on the command line
wins. Read with the standard library's :mod:`tomllib`.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError

FILE_NAME = "geomap.toml"


@dataclass(frozen=True)
class Setting:
    kind: type  # what the TOML value must be: str, int, or list (of str or numbers)
    help: str
    path: bool = False  # a path, relative to the settings file's folder


SETTINGS = {
    "title": Setting(str, "title of the report map and the HTML page"),
    "subtitle": Setting(str, "subtitle; {date} stands for the date of the figures"),
    "credit": Setting(str, 'a credit line of your own, e.g. "Map: The Daily Example"'),
    "breaks": Setting(list, "class breaks in %, from 0 to 100"),
    "palette": Setting(list, "one #rrggbb colour per class, lightest first"),
    "formats": Setting(list, 'maps to write, e.g. ["png", "svg", "html"]'),
    "dpi": Setting(int, "resolution of the PNG"),
    "seeds": Setting(str, "folder of the source texts", path=True),
    "figures": Setting(str, "curated figures CSV", path=True),
    "boundaries": Setting(str, "region shapes of your own", path=True),
    "control": Setting(str, "control layers: a file or a folder", path=True),
    "control_source": Setting(str, "whom to credit for the control layers"),
    "out": Setting(str, "folder of the outputs", path=True),
    "tiles": Setting(str, "web basemap of the HTML map, by xyzservices name"),
}


def read(path: Path) -> dict[str, str | int]:
    """The settings in ``path`` as defaults of ``geomap build``'s options (click's
    ``default_map``): lists joined with commas, paths made relative to the file's folder."""
    where = str(path)
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as exc:
        raise InputError(
            f"cannot read the settings ({exc.strerror})", where=where,
            hint="check the path given with --settings",
        ) from exc  # fmt: skip
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"not valid TOML ({exc})", where=where,
            hint='write each setting as name = value, text in quotes: title = "..."',
        ) from exc  # fmt: skip
    defaults: dict[str, str | int] = {}
    for key, value in raw.items():
        setting = SETTINGS.get(key)
        if setting is None:
            raise InputError(
                f"unknown setting {key!r}", where=where,
                hint=f"the settings are {', '.join(SETTINGS)}",
            )  # fmt: skip
        if not _is(value, setting.kind):
            raise InputError(
                f"{key} must be {_KIND_NAMES[setting.kind]}, not {value!r}", where=where,
                hint=f"{key}: {setting.help}",
            )  # fmt: skip
        if setting.path:
            value = str(path.parent / value)
        elif isinstance(value, list):
            value = ",".join(str(v) for v in value)
        defaults[key] = value
    return defaults


_KIND_NAMES = {str: "text in quotes", int: "a whole number", list: "a list: [..., ...]"}


def _is(value, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is list:
        return isinstance(value, list) and all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
        )
    return isinstance(value, kind)


def find(given: Path | None) -> Path | None:
    """The settings file to read: the one given, or ``geomap.toml`` in the current folder."""
    if given is not None:
        return given
    here = Path(FILE_NAME)
    return here if here.is_file() else None


def template() -> str:
    """A settings file with every setting a map's look and build depend on, at its default."""
    from geomap.profile import current
    from geomap.style import BREAKS, PALETTE
    from geomap.writers import DEFAULT_FORMATS

    def toml(value) -> str:
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string or array

    breaks = [int(b) if b == int(b) else b for b in BREAKS]
    return f"""\
# geomap settings: `geomap build` run in this folder reads them, so the map is built the same
# way every time. An option on the command line wins over its setting here.

title = {toml(current().title)}
# {{date}} stands for the date of the newest figures:
# subtitle = "Share of each region under {current().controller.adjective} control, as of {{date}}"
# A line of your own in the footer, above the credits of the data (which always stay):
# credit = "Map: The Daily Example"

# Classes of the controlled share, in %: from 0 to 100, lower bound included. One colour per
# class (#rrggbb), lightest first.
breaks = {toml(breaks)}
palette = {toml(list(PALETTE))}

# Maps to write: png, svg, pdf, html, gpkg (csv alone writes no map).
formats = {toml(list(DEFAULT_FORMATS))}
dpi = 200

# Folders, relative to this file.
seeds = "seeds"
out = "outputs"
# control = "seeds/control"
# control_source = "DeepStateMap"
"""
