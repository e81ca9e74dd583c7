"""The text of a document as journalists have it: plain text, a saved web page, a PDF, a DOCX.

Each kind is read with the library made for it: trafilatura takes the article out of a web
page (leaving menus, footers and comments behind), pypdf the text of a PDF's pages,
python-docx the paragraphs of a Word document. Extensions are matched in any case. A file that
cannot be read, or that has no text, is an error naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError
from geomap.files import read_user_bytes, read_user_text

PLAIN = (".txt", ".md", ".markdown")
WEB = (".html", ".htm")
SUFFIXES = (*PLAIN, *WEB, ".pdf", ".docx")
_HINT = "give a .txt, .md, .html, .pdf or .docx file"


# A header line of the user's own, in a text's first lines: "Source: The Kyiv Independent".
_HEADER_RE = re.compile(
    r"^[ \t]*(?:source|publisher|outlet|published by)[ \t]*:[ \t]*(?P<name>\S.*?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
HEADER_LINES = 5


@dataclass(frozen=True)
class Document:
    text: str
    outlet: str = ""  # who published it: the name to credit, or "" when it does not say


def read(path: str | Path) -> str:
    """The text of the document at ``path``, by its extension (in any case)."""
    return load(path).text


def load(path: str | Path) -> Document:
    """The document at ``path``: its text, and who published it, from a header line of the
    text's own ("Source: Reuters", "Publisher: ...", "Outlet: ...", "Published by: ..." in its
    first lines) or a saved web page's site name."""
    path = Path(path)
    outlet = ""
    if path.suffix.casefold() in WEB:
        text, outlet = _web_page(path)
    else:
        text = _text(path)
    if not text.strip():
        raise InputError("is empty", where=str(path), hint="give a text with figures in it")
    header = _HEADER_RE.search("\n".join(text.splitlines()[:HEADER_LINES]))
    if header:
        outlet = header["name"]
    return Document(text, " ".join(outlet.split())[:100])


def _text(path: Path) -> str:
    suffix = path.suffix.casefold()
    if suffix == ".pdf":
        return _pdf(path)
    if suffix == ".docx":
        return _docx(path)
    return read_user_text(path, kind="text file", content="text", hint=_HINT, windows_1252=True)


def _web_page(path: Path) -> tuple[str, str]:
    """The article of a saved web page, and the site's name from its metadata."""
    import trafilatura

    page = read_user_text(
        path, kind="web page", content="a web page", hint=_HINT, windows_1252=True
    )
    text = trafilatura.extract(page, include_comments=False, include_tables=True)
    if not text:
        raise InputError(
            "no article text found in the page", where=str(path),
            hint="save the article's page itself, or paste its text into a .txt file",
        )  # fmt: skip
    meta = trafilatura.extract_metadata(page)
    site = (meta.sitename or meta.hostname or "") if meta is not None else ""
    return text, site


def _pdf(path: Path) -> str:
    import io

    import pypdf

    # Read outside the try: its InputError is a ValueError too.
    data = read_user_bytes(path, kind="PDF", hint=_HINT)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (pypdf.errors.PyPdfError, ValueError, KeyError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read the PDF ({first})", where=str(path), hint=_HINT) from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(
            "has no text layer (a scanned PDF?)", where=str(path),
            hint="run it through OCR first, or paste its text into a .txt file",
        )  # fmt: skip
    return text


def _docx(path: Path) -> str:
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    data = read_user_bytes(path, kind="Word document", hint=_HINT)  # its own errors
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("is not a Word document (.docx)", where=str(path), hint=_HINT) from exc
    return "\n".join(p.text for p in document.paragraphs)
