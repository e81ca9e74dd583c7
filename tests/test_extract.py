import datetime as dt
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.dates import date_in_name as date_from_name
from geomap.errors import InputError
from geomap.extract import extract_files, extract_text, read_files, read_text, split_sentences

from .conftest import SEED


def shares(text: str) -> dict[str, tuple]:
    return {f.region_code: (f.controlled_pct, f.qualifier) for f in extract_text(text)}


def test_the_seed_article_gives_exactly_the_reported_figures():
    figures = {f.region_code: f for f in extract_files([SEED])}
    assert sorted(figures) == ["UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-65"]
    expected = {
        "UA-09": (99, "about", "reported"),
        "UA-14": (70, "", "reported"),
        "UA-65": (75, "roughly", "reported"),
        "UA-23": (75, "roughly", "reported"),
        "UA-43": (100, "", "inferred"),
        "UA-40": (100, "", "inferred"),
    }
    for code, (pct, qualifier, basis) in expected.items():
        f = figures[code]
        assert (f.controlled_pct, f.qualifier, f.basis) == (pct, qualifier, basis), code
        assert f.claimed
        assert f.as_of == dt.date(2025, 2, 18)
    assert figures["UA-09"].source == "Institute for the Study of War"


def test_quotes_and_spans_point_into_the_text():
    text = SEED.read_text(encoding="utf-8")
    for f in extract_text(text):
        start, end = f.span
        assert text[start:end] == f.quote
    luhansk = next(f for f in extract_text(text) if f.region_code == "UA-09")
    assert luhansk.quote.startswith("According to the Institute for the Study of War")
    assert luhansk.quote.endswith("Zaporizhzhia regions.")
    assert "irrevocably lost" in luhansk.claim_quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia occupies 99 percent of the Luhansk region.", {"UA-09": (99, "")}),
        ("Russian forces control 70 per cent of Donetsk oblast.", {"UA-14": (70, "")}),
        ("Russia holds nearly 66.5% of Zaporizhzhia province.", {"UA-23": (66.5, "nearly")}),
        ("Moscow's troops occupy about half of the Kherson region.", {"UA-65": (50, "about")}),
        ("Russia controls two-thirds of the Donetsk Oblast.", {"UA-14": (66.7, "")}),
        ("Russia holds three quarters of Zaporizhia.", {"UA-23": (75, "")}),
        (
            "Russia controls Luhansk (99%), Donetsk (about 70%) and Kherson (75%).",
            {"UA-09": (99, ""), "UA-14": (70, "about"), "UA-65": (75, "")},
        ),
        (
            "Russia occupies over 20% of the Kharkiv and Kherson regions.",
            {"UA-63": (20, "over"), "UA-65": (20, "over")},
        ),
        (
            "Russia holds 99% of Lugansk and 75% of Zaporozhye.",
            {"UA-09": (99, ""), "UA-23": (75, "")},
        ),
        ("About 70% of Donetsk region is occupied.", {"UA-14": (70, "about")}),
        ("Russia controls more than 99% of Luhansk’s territory.", {"UA-09": (99, "more than")}),
        ("Moreover, Russia holds 20% of the Kharkiv region.", {"UA-63": (20, "")}),
        ("Russia holds a crossover 20% of the Kharkiv region.", {"UA-63": (20, "")}),
    ],
)
def test_control_share_phrasings(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky won 73% of the vote in the Luhansk region in 2019.",
        "Russia occupies about 18% of Ukraine.",
        "The Donetsk region's economy shrank by 30% after Russia occupied it.",
        "Russia controls 30% of Donetsk residents' water supply.",
        "Prices in Kherson rose 40% while Russia held the bridge.",
        "Some 60% of Luhansk voters backed the plan.",
        "The Kherson region produces 20% of Ukraine's grain.",
        "Ukrainian forces still hold about 30% of the Donetsk region.",
        "Russia occupies 140% of Luhansk.",
        "Russia controls 99% of the vote.",
    ],
)
def test_percentages_that_are_not_territorial_control_are_ignored(text):
    assert [f for f in extract_text(text) if f.controlled_pct is not None] == []


