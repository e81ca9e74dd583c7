"""``geomap build``: the maps of the seeds, once or on every change (``--watch``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from geomap.cli.app import _note, _parse_date, log, main
from geomap.errors import GeomapError, InputError
from geomap.figures import strict_number
from geomap.writers import FORMATS, file_name


def _out_option(command):
    """``--out``, as ``build`` declares it, for the commands that read the outputs."""
    from geomap.options import OPTIONS

    out = OPTIONS["out"]
    return click.option(out.flag, out.name, **_click_parameters(out))(command)


def _check_tiles(ctx, param, value: str | None) -> str | None:
    if value:
        from geomap.tiles import tile_provider

        try:
            tile_provider(value)
        except InputError as exc:
            raise click.BadParameter(exc.message + (f"; {exc.hint}" if exc.hint else "")) from exc
    return value


def _parse_formats(ctx, param, value: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise click.BadParameter(
            f"{value!r}: choose from {', '.join(FORMATS)}, separated by commas"
        )
    return formats


def _declared(command):
    """``command`` with a click option for every declared build option (geomap.options)."""
    from geomap.options import DECLARED

    for option in reversed(DECLARED):
        command = click.option(option.flag, option.name, **_click_parameters(option))(command)
    return command


def _click_parameters(option) -> dict:
    """How click reads a declared option of this kind."""
    parameters: dict = {"metavar": option.metavar or None, "help": option.help}
    if option.kind == "flag":
        return {"is_flag": True, "help": option.help}
    if option.kind == "path":
        parameters["type"] = click.Path(path_type=Path, file_okay=option.name != "out")
        parameters["default"] = Path(option.default) if option.default else None
    elif option.kind == "int":
        parameters["type"] = click.IntRange(*option.bounds) if option.bounds else int
        parameters["default"] = option.default
    elif option.kind in ("list", "formats"):
        parameters["default"] = ",".join(option.default)
        parameters["callback"] = _parse_formats if option.kind == "formats" else None
    else:
        parameters["default"] = option.default
        parameters["callback"] = {"date": _parse_date, "tiles": _check_tiles}.get(option.kind)
    parameters["show_default"] = option.default not in (None, "")
    return parameters


@main.command()
@_declared
@click.option("--open", "open_", is_flag=True, help="Open the HTML map once built.")
@click.option("--force", is_flag=True, help="Rebuild even if nothing changed.")
@click.option(
    "--no-wait", is_flag=True,
    help="Fail at once if another build is writing into the same folder, instead of waiting.",
)  # fmt: skip
@click.option(
    "--watch", is_flag=True,
    help="Rebuild whenever a file in the seeds or boundaries folder changes (Ctrl-C stops).",
)  # fmt: skip
def build(open_: bool, force: bool, no_wait: bool, watch: bool, **values) -> None:
    """Build the maps and statistics of the newest figures.

    Only what is stale is rebuilt: when no input, option or geomap's version changed since the
    last build (see OUT/manifest.json), it says so and stops.
    """
    from geomap.options import LOOK, BuildOptions

    ctx = click.get_current_context()
    look = _look(ctx, **{name: values.pop(name) for name in LOOK})
    values["control_source"] = values["control_source"].strip()
    options = BuildOptions(**values, look=look, wait=not no_wait, profile=ctx.obj["profile"])
    if watch:
        _watch(options, force=force)
        return
    _build_once(options, force=force)
    if open_:
        _open_map(options.out)


def _look(ctx: click.Context, *, breaks: str, palette: str, **words: str):
    """The map's look from ``build``'s options; a bad one is an error naming where it came from
    (the option, or the settings file)."""
    from click.core import ParameterSource

    from geomap.style import Look

    def where(name: str) -> str:
        if ctx.get_parameter_source(name) == ParameterSource.DEFAULT_MAP:
            return f"{ctx.obj['settings']}: {name}"
        return f"--{name}"

    try:
        numbers = tuple(strict_number(b) for b in breaks.split(",") if b.strip())
    except ValueError:
        raise InputError(
            f"{breaks!r} is not a list of numbers", where=where("breaks"),
            hint="write the breaks as 0,12.5,37.5,62.5,87.5,100",
        ) from None  # fmt: skip
    colours = tuple(c.strip() for c in palette.split(",") if c.strip())
    look = Look(breaks=numbers, palette=colours, **{k: v.strip() for k, v in words.items()})
    problem = look.problem()
    if problem is not None:
        name, what = problem
        raise InputError(what, where=where(name), hint=f"see `geomap build --help` for --{name}")
    return look


def _progress_bar(items, length: int, label: str):
    """A progress bar on stderr when it is a terminal and there is much to do; else nothing."""
    if not sys.stderr.isatty() or length <= 3:
        yield from items
        return
    with click.progressbar(
        items, length=length, label=f"Rendering {label}", file=sys.stderr
    ) as bar:
        yield from bar


def _build_once(options, *, force: bool, parallel: bool = True) -> None:
    from geomap.build import build as run_build

    result = run_build(options, force=force, progress=_progress_bar, parallel=parallel)
    if result.skipped:
        _note(f"Nothing changed since the last build: {options.out}/ is up to date.")
        _note("(--force rebuilds anyway)")
    elif result.reading is not None:
        for summary in result.reading.summaries:
            _note(summary.line())
        log.info(
            "%d snapshot(s), newest %s: %.0f km² claimed but not controlled",
            result.snapshots, result.as_of, result.totals["claimed_not_controlled_km2"],
        )  # fmt: skip
    for path in sorted(result.paths):
        click.echo(str(path))


def watched(options) -> set[Path]:
    """The folders whose files a build reads (watched recursively)."""
    folders = {options.seeds, options.boundaries_path.parent}
    if options.figures is not None:
        folders.add(options.figures.parent)
    if options.control is not None:  # SEEDS/control/ is watched with the seeds
        folders.add(options.control if options.control.is_dir() else options.control.parent)
    return folders


def _watch(options, *, force: bool) -> None:
    """Build, then rebuild on every change; any failure is reported and the watch goes on.

    The watcher starts before the first build, so an edit made while it runs is seen.
    """
    import watchfiles

    folders = watched(options)

    def attempt(force: bool) -> None:
        try:
            # One process: the inputs may change again while a second one reads them.
            _build_once(options, force=force, parallel=False)
        except GeomapError as exc:
            click.echo(f"Error: {exc}", err=True)
        except Exception as exc:  # a watcher outlives every failed build
            click.echo(f"Error: unexpected failure: {exc!r} (the watch goes on)", err=True)
            log.info("the build failed", exc_info=True)

    out = options.out.resolve()

    def relevant(change, path: str) -> bool:
        # Our own outputs may sit inside a watched folder; they must not trigger a build.
        return not Path(path).resolve().is_relative_to(out)

    changes = watchfiles.watch(
        *folders, watch_filter=relevant, debounce=400, step=100, raise_interrupt=False,
        yield_on_timeout=True, rust_timeout=200,
    )  # fmt: skip
    try:
        next(changes)  # the watcher is running once it first reports (empty, on a timeout)
        attempt(force)
        _note(f"Watching {', '.join(sorted(map(str, folders)))} for changes (Ctrl-C stops).")
        for changed in changes:
            if changed:
                attempt(False)
    except KeyboardInterrupt:
        pass


def _open_map(out: Path) -> None:
    import webbrowser

    path = out / file_name("html")
    if not path.is_file():
        raise InputError(
            "no HTML map here", where=str(path), hint="run `geomap build` (with html in --format)"
        )
    if webbrowser.open(path.resolve().as_uri()):
        log.info("opened %s", path)
    else:
        click.echo(f"No browser could be started; open this file: {path}")
