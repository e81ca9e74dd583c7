"""The ``geomap`` command group: its options, its errors as one line and an exit code, and the
quick exit of :func:`run`. Results go to stdout, messages to stderr. Bad input exits with 2,
other failures with 1.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

import click

from geomap.errors import GeomapError, InputError, printable
from geomap.version import __version__

log = logging.getLogger("geomap")


def _one_line(message) -> str:
    """An error as one line, whatever the file names in it hold ("a\\nb.txt")."""
    return printable(str(message))


class _OneLine(logging.Formatter):
    """Every message on one line, its control characters escaped (a seed named "a\\nb.txt")."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


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
        except BrokenPipeError:
            # The reader left (`geomap regions | head`): nothing more to say, and nowhere to
            # say it; stdout goes to /dev/null so that the exit's flush cannot fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)
        except Exception as exc:
            if log.isEnabledFor(logging.INFO):
                raise
            click.echo(f"Error: unexpected failure: {exc!r} (run with -v for details)", err=True)
            ctx.exit(1)


def _setup_logging(verbose: int, quiet: int) -> None:
    level = logging.WARNING + 10 * (quiet - verbose)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("%(levelname)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(max(logging.DEBUG, min(level, logging.CRITICAL)))
    log.propagate = False


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="geomap")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", count=True, help="Fewer messages on stderr.")
@click.option(
    "--profile", metavar="NAME|FILE",
    help="The country to map: a built-in profile (ukraine, sudan; `geomap profiles` lists them) "
    "or a profile file  [default: the settings' profile, else ukraine]",
)  # fmt: skip
@click.option(
    "--settings", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="The map project's settings, the defaults of `build`'s options  [default: geomap.toml "
    "if present]",
)  # fmt: skip
@click.pass_context
def main(
    ctx: click.Context, verbose: int, quiet: int, profile: str | None, settings: Path | None
) -> None:
    """Maps of territory one side claims versus controls, from news figures (Ukraine unless
    --profile, or the settings' profile, names another country)."""
    from geomap import settings as project

    _setup_logging(verbose, quiet)
    path = project.find(settings)
    defaults = _settings(path, ctx.invoked_subcommand) if path is not None else {}
    chosen = profile or str(defaults.pop("profile", "")) or None
    ctx.obj = {"profile": chosen, "settings": path}
    if path is not None and ctx.invoked_subcommand in ("build", "open", "review"):
        ctx.default_map = {
            "build": defaults, "open": {"out": defaults.get("out", "outputs")},
            "review": {k: defaults[k] for k in ("seeds", "figures") if k in defaults},
        }  # fmt: skip
    if chosen is not None:
        from geomap.profile import named, using

        ctx.with_resource(using(named(chosen)))


def _settings(path: Path, command: str | None) -> dict:
    """The settings for ``command``: a build (or open) stops on a bad settings file; the other
    commands take only its profile, and say so when they cannot read it."""
    from geomap import settings as project
    from geomap.errors import InputError

    if command == "init":
        return {}
    if command in ("build", "open", "review"):
        return project.read(path)
    try:
        return {k: v for k, v in project.read(path).items() if k == project.PROFILE}
    except InputError as exc:
        log.warning("%s; its profile is not used", exc)
        return {}


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
    # The patterns a command that read compiled, for the next command (geomap.patterns; a
    # command that read nothing never loads it).
    patterns = sys.modules.get("geomap.patterns")
    if patterns is not None:
        patterns.save()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or stream: nothing more can be said.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)


def _note(message: str) -> None:
    """A message for the person at the terminal, on stderr; -q silences it."""
    if log.isEnabledFor(logging.WARNING):
        click.echo(message, err=True)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    from geomap.dates import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None
