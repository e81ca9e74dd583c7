"""The ``geomap`` command line: one thin function per command.

Results go to stdout, messages to stderr. Bad input exits with 2, other failures with 1.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from pathlib import Path

import click

from geomap.errors import GeomapError, InputError
from geomap.figures import format_pct
from geomap.style import BREAKS, PALETTE
from geomap.version import __version__
from geomap.writers import DEFAULT_FORMATS, FORMATS, WRITERS, file_name

log = logging.getLogger("geomap")


def _one_line(message) -> str:
    """An error as one line, whatever the file names in it hold ("a\\nb.txt")."""
    return str(message).replace("\r", "\\r").replace("\n", "\\n")


class _Group(click.Group):
    """Turns geomap's errors into one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(f"Error: {_one_line(exc)}", err=True)
            ctx.exit(2)
        except GeomapError as exc:
            click.echo(f"Error: {_one_line(exc)}", err=True)
            ctx.exit(1)
        except click.UsageError as exc:
            # One line, like every other error: the usage is one --help away.
            name = exc.ctx.command_path if exc.ctx else "geomap"
            click.echo(f"Error: {_one_line(exc.format_message())} (see {name} --help)", err=True)
            ctx.exit(2)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:
            if log.isEnabledFor(logging.INFO):
                raise
            click.echo(f"Error: unexpected failure: {exc!r} (run with -v for details)", err=True)
            ctx.exit(1)


def _setup_logging(verbose: int, quiet: int) -> None:
    level = logging.WARNING + 10 * (quiet - verbose)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(max(logging.DEBUG, min(level, logging.CRITICAL)))
    log.propagate = False


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="geomap")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", count=True, help="Fewer messages on stderr.")
@click.option(
    "--profile", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="The country to map, as a profile file like geomap/data/ukraine.json  [default: Ukraine]",
)  # fmt: skip
@click.option(
    "--settings", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="The map project's settings, the defaults of `build`'s options  [default: geomap.toml "
    "if present]",
)  # fmt: skip
@click.pass_context
def main(
    ctx: click.Context, verbose: int, quiet: int, profile: Path | None, settings: Path | None
) -> None:
    """Maps of territory one side claims versus controls, from news figures (Ukraine unless
    --profile names another country)."""
    from geomap import settings as project

    _setup_logging(verbose, quiet)
    path = project.find(settings)
    ctx.obj = {"profile": profile, "settings": path}
    if path is not None and ctx.invoked_subcommand in ("build", "open"):
        defaults = project.read(path)
        ctx.default_map = {"build": defaults, "open": {"out": defaults.get("out", "outputs")}}
    if profile is not None:
        from geomap.profile import load, using

        ctx.with_resource(using(load(profile)))


def run() -> None:
    """The ``geomap`` command: :func:`main`, then a quick exit with its exit code.

    Once a command has finished, its files are written and closed; what is left is Python's own
    shutdown, which in a process holding pandas, GDAL and PROJ takes about a tenth of a second,
    more than a small build's drawing. The output streams are flushed and the process ends
    there. An exception that escapes ``main`` (with ``-v``) ends the process the usual way.
    """
    code: str | int | None
    try:
        main(prog_name="geomap")
        code = 0
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or stream: nothing more can be said.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
    show_default=True, help="Output format.",
)  # fmt: skip
@click.option(
    "--raions", is_flag=True,
    help="List the raions instead: KATOTTH code, names, region, area of the shape, spellings.",
)  # fmt: skip
def regions(fmt: str, raions: bool) -> None:
    """List the regions (or the raions) with their names, areas and aliases."""
    from geomap.profile import gazetteer

    gaz = gazetteer()
    items = list(gaz.raions if raions else gaz)
    if fmt == "json":
        data = [
            {"code": r.code, "name": r.name, "name_uk": r.name_uk, "area_km2": r.area_km2,
             **({"parent": r.parent} if raions else {}), "aliases": list(r.aliases)}
            for r in items
        ]  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["code", "name", "name_uk", *(["parent"] if raions else []),
                         "area_km2", "aliases"])  # fmt: skip
        for r in items:
            writer.writerow([r.code, r.name, r.name_uk, *([r.parent] if raions else []),
                             f"{r.area_km2:.0f}", "; ".join(r.aliases)])  # fmt: skip
    elif raions:
        for r in items:
            click.echo(
                f"{r.code}  {r.parent}  {r.name:<26} {r.area_km2:>8,.0f} km²  "
                + ", ".join(r.aliases)
            )
    else:
        for r in items:
            click.echo(
                f"{r.code}  {r.name:<16} {r.name_uk:<26} {r.area_km2:>8,.0f} km²  "
                + ", ".join(r.aliases)
            )


