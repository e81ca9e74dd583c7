"""Texts as journalists have them: a saved web page, a PDF, a Word document, in any case of
extension; what cannot be read is named in one line."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure

from geomap import documents
from geomap.build import BuildOptions, seed_texts
from geomap.errors import InputError
from geomap.extract import read_files

SENTENCE = "Russia occupies about 70% of the Donetsk region, officials said."
FILLER = "The talks went on for hours in the capital, and neither side gave ground on the day."


def web_page(path: Path) -> Path:
    paragraphs = "".join(f"<p>{FILLER}</p>" for _ in range(4))
    path.write_text(
        "<html><head><title>The front</title></head><body>"
        "<nav>Home | World | Sport | Ukraine 90% off sale</nav>"
        f"<article><h1>The front</h1>{paragraphs}<p>{SENTENCE}</p></article>"
        "<footer>Subscribe: 50% off for 12 months in the Kherson region edition</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


def pdf(path: Path, text: str = SENTENCE) -> Path:
    with mpl.rc_context({"pdf.fonttype": 42}):
        figure = MplFigure(figsize=(9, 2))
        FigureCanvasAgg(figure)
        figure.text(0.02, 0.5, text, fontsize=11)
        figure.savefig(path, format="pdf")
    return path


def word(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("The front", level=1)
    document.add_paragraph(FILLER)
    document.add_paragraph(SENTENCE)
    document.save(path)
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda d: web_page(d / "2025-03-01-page.html"),
        lambda d: web_page(d / "2025-03-01-PAGE.HTM"),
        lambda d: pdf(d / "2025-03-01-assessment.PDF"),
        lambda d: word(d / "2025-03-01-brief.docx"),
    ],
)
def test_each_kind_of_document_gives_its_figure(tmp_path, make):
    path = make(tmp_path)
    assert path in seed_texts(tmp_path)
    reading = read_files([path])
    [figure] = reading.figures
    assert (figure.region_code, figure.controlled_pct, figure.qualifier) == ("UA-14", 70, "about")
    assert figure.as_of == dt.date(2025, 3, 1) and figure.document == path.name


def test_a_web_page_gives_its_article_not_its_menus(tmp_path):
    text = documents.read(web_page(tmp_path / "page.html"))
    assert SENTENCE in text
    assert "90% off" not in text and "Subscribe" not in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.pdf", b"%PDF-1.4 not really", "cannot read the PDF"),
        ("x.docx", b"PK\x03\x04 not a zip", "is not a Word document (.docx)"),
        (
            "x.html",
            b"<html><head><title>t</title></head><body></body></html>",
            "no article text found",
        ),
    ],
)
def test_a_document_that_cannot_be_read_is_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


def test_a_missing_web_page_reader_is_one_line_for_that_page_only(tmp_path, monkeypatch):
    """trafilatura (or a package it imports, such as lxml_html_clean) not importable: the page
    is named with the package to install, exit 1 (the environment's fault); plain texts read."""
    import sys

    from click.testing import CliRunner

    from geomap.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2025-03-01-wire.txt").write_text(SENTENCE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` fails
    assert read_files([seeds / "2025-03-01-wire.txt"]).figures
    page = web_page(seeds / "2025-03-01-page.html")
    result = CliRunner().invoke(
        main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line == (
        f"Error: {page}: cannot read saved web pages: the Python package trafilatura is "
        "missing; install it (pip install trafilatura), or paste the article into a .txt file"
    )
    assert not (tmp_path / "o").exists()


def test_a_pdf_without_text_is_named(tmp_path):
    path = pdf(tmp_path / "scan.pdf", text=" ")
    with pytest.raises(InputError, match="has no text layer"):
        documents.read(path)


def test_other_files_in_the_seeds_are_still_named_and_skipped(tmp_path, caplog):
    (tmp_path / "notes.odt").write_bytes(b"x")
    assert seed_texts(tmp_path) == []
    assert "notes.odt: not read" in caplog.text
    assert BuildOptions(seeds=tmp_path).seeds == tmp_path


def test_the_outlet_comes_from_a_header_or_the_page(tmp_path):
    text = tmp_path / "2025-03-01-a.txt"
    text.write_text(f"Source: The Kyiv Independent\n\n{SENTENCE}\n", encoding="utf-8")
    assert documents.load(text).outlet == "The Kyiv Independent"
    page = web_page(tmp_path / "2025-03-01-b.html")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", "<head><meta property='og:site_name' content='The Front Desk'>"
    )
    page.write_text(html, encoding="utf-8")
    assert documents.load(page).outlet == "The Front Desk"
    # A "Source:" further down is the text's own business, not a header.
    late = tmp_path / "2025-03-01-c.txt"
    late.write_text("\n".join(["Line."] * 6 + ["Source: not a header", SENTENCE]))
    assert documents.load(late).outlet == ""


def test_the_map_credits_the_outlet_not_the_file(tmp_path):
    from geomap.boundaries import load_regions
    from geomap.snapshot import snapshot

    attributed = tmp_path / "2025-03-01-a.txt"
    attributed.write_text(
        "Publisher: The Kyiv Independent\n\nAccording to the Institute for the Study of War, "
        "Russia occupies about 70% of the Donetsk region.\n",
        encoding="utf-8",
    )
    bare = tmp_path / "2025-03-01-b.txt"
    bare.write_text("Outlet: Reuters\n\nRussia occupies 20% of the Kharkiv region.\n",
                    encoding="utf-8")  # fmt: skip
    reading = read_files([attributed, bare])
    snap = snapshot(reading.figures, load_regions(), as_of=dt.date(2025, 3, 1))
    assert snap.texts.source == (
        "Figures: Institute for the Study of War, as reported by The Kyiv Independent; Reuters"
    )


@pytest.mark.parametrize("name", ["x.pdf", "x.docx"])
def test_a_document_that_cannot_be_opened_says_so_not_that_it_is_malformed(
    tmp_path, unreadable, name
):
    path = tmp_path / name
    path.write_bytes(b"x")
    unreadable(path)
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert (
        str(info.value)
        == f"{path}: cannot be read (permission denied); check the file's permissions"
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Date: 2025-03-04", dt.date(2025, 3, 4)),
        ("Published: 4 March 2025, 14:32 GMT", dt.date(2025, 3, 4)),
        ("published on: Tuesday 4 March 2025", dt.date(2025, 3, 4)),
        ("Dated: Mar. 4, 2025", dt.date(2025, 3, 4)),
        ("DATE: September 30 2024", dt.date(2024, 9, 30)),
    ],
)
def test_a_text_without_a_date_in_its_name_takes_its_date_line(tmp_path, line, day):
    text = tmp_path / "front-report.txt"
    text.write_text(f"Source: The Front Desk\n{line}\n\n{SENTENCE}\n", encoding="utf-8")
    document = documents.load(text)
    assert (document.published, document.dated_by, document.outlet) == (
        day, "its date line", "The Front Desk"
    )  # fmt: skip
    [figure] = read_files([text]).figures
    assert (figure.region_code, figure.as_of) == ("UA-14", day)


