"""A map project's settings: ``geomap.toml`` in the folder it is built from.

The file keeps what makes a map look and build the same every time: its title, subtitle and
credit line, class breaks and palette, formats, resolution and folders. Each setting is the
default of the ``geomap build`` option of the same name; an option given on the command line
wins. Read with the standard library's :mod:`tomllib`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

from geomap import limits
from geomap.errors import InputError
from geomap.files import read_user_bytes
from geomap.options import DECLARED

FILE_NAME = "geomap.toml"
# The one setting that is not a build option: the country, for every command.
PROFILE = "profile"


@dataclass(frozen=True)
class Setting:
    kind: type  # what the TOML value must be: str, int, or list (of str or numbers)
    help: str
    path: bool = False  # a path, relative to the settings file's folder


_TOML_KINDS = {"int": int, "list": list, "formats": list}
# The settings: the build options that geomap.toml may hold (see geomap.options.DECLARED).
SETTINGS = {
    o.name: Setting(_TOML_KINDS.get(o.kind, str), o.help, path=o.kind == "path")
    for o in DECLARED
    if o.setting
}


def read(path: Path) -> dict[str, str | int]:
    """The settings in ``path`` as defaults of ``geomap build``'s options (click's
    ``default_map``): lists joined with commas, paths made relative to the file's folder."""
    if str(path) == os.devnull:  # `--settings /dev/null`: no settings at all
        return {}
    where = str(path)
    hint = 'write each setting as name = value, text in quotes: title = "..."'
    data = read_user_bytes(path, kind="settings file", hint="check the path given with --settings",
                           limit=limits.SMALL_FILE_MB)  # fmt: skip
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte {exc.start})", where=where, hint="save the file as UTF-8"
        ) from exc
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        first = str(exc).splitlines()[0][:160] if str(exc) else "nested too deep"
        raise InputError(f"not valid TOML ({first})", where=where, hint=hint) from exc
    defaults: dict[str, str | int] = {}
    for key, value in raw.items():
        if key == PROFILE:
            defaults[key] = _profile(value, path)
            continue
        setting = SETTINGS.get(key)
        if setting is None:
            close = difflib.get_close_matches(key, [PROFILE, *SETTINGS], n=1)
            raise InputError(
                f"unknown setting {key!r}", where=where,
                hint=(f"did you mean {close[0]}? " if close else "")
                + f"the settings are {PROFILE}, {', '.join(SETTINGS)}",
            )  # fmt: skip
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = value.isoformat()  # a TOML date (since = 2025-06-01), as the option takes it
        if not _is(value, setting.kind):
            raise InputError(
                f"{key} must be {_KIND_NAMES[setting.kind]}, not {value!r}", where=where,
                hint=f"{key}: {setting.help}",
            )  # fmt: skip
        if setting.kind is str and any(c < " " for c in value):
            raise InputError(
                f"{key} holds a control character (a NUL, a line break...)", where=where,
                hint=f"{key}: {setting.help}",
            )  # fmt: skip
        if setting.path:
            value = str(path.parent / value)
        elif isinstance(value, list):
            value = ",".join(str(v) for v in value)
        defaults[key] = value
    return defaults


def _profile(value: object, path: Path) -> str:
    """The setting ``profile``: a built-in profile's name, or a profile file relative to the
    settings file's folder."""
    from geomap.profile import BUILT_IN

    if not isinstance(value, str) or not value.strip():
        raise InputError(
            f"profile must be text in quotes, not {value!r}", where=str(path),
            hint=f"name a built-in profile ({', '.join(BUILT_IN)}) or a profile file",
        )  # fmt: skip
    return value if value in BUILT_IN else str(path.parent / value)


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
    """A settings file with every setting, at its default (commented out, with an example, where
    the default is to leave it unset)."""
    from geomap.profile import current

    def toml(value) -> str:
        if isinstance(value, tuple | list):
            return json.dumps([_number(v) for v in value], ensure_ascii=False)  # a TOML array
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string or integer

    words = current()
    lines = [
        "# geomap settings: `geomap build` run in this folder reads them, so the map is built the",
        "# same way every time. An option on the command line wins over its setting here. Folders",
        "# and files are relative to this file.",
        "",
        "# The country to map: a built-in profile (`geomap profiles` lists them) or a profile",
        "# file.",
        f"{PROFILE} = {toml(words.source or 'ukraine')}",
    ]
    for option in DECLARED:
        if not option.setting:
            continue
        lines += ["", textwrap.fill(option.help, width=96, initial_indent="# ",
                                    subsequent_indent="# ")]  # fmt: skip
        default = words.title if option.name == "title" else option.default
        if default not in (None, ""):
            lines.append(f"{option.name} = {toml(default)}")
        else:
            example = option.example.replace("«adjective»", words.controller.adjective)
            lines.append(f"# {option.name} = {toml(example or '...')}")
    return "\n".join(lines) + "\n"


def _number(value):
    """A break as a number ("12.5" -> 12.5, "0" -> 0); anything else as it is."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return int(number) if number == int(number) else number
