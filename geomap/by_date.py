"""Figures by date: the curated rows merged over the extracted ones, grouped into snapshots,
and each snapshot's state with the figures of earlier reports carried forward."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from geomap.errors import InputError
from geomap.figures import Figure


def merge(extracted: Iterable[Figure], curated: Iterable[Figure]) -> list[Figure]:
    """Combine figures; a curated row replaces an extracted one for the same date and region.

    A curated row that keeps the extracted quote keeps its provenance too (document, span).
    """
    merged: dict[tuple, Figure] = {}
    for figure in extracted:
        merged[(figure.as_of, figure.region_code)] = figure
    for figure in curated:
        key = (figure.as_of, figure.region_code)
        before = merged.get(key)
        if before is not None and before.quote == figure.quote:
            figure = replace(
                figure, document=before.document, span=before.span,
                claim_quote=before.claim_quote, outlet=before.outlet,
            )  # fmt: skip
        merged[key] = figure
    return sorted(merged.values(), key=lambda f: (f.as_of or dt.date.min, f.region_code))


def snapshots(figures: Iterable[Figure]) -> dict[dt.date, list[Figure]]:
    """Group figures by date, oldest first."""
    by_date: dict[dt.date, list[Figure]] = {}
    for figure in figures:
        if figure.as_of is None:
            raise InputError(
                f"has figures ({figure.region_code}) but no date in its name or its first lines",
                where=figure.document or None,
                hint="name the text YYYY-MM-DD-*.txt, or begin it with a line Date: YYYY-MM-DD",
            )
        by_date.setdefault(figure.as_of, []).append(figure)
    return dict(sorted(by_date.items()))


def carry_forward(history: dict[dt.date, list[Figure]]) -> dict[dt.date, list[Figure]]:
    """The state on each date: every region's latest figure up to that date.

    A new report that names only some regions does not erase the others; their figures keep
    their own ``as_of``, so maps can say they come from an earlier report.
    """
    state: dict[str, Figure] = {}
    result = {}
    for day, figures in sorted(history.items()):
        for new in figures:
            old = state.get(new.region_code)
            if old is None:
                state[new.region_code] = new
                continue
            # A report that only restates a claim keeps the last share; one that gives only a
            # share keeps the last claim. A later statement that the unit is held, with no
            # share, is newer than an earlier share: the share is not carried past it.
            says_who = new.held or new.defender_held
            base = old if new.controlled_pct is None and not says_who else new
            claimed = old.claimed if new.claimed is None else new.claimed
            state[new.region_code] = replace(base, claimed=claimed)
        result[day] = sorted(state.values(), key=lambda f: f.region_code)
    return result
