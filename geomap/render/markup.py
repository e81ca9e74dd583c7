"""The HTML map's own text: tooltips, the legend and the stylesheet, with every piece of input
text escaped (braces too: folium reads its layers' scripts as Jinja templates)."""

from __future__ import annotations

import functools
import html
import math

from geomap import map_texts, style
from geomap.figures import format_pct
from geomap.profile import current


def _share_words(pct: float, qualifier: str, label: str = "") -> str:
    if math.isnan(pct):
        return "no reported figure"
    share = f"{label or format_pct(pct)}%"
    if label and label != format_pct(pct):
        share += f" (mapped at {format_pct(pct)}%)"
    return f"{qualifier} {share}" if qualifier else share


def escape(text: str) -> str:
    """HTML-escape text from the input, braces included.

    folium re-reads each rendered layer script as a Jinja template, so a ``{{`` or ``{%`` in a
    quote would be evaluated (or break the build) unless written as entities.
    """
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")


def _local_name(name: str) -> str:
    """The unit's name in the country's language, tagged with it where the profile says."""
    language = current().language
    attribute = f" lang='{escape(language)}'" if language else ""
    return f"<span{attribute}>{escape(name)}</span>" if name else ""


def tooltip_html(row) -> str:
    """The hover text of one region; every value from the input is escaped."""
    e = escape
    share = _share_words(row.controlled_pct, row.qualifier, row.pct_label)
    lines = [
        f"<b>{e(row.name)}</b> {_local_name(row.name_local)}",
        f"{style.first_upper(style.control_label())}: <b>{e(share)}</b>"
        + (" (inferred)" if row.basis == "inferred" else ""),
    ]
    if held_by := style.held_by_label(row):
        lines[1] = e(style.first_upper(held_by))
    if current().claims:
        claimed = "<b>yes</b>" if row.claimed else "no"
        lines.append(f"{style.first_upper(style.claimed_label())}: {claimed}")
    if row.basis:
        # Rounded to what the share supports: "roughly 75%" is not 21,346 km².
        area = functools.partial(style.area_text, area=row.area_km2, pct=row.controlled_pct,
                                 qualifier=row.qualifier, label=row.pct_label)  # fmt: skip
        lines.append(f"Controlled: {area(row.controlled_km2)}")
        if row.claimed:
            lines.append(f"Claimed, not controlled: {area(row.claimed_not_controlled_km2)}")
        basis = {
            "reported": "reported",
            "inferred": "inferred, not reported",
            "manual": "entered by hand",
            "measured": "measured from the control layer of "
            + (style.long_date(row.reported_on) if row.reported_on else "?"),
        }
        lines.append(f"Figure: {e(basis.get(row.basis, row.basis))}")
        if row.basis != "measured" and row.reported_on and row.reported_on != row.as_of:
            lines.append(f"Reported on {e(style.long_date(row.reported_on))}, carried forward")
        change = style.change_text(row.change_pp, row.previous_as_of)
        if change:
            lines.append(f"Change: {e(change)}")
        elif getattr(row, "unclear_change", ""):
            lines.append(f"No clear change: {e(row.unclear_change)} before; what both figures' "
                         "hedges allow overlaps")  # fmt: skip
        if row.source:
            lines.append(f"Source: {e(row.source)}")
        measured_on = getattr(row, "measured_on", None)
        if row.basis != "measured" and measured_on and row.agreement:
            lines.append(
                f"Measured on the control layer of {e(style.long_date(measured_on))}: "
                f"{format_pct(round(row.measured_pct, 1))}% ({e(row.agreement)} with the report)"
            )
        if row.quote:
            lines.append(f"<q class='geomap-quote'>{e(row.quote)}</q>")
    return "<br>".join(lines)


def legend_html(
    words: map_texts.Texts, ground: dict | None = None, fills=(), right: bool = False
) -> str:
    """The HTML map's legend: the classes, the units held with no share given (of those among
    the ``fills`` drawn), "no reported figure", the claims' hatch and the ground's entries."""
    e = escape
    rows = [
        f"<li><i style='background:{c}'></i>{e(t)}</li>"
        for c, t in (
            *reversed(style.drawn_classes(fills)),
            *style.holder_classes(fills),
            style.NO_FIGURE_CLASS,
        )
    ]
    if current().claims:
        rows.append(f"<li><i class='geomap-hatch'></i>{e(style.claimed_label())}</li>")
    if ground:
        # Over a control layer the shares are a layer to switch on; the ground comes first.
        shares = "".join(rows)
        rows = [
            f"<li><i style='background:{style.CONTROLLED}'></i>{e(style.control_label())}</li>",
            f"<li><i style='background:{style.GREY_ZONE};opacity:0.75'></i>contested or of "
            "unknown status</li>",
            "<li><i class='geomap-front'></i>front line</li>",
            f"<li><i class='geomap-hatch'></i><span id='geomap-open-label'>"
            f"{ground['open_label']}</span></li>",
            "<li class='geomap-sub'>Controlled share (layer off until switched on):</li>",
            shares,
        ]
    notes = words.notes
    summary = ground["title"] if ground else e(style.first_upper(style.control_label()))
    return f"""
<div class="geomap-title" id="geomap-title">
  <h1>{e(words.title)}</h1>
  <p id="geomap-subtitle">{e(words.subtitle)}</p>
  <p class="geomap-headline" id="geomap-headline">{e(words.headline)}</p>
</div>
<details class="geomap-legend{" geomap-legend-right" if right else ""}" id="geomap-legend" open>
  <summary id="geomap-legend-title">{summary}</summary>
  <ul>{"".join(rows)}</ul>
  <p class="geomap-notes" id="geomap-notes">{"<br>".join(e(n) for n in notes)}</p>
</details>
<script>
  if (window.innerWidth < 640) document.getElementById("geomap-legend").removeAttribute("open");
</script>
"""


