"""The evidence: every share and claim phrase found in a text, and what became of it.

One row per phrase and region. ``decision`` is one of:

* ``used``: the figure or claim on the map;
* ``superseded``: the text (or another text of the same date) gives a figure presented as more
  current, or given first;
* ``overridden``: a curated row in ``figures.csv`` replaces it;
* ``ignored``: not a Russian share or claim of a region, with the reason (a vote share, a share
  of the whole country, held by Ukraine, hypothetical, ...).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

USED, SUPERSEDED, OVERRIDDEN, IGNORED = "used", "superseded", "overridden", "ignored"
COLUMNS = (
    "document", "as_of", "start", "end", "phrase", "kind", "region_code", "region", "value",
    "hedge", "holder", "claimed", "decision", "reason", "quote", "clause",
)  # fmt: skip


# Not frozen: a row is made for every phrase and region (tens of thousands per MB of figure-dense
# text), and a frozen dataclass is three times slower to make. A row is changed only by
# :meth:`decided`, which makes a new one.
@dataclass(slots=True)
class Evidence:
    """One share or claim phrase for one region (or none), and the decision taken on it."""

    document: str
    as_of: dt.date | None
    start: int
    end: int
    phrase: str
    kind: str  # "share", "claim" or "held"
    region_code: str
    region: str
    quote: str
    value: float | None = None
    pct_range: tuple[float, float] | None = None
    hedge: str = ""
    holder: str = ""  # "Russia", "Ukraine" or ""
    claimed: bool | None = None
    decision: str = IGNORED
    reason: str = ""
    # The word the holder was read from ("occupied", "controls"), and the clause it is in
    # ("which Moscow's forces have occupied since 2022"): what the holder was read from.
    cue: str = field(default="", compare=False)
    clause: str = field(default="", compare=False)

    def decided(self, decision: str, reason: str) -> Evidence:
        return replace(self, decision=decision, reason=reason)

    @property
    def value_text(self) -> str:
        """The value as the text gave it: "93.11", "83–85", "" for a claim."""
        if self.pct_range:
            return "–".join(f"{v:g}" for v in self.pct_range)
        return "" if self.value is None else f"{self.value:g}"

    def to_row(self) -> dict[str, str]:
        return {
            "document": self.document,
            "as_of": self.as_of.isoformat() if self.as_of else "",
            "start": str(self.start),
            "end": str(self.end),
            "phrase": self.phrase,
            "kind": self.kind,
            "region_code": self.region_code,
            "region": self.region,
            "value": self.value_text,
            "hedge": self.hedge,
            "holder": self.holder,
            "claimed": {True: "true", False: "false", None: ""}[self.claimed],
            "decision": self.decision,
            "reason": self.reason,
            "quote": self.quote,
            "clause": self.clause,
        }


def evidence_csv(rows: Iterable[Evidence]) -> str:
    """The evidence table as CSV text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row.to_row() for row in rows)
    return buffer.getvalue()


def explain(rows: Iterable[Evidence]) -> str:
    """The decisions as lines for a person: one per phrase and region."""
    rows = list(rows)
    places = [f"{e.document}:{e.start}" for e in rows]
    width = max((len(p) for p in places), default=0)
    lines = []
    for place, e in zip(places, rows, strict=True):
        what = {"share": e.phrase, "held": f"held “{e.phrase}”"}.get(e.kind, f"claim “{e.phrase}”")
        region = f"{e.region} ({e.region_code})" if e.region_code else "no region"
        value = ""
        # The clause, where it is a part of the sentence (the quote): what the holder was read
        # from.
        part = e.clause if e.clause and len(e.clause) < 0.8 * len(e.quote) else ""
        clause = f" in “{part}”" if part else ""
        if e.kind == "share" and e.value is not None:
            value = f" = {e.value_text}%" + (f" held by {e.holder}" if e.holder else "")
            value += f" (from “{e.cue}”{clause})" if e.holder and e.cue else ""
        elif e.kind == "claim":
            value = " = claimed" if e.claimed else " = not claimed"
        elif e.kind == "held":
            value = f" held by {e.holder}, no share given" if e.holder else ""
            value += f" (from{clause[3:]})" if e.holder and clause else ""
        why = f": {e.reason}" if e.reason else ""
        lines.append(f"{place:<{width}}  {what:<24} {region}{value}  → {e.decision}{why}")
    return "\n".join(lines) + ("\n" if lines else "")
