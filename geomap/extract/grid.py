"""Tables typed with bars or tabs under a header row: "Oblast | Area (km²) | Occupied (%)" over
"Donetsk | 26,517 | 79". The column whose header names a share and who holds it (a percent sign
or "share", and "occupied", "under Russian control", "Russian-held") gives each row's figure:
of the unit its first cell names, held by the side the header names. A header that names no
side, or a cell that is no number of 0 to 100, gives nothing.

Lines of one unit and one side ("North Darfur: RSF"): :mod:`tables`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geomap.extract.shares import Share
from geomap.extract.sides import sides
from geomap.extract.statement import side_of_words
from geomap.extract.text import Sentence
from geomap.patterns import compiled
from geomap.profile import gazetteer

_CELL_RE = compiled(r"[^|\t]+")
_SHARE_WORDS_RE = compiled(r"%|\bper\s*cent\b|\bpercent\b|\bshare\b", re.IGNORECASE)
_OCCUPIED_RE = compiled(r"\boccup(?:ied|ation)\b", re.IGNORECASE)
_AREA_RE = compiled(r"km2|km²|\bsq\.?\s*km\b|\bsquare\b|\bhectares\b", re.IGNORECASE)
_FIGURE_RE = compiled(
    r"(?P<hedge>about|around|approx\.?|approximately|~|>|<|over|under)?\s*"
    r"(?P<value>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)?",
    re.IGNORECASE,
)
_DECIMAL_COMMA_RE = compiled(r"[^,]*\d{1,3},\d{1,2}\s*%?")
_HEDGES = {"approx": "about", "approx.": "about", "approximately": "about", "~": "about",
           ">": "over", "<": "under"}  # fmt: skip


def cells(text: str) -> list[tuple[int, int]]:
    """The spans of a row's cells in ``text``, their spaces left out; [] for a line of one."""
    if "|" not in text and "\t" not in text:
        return []
    found = []
    for m in _CELL_RE.finditer(text):
        lo, hi = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        hi -= len(m.group()) - len(m.group().rstrip())
        if hi > lo:
            found.append((lo, hi))
    return found if len(found) > 1 else []


# A row of a name and a figure under a caption, with no bars or tabs: "Donetsk 79", "Luhansk:
# 99.7", "- Kherson – 73", and a change "Donetsk 67 → 79" (the figure after the arrow, the
# later one).
_LINE_ROW_RE = compiled(
    r"\s*[-*•]?\s*(?P<name>[A-Z][^\d:|\t→]{1,40}?)\s*[:–—-]?\s*"
    r"(?:\d{1,3}(?:[.,]\d+)?\s*%?\s*(?:→|->|=>)\s*)?"
    r"(?P<figure>(?:about\s+|~|>|<)?\d{1,3}(?:[.,]\d+)?\s*%?)\s*\.?"
)


# A caption with no colon that says its rows' figures are shares: "... by region (%)"
_IN_PERCENT_RE = compiled(r"(?:\(\s*(?:%|per\s*cent|percent)\s*\)|,\s*%)\s*$", re.IGNORECASE)


def line_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the name and the figure of a row under a caption ("Donetsk 67 → 79"), or
    []."""
    row = _LINE_ROW_RE.fullmatch(text)
    return [row.span("name"), row.span("figure")] if row else []


def grid_rows(sentences: Sequence[Sentence]) -> dict[int, tuple[int, str, str, bool]]:
    """For each row of a table under a header with a column of shares: its index, and that
    column, its holder, the header cell's words and whether they say its figures are shares
    (else a figure is one only with its own percent sign)."""
    rows: dict[int, tuple[int, str, str, bool]] = {}
    k = 0
    while k < len(sentences):
        text = sentences[k].text
        header = cells(text)
        caption = not header and (text.rstrip().endswith(":") or bool(_IN_PERCENT_RE.search(text)))
        if caption:
            # a caption over rows of a name and a figure: "Share under Russian control, %:",
            # "Russian-held territory by region (%)"
            header = [(0, 0), (0, len(text.rstrip()) - text.rstrip().endswith(":"))]
        columns = _share_columns(text, header)
        if caption:  # one that says its rows are shares ("Occupied, %:"); else a heading's list
            columns = [c for c in columns if c[3]]
        j = k + 1
        while j < len(sentences) and len(_cells(sentences[j].text, caption)) == len(header) > 1:
            j += 1
        # one column: which else is not said; the one that says its figures are shares before
        # one of areas ("Occupied (km²)" beside "Share occupied")
        columns.sort(key=lambda c: not c[3])
        for column in columns[:1]:
            for row in range(k + 1, j):
                rows[row] = column
        # a header that names no side's share is passed over, and its rows may be a table of
        # their own (a caption over a table with its own header row)
        k = max(j, k + 1) if columns else k + 1
    return rows


def _cells(text: str, caption: bool) -> list[tuple[int, int]]:
    """A row's cells: parted by bars or tabs, or, under a caption, a name and a figure."""
    return cells(text) or (line_cells(text) if caption else [])


def _share_columns(text: str, header: list[tuple[int, int]]) -> list[tuple[int, str, str, bool]]:
    """The columns of a header row that name a side holding: "Occupied (%)", "Under Russian
    control"."""
    two = sides()
    found = []
    for column, (lo, hi) in enumerate(header[1:], start=1):
        words = text[lo:hi]
        # "occupied": the controlling side's, whoever else the words name ("of Ukraine's land")
        holder = two.controller if _OCCUPIED_RE.search(words) else side_of_words(words, two)
        if holder and not _AREA_RE.search(words):
            share = bool(_SHARE_WORDS_RE.search(words))
            found.append((column, holder, " ".join(words.split()), share))
    return found


def read_row(sentence: Sentence, column: int, holder: str, words: str, share: bool) -> list[Share]:
    """The figure a table's row gives in its column of shares, of the unit its first cell
    names; [] where the cell is no number of 0 to 100 (with its percent sign where the header
    has none: ``share``) or the first cell names no unit."""
    spans = cells(sentence.text) or line_cells(sentence.text)
    if column >= len(spans):
        return []
    name = sentence.text[slice(*spans[0])]
    lo, hi = spans[column]
    cell = sentence.text[lo:hi]
    decimal = _DECIMAL_COMMA_RE.fullmatch(cell)  # "99,7" (not "26,517": thousands)
    figure = _FIGURE_RE.fullmatch(cell.replace(",", ".") if decimal else cell)
    regions = gazetteer().expand(name.strip(" *•-–—"))
    if figure is None or not regions or float(figure["value"]) > 100:
        return []
    if not share and not _SHARE_WORDS_RE.search(figure.group()):
        return []  # "Donetsk | 26,517" under "Occupied": square kilometres, maybe
    hedge = (figure["hedge"] or "").lower()
    s0 = sentence.start
    return [
        Share(
            sentence, s0 + lo, s0 + hi, float(figure["value"]), None, _HEDGES.get(hedge, hedge),
            regions=regions, holder=holder, note=f"a table's column '{words}'", cue=words,
            clause=sentence.text, target_end=s0 + hi,
        )
    ]  # fmt: skip
