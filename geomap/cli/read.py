"""``geomap regions`` and ``geomap extract``: the gazetteer, and what the texts say."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geomap.cli.app import _note, _parse_date, log, main
from geomap.errors import InputError

if TYPE_CHECKING:
    from geomap.figures import Figure


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
            # name_uk: the old key of name_local, kept until geomap 0.3
            {"code": r.code, "name": r.name, "name_local": r.name_local, "name_uk": r.name_local,
             "area_km2": r.area_km2,
             **({"parent": r.parent} if raions else {}), "aliases": list(r.aliases)}
            for r in items
        ]  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["code", "name", "name_local", *(["parent"] if raions else []),
                         "area_km2", "aliases"])  # fmt: skip
        for r in items:
            writer.writerow([r.code, r.name, r.name_local, *([r.parent] if raions else []),
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
                f"{r.code}  {r.name:<16} {r.name_local:<26} {r.area_km2:>8,.0f} km²  "
                + ", ".join(r.aliases)
            )


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
    help="Date of the figures (YYYY-MM-DD); defaults to the date in each file's name "
    "(2025-02-18 or 20250218) or its date line.",
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
@click.option(
    "--workers", type=click.IntRange(min=1), metavar="N",
    help="Read a long text (200 KB or more) in parts on N processes; the figures are the same. "
    "Default: the cores this machine gives the command.",
)  # fmt: skip
def extract(
    paths: tuple[Path, ...], fmt: str, output: Path | None, as_of, explain, append, force,
    workers: int | None,
) -> None:  # fmt: skip
    """Extract control shares and claims from news texts.

    Each figure comes with the sentence it came from, its character span and its source.
    A unit the texts say the defending side holds, with no share given, is a row of its own
    ("defended"); a share the defending side is said to hold is in the JSON output
    (defender_pct), never taken for control; --explain shows every decision.
    """
    from geomap.extract import read_files
    from geomap.extract.reader import cores
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
    # the evidence rows are made only to be printed (--explain): the figures are the same
    reading = read_files(paths, as_of=as_of, workers=workers or cores(), evidence=explain)
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
        # A region of which the texts give only the defending side's share has nothing to map.
        held = [_defended(f) for f in figures if not f.mappable]
        if held:
            from geomap.profile import current

            log.warning(
                "not in the CSV: held by %s in %s (see --format json or --explain)",
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


def _defended(figure: Figure) -> str:
    """ "Zaporizhzhia (25%)": the share the texts say the defending side holds of a region."""
    from geomap.figures import format_pct

    return f"{figure.region} ({format_pct(figure.defender_pct)}%)"