def _parse_date(ctx, param, value):
    if value is None:
        return None
    from geomap.figures import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
    help="Output format.",
)  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Write to FILE instead of stdout.",
)  # fmt: skip
@click.option(
    "--as-of", metavar="DATE", callback=_parse_date,
    help="Date of the figures (YYYY-MM-DD); defaults to a YYYY-MM-DD prefix of each file name.",
)  # fmt: skip
@click.option(
    "--explain", is_flag=True,
    help="Print every share and claim phrase found and what was decided, instead of the figures.",
)  # fmt: skip
@click.option(
    "--append", is_flag=True,
    help="Add to the figures CSV given with -o the rows it lacks (by date and region); "
    "its own rows are kept as they are.",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Overwrite the file given with -o if it exists.")
def extract(
    paths: tuple[Path, ...], fmt: str, output: Path | None, as_of, explain, append, force
) -> None:
    """Extract control shares and claims from news texts.

    Each figure comes with the sentence it came from, its character span and its source.
    Shares the texts say Ukraine holds are in the JSON output (ukraine_pct), never taken for
    Russian control; --explain shows every decision.
    """
    from geomap.errors import InputError
    from geomap.extract import read_files
    from geomap.figures import figures_to_csv, load_figures

    if append and (output is None or fmt != "csv" or explain):
        raise click.UsageError("--append adds CSV rows to the file given with -o")
    if output is not None and output.exists() and not (append or force):
        # A curated file holds hand-entered rows: never lost without being asked.
        raise InputError(
            "exists", where=str(output),
            hint="give --append to add the rows it lacks, or --force to overwrite it",
        )  # fmt: skip
    appending = output if append and output is not None and output.exists() else None
    curated = load_figures(appending) if appending else []  # checked first
    reading = read_files(paths, as_of=as_of)
    figures = reading.figures
    for summary in reading.summaries:
        _note(summary.line())
    if not figures:
        log.warning("no figures found in %s", ", ".join(str(p) for p in paths))
    if explain:
        from geomap.extract.evidence import explain as explain_text

        text = explain_text(reading.evidence)
    elif fmt == "json":
        text = json.dumps([f.to_json() for f in figures], ensure_ascii=False, indent=2) + "\n"
    else:
        # A region for which the texts give only a share Ukraine holds has nothing to map.
        held = [f.region for f in figures if not f.mappable]
        if held:
            from geomap.profile import current

            log.warning(
                "not in the CSV: shares held by %s in %s (see --format json or --explain)",
                current().defender.name, ", ".join(held),
            )  # fmt: skip
        rows = [f for f in figures if f.mappable]
        text = figures_to_csv(rows)
        if appending is not None:
            # The file's own lines stay byte for byte; the rows it lacks follow them.
            have = {(f.as_of, f.region_code) for f in curated}
            added = [f for f in rows if (f.as_of, f.region_code) not in have]
            _note(f"{appending}: {len(added)} row(s) added, {len(rows) - len(added)} already there")
            kept = appending.read_text(encoding="utf-8-sig")
            new_lines = figures_to_csv(added).split("\n", 1)[1]  # without the header
            text = kept + ("" if kept.endswith("\n") else "\n") + new_lines
    if output:
        from geomap.outputs import write_atomic

        # One file, whole or not at all; nothing else in its folder is touched.
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


_out_option = click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("outputs"),
    show_default=True, metavar="DIR", help="Folder of the outputs: maps, statistics, manifest.",
)  # fmt: skip


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


