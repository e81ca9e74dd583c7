"""The Figure model: one region's reported control share and claim on one date, with provenance.

Figures come from texts (:mod:`geomap.extract`) or from the curated CSV file that users edit;
this module loads, validates and saves them (:mod:`geomap.by_date` merges them into dated
snapshots).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from geomap.dates import parse_date
from geomap.errors import FiguresError, UnknownRegionError
from geomap.files import read_user_text
from geomap.profile import gazetteer

log = logging.getLogger(__name__)

COLUMNS = (
    "as_of",
    "region_code",
    "region",
    "controlled_pct",
    "qualifier",
    "claimed",
    "basis",
    "source",
    "quote",
)
# A column the figures file may have: the date a figure read from a text was accepted by review.
REVIEWED = "reviewed"
BASES = ("reported", "inferred", "manual")
# Written in the controlled_pct column: held by the controlling side, no share given; held by
# the defending side, no share given.
HELD = "held"
DEFENDED = "defended"
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


@dataclass(frozen=True, kw_only=True)
class Figure:
    """What one source says about one region on one date.

    ``controlled_pct`` is the share of the region's area under Russian control (0–100), or
    ``None`` where only a claim is known. ``qualifier`` keeps the source's hedge ("about").
    ``basis`` is ``reported`` (stated), ``inferred`` (derived) or ``manual`` (entered by hand).
    ``claimed`` is ``True`` when Russia claims the whole region, ``False`` when a source says it
    does not, and ``None`` when nothing is said. A source that gives a range ("83–85%") keeps it
    in ``pct_range``; ``controlled_pct`` is then its middle. ``defender_pct`` is a share the
    source says the defending side holds: reported as such, never taken for the controlling
    side's control. ``held`` says the source states that the controlling side holds the
    region without giving a share ("the RSF controls four states: ..."): held, no share given;
    ``defender_held`` the same of the defending side ("the army took Gezira State"): a class of
    its own on the maps, never taken for the controlling side's share.
    ``note`` says how the figure was read (which of several figures won, and why).
    """

    region_code: str
    region: str
    as_of: dt.date | None = None
    controlled_pct: float | None = None
    qualifier: str = ""
    claimed: bool | None = None
    basis: str = "reported"
    source: str = ""
    quote: str = ""
    document: str = ""
    span: tuple[int, int] | None = field(default=None, compare=False)
    claim_quote: str = field(default="", compare=False)
    pct_range: tuple[float, float] | None = None
    defender_pct: float | None = field(default=None, compare=False)
    note: str = field(default="", compare=False)
    outlet: str = field(default="", compare=False)  # who published the text it came from
    held: bool = False  # held by the controlling side, no share given
    reviewed: str = field(default="", compare=False)  # the date review accepted it (ISO)
    defender_held: bool = False  # held by the defending side, no share given (see above)

    @property
    def held_only(self) -> bool:
        """Held, with no share: shown as a class of its own; its share stays empty."""
        return self.held and self.controlled_pct is None

    @property
    def defended_only(self) -> bool:
        """Held by the defending side, with no share: a class of its own; no share."""
        return self.defender_held and self.controlled_pct is None and not self.held

    @property
    def mappable(self) -> bool:
        """Whether a map can show it: it has a share of the controlling side, says whether that
        side claims it, or says which side holds it (a share only the defending side is said to
        hold is evidence, not a figure for the map)."""
        return (
            self.controlled_pct is not None
            or self.claimed is not None
            or self.held
            or self.defender_held
        )

    @property
    def pct_text(self) -> str:
        """The share as the source gave it: "70", "66.7", "83–85", "" for none."""
        if self.pct_range:
            return "–".join(format_pct(v) for v in self.pct_range)
        return format_pct(self.controlled_pct)

    def to_row(self) -> dict[str, str]:
        """The figure as a CSV row of :data:`COLUMNS`, every value a string."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else "",
            "region_code": self.region_code,
            "region": self.region,
            "controlled_pct": (
                HELD if self.held_only else DEFENDED if self.defended_only else self.pct_text
            ),
            "qualifier": self.qualifier,
            "claimed": {True: "true", False: "false", None: ""}[self.claimed],
            "basis": self.basis,
            "source": self.source,
            "quote": self.quote,
            REVIEWED: self.reviewed,
        }

    @property
    def ukraine_pct(self) -> float | None:
        """:attr:`defender_pct` by its old name (until geomap 0.3)."""
        return self.defender_pct

    def to_json(self) -> dict:
        """The figure as a JSON-ready dict: the CSV fields plus provenance (``ukraine_pct``,
        the old key of ``defender_pct``, too until geomap 0.3)."""
        data = asdict(self)
        data["ukraine_pct"] = self.defender_pct
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["span"] = list(self.span) if self.span else None
        data["pct_range"] = list(self.pct_range) if self.pct_range else None
        return data


