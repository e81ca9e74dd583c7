"""``geomap init`` and ``geomap open``: a new map project, and its HTML map in a browser."""

from __future__ import annotations

from pathlib import Path

import click

from geomap.cli.app import _note, main
from geomap.cli.build import _open_map, _out_option
from geomap.errors import InputError


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--profile", "profile_name", metavar="NAME|FILE",
    help="The country of the new project: a built-in profile or a profile file; written into "
    "its geomap.toml  [default: the one in use]",
)  # fmt: skip
def init(folder: Path, profile_name: str | None) -> None:
    """Start a map project in FOLDER: seeds/ with the profile's example text and an empty
    figures.csv, and geomap.toml with the settings. Nothing that exists is overwritten."""
    from geomap.profile import named, using

    with using(named(profile_name) if profile_name else None):
        _init(folder)


def _init(folder: Path) -> None:
    from geomap import settings
    from geomap.figures import figures_to_csv
    from geomap.profile import current
    from geomap.store import write_all

    example = current().example
    examples = sorted(example.glob("*.txt")) if example is not None else []
    files = {
        folder / settings.FILE_NAME: settings.template(),
        folder / "seeds" / "figures.csv": figures_to_csv([]),
        **{folder / "seeds" / p.name: p.read_text(encoding="utf-8") for p in examples},
    }
    for path in files:
        if path.exists() or path.is_symlink():
            raise InputError(
                "exists; geomap init never overwrites a file", where=str(path),
                hint="choose a new folder, or move the file away",
            )  # fmt: skip
    try:
        (folder / "seeds").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot make the folder ({exc.strerror})", where=str(folder)) from exc
    write_all(files)  # all or nothing: a folder that cannot be written leaves none behind
    for path in files:
        click.echo(str(path))
    _note(f"Next: cd {folder} && geomap build (then edit {settings.FILE_NAME} or add texts)")


@main.command()
def profiles() -> None:
    """List the built-in profiles: the countries geomap maps without a profile of your own."""
    from geomap.profile import BUILT_IN, built_in

    for name in BUILT_IN:
        profile = built_in(name)
        sides = f"{profile.controller.name} against {profile.defender.name}"
        units = f"{len(profile.regions)} {profile.units.plural}"
        click.echo(f"{name}\t{profile.name}: {units}, {sides}")


@main.command("open")
@_out_option
def open_command(out: Path) -> None:
    """Open the newest HTML map in the default browser."""
    _open_map(out)