@main.command()
@click.option(
    "--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
    metavar="DIR", help="Folder of dated source texts (YYYY-MM-DD-*.txt) and figures.csv.",
)  # fmt: skip
@click.option(
    "--figures", type=click.Path(path_type=Path), metavar="FILE",
    help="Curated figures CSV  [default: SEEDS/figures.csv if present]",
)  # fmt: skip
@click.option(
    "--boundaries", type=click.Path(path_type=Path), metavar="FILE",
    help="Region shapes in any format pyogrio reads  [default: the shipped "
    "boundaries/ukraine_regions.geojson]",
)  # fmt: skip
@click.option(
    "--name-field", metavar="COLUMN", help="Column of --boundaries holding names or ISO codes."
)
@click.option(
    "--control", type=click.Path(path_type=Path), metavar="PATH",
    help="Control layers: a polygon file, or a folder of them, one per date (in the name: "
    "YYYY-MM-DD or YYYYMMDD)  [default: SEEDS/control/ if present]",
)  # fmt: skip
@click.option(
    "--control-source", metavar="TEXT", default="",
    help="Whom to credit for the control layers, e.g. 'DeepStateMap'.",
)  # fmt: skip
@click.option(
    "--control-date", metavar="YYYY-MM-DD", callback=_parse_date,
    help="The date of a single control file whose name has none.",
)  # fmt: skip
@_out_option
@click.option(
    "--format", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
    metavar="LIST", callback=_parse_formats,
    help=f"Comma-separated maps: {', '.join(f for f in FORMATS if f != 'csv')}; csv alone "
    "writes no map. Always written: "
    + "; ".join(f"{w.file_name} ({w.description})" for w in WRITERS.values()
                if w.wanted((), 1)) + ".",
)  # fmt: skip
@click.option(
    "--dpi", type=click.IntRange(72, 600), default=200, show_default=True, metavar="N",
    help="Resolution of the PNG.",
)  # fmt: skip
@click.option("--title", metavar="TEXT", default="", help="Title of the report map.")
@click.option(
    "--subtitle", metavar="TEXT", default="",
    help="Subtitle of the report map; {date} stands for the date of the figures.",
)  # fmt: skip
@click.option(
    "--credit", metavar="TEXT", default="",
    help="A credit line of your own in the footer, e.g. 'Map: The Daily Example'.",
)  # fmt: skip
@click.option(
    "--breaks", metavar="LIST", default=",".join(format_pct(b) for b in BREAKS),
    show_default=True, help="Class breaks of the controlled share in %, from 0 to 100.",
)  # fmt: skip
@click.option(
    "--palette", metavar="LIST", default=",".join(PALETTE), show_default=True,
    help="One #rrggbb colour per class, lightest first.",
)  # fmt: skip
@click.option(
    "--tiles", metavar="NAME", callback=_check_tiles,
    help="Web basemap for the HTML map by xyzservices name, e.g. OpenStreetMap.Mapnik (online).",
)  # fmt: skip
@click.option(
    "--cdn", is_flag=True,
    help="Link Leaflet and folium's assets from their CDNs instead of inlining Leaflet.",
)  # fmt: skip
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
def build(
    seeds,
    figures,
    boundaries,
    name_field,
    control,
    control_source,
    control_date,
    out,
    formats,
    dpi,
    title,
    subtitle,
    credit,
    breaks,
    palette,
    tiles,
    cdn,
    open_,
    force,
    no_wait,
    watch,
) -> None:
    """Build the maps and statistics of the newest figures.

    Only what is stale is rebuilt: when no input, option or geomap's version changed since the
    last build (see OUT/manifest.json), it says so and stops.
    """
    from geomap.options import BuildOptions

    ctx = click.get_current_context()
    options = BuildOptions(
        seeds=seeds, figures=figures, boundaries=boundaries, name_field=name_field, out=out,
        formats=formats, dpi=dpi, tiles=tiles, cdn=cdn, wait=not no_wait,
        profile=ctx.obj["profile"], control=control,
        control_source=control_source.strip(), control_date=control_date,
        look=_look(ctx, title=title, subtitle=subtitle, credit=credit, breaks=breaks,
                   palette=palette),
    )  # fmt: skip
    if watch:
        _watch(options, force=force)
        return
    _build_once(options, force=force)
    if open_:
        _open_map(out)


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
        numbers = tuple(float(b) for b in breaks.split(",") if b.strip())
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


def _note(message: str) -> None:
    """A message for the person at the terminal, on stderr; -q silences it."""
    if log.isEnabledFor(logging.WARNING):
        click.echo(message, err=True)


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


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Start a map project in FOLDER: seeds/ with an example text and an empty figures.csv,
    and geomap.toml with the settings. Nothing that exists is overwritten."""
    from geomap import settings
    from geomap.figures import figures_to_csv
    from geomap.outputs import write_atomic
    from geomap.profile import DATA

    examples = sorted((DATA / "example").glob("*.txt"))
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
    for path, text in files.items():
        write_atomic(path, text)
        click.echo(str(path))
    _note(f"Next: cd {folder} && geomap build (then edit {settings.FILE_NAME} or add texts)")


@main.command("open")
@_out_option
def open_command(out: Path) -> None:
    """Open the newest HTML map in the default browser."""
    _open_map(out)
