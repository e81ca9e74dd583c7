"""The build's Markdown report: what changed between the last two snapshots, and every reported
figure a control layer contradicts (``CHANGES.md``)."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from geomap import style
from geomap.figures import Figure
from geomap.profile import current, gazetteer
from geomap.style import share_text

if TYPE_CHECKING:
    from geomap.snapshot import Atlas


def changes_markdown(history: dict[dt.date, list[Figure]], since: dt.date | None = None) -> str:
    """What changed between the last two snapshots (or, with ``since``, between the one in force
    then and the newest), as Markdown."""
    from geomap.snapshot import baseline

    dates = sorted(history)
    base = baseline(dates, since)
    if base is None:
        nothing = (
            f"no snapshot to compare with on {since.isoformat()}" if since and len(dates) > 1
            else "nothing to compare yet"
        )  # fmt: skip
        return (
            f"# Changes\n\n{'Only one snapshot' if len(dates) < 2 else 'Snapshots'} of figures "
            f"({', '.join(d.isoformat() for d in dates)}): {nothing}.\n"
        )
    before_day, after_day = base, dates[-1]
    before = {f.region_code: f for f in history[before_day]}
    after = {f.region_code: f for f in history[after_day]}

    def describe(figure: Figure | None) -> str:
        if figure is None:
            return "no figure"
        share = share_text(
            figure.controlled_pct, figure.qualifier, figure.basis, figure.pct_text
        ) or (
            "held, no share given" if figure.held_only
            else style.defended_label() if figure.defended_only
            else "no share"
        )  # fmt: skip
        return f"{share}, claimed" if figure.claimed else share

    def dated(figure: Figure | None, day: dt.date) -> str:
        # A figure carried forward says when it was reported: it is not a new report.
        if figure is not None and figure.as_of and figure.as_of != day:
            return f"{describe(figure)} (reported {figure.as_of.isoformat()})"
        return describe(figure)

    lines = [
        f"# Changes from {before_day.isoformat()} to {after_day.isoformat()}"
        + (f" (the figures in force on {since.isoformat()})" if since else ""),
        "",
        f"| {current().units.singular} | {before_day.isoformat()} | {after_day.isoformat()} "
        "| source |",
        "| --- | --- | --- | --- |",
    ]
    rows = []
    gaz = gazetteer()
    raions = sorted({c for c in (*before, *after) if gaz.is_raion(c)})
    for region in [*gaz, *(gaz.get(c) for c in raions)]:  # the regions, then the raions
        old, new = before.get(region.code), after.get(region.code)
        if describe(old) == describe(new):
            continue
        if old and new and (old.basis == "measured") != (new.basis == "measured"):
            continue  # a report against a measurement: the reconciliation, not a change
        source = new.source if new else ""
        if new and new.quote:
            source = f"{source}: “{new.quote}”" if source else f"“{new.quote}”"
        shown = dated(new, after_day)
        if _unclear(old, new):
            shown += "; no clear change: what both figures' hedges allow overlaps"
        rows.append(
            f"| {region.name} ({region.code}) | {_cell(dated(old, before_day))} | "
            f"{_cell(shown)} | {_cell(source)} |"
        )
    unit = current().units.singular
    lines = lines + rows if rows else [*lines[:2], f"No {unit}'s figure changed."]
    return "\n".join(lines) + "\n"


def reconciliation_markdown(atlas: Atlas) -> str:
    """Every reported figure that a control layer contradicts, as a Markdown section; "" when
    there is no control layer."""
    from geomap import measure

    if not atlas.measurements:
        return ""
    compared, rows, loose = 0, [], 0
    for snap in atlas.snapshots:
        frames = [snap.frame] + ([snap.raions] if snap.raions is not None else [])
        for frame in frames:
            for r in frame.itertuples():
                # Each figure once: in the snapshot of the date it was reported.
                if not r.agreement or r.reported_on != snap.as_of:
                    continue
                compared += 1
                if r.agreement == "agrees":
                    continue
                loose += r.agreement == "loosely agrees"
                reported = share_text(r.controlled_pct, r.qualifier, r.basis, r.pct_label)
                layer = next(m for m in atlas.measurements if m.as_of == r.measured_on)
                rows.append(
                    f"| {_cell(r.name)} ({r.code}) | {r.reported_on.isoformat()} | "
                    f"{_cell(reported)} | {_cell(r.source)} | {r.measured_pct:.1f}% | "
                    f"{r.measured_on.isoformat()}, {_cell(layer.source or layer.document)} | "
                    f"{r.difference_pp:+.1f} pp ({r.agreement}) | {_cell(r.quote)} |"
                )
    lines = ["", "## Reporting against the control layers", ""]
    if not compared:
        return "\n".join([*lines, "No reported figure has a control layer of its date, or of "
                           f"the {measure.MAX_AGE.days} days before it."]) + "\n"  # fmt: skip
    if not rows:
        return "\n".join([*lines, f"All {compared} reported figures agree with the measured "
                           "shares, within what their hedges allow."]) + "\n"  # fmt: skip
    lines += [
        f"{len(rows) - loose} of {compared} reported figures lie outside what their hedge allows"
        + (
            f"; {loose} more agree only loosely (within what the hedge allows, beyond the "
            "rounding it stands for)"
            if loose
            else ""
        )
        + " (see docs/control-layers.md for the tolerances):",
        "",
        "| region | reported on | reported | by | measured | control layer | difference | quote |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        *rows,
    ]
    return "\n".join(lines) + "\n"


def _unclear(old: Figure | None, new: Figure | None) -> bool:
    """Two reported shares that differ only within what both hedges allow ("roughly 75%", then
    "about 73%"): no source reported a change (as :func:`geomap.control.join` has it)."""
    from geomap.hedges import no_clear_change

    if old is None or new is None or old.controlled_pct is None or new.controlled_pct is None:
        return False
    return "measured" not in (old.basis, new.basis) and no_clear_change(old, new)


def _cell(text: str) -> str:
    """Input text shown as typed in a Markdown table: no HTML or table syntax of its own."""
    return html.escape(" ".join(str(text).split()), quote=False).replace("|", "\\|")


# How many units the description names by their share, largest first.
ALT_UNITS = 6


def alt_text(snapshot) -> str:
    """A description of the report map written from its data, for screen readers and the alt
    field of a CMS: what it shows, the largest shares, the units held with no share given, the
    claims, the date and the sources."""
    profile = current()
    words, frame = snapshot.texts, snapshot.frame
    units = profile.units
    parts = [f"Map: {words.title}. {words.subtitle}. {words.headline}."]
    shares = frame[frame["controlled_pct"].notna() & (frame["controlled_pct"] > 0)]
    shares = shares.sort_values(["controlled_pct", "name"], ascending=[False, True])
    if len(shares):
        listed = [
            f"{r.name} {share_text(r.controlled_pct, r.qualifier, '', r.pct_label)}"
            + (" (inferred)" if r.basis == "inferred" else "")
            for r in shares.head(ALT_UNITS).itertuples()
        ]
        more = f", and {len(shares) - ALT_UNITS} more" if len(shares) > ALT_UNITS else ""
        parts.append(f"Largest shares {style.control_label()}: {', '.join(listed)}{more}.")
    held = frame[frame["held"]] if "held" in frame else frame.iloc[:0]
    if len(held):
        parts.append(f"{style.first_upper(style.held_label())}: {', '.join(held['name'])}.")
    defended = frame[frame["defended"]] if "defended" in frame else frame.iloc[:0]
    if len(defended):
        parts.append(f"{style.first_upper(style.defended_label())}: {', '.join(defended['name'])}.")
    claimed = frame[frame["claimed"]]
    if profile.claims and len(claimed):
        parts.append(f"{style.first_upper(style.claimed_label())}: {', '.join(claimed['name'])}.")
    blank = int((frame["basis"] == "").sum())
    if blank:
        noun = units.singular if blank == 1 else units.plural
        parts.append(f"{blank} {noun} {'has' if blank == 1 else 'have'} no reported figure.")
    parts += [f"{words.source}.", f"{words.attribution}."]
    return " ".join(p for p in parts if p.strip(". ")) + "\n"