def test_claims_name_the_regions():
    text = (
        "Moscow demands that Kyiv cede the entirety of the Donetsk, Luhansk, Kherson "
        "and Zaporizhzhia regions."
    )
    figures = {f.region_code: f for f in extract_text(text)}
    assert sorted(figures) == ["UA-09", "UA-14", "UA-23", "UA-65"]
    assert all(f.claimed and f.controlled_pct is None for f in figures.values())


@pytest.mark.parametrize(
    "text",
    [
        "He claimed that Kherson and Zaporizhzhia had joined the Russian Federation.",
        "Russia illegally annexed Kherson and Zaporizhzhia in 2022.",
        "Lavrov said Kherson and Zaporizhzhia were irrevocably lost to Ukraine.",
    ],
)
def test_claim_phrasings(text):
    figures = extract_text(text)
    assert sorted(f.region_code for f in figures) == ["UA-23", "UA-65"]
    assert all(f.claimed for f in figures)


def test_crimea_annexed_in_2014_is_inferred_fully_controlled():
    figures = extract_text("Russia illegally annexed Crimea in 2014.")
    assert {f.region_code: (f.controlled_pct, f.basis) for f in figures} == {
        "UA-43": (100, "inferred"),
        "UA-40": (100, "inferred"),
    }


def test_kyiv_as_the_government_is_not_a_claim():
    text = "Russia demanded that Ukraine cede territory, conditions Kyiv rejected."
    assert extract_text(text) == []


def test_unrelated_text_gives_nothing():
    assert extract_text("The talks in Riyadh lasted four hours.") == []


def test_sentences_keep_closing_quotes_and_skip_abbreviations():
    text = "Mr. Rubio spoke. They were “irrevocably lost.” Next one."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Rubio spoke.",
        "They were “irrevocably lost.”",
        "Next one.",
    ]


def test_a_numbered_lists_numbers_are_no_sentences():
    text = "Russia holds:\n1. Luhansk: 99%\n2) Donetsk: 79%\nIt said 12. More."
    sentences = list(split_sentences(text))
    assert [s.text for s in sentences] == [
        "Russia holds:", "Luhansk: 99%", "Donetsk: 79%", "It said 12.", "More."
    ]  # fmt: skip
    assert all(text[s.start : s.start + len(s.text)] == s.text for s in sentences)


def test_date_from_file_name():
    assert date_from_name("seeds/2025-02-18-riyadh.txt") == dt.date(2025, 2, 18)
    assert date_from_name("article.txt") is None
    assert date_from_name("2025-13-40-bad.txt") is None


def test_as_of_overrides_the_file_name(tmp_path):
    path = tmp_path / "2024-01-01-x.txt"
    path.write_text("Russia occupies 70% of Donetsk.", encoding="utf-8")
    assert extract_files([path])[0].as_of == dt.date(2024, 1, 1)
    assert extract_files([path], as_of=dt.date(2025, 3, 1))[0].as_of == dt.date(2025, 3, 1)


def test_read_text_rejects_empty_and_binary(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="is empty"):
        read_text(empty)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(InputError, match="binary"):
        read_text(binary)


def test_windows_1252_text_is_read_with_a_warning(tmp_path, caplog):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Russia occupies 70% of the Donetsk region \u2013 ISW.".encode("cp1252"))
    assert "\u2013" in read_text(path)
    assert "Windows-1252" in caplog.text


def test_a_text_without_full_stops_is_read_in_pieces_with_exact_offsets():
    from geomap.extract.sentences import MAX_SENTENCE, split_sentences

    filler = "the shelling went on near the river, and the roads were closed "
    text = filler * 200 + "while Russia occupies about 70% of the Donetsk region " + filler * 200
    pieces = list(split_sentences(text))
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert [p.index for p in pieces] == list(range(len(pieces)))
    for piece in pieces:
        assert text[piece.start : piece.start + len(piece.text)] == piece.text
    # Cut after a comma where there is one: no piece but the last ends inside a clause.
    assert all(p.text.endswith(",") for p in pieces[:-1])
    [figure] = extract_text(text, as_of=dt.date(2025, 3, 1))
    assert (figure.region_code, figure.controlled_pct, figure.qualifier) == ("UA-14", 70, "about")