def format_pct(value: float | None) -> str:
    """``99.0`` → ``"99"``, ``66.7`` → ``"66.7"``, ``None`` → ``""``."""
    if value is None:
        return ""
    return f"{round(value, 1) + 0.0:.1f}".removesuffix(".0")  # + 0.0: never "-0"


_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)")


def strict_number(text: str) -> float:
    """A number as people write it in a table: digits with at most one decimal point. Python's
    own ``float`` also takes "7_5", "1e2", "nan" and "inf", which no share is written as."""
    text = text.strip()
    if not _NUMBER_RE.fullmatch(text):
        raise ValueError(text)
    return float(text)


def _field_error(where: str, column: str, message: str, hint: str) -> FiguresError:
    return FiguresError(f"{column}: {message}", where=where, hint=hint)


def _parse_row(row: dict[str, str], where: str) -> Figure:
    gaz = gazetteer()
    values = {k: (v or "").strip() for k, v in row.items()}

    try:
        as_of = parse_date(values["as_of"])
    except ValueError as exc:
        raise _field_error(
            where, "as_of", f"{values['as_of']!r} is not a date", "write it as YYYY-MM-DD"
        ) from exc
    if as_of > dt.date.today():
        raise _field_error(
            where, "as_of", f"{as_of} is in the future", "give the date the figure was reported"
        )
    if as_of.year < 1900:
        raise _field_error(
            where, "as_of", f"{as_of} is before 1900", "check the year of the figure's date"
        )

    code, name = values["region_code"], values["region"]
    try:
        region = gaz.get(code) if code else gaz.resolve(name)
    except UnknownRegionError as exc:
        column = "region_code" if code else "region"
        raise FiguresError(f"{column}: {exc}", where=where) from exc
    named = gaz.find(name) if code and name else None
    if named is not None and named.code != region.code:
        raise FiguresError(
            f"region_code {region.code} is {region.name}, but region says {name!r} "
            f"({named.code})", where=where, hint="make them name the same region, or empty one",
        )  # fmt: skip

    pct_text = values["controlled_pct"].removesuffix("%").strip()
    pct: float | None = None
    held = pct_text.casefold() == HELD
    defended = pct_text.casefold() == DEFENDED
    pct_range = None if held or defended else _parse_range(pct_text, where)
    if held or defended:
        pct_text = ""
    elif pct_range:
        pct = sum(pct_range) / 2
    elif pct_text:
        try:
            pct = strict_number(pct_text)
        except ValueError as exc:
            decimal_comma = re.fullmatch(r"\d+,\d+", pct_text)
            raise _field_error(
                where,
                "controlled_pct",
                f"{values['controlled_pct']!r} is not a number",
                "use a dot for decimals (75.5)"
                if decimal_comma
                else "give a share from 0 to 100, or leave it empty",
            ) from exc
        if not (math.isfinite(pct) and 0 <= pct <= 100):
            raise _field_error(
                where,
                "controlled_pct",
                f"{pct_text} is outside 0–100",
                "give a share from 0 to 100, or leave it empty",
            )

    claimed_text = values["claimed"].casefold()
    if claimed_text not in _TRUE | _FALSE | {""}:
        raise _field_error(
            where, "claimed", f"{values['claimed']!r} is not a boolean", "write true or false"
        )
    claimed = None if not claimed_text else claimed_text in _TRUE

    basis = values["basis"].casefold() or "manual"
    if basis not in BASES:
        raise _field_error(
            where, "basis", f"{values['basis']!r} is not a known basis", "use " + ", ".join(BASES)
        )
    if pct is None and claimed is None and not held and not defended:
        raise FiguresError(
            "the row has neither a controlled_pct nor a claimed value",
            where=where,
            hint="give a share (or held, or defended), say true or false under claimed, or delete "
            "the row",
        )

    reviewed = values.get(REVIEWED, "")
    if reviewed and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reviewed):
        raise _field_error(where, REVIEWED, f"{reviewed!r} is not a date", "write YYYY-MM-DD")
    # A reviewer who corrected a figure knows its quote says another number.
    _doubt(where, pct_text, pct, pct_range, "" if reviewed else values["quote"])
    return Figure(
        region_code=region.code,
        region=region.name,
        as_of=as_of,
        controlled_pct=pct,
        qualifier=values["qualifier"],
        claimed=claimed,
        basis=basis,
        source=values["source"],
        quote=values["quote"],
        pct_range=pct_range,
        held=held,
        reviewed=reviewed,
        defender_held=defended,
    )


# A share in a quote: "70%", "70 per cent", "70 percent", "83–85%".
_QUOTED_PCT_RE = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*(?:%|per\s*cent\b|percent\b)",
    re.IGNORECASE,
)


