"""The text of a document as journalists have it: plain text, a saved web page, a PDF, a DOCX.

Each kind is read with the library made for it: trafilatura takes the article out of a web
page (leaving menus, footers and comments behind), pypdf the text of a PDF's pages,
python-docx the paragraphs of a Word document. Extensions are matched in any case. A file that
cannot be read, or that has no text, is an error naming it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geomap import limits
from geomap.dates import date_in_line
from geomap.errors import InputError, MissingDependencyError
from geomap.files import read_user_bytes, read_user_text

# A header line of the user's own, in a text's first lines: "Source: The Kyiv Independent".
_HEADER_RE = re.compile(
    r"^[ \t]*(?:source|publisher|outlet|published by)[ \t]*:[ \t]*(?P<name>\S.*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# And its date: "Date: 2025-02-18", "Published: 18 February 2025", "Dated: March 4, 2025".
_DATE_HEADER_RE = re.compile(
    r"^[ \t]*(?:date|dated|published|published on)[ \t]*:[ \t]*(?P<date>\S.*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
HEADER_LINES = 5

# What a reader gives: the text, the outlet, the publication date (the last two if it knows).
_Read = tuple[str, str, "dt.date | None"]


@dataclass(frozen=True)
class Document:
    text: str
    outlet: str = ""  # who published it: the name to credit, or "" when it does not say
    published: dt.date | None = None  # when, if the text or the page's metadata says
    dated_by: str = ""  # where that date was read: "its date line", "the page's metadata"
    unread_date: str = ""  # a date line that holds no date ("Published: 2 hours ago")


def read(path: str | Path) -> str:
    """The text of the document at ``path``, by its extension (in any case)."""
    return load(path).text


def load(path: str | Path) -> Document:
    """The document at ``path``: its text, who published it and when.

    The outlet is read from a header line of the text's own among its first lines ("Source:
    Reuters", "Publisher: ...", "Outlet: ...", "Published by: ...") or a saved web page's site
    name; the date from a header line ("Date: 2025-02-18", "Published: 18 February 2025") or a
    saved web page's metadata (its publication date tags, never a date guessed from its text).
    A PDF's or a Word document's own dates are when the file was made, not published: unused.
    """
    path = Path(path)
    text, outlet, published = READERS.get(path.suffix.casefold(), _plain)(path)
    dated_by = "the page's metadata" if published else ""
    if not text.strip():
        raise InputError("is empty", where=str(path), hint="give a text with figures in it")
    head = "\n".join(text.splitlines()[:HEADER_LINES])
    header = _HEADER_RE.search(head)
    if header:
        outlet = header["name"]
    dated, unread = _DATE_HEADER_RE.search(head), ""
    if dated:
        day = date_in_line(dated["date"])
        if day is None:
            unread = dated["date"][:40]
        else:
            published, dated_by = day, "its date line"
    return Document(text, " ".join(outlet.split())[:100], published, dated_by, unread)


def _web_page(path: Path) -> _Read:
    """The article of a saved web page, the site's name and the publication date from its
    metadata."""
    page = read_user_text(
        path, kind="web page", content="a web page", hint=_HINT, windows_1252=True,
        limit=limits.WEB_PAGE_MB,
    )  # fmt: skip
    text, site, published, _title = article_of_page(page, where=str(path))
    return text, site, published


def article_of_page(page: str, *, where: str) -> tuple[str, str, dt.date | None, str]:
    """The article of a web page's HTML (a saved page, a crawled one): its text, the site's
    name, the publication date of the page's tags (never one guessed from its text) and its
    title. A page with no article is an error of ``where``."""
    trafilatura = _web_reader(where)
    text = trafilatura.extract(page, include_comments=False, include_tables=True)
    if not text:
        raise InputError(
            "no article text found in the page", where=where,
            hint="save the article's page itself, or paste its text into a .txt file",
        )  # fmt: skip
    # Not extensive: the date of the page's tags, never one guessed from its text.
    meta = trafilatura.extract_metadata(page, extensive=False)
    if meta is None:
        return text, "", None, ""
    try:
        published = dt.date.fromisoformat(meta.date) if meta.date else None
    except ValueError:
        published = None
    return text, meta.sitename or meta.hostname or "", published, meta.title or ""


def _web_reader(where: str):
    """trafilatura, imported; a package it needs that is missing is an error of this page's
    reading (naming the package to install), not of the build's other texts."""
    try:
        import trafilatura
    except ImportError as exc:
        package = "lxml_html_clean" if "lxml_html_clean" in str(exc) else exc.name or "trafilatura"
        raise MissingDependencyError(
            f"cannot read saved web pages: the Python package {package} is missing",
            where=where,
            hint=f"install it (pip install {package}), or paste the article into a .txt file",
        ) from exc
    return trafilatura


