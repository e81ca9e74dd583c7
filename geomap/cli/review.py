"""``geomap review``: the figures read from the texts that nobody has checked, one at a time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import click

from geomap.cli.app import _note, main
from geomap.errors import InputError


@main.command()
@click.option(
    "--seeds", type=click.Path(path_type=Path), default="seeds", show_default=True,
    metavar="DIR", help="Folder of dated source texts (and figures.csv).",
)  # fmt: skip
@click.option(
    "--figures", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="The figures file accepted figures are added to  [default: SEEDS/figures.csv]",
)  # fmt: skip
@click.option(
    "--list", "listing", is_flag=True,
    help="List the pending figures for scripts, one a line, tab-separated under a header: key, "
    "as_of, region_code, region, value, holder, source, document, quote.",
)  # fmt: skip
@click.option("--accept", "accepts", multiple=True, metavar="KEY",
              help="Accept the pending figure KEY as read (repeatable).")  # fmt: skip
@click.option("--reject", "rejects", multiple=True, metavar="KEY",
              help="Reject the pending figure KEY, with --why (repeatable).")  # fmt: skip
@click.option("--why", default="", metavar="TEXT", help="Why the figures of --reject are wrong.")
def review(
    seeds: Path, figures: Path | None, listing: bool, accepts: tuple[str, ...],
    rejects: tuple[str, ...], why: str,
) -> None:  # fmt: skip
    """Review the figures read from the texts that nobody has checked, one at a time: accept
    (it becomes a row of the figures file, marked reviewed), correct, or reject it (with a
    reason, in SEEDS/rejected.csv, so that it never comes back). With `publish = "reviewed"` in
    the settings, only reviewed figures reach the maps."""
    from geomap.options import BuildOptions
    from geomap.review import figure_key

    options = BuildOptions(seeds=seeds, figures=figures)
    waiting, earlier = _pending(options)
    if listing:
        _list(waiting)
        return
    by_key = {figure_key(f): f for f in waiting}
    if accepts or rejects:
        if rejects and not why.strip():
            raise InputError("--reject needs a reason", hint="say why with --why TEXT")
        unknown = [k for k in (*accepts, *rejects) if k not in by_key]
        if unknown:
            raise InputError(
                f"no pending figure has the key {unknown[0]}",
                hint="`geomap review --list` lists the pending figures and their keys",
            )
        for key in accepts:
            _accept(options, by_key[key])
        for key in rejects:
            _reject(options, by_key[key], why.strip())
        return
    if not waiting:
        _note("No figure read from the texts awaits review.")
        return
    _interactive(options, waiting, earlier)


def _pending(options):
    """The pending figures, oldest first, and every figure read (for what each would change)."""
    from geomap.build import seed_texts
    from geomap.extract import read_files
    from geomap.figures import load_figures
    from geomap.review import pending

    reading = read_files(seed_texts(options.seeds))
    extracted = [f for f in reading.figures if f.mappable]
    path = options.curated_figures()
    curated = load_figures(path) if path is not None else []
    waiting = pending(extracted, curated, options.seeds)
    waiting.sort(key=lambda f: (f.as_of or dt.date.min, f.region_code, f.document))
    return waiting, [*curated, *extracted]


def _holder(figure) -> str:
    from geomap.profile import current

    if figure.controlled_pct is not None or figure.held:
        return current().controller.name
    return current().defender.name if figure.defender_held else ""


def _list(waiting) -> None:
    from geomap.review import figure_key, value_text

    click.echo("\t".join(("key", "as_of", "region_code", "region", "value", "holder", "source",
                          "document", "quote")))  # fmt: skip
    for f in waiting:
        cells = (figure_key(f), str(f.as_of), f.region_code, f.region, value_text(f),
                 _holder(f), f.source, f.document, f.quote)  # fmt: skip
        click.echo("\t".join(re.sub(r"\s+", " ", c) for c in cells))


def _marked(figure) -> str:
    """The figure's sentence with the share (or, for a claim, the unit's name) in bold."""
    from geomap.figures import format_pct

    quote = figure.quote
    value = figure.pct_text.split("–")[0] if figure.pct_text else ""
    pattern = (
        rf"(?<![\d.]){re.escape(value)}(?:\.0)?\s*(?:[–-]\s*[\d.]+\s*)?(?:%|per\s*cent|percent)"
        if value else re.escape(figure.region)
    )  # fmt: skip
    match = re.search(pattern, quote, re.IGNORECASE) or re.search(
        re.escape(format_pct(figure.controlled_pct)), quote
    )
    if not match:
        return quote
    return (
        quote[: match.start()]
        + click.style(match.group(), bold=True, underline=True)
        + (quote[match.end() :])
    )


def _change(figure, earlier) -> str:
    """What the figure changes on the map of its date: the unit's figure before it → after."""
    from geomap.review import value_text

    before = [
        f for f in earlier
        if f.region_code == figure.region_code and f.as_of and figure.as_of
        and f.as_of < figure.as_of
    ]  # fmt: skip
    prior = max(before, key=lambda f: f.as_of) if before else None
    was = f"{value_text(prior)} (of {prior.as_of})" if prior else "no figure"
    return f"{figure.region} on the map of {figure.as_of}: {was} → {value_text(figure)}"


