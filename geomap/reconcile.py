"""Reporting against measurement: the control layers' shares as figures of their own (basis
``measured``), and each reported figure compared with the measurement of its date."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from geomap.hedges import agreement
from geomap.measure import Measurement, applicable

if TYPE_CHECKING:
    import geopandas as gpd

    from geomap.figures import Figure


def measured_figures(measurement: Measurement, codes: list[str]) -> list[Figure]:
    """The measurement as figures of basis ``measured``, for the given units."""
    from geomap.figures import Figure
    from geomap.profile import gazetteer

    gaz = gazetteer()
    out = []
    for code in codes:
        pct = measurement.pct.get(code)
        if pct is None or math.isnan(pct):
            continue
        out.append(
            Figure(
                region_code=code,
                region=gaz.get(code).name,
                as_of=measurement.as_of,
                controlled_pct=round(pct, 1),
                basis="measured",
                source=measurement.source,
                document=measurement.document,
            )
        )
    return out


def with_measured(
    figures: list[Figure], measurement: Measurement | None, codes: list[str]
) -> list[Figure]:
    """``figures``, and for each of ``codes`` without a share the measured one.

    A region that has only a claim keeps the claim and takes the measured share.
    """
    from dataclasses import replace

    if measurement is None:
        return list(figures)
    by_code = {f.region_code: f for f in figures}
    out = [f for f in figures if f.region_code not in codes or f.controlled_pct is not None]
    for measured in measured_figures(measurement, codes):
        known = by_code.get(measured.region_code)
        if known is None:
            out.append(measured)
        elif known.controlled_pct is None:
            out.append(replace(measured, claimed=known.claimed,
                               claim_quote=known.claim_quote or known.quote))  # fmt: skip
    return sorted(out, key=lambda f: f.region_code)


RECONCILIATION_COLUMNS = {
    "measured_pct": "share measured from the control layer, NaN where none applies",
    "measured_km2": "km² measured from the control layer, NaN where none applies",
    "measured_on": "the control layer's date, or None",
    "grey_km2": "km² contested or of unknown status in the control layer, NaN where none applies",
    "difference_pp": "reported minus measured share, percentage points; NaN if either is missing",
    "agreement": "'agrees', 'loosely agrees' or 'disagrees' (geomap.hedges.agreement), or ''",
}


def reconcile(frame: gpd.GeoDataFrame, figures, measurements: list[Measurement]) -> None:
    """Add :data:`RECONCILIATION_COLUMNS` to a ControlMap, in place.

    Each row's figure is compared with the measurement of the date it was reported (or the
    closest earlier one within :data:`MAX_AGE`); a row without a figure, or with a measured
    one, shows the measurement of the snapshot's date.
    """
    by_code = {f.region_code: f for f in figures}
    rows: dict[str, list] = {key: [] for key in RECONCILIATION_COLUMNS}
    for code, as_of in zip(frame["code"], frame["as_of"], strict=True):
        figure = by_code.get(code)
        reported = figure if figure is not None and figure.basis != "measured" else None
        day = reported.as_of if reported is not None and reported.as_of else as_of
        found = applicable(measurements, day)
        pct = found.pct.get(code, math.nan) if found else math.nan
        rows["measured_pct"].append(pct)
        rows["measured_km2"].append(found.km2.get(code, math.nan) if found else math.nan)
        rows["grey_km2"].append(found.grey_km2.get(code, math.nan) if found else math.nan)
        rows["measured_on"].append(found.as_of if found and not math.isnan(pct) else None)
        share = reported.controlled_pct if reported is not None else None
        if reported is not None and share is not None and not math.isnan(pct):
            rows["difference_pp"].append(share - pct)
            rows["agreement"].append(agreement(reported, pct))
        else:
            rows["difference_pp"].append(math.nan)
            rows["agreement"].append("")
    for key, values in rows.items():
        frame[key] = values


ARCHIVE_COLUMNS = (
    "region_code", "region", "outlet", "reports", "compared", "agrees", "loosely_agrees",
    "disagrees", "agreeing_share", "mean_difference_pp", "mean_abs_difference_pp",
)  # fmt: skip


def archive_agreement(reported: list[Figure], measurements: list[Measurement]) -> list[dict]:
    """How an archive's reports compare with the control layer of each one's date: per unit
    (``outlet`` empty: every outlet together), then per unit and outlet. A report with no layer
    of its date is counted, not compared; ``agreeing_share`` counts loose agreement in."""
    # (unit, outlet) → [(verdict, reported minus measured)]; verdict "" where none applies
    groups: dict[tuple[str, str], list[tuple[str, float]]] = {}
    names = {}
    for figure in reported:
        names[figure.region_code] = figure.region
        layer = applicable(measurements, figure.as_of) if figure.as_of else None
        pct = layer.pct.get(figure.region_code, math.nan) if layer is not None else math.nan
        judged = ("", 0.0)
        if not math.isnan(pct):
            judged = (agreement(figure, pct), (figure.controlled_pct or 0.0) - pct)
        for outlet in ("", figure.outlet):
            groups.setdefault((figure.region_code, outlet), []).append(judged)
    return [_agreement_row(code, names[code], outlet, found)
            for (code, outlet), found in sorted(groups.items())]  # fmt: skip


def _agreement_row(code: str, name: str, outlet: str, found: list[tuple[str, float]]) -> dict:
    judged = [(verdict, difference) for verdict, difference in found if verdict]
    n = len(judged)
    count = {
        v: sum(1 for w, _ in judged if w == v) for v in ("agrees", "loosely agrees", "disagrees")
    }

    def mean(values) -> str:
        return f"{sum(values) / n:.1f}" if n else ""

    return {
        "region_code": code, "region": name, "outlet": outlet, "reports": len(found),
        "compared": n, "agrees": count["agrees"], "loosely_agrees": count["loosely agrees"],
        "disagrees": count["disagrees"],
        "agreeing_share": f"{(n - count['disagrees']) / n:.3f}" if n else "",
        "mean_difference_pp": mean(d for _, d in judged),
        "mean_abs_difference_pp": mean(abs(d) for _, d in judged),
    }  # fmt: skip


def archive_agreement_csv(reported: list[Figure], measurements: list[Measurement]) -> str:
    """:func:`archive_agreement` as CSV."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ARCHIVE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(archive_agreement(reported, measurements))
    return buffer.getvalue()