@pytest.mark.parametrize("name", ["2025-02-18-riyadh-talks.txt", "figures.csv"])
def test_a_file_that_cannot_be_read_is_named_in_one_line(project, unreadable, name):
    from click.testing import CliRunner

    from geomap.cli import main

    (project / "seeds" / "figures.csv").write_text(
        "as_of,region_code,region,controlled_pct,qualifier,claimed,basis,source,quote\n"
    )
    locked = Path("seeds") / name
    unreadable(locked)
    result = CliRunner().invoke(main, ["build", "--format", "csv"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: {locked}: cannot be read (permission denied); check the file's permissions"
    )


def test_a_reported_100_percent_share_is_kept():
    (figure,) = extract_text("Russia occupies 100% of the Luhansk region.")
    assert (figure.controlled_pct, figure.basis) == (100, "reported")


def test_a_control_share_is_not_a_claim():
    (figure,) = extract_text("Russia occupies 70% of the Donetsk region.")
    assert figure.claimed is None and figure.claim_quote == ""


def test_of_two_texts_of_one_date_the_first_gives_the_figure(tmp_path: Path):
    a, b = tmp_path / "2025-06-01-a.txt", tmp_path / "2025-06-01-b.txt"
    a.write_text("Russia now occupies 70% of the Donetsk region.", encoding="utf-8")
    b.write_text("Russia now occupies 72% of the Donetsk region.", encoding="utf-8")
    reading = read_files([a, b])
    assert [f.controlled_pct for f in reading.figures] == [70]
    assert [f.document for f in reading.figures] == [a.name]
    decisions = {e.document: (e.decision, e.reason) for e in reading.evidence}
    assert decisions[a.name] == ("used", "")
    assert decisions[b.name] == (
        "superseded",
        f"the figure of {a.name} (same date) is used instead",
    )
    reversed_reading = read_files([b, a])
    assert [f.controlled_pct for f in reversed_reading.figures] == [72]


def test_texts_of_one_date_far_apart_are_said_to_disagree(tmp_path: Path, caplog):
    a, b, c = (tmp_path / f"2025-06-01-{n}.txt" for n in "abc")
    a.write_text("Russia now occupies 60% of the Donetsk region.", encoding="utf-8")
    b.write_text("Russia now occupies 64% of the Donetsk region.", encoding="utf-8")
    c.write_text("Russia now occupies 79% of the Donetsk region.", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        reading = read_files([a, b])
    assert [f.controlled_pct for f in reading.figures] == [60]
    assert not caplog.records  # 4 points apart: within what reporting rounds to
    with caplog.at_level(logging.WARNING):
        read_files([a, b, c])
    (record,) = caplog.records
    assert record.getMessage().startswith(
        "Donetsk on 2025-06-01: texts of that date disagree; 60% (2025-06-01-a.txt) is mapped, "
        "not 79% (2025-06-01-c.txt)"
    )


@pytest.mark.parametrize("claim_first", [True, False])
def test_a_share_and_a_claim_from_two_texts_of_one_date_join(tmp_path: Path, claim_first):
    share = "Russia now occupies 72% of the Donetsk region."
    claim = "Moscow claims to have annexed the Donetsk region."
    a, b = tmp_path / "2025-06-01-a.txt", tmp_path / "2025-06-01-b.txt"
    a.write_text(claim if claim_first else share, encoding="utf-8")
    b.write_text(share if claim_first else claim, encoding="utf-8")
    (figure,) = read_files([a, b]).figures
    sharing = b if claim_first else a
    assert (figure.controlled_pct, figure.claimed, figure.document) == (72, True, sharing.name)


def test_extract_text_keeps_the_date_and_document_it_is_given():
    (figure,) = extract_text(
        "Russia occupies 70% of the Donetsk region.", as_of=dt.date(2025, 3, 1), document="d.txt"
    )
    assert (figure.as_of, figure.document, figure.source) == (dt.date(2025, 3, 1), "d.txt", "d.txt")


def _list(*lines: str) -> dict[str, float | None]:
    text = "Russian forces control:\n- 72% of Zaporizhzhia Oblast\n" + "".join(lines)
    return {f.region_code: f.controlled_pct for f in extract_text(text, as_of=dt.date(2025, 6, 1))}


ITEM = "80% of Donetsk"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        # a short line of its own, with or without a bullet, is an item of the list above it
        (f"- {ITEM}\n", True),
        (f"--  {ITEM}  \n", True),
        (f"\t* {ITEM}\t\n", True),
        (f"{ITEM}\n", True),
        (f"{ITEM} {'x' * (120 - len(ITEM) - 1)}\n", True),  # 120 characters: still one
        # a line with a full stop, or longer, or that goes on, is a sentence of its own
        (f"{ITEM}.\n", False),
        (f"{ITEM} {'x' * (121 - len(ITEM) - 1)}\n", False),
        (f"{ITEM}, it is said, and then the sentence goes on. More follows.\n", False),
    ],
)
def test_the_items_of_a_list_keep_its_headings_verb(line, item):
    # the line after an item reads with the heading; the list goes on only after an item
    got = _list(line, "- 60% of Kherson")
    assert (got.get("UA-23"), got.get("UA-14")) == (72, 80)
    assert got.get("UA-65") == (60 if item else None)