def _pdf(path: Path) -> _Read:
    import io

    import pypdf

    # Read outside the try: its InputError is a ValueError too.
    data = read_user_bytes(path, kind="PDF", hint=_HINT, limit=limits.DOCUMENT_MB)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            # An owner password alone (what restricts printing or copying) opens with "".
            raise InputError(
                "is protected by a password", where=str(path),
                hint="save a copy without the password, or paste its text into a .txt file",
            )  # fmt: skip
        if len(reader.pages) > limits.PDF_PAGES.value:
            raise InputError(
                f"has {len(reader.pages):,} pages", where=str(path),
                hint=limits.hint(limits.PDF_PAGES),
            )  # fmt: skip
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read the PDF ({first})", where=str(path), hint=_HINT) from exc
    text = "\n\n".join(joined_lines(page) for page in pages)
    if not text.strip():
        raise InputError(
            "has no text layer (a scanned PDF?)", where=str(path),
            hint="run it through OCR first, or paste its text into a .txt file",
        )  # fmt: skip
    return text, "", None


# A word broken at the end of a PDF's line: "Zapo-" over "rizhzhia", "Russian-" over
# "controlled".
_BROKEN_RE = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=([a-z][\w'’]*))")
# The second halves of words written with a hyphen, which a line break after the hyphen keeps:
# "Russian-controlled", "RSF-held", "Kremlin-backed". A line that starts with a capital is left
# as it is ("pro-" over "Russian").
_HYPHENATED = frozenset({
    "held", "controlled", "occupied", "backed", "run", "installed", "appointed", "led", "aligned",
    "allied", "affiliated", "based", "speaking", "proclaimed", "declared", "annexed", "style",
    "term", "scale", "wide", "long", "old", "year", "month", "day", "level", "era", "war", "front",
    "line", "called",
})  # fmt: skip


def joined_lines(text: str) -> str:
    """A PDF page's text with the words broken at its lines' ends joined: the hyphen dropped
    ("Zaporizhzhia"), or kept where the second half is one of a word written with it
    ("Russian-controlled")."""
    return _BROKEN_RE.sub(lambda m: "-" if m[1].lower() in _HYPHENATED else "", text)


def _docx(path: Path) -> _Read:
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    data = read_user_bytes(path, kind="Word document", hint=_HINT, limit=limits.DOCUMENT_MB)
    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError("is not a Word document (.docx)", where=str(path), hint=_HINT) from exc
    if unpacked > limits.UNPACKED_MB.value * 1_000_000:
        raise InputError(
            f"unpacks to {unpacked / 1e6:,.0f} MB", where=str(path),
            hint=limits.hint(limits.UNPACKED_MB),
        )  # fmt: skip
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("is not a Word document (.docx)", where=str(path), hint=_HINT) from exc
    except (SyntaxError, RecursionError, MemoryError) as exc:  # lxml's XMLSyntaxError is one
        first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(
            f"cannot read the Word document ({first})", where=str(path), hint=_HINT
        ) from exc
    return "\n".join(p.text for p in document.paragraphs), "", None


def _plain(path: Path) -> _Read:
    text = read_user_text(
        path, kind="text file", content="text", hint=_HINT, windows_1252=True,
        limit=limits.DOCUMENT_MB,
    )  # fmt: skip
    return text, "", None


# The readers, by extension (matched in any case); the list of what geomap reads is theirs.
READERS: dict[str, Callable[[Path], _Read]] = {
    ".txt": _plain,
    ".md": _plain,
    ".markdown": _plain,
    ".html": _web_page,
    ".htm": _web_page,
    ".pdf": _pdf,
    ".docx": _docx,
}
SUFFIXES = tuple(READERS)
# "... .pdf or .docx": the extensions, as a sentence says them.
KINDS = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]
_HINT = f"give a text saved as {KINDS}"