def test_a_saved_page_takes_the_date_of_its_tags_never_one_guessed_from_its_text(tmp_path):
    page = web_page(tmp_path / "front.html")
    html = page.read_text(encoding="utf-8")
    guessed = html.replace(FILLER, "On 5 March 2024 the talks went on for hours.", 1)
    page.write_text(guessed, encoding="utf-8")
    assert documents.load(page).published is None
    tagged = guessed.replace(
        "<head>", "<head><meta property='article:published_time' content='2025-03-04T10:00:00Z'>"
    )
    page.write_text(tagged, encoding="utf-8")
    document = documents.load(page)
    assert (document.published, document.dated_by) == (dt.date(2025, 3, 4), "the page's metadata")
    [figure] = read_files([page]).figures
    assert figure.as_of == dt.date(2025, 3, 4)


def test_the_name_s_date_wins_and_a_disagreement_is_said(tmp_path, caplog):
    text = tmp_path / "2025-03-05-front.txt"
    text.write_text(f"Date: 2025-03-04\n\n{SENTENCE}\n", encoding="utf-8")
    [figure] = read_files([text]).figures
    assert figure.as_of == dt.date(2025, 3, 5)
    assert "its name says 2025-03-05, its date line 2025-03-04; the name's date is used" in (
        caplog.text
    )
    caplog.clear()
    agreeing = tmp_path / "2025-03-04-front.txt"
    agreeing.write_text(f"Date: 4 March 2025\n\n{SENTENCE}\n", encoding="utf-8")
    assert read_files([agreeing]).figures[0].as_of == dt.date(2025, 3, 4)
    assert "name says" not in caplog.text


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        (
            "front.txt",
            "Published: 2 hours ago",
            "front.txt: its date line says '2 hours ago', which",
        ),
        ("front.txt", "Date: 2025-02-30", "front.txt: its date line says '2025-02-30', which is"),
        (
            "front.txt",
            "Date: 2031-01-01",
            "front.txt: is dated 2031-01-01 by its date line, in the",
        ),
        ("2031-01-01-front.txt", "", "2031-01-01-front.txt: is dated 2031-01-01 by its name, in"),
    ],
)
def test_a_date_that_is_no_date_or_in_the_future_is_an_error(tmp_path, name, line, message):
    text = tmp_path / name
    text.write_text(f"{line}\n\n{SENTENCE}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_files([text])
    assert str(caught.value).startswith(str(tmp_path / message.split(":")[0]) + ":")
    assert message.split(": ", 1)[1] in str(caught.value)


def test_a_date_line_without_a_date_beside_a_dated_name_is_only_a_warning(tmp_path, caplog):
    text = tmp_path / "2025-03-04-front.txt"
    text.write_text(f"Published: 2 hours ago\n\n{SENTENCE}\n", encoding="utf-8")
    assert documents.load(text).unread_date == "2 hours ago"
    [figure] = read_files([text]).figures
    assert figure.as_of == dt.date(2025, 3, 4)
    assert "its date line says '2 hours ago', which is not a date; the name's date is used" in (
        caplog.text
    )


def test_a_date_line_further_down_is_the_text_s_own(tmp_path):
    text = tmp_path / "front.txt"
    text.write_text("\n".join(["Line."] * 6 + ["Date: 2025-03-04", SENTENCE]), encoding="utf-8")
    assert documents.load(text).published is None


# --- hostile documents: one line each, never an unexpected failure ------------------------------


def _docx_with(path: Path, document_xml: bytes) -> Path:
    """A Word document whose body is ``document_xml``."""
    import zipfile

    source = word(path.with_name("source.docx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = document_xml if item.filename == "word/document.xml" else zin.read(item)
            zout.writestr(item.filename, data)
    return path


BODY = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode()
               for i in range(9))
    + b"]>" + BODY + b"<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
)  # fmt: skip


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (BODY + b"<w:body><w:p><w:r><w:t>cut he", "cannot read the Word document"),
        (BODY + b"<w:body>" + b"<w:p>" * 100_000, "cannot read the Word document"),
        (LAUGHS, "cannot read the Word document"),
    ],
    ids=["truncated", "nested-deep", "billion-laughs"],
)
def test_a_broken_or_hostile_word_document_is_one_line(tmp_path, xml, message):
    path = _docx_with(tmp_path / "2025-03-01-brief.docx", xml)
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