def _show(figure, k: int, n: int, earlier) -> None:
    from geomap.review import figure_key, value_text

    click.echo(f"\n[{k}/{n}] {figure_key(figure)}  {figure.document}")
    click.echo(f"  “{_marked(figure)}”")
    click.echo(
        f"  unit: {figure.region} ({figure.region_code})   value: {value_text(figure)}"
        + (f" ({figure.qualifier})" if figure.qualifier else "")
        + f"   holder: {_holder(figure) or '—'}   date: {figure.as_of}"
        + f"   source: {figure.source or '—'}"
    )
    click.echo(f"  changes: {_change(figure, earlier)}")


def _interactive(options, waiting, earlier) -> None:
    from geomap.review import describe

    counts = {"accepted": 0, "corrected": 0, "rejected": 0}
    for k, figure in enumerate(waiting, 1):
        _show(figure, k, len(waiting), earlier)
        choice = click.prompt(
            "  [a]ccept, [c]orrect, [r]eject, [s]kip, [q]uit",
            type=click.Choice(["a", "c", "r", "s", "q"]), show_choices=False,
        )  # fmt: skip
        if choice == "q":
            break
        if choice == "a":
            _accept(options, figure)
            counts["accepted"] += 1
        elif choice == "c":
            corrected = _corrected(figure)
            _accept(options, corrected)
            if (corrected.as_of, corrected.region_code) != (figure.as_of, figure.region_code):
                # The reading it corrects is of another unit or date: never to come back.
                _reject(options, figure, f"corrected to {describe(corrected)}")
            counts["corrected"] += 1
        elif choice == "r":
            reason = click.prompt("  why is it wrong", type=str).strip()
            while not reason:
                reason = click.prompt("  a reason, please", type=str).strip()
            _reject(options, figure, reason)
            counts["rejected"] += 1
    left = len(waiting) - sum(counts.values())
    _note(", ".join(f"{n} {what}" for what, n in counts.items()) + f"; {left} left to review")


_CORRECTABLE = (
    ("region", "unit"), ("controlled_pct", "share (or held; - for none)"),
    ("qualifier", "hedge (- for none)"), ("claimed", "claimed (true or false; - for none)"),
)  # fmt: skip


def _corrected(figure):
    """The figure with the reviewer's values: each prompt keeps the read value on Enter."""
    from geomap.figures import parse_figures

    row = figure.to_row()
    while True:
        for column, label in _CORRECTABLE:
            given = click.prompt(f"  {label}", default=row[column] or "-", show_default=True)
            row[column] = "" if given.strip() == "-" else given
        row["region_code"] = ""  # the unit as named
        row["reviewed"] = dt.date.today().isoformat()  # (its quote may say another number)
        header = ",".join(row)
        line = ",".join('"' + str(v).replace('"', '""') + '"' for v in row.values())
        try:
            (parsed,) = parse_figures(f"{header}\n{line}\n", name="the correction")
        except InputError as exc:
            click.echo(f"  {exc}; try again", err=True)
            continue
        return replace(parsed, document=figure.document, span=figure.span)


def _accept(options, figure) -> None:
    from geomap.review import accept, describe

    accept(options.figures_path, figure, dt.date.today())
    _note(f"accepted: {describe(figure)} → {options.figures_path}")


def _reject(options, figure, reason: str) -> None:
    from geomap.review import describe, reject, rejected_path

    reject(options.seeds, figure, reason, dt.date.today())
    _note(f"rejected: {describe(figure)} ({reason}) → {rejected_path(options.seeds)}")