def _doubt(where: str, text: str, pct: float | None, pct_range, quote: str) -> None:
    """Warn of a row that is valid but likely not what was meant: a share written as a fraction
    ("0.05" for five per cent), or a quote that gives other shares than the row."""
    if pct is not None and 0 < pct <= 1 and "." in text:
        log.warning(
            "%s: controlled_pct %s is read as %s%%; if the source said %s%%, write %s",
            where, text, text, format_pct(pct * 100), format_pct(pct * 100),
        )  # fmt: skip
    if pct is None:
        return
    found = _QUOTED_PCT_RE.finditer(quote)
    shares, agreeing = [], set()
    for match in found:
        low, high = float(match[1]), float(match[2]) if match[2] else None
        shares.append(match.group().strip())
        agreeing |= {low} if high is None else {low, high, (low + high) / 2}
    if shares and not agreeing & ({pct, *(pct_range or ())}):
        log.warning(
            "%s: the quote gives %s, the row %s%%; is the quote this figure's?",
            where, ", ".join(shares), text or format_pct(pct),
        )  # fmt: skip


def _parse_range(text: str, where: str) -> tuple[float, float] | None:
    """ "83–85" (or "83-85") → (83.0, 85.0); anything else → None."""
    low, sep, high = text.replace("–", "-").partition("-")
    if not sep or not low.strip():
        return None
    try:
        lo, hi = strict_number(low.removesuffix("%")), strict_number(high.removesuffix("%"))
    except ValueError:
        return None
    if not (math.isfinite(lo) and math.isfinite(hi) and 0 <= lo < hi <= 100):
        raise _field_error(
            where, "controlled_pct", f"{text!r} is not a range within 0–100",
            "write a range low to high, like 83–85",
        )  # fmt: skip
    return (lo, hi)


def load_figures(path: str | Path) -> list[Figure]:
    """Load and strictly validate a figures CSV file.

    Raises
    ------
    FiguresError
        With the file, line and field of the first problem.
    """
    text = read_user_text(
        path, kind="figures file", content="CSV", hint="give a CSV file", error=FiguresError
    )
    return parse_figures(text, name=str(path))


def parse_figures(text: str, *, name: str = "<figures>") -> list[Figure]:
    """Parse figures CSV text; ``name`` is used in error messages."""
    if "\x00" in text:
        raise FiguresError("is a binary file, not CSV", where=name, hint="give a figures CSV file")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise FiguresError(f"malformed CSV header ({exc})", where=f"{name}:1") from exc
    if len(header) == 1 and ";" in header[0]:
        raise FiguresError(
            "fields are separated by semicolons", where=f"{name}:1",
            hint="use commas (save it as CSV with commas, not semicolons)",
        )  # fmt: skip
    missing = [c for c in COLUMNS if c not in header]
    extra = [c for c in header if c not in (*COLUMNS, REVIEWED)]
    twice = sorted({c for c in header if header.count(c) > 1})
    if missing or extra or twice:
        parts = [f"column(s) given twice: {', '.join(twice)}"] if twice else []
        if missing:
            parts.append("missing column(s) " + ", ".join(missing))
        if extra:
            parts.append("unknown column(s) " + ", ".join(repr(c) for c in extra))
        raise FiguresError(
            "; ".join(parts), where=f"{name}:1", hint="the header must be " + ",".join(COLUMNS)
        )

    figures: list[Figure] = []
    seen: dict[tuple, int] = {}
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            where = f"{name}:{line}"
            if None in row or any(v is None for v in row.values()):
                # One field too many, and a number cut in two: a decimal comma.
                surplus = row.get(None) or []  # DictReader's restkey: the fields past the last
                decimal_comma = len(surplus) == 1 and re.fullmatch(
                    r"\d+", (row.get("qualifier") or "").strip()
                )  # fmt: skip
                raise FiguresError(
                    f"expected {len(COLUMNS)} fields",
                    where=where,
                    hint="use a dot for decimals (75.5), not a comma"
                    if decimal_comma
                    else "check the commas and quotes on that line",
                )
            if not any((v or "").strip() for v in row.values()):
                continue
            figure = _parse_row(row, where)
            key = (figure.as_of, figure.region_code)
            if key in seen:
                raise FiguresError(
                    f"region_code: {figure.region_code} appears twice for {figure.as_of} "
                    f"(first on line {seen[key]})",
                    where=where,
                    hint="keep one row per region and date",
                )
            seen[key] = line
            figures.append(figure)
    except csv.Error as exc:
        raise FiguresError(
            f"malformed CSV ({exc})", where=f"{name}:{line + 1}", hint="check the quotes"
        ) from exc
    return figures


def figures_to_csv(figures: Iterable[Figure]) -> str:
    """Serialise figures as CSV text with the :data:`COLUMNS` header."""
    buffer = io.StringIO()
    figures = list(figures)
    columns = (*COLUMNS, REVIEWED) if any(f.reviewed for f in figures) else COLUMNS
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for figure in figures:
        writer.writerow(figure.to_row())
    return buffer.getvalue()