def test_a_word_document_that_unpacks_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_MAX_UNPACKED_MB", "1")
    path = _docx_with(tmp_path / "2025-03-01-bomb.docx", BODY + b" " * 3_000_000 + b"</w:document>")
    assert path.stat().st_size < 100_000  # a small file that unpacks to megabytes
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert re.fullmatch(
        rf"{re.escape(str(path))}: unpacks to [34] MB; geomap reads at most 1 MB unpacked from a "
        "Word document; set GEOMAP_MAX_UNPACKED_MB to allow more",
        str(info.value),
    )


def _encrypted(path: Path, *, user: str) -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pdf(path.with_name("plain.pdf")))
    writer.encrypt(user_password=user, owner_password="owner-only", algorithm="AES-256")
    writer.write(path)
    return path


def test_a_pdf_with_an_owner_password_alone_is_read(tmp_path):
    path = _encrypted(tmp_path / "2025-03-01-locked.pdf", user="")
    assert "70%" in documents.read(path)


def test_a_pdf_with_a_user_password_is_one_line(tmp_path):
    path = _encrypted(tmp_path / "2025-03-01-secret.pdf", user="secret")
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert str(info.value) == (
        f"{path}: is protected by a password; save a copy without the password, or paste its "
        "text into a .txt file"
    )


def test_a_pdf_of_more_pages_than_the_limit_is_refused(tmp_path, monkeypatch):
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_blank_page(100, 100)
    path = tmp_path / "2025-03-01-long.pdf"
    writer.write(path)
    monkeypatch.setenv("GEOMAP_MAX_PDF_PAGES", "2")
    with pytest.raises(InputError) as info:
        documents.read(path)
    assert str(info.value) == (
        f"{path}: has 3 pages; geomap reads at most 2 pages of a PDF; set GEOMAP_MAX_PDF_PAGES "
        "to allow more"
    )


@pytest.mark.parametrize(("name", "limit"), [("page.html", "GEOMAP_MAX_WEB_PAGE_MB"),
                                             ("text.txt", "GEOMAP_MAX_DOCUMENT_MB")])  # fmt: skip
def test_a_document_past_its_size_limit_is_refused_before_it_is_read(
    tmp_path, monkeypatch, name, limit
):
    path = tmp_path / f"2025-03-01-{name}"
    path.write_bytes(b"Russia occupies 70% of the Donetsk region. " * 60_000)  # 2.6 MB
    monkeypatch.setenv(limit, "1")
    with pytest.raises(InputError, match=rf"^{path}: is 3 MB; geomap reads at most 1 MB of a"):
        documents.read(path)


def test_words_broken_at_a_pdfs_line_ends_are_joined(tmp_path):
    text = (
        "Russia holds about 70% of the Zapo-\nrizhzhia region and the Russian-\ncontrolled south."
    )
    path = pdf(tmp_path / "2025-03-01-report.pdf", text=text)
    assert "Zaporizhzhia region and the Russian-controlled south" in documents.read(path)
    figures = read_files([path]).figures
    assert [(f.region_code, f.controlled_pct) for f in figures] == [("UA-23", 70.0)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("the Zapo-\nrizhzhia region", "the Zaporizhzhia region"),
        ("RSF-\nheld South Darfur", "RSF-held South Darfur"),
        ("a Kremlin- \n  backed force", "a Kremlin-backed force"),
        ("pro-\nRussian forces", "pro-\nRussian forces"),  # a capital after the break: as it is
        ("in 2022-\n2023", "in 2022-\n2023"),
        ("a dash -\nthen more", "a dash -\nthen more"),  # no word before the hyphen
    ],
)
def test_which_broken_words_are_joined(text, joined):
    assert documents.joined_lines(text) == joined
