"""The words around a map, written from its data: title, subtitle, headline, the footer's
notes and credits. Both renderers take them from here (see :mod:`geomap.style` for the
look)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geomap.errors import printable
from geomap.figures import format_pct
from geomap.profile import current
from geomap.style import (
    MEASURED_MARK,
    change_text,
    claimed_label,
    control_label,
    km2,
    long_date,
    look,
    unit,
)


@dataclass(frozen=True)
class Texts:
    """The words around a map, computed from one ControlMap."""

    title: str
    subtitle: str
    headline: str
    source: str
    inferred_note: str
    earlier_note: str
    attribution: str
    range_note: str = ""
    measured_note: str = ""
    credit: str = ""  # the user's own credit line ("Map: ..."), see Look
    change_note: str = ""  # since when the labels' changes are
    layer_note: str = ""  # what reporting says against the control layer (snapshot.py)
    agreement_note: str = ""  # the figures marked as not agreeing with it (snapshot.py)

    @property
    def notes(self) -> list[str]:
        """The footer lines, in order."""
        notes = (self.source, self.change_note, self.measured_note, self.agreement_note,
                 self.layer_note, self.inferred_note, self.range_note, self.earlier_note,
                 self.credit, self.attribution)  # fmt: skip
        return [t for t in notes if t]


def figures_line(rows) -> str:
    """The footer's credit of the reported figures in ``rows`` (of a ControlMap, or several):
    "Figures: Institute for the Study of War, as reported by Reuters; ..."."""
    # Group where the figures were published (the outlet, else the text's file) by whom they
    # are attributed to, in the order they appear.
    documents: dict[str, list[str]] = {}
    reported = rows[(rows["basis"] != "") & ~rows["basis"].isin(("inferred", "measured"))]
    for row in reported.itertuples():
        who = printable(row.source) if row.source and row.source != row.document else ""
        docs = documents.setdefault(who, [])
        outlet = printable(getattr(row, "outlet", ""))
        where = outlet or (f"“{printable(row.document)}”" if row.document else "")
        if where and where not in docs:
            docs.append(where)
    sources = []
    for who, docs in documents.items():
        named = " and ".join(docs)
        # An outlet reports ("as reported by Reuters"); a file only holds the text.
        verb = "in" if any(d.startswith("“") for d in docs) else "by"
        if who:
            sources.append(f"{who}, as reported {verb} {named}" if docs else who)
        elif docs:
            sources.append(named if verb == "by" else f"{named} (unattributed)")
    return "Figures: " + ("; ".join(sources) if sources else "none reported")


def texts(control, totals: dict[str, float], measured: tuple | None = None) -> Texts:
    """Title, subtitle, headline and credits for a ControlMap and its totals; ``measured``
    (km², date) is the claimed territory not controlled as a control layer of the snapshot's
    date measures it, which the headline then gives, as the legend does."""
    as_of = control["as_of"].iloc[0]
    rows = control[control["basis"] != ""]
    inferred_rows = rows[rows["basis"] == "inferred"]
    inferred_note = ""
    profile = current()
    if len(inferred_rows):
        inferred_note = "* inferred, not reported: " + ", ".join(sorted(inferred_rows["name"]))
        rule = profile.inferred
        if rule and {r.code for r in profile.gazetteer.expand(rule.group)} >= set(
            inferred_rows["code"]
        ):
            inferred_note += f" ({rule.map_note})"
    source = figures_line(rows)
    measured_rows = rows[rows["basis"] == "measured"]
    measured_note = ""
    if len(measured_rows):
        # Credited to the source the user named, or else to the layer's file.
        layers = sorted({(r.reported_on, r.source or f"“{r.document}”")
                         for r in measured_rows.itertuples()})  # fmt: skip
        measured_note = f"{MEASURED_MARK} measured from the control layer of " + "; ".join(
            f"{long_date(day)} ({who})" if who else long_date(day) for day, who in layers
        )
    reported = rows[rows["basis"] != "measured"]  # a measurement's date is in its own note
    earlier = reported[reported["reported_on"] < as_of] if "reported_on" in rows else rows.iloc[:0]
    earlier_note = ""
    if len(earlier):
        parts = [f"{r.name} ({r.reported_on.isoformat()})" for r in earlier.itertuples()]
        earlier_note = (
            "Not in the latest report, shown with their last reported figure: " + ", ".join(parts)
        )
    chosen = look()
    subtitle = f"Share of each {unit()} {control_label()}, figures as of {{date}}"
    if not control["controlled_pct"].notna().any():  # statements of holding alone: no shares
        subtitle = f"Who holds each {unit()}, figures as of {{date}}"
    return Texts(
        title=chosen.title or profile.title,
        subtitle=(chosen.subtitle or subtitle).replace("{date}", long_date(as_of)),
        headline=_headline(control, totals, measured),
        source=source,
        inferred_note=inferred_note,
        earlier_note=earlier_note,
        range_note=_range_note(rows),
        attribution=profile.credit,
        measured_note=measured_note,
        credit=chosen.credit,
        change_note=_change_note(rows),
    )


def _headline(control, totals: dict[str, float], measured: tuple | None = None) -> str:
    """The map's headline: the claimed territory not controlled, where the controlling side
    claims territory (measured, where a control layer of the date says where it is: one set of
    totals with the legend); else what it controls, and the units held with no share."""
    profile = current()
    if profile.claims and measured is not None:
        km2_open, day = measured
        return (
            f"{km2(km2_open).capitalize()} {claimed_label()} but not under its control, "
            f"measured on the control layer of {long_date(day)}"
        )
    if profile.claims:
        return (
            f"{km2(totals['claimed_not_controlled_km2']).capitalize()} {claimed_label()}"
            " but not under its control"
        )
    held = int(control["held"].sum()) if "held" in control else 0
    defended = int(control["defended"].sum()) if "defended" in control else 0
    parts = []
    if totals["controlled_km2"] > 0:
        parts.append(f"{km2(totals['controlled_km2']).capitalize()} {control_label()}")
    if held:
        noun = profile.units.singular if held == 1 else profile.units.plural
        parts.append(f"{held} of {len(control)} {noun} held by {profile.controller.name}, "
                     "no share given")  # fmt: skip
    if defended:
        parts.append(f"{defended} held by {profile.defender.name}")
    return "; ".join(parts) or f"No {profile.units.singular} has a reported figure"


def _change_note(rows) -> str:
    """Since when the changes in the labels are: "(+5 pp): change since the region's previous
    reported figure, of 18 February 2025 (Kherson: 1 June 2025)"."""
    if "change_pp" not in rows:
        return ""
    since: dict[dt.date, list[str]] = {}
    measured = False
    for r in rows.itertuples():
        if change_text(r.change_pp, r.previous_as_of):
            since.setdefault(r.previous_as_of, []).append(r.name)
            measured |= r.basis == "measured"
    if not since:
        return ""
    # The date most changes share is said once; the others name their regions.
    main, *others = sorted(since, key=lambda day: (-len(since[day]), day))
    rest = "; ".join(f"{', '.join(since[day])}: {long_date(day)}" for day in sorted(others))
    kind = "figure or measurement" if measured else "figure"
    return f"(±pp): change since the {unit()}'s previous {kind}, of {long_date(main)}" + (
        f" ({rest})" if rest else ""
    )


def _range_note(rows) -> str:
    """ "Ranges are mapped at their middle: Donetsk 83–85% as 84%." """
    if "pct_label" not in rows:
        return ""
    ranged = [r for r in rows.itertuples() if "–" in r.pct_label]
    if not ranged:
        return ""
    parts = [f"{r.name} {r.pct_label}% as {format_pct(r.controlled_pct)}%" for r in ranged]
    return "Ranges are mapped at their middle: " + ", ".join(parts)
