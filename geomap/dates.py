"""Dates as geomap reads them, one set of rules for every input: an ISO date in a figures file
or an option, the date in a file's name (texts and control layers alike), the date of a text's
date line ("Published: 18 February 2025")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# In a file's name: 2025-02-18 or 20250218, anywhere, not inside a longer number.
_NAME_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?!\d)"
)
# The calendar's months as texts spell them (not the locale's: the texts are English).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_IN_LINE = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), None),
    (re.compile(rf"\b\d{{1,2}} {_MONTH},? \d{{4}}\b", re.IGNORECASE), ("%d", "%B", "%Y")),
    (re.compile(rf"\b{_MONTH} \d{{1,2}},? \d{{4}}\b", re.IGNORECASE), ("%B", "%d", "%Y")),
)


def parse_date(text: str) -> dt.date:
    """Parse an ISO ``YYYY-MM-DD`` date or raise :class:`ValueError`."""
    text = text.strip()
    if not _ISO_RE.fullmatch(text):  # not an ISO week date ("2025-W07-2") or a time
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def date_in_name(path: str | Path) -> dt.date | None:
    """The date in a file's name: ``2025-02-18`` or ``20250218`` anywhere in it (the first that
    is a real date), or ``None``."""
    for match in _NAME_RE.finditer(Path(path).stem):
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None


def date_in_line(value: str) -> dt.date | None:
    """The date of a date line: "2025-02-18", "18 February 2025, 14:32 GMT", "Feb. 18, 2025";
    None when it holds none ("2 hours ago", "2025-02-30")."""
    for pattern, order in _IN_LINE:
        match = pattern.search(value)
        if not match:
            continue
        try:
            if order is None:
                return parse_date(match.group(0))
            parts = match.group(0).replace(",", " ").replace(".", " ").split()
            if order[0] == "%B":
                parts = [parts[1], parts[0], parts[2]]
            day, month, year = parts
            return dt.datetime.strptime(f"{day} {month[:3]} {year}", "%d %b %Y").date()
        except ValueError:
            return None
    return None