CSS = f"""
.folium-map {{ background: {style.SEA}; }}
.geomap-description {{
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; margin: -1px; padding: 0; border: 0;
}}
.geomap-title, .geomap-legend {{
  position: absolute; z-index: 1000; background: rgba(255,255,255,0.94);
  font: 13px/1.35 system-ui, sans-serif; color: {style.TEXT};
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); border-radius: 4px;
}}
.geomap-title {{ top: 10px; left: 56px; right: 200px; max-width: 560px; padding: 6px 10px; }}
.geomap-title h1 {{ font-size: 16px; margin: 0 0 2px; }}
.geomap-title p {{ margin: 0; color: {style.MUTED_TEXT}; }}
.geomap-title .geomap-headline {{ color: {style.CLAIMED}; font-weight: bold; }}
.geomap-legend {{ bottom: 52px; left: 10px; padding: 6px 10px; max-width: 320px; }}
.geomap-legend.geomap-legend-right {{ left: auto; right: 10px; bottom: 28px; }}
.geomap-legend summary {{ font-weight: bold; cursor: pointer; }}
.geomap-legend ul {{ list-style: none; margin: 6px 0; padding: 0; }}
.geomap-legend li {{ display: flex; align-items: center; margin: 2px 0; }}
.geomap-legend i {{
  display: inline-block; width: 22px; height: 14px; margin-right: 6px;
  border: 1px solid {style.REGION_EDGE};
}}
.geomap-legend i.geomap-hatch {{
  /* Stripes from lower left to upper right, as on the map (its pattern and the PNG's "////"). */
  border: 2px solid {style.CLAIMED}; background: repeating-linear-gradient(
    135deg, {style.CLAIMED} 0 1.5px, #fff 1.5px 5px);
}}
.geomap-legend i.geomap-front {{ height: 0; border: none; border-top: 2px solid {style.FRONT}; }}
.geomap-legend li.geomap-sub {{ margin-top: 6px; color: {style.MUTED_TEXT}; }}
.geomap-snapshots {{
  background: rgba(255,255,255,0.94); padding: 6px 10px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 13px/1.5 system-ui, sans-serif;
  max-height: 40vh; overflow-y: auto;
}}
.geomap-snapshots label {{ display: block; cursor: pointer; }}
.geomap-notes {{ margin: 4px 0 0; font-size: 11px; color: {style.MUTED_TEXT}; }}
.geomap-label {{
  font: bold 12px/1.15 system-ui, sans-serif; color: {style.TEXT}; text-align: center;
  white-space: nowrap; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff;
  position: absolute; width: max-content; transform: translate(-50%, -50%);
  pointer-events: none;
}}
.geomap-disputed {{
  font: italic 11px/1.15 system-ui, sans-serif; color: {style.MUTED_TEXT}; text-align: center;
  white-space: nowrap; text-shadow: 0 0 3px #fff, 0 0 3px #fff;
  position: absolute; width: max-content; transform: translate(-50%, -50%);
  pointer-events: none;
}}
.geomap-zoomed-out .geomap-label, .geomap-zoomed-out .geomap-disputed {{ display: none; }}
.geomap-label.geomap-small {{ transform: translate(calc(-100% - 14px), -50%); }}
.geomap-label.geomap-small::after {{
  content: ""; position: absolute; right: -14px; top: 50%; width: 12px;
  border-top: 1px solid {style.TEXT};
}}
.geomap-place-icon {{ pointer-events: none; }}  /* a region under a place keeps its tooltip */
.geomap-place {{
  position: absolute; width: max-content; transform: translate(-4px, -50%); white-space: nowrap;
  font: 11px/1.1 system-ui, sans-serif; color: #333; pointer-events: none;
  /* a halo of one pixel all round: readable on the darkest fill and its hatching */
  text-shadow: -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff,
    0 0 3px #fff;
}}
.geomap-place i {{
  display: inline-block; width: 6px; height: 6px; margin-right: 4px; border-radius: 50%;
  background: #333; border: 1px solid #fff; vertical-align: middle;  /* seen on dark fills */
}}
.geomap-place-capital {{ font-weight: bold; }}
.geomap-place-capital i {{ background: #fff; border: 2px solid #333; width: 5px; height: 5px; }}
.geomap-place-sea, .geomap-place-country {{ transform: translate(-50%, -50%); }}
.geomap-place-sea {{ font-style: italic; color: #4f7389; }}
.geomap-place-country {{ color: #8a8a8a; letter-spacing: 0.08em; }}
.geomap-zoomed-out .geomap-place-city {{ display: none; }}
.geomap-tooltip {{
  width: max-content; max-width: min(320px, 80vw); white-space: normal;
  font: 12px/1.35 system-ui, sans-serif;
}}
.geomap-quote {{ display: block; margin-top: 4px; font-style: italic; color: {style.MUTED_TEXT}; }}
@media (max-width: 640px) {{
  .geomap-title {{ top: auto; bottom: 92px; left: 10px; right: 10px; padding: 4px 8px; }}
  .geomap-title h1 {{ font-size: 14px; }}
  .geomap-legend {{ max-width: 70vw; }}
}}
"""
