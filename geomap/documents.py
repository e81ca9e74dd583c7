"""The text of a document as journalists have it: plain text, a saved web page, a PDF, a DOCX.

Each kind is read with the library made for it: trafilatura takes the article out of a web
page (leaving menus, footers and comments behind), pypdf the text of a PDF's pages,
python-docx the paragraphs of a Word document. Extensions are matched in any case. A file that
cannot be read, or that has no text, is an error naming it.
"""

from __future__ import annotations

from pathlib import Path

from geomap.errors import InputError
from geomap.files import read_user_text

PLAIN = (".txt", ".md", ".markdown")
WEB = (".html", ".htm")
SUFFIXES = (*PLAIN, *WEB, ".pdf", ".docx")
_HINT = "give a .txt, .md, .html, .pdf or .docx file"


def read(path: str | Path) -> str:
    """The text of the document at ``path``, by its extension (in any case)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix in WEB:
        text = _web_page(path)
    elif suffix == ".pdf":
        text = _pdf(path)
    elif suffix == ".docx":
        text = _docx(path)
    else:
        text = read_user_text(path, kind="text file", content="text", hint=_HINT, windows_1252=True)
    if not text.strip():
        raise InputError("is empty", where=str(path), hint="give a text with figures in it")
    return text


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot be read ({exc.strerror or type(exc).__name__})", where=str(path), hint=_HINT
        ) from exc


def _web_page(path: Path) -> str:
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
    return text


def _pdf(path: Path) -> str:
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(_bytes(path)))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (pypdf.errors.PyPdfError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read the PDF ({exc})", where=str(path), hint=_HINT) from exc
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

    try:
        document = docx.Document(io.BytesIO(_bytes(path)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("is not a Word document (.docx)", where=str(path), hint=_HINT) from exc
    return "\n".join(p.text for p in document.paragraphs)