def test_a_list_at_the_very_start_of_a_text():
    text = "- 72% of Zaporizhzhia Oblast\n- 60% of Kherson"
    assert extract_text(text, as_of=dt.date(2025, 6, 1)) == []  # no heading, no verb
    from geomap.extract.lines import list_item
    from geomap.extract.sentences import split_sentences

    first, second = split_sentences(text)
    assert list_item(text, first) and list_item(text, second)
    inline = "The text goes on. 72% of Zaporizhzhia Oblast\n"  # not a line of its own
    assert not list_item(inline, list(split_sentences(inline))[1])


_WORDS = ["Russia", "holds", "St", "U.S", "Gen", "c", "70%", "of", "Donetsk", "a" * 60, "b.c"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), st.sampled_from([".", "!"]))
def test_the_word_before_a_full_stop_is_the_one_a_search_of_the_whole_sentence_finds(words, end):
    from geomap.extract import sentences

    text = " ".join(words) + end
    near = sentences._last_word(text, 0, len(text))
    whole = sentences._LAST_WORD_RE.search(text)
    assert (near and near.group(1)) == (whole and whole.group(1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # text wrapped at a width, or a PDF's lines: the sentence goes on past the break
        ("Russia occupies roughly 75%\nof the Donetsk region.", {"UA-14": 75}),
        ("Russia occupies about 75 per\ncent of the Donetsk region.", {"UA-14": 75}),
        ("Russian forces now control roughly\n75% of the Donetsk region.", {"UA-14": 75}),
        ("According to the governor, Russian forces hold about 74% of the\n"
         "Zaporizhzhia region.", {"UA-23": 74}),
    ],
)  # fmt: skip
def test_a_sentence_broken_over_lines_is_read_whole(text, expected):
    got = {f.region_code: f.controlled_pct for f in extract_text(text, as_of=dt.date(2025, 6, 1))}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a headline over a sentence, a heading, a list: each line its own
        ("Russia gains ground in Donetsk\nRussian forces advanced near Pokrovsk.", 2),
        ("Russian forces control:\nabout 99% of Luhansk", 2),
        ("Occupied share\nDonetsk 75%\nLuhansk 99%", 3),
        ("- 99% of Luhansk\n- 75% of Donetsk", 2),
        ("Russia holds 75% of Donetsk.\nthe next line starts in lower case", 2),
        ("The share is about 75%\n\nof which more later", 2),
    ],
)
def test_lines_that_end_a_sentence_or_a_heading_are_not_joined(text, lines):
    assert len(list(split_sentences(text))) == lines


def test_a_sentence_broken_over_lines_keeps_its_exact_offsets():
    text = "Intro.\nRussia occupies roughly 75%\nof the Donetsk region. Next."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
    assert [s.text for s in split_sentences(text)][1] == (
        "Russia occupies roughly 75%\nof the Donetsk region."
    )
