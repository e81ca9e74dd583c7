"""A long text read in parts on several processes reads exactly as one read from start to end.

Each part after the first starts from the state the sentences just before it leave; where that
is not the state the part before really ended with ("it" standing for another side, a claim in
the sentence before, a list's heading), the part is read again. The texts here are made of
sentences whose reading leans on the sentences before them, so that the parts' edges fall where
it matters.
"""

from __future__ import annotations

import datetime as dt
import gc
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap import extract
from geomap.extract import reader
from geomap.extract.document import Document
from geomap.extract.reader import Reader
from geomap.extract.state import State

UKRAINE = [
    "Russia pressed on in the east.",
    "It controls all of the Luhansk region.",
    "In May it held 98% of the Donetsk region.",
    "Ukraine's army counterattacked near the border.",
    "It now holds 20% of the Kharkiv region.",
    "Moscow claims the Kherson and Zaporizhzhia regions.",
    "So are the Donetsk and Luhansk regions.",
    "Russian forces control:",
    "- about 70% of the Donetsk region",
    "- 99% of Luhansk",
    "Prices rose 20% last year.",
    "Russia annexed Crimea in 2014.",
    "Its troops took the whole of the Kherson region in 2022.",
    "The region was partly retaken by Ukraine in November.",
    "Both sides traded strikes overnight.",
    # a figure the next sentence disputes, wherever the parts' edge falls
    "Moscow says it holds 90% of the Zaporizhzhia region.",
    "Kyiv disputes this.",
    "\n\nAnalysts were cautious.",
]
TESTLAND = [
    "Norland pressed on in the south.",
    "It now controls all of Beta.",
    "Norlandic forces hold 55% of Gamma.",
    "Testland's army regrouped.",
    "It holds 30% of Alpha.",
    "Norland claims Gamma.",
    "Testlandic units retook part of Beta.",
    "\n\nThe talks ended without a statement.",
]

SUDAN = [
    "The RSF swept through Darfur.",
    "It seized Gezira State in December.",
    "The army retook it in January.",
    "The RSF holds about 40% of North Kordofan.",
    "The army controls:",
    "- Khartoum State",
    "- River Nile State",
    "The RSF says it controls Gezira State, a claim the army denies.",
    "Aid convoys were delayed again.",
    "Sennar State fell to the RSF in June and was retaken in November.",
    "\n\nThe talks in Jeddah stalled.",
]


def reading(text: str, workers: int) -> tuple[list, list, list[str]]:
    reader = Reader(Document(text), dt.date(2025, 2, 18))
    part = reader.read_all(workers)
    rows = [
        (s.start, s.end, s.value, s.holder, s.reason, s.disputed, tuple(r.code for r in s.regions))
        for s in part.shares
    ]
    rows += [
        (h.start, h.holder, h.reason, h.disputed, tuple(r.code for r in h.regions))
        for h in part.helds
    ]
    claims = [(c.start, c.claimed, c.reason, tuple(r.code for r in c.regions)) for c in part.claims]
    return rows, claims, reader.parts


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of a few sentences, from any text: their edges fall everywhere."""
    monkeypatch.setattr(reader, "PARALLEL_CHARS", 0)
    monkeypatch.setattr(reader, "_PART_SENTENCES", 2)


def as_one(text: str, workers: int = 3) -> list[str]:
    """Read ``text`` in parts and from start to end: the same; how the parts were read."""
    whole = reading(text, 1)
    rows, claims, parts = reading(text, workers)
    assert (rows, claims) == whole[:2]
    # (a text of too few sentences, such as list lines with no full stop, is read as one)
    assert not parts or parts[0] == "read here", "the parts were read in other processes"
    return parts


def test_a_text_read_in_parts_reads_as_one(small_parts):
    parts = as_one(" ".join(UKRAINE * 3))
    assert "read apart" in parts


def test_a_part_that_starts_from_another_state_is_read_again(small_parts, monkeypatch):
    """Without the sentences before it, a part takes "it" for nobody: read again, the same."""
    monkeypatch.setattr(reader, "_WARM_UP", 0)
    text = " ".join(
        ["Russia pressed on in the east.", *["It controls all of the Luhansk region."] * 8]
    )
    assert "read again" in as_one(text, workers=2)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(UKRAINE), min_size=12, max_size=40),
    st.integers(2, 4),
    st.integers(0, 3),
)
def test_any_text_reads_the_same_in_parts(small_parts, sentences, workers, warm_up):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_WARM_UP", warm_up)
        as_one(" ".join(sentences), workers)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(TESTLAND), min_size=12, max_size=30), st.integers(0, 2))
def test_another_country_reads_the_same_in_parts(small_parts, testland, sentences, warm_up):
    """The profile in use is the forked processes' too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_WARM_UP", warm_up)
        as_one(" ".join(sentences))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(SUDAN), min_size=12, max_size=30), st.integers(0, 3))
def test_statements_of_holding_read_the_same_in_parts(small_parts, sudan, sentences, warm_up):
    """ "It" after a statement, the units it named and whom it named: a part that starts far
    from them reads as one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_WARM_UP", warm_up)
        as_one(" ".join(sentences))


def test_what_only_the_next_sentence_uses_is_no_other_state():
    """A part read apart from a state that differs from the real one only in what the sentence
    just before its first would use, were it that sentence's: the same reading."""
    real = State(holder="Russia", last_held="Russia", carried=(3, "Russia"))
    real.held_units = (3, ())
    assumed = State(holder="Russia")
    assert real.seen_from(10) == assumed.seen_from(10)
    assert real.seen_from(4) != assumed.seen_from(4)  # "it" of sentence 3, for sentence 4
    # whom the last statement named is the context while no share has named a holder
    assert State(last_held="Russia").seen_from(10) != State().seen_from(10)


def test_a_part_far_from_what_it_would_lean_on_is_read_apart(small_parts, monkeypatch):
    monkeypatch.setattr(reader, "_WARM_UP", 1)
    text = " ".join(
        ["Russia seized the Kherson region in 2022."]  # the units and the side it named
        + ["Russia holds 70% of the Donetsk region."] * 9
    )
    assert as_one(text, workers=2) == ["read here", "read apart"]


def test_a_short_text_is_read_here():
    reader = Reader(Document(" ".join(UKRAINE)), None)
    reader.read_all(workers=4)
    assert reader.parts == []  # one run, no parts


def test_extract_reads_a_long_text_in_parts(run, tmp_path):
    """`geomap extract --workers`: the figures and the evidence are those of one process."""
    text = tmp_path / "2025-02-18-long.txt"
    text.write_text(" ".join(UKRAINE) * (reader.PARALLEL_CHARS // len(" ".join(UKRAINE)) + 1))
    outputs, logs = [], []
    for workers in ("1", "2"):
        for how in ([], ["--explain"]):
            result = run("-v", "extract", str(text), "--workers", workers, *how)
            assert result.exit_code == 0, result.output
            outputs.append(result.stdout)
            logs.append(result.stderr)
    assert outputs[:2] == outputs[2:]
    assert "sentences read in 2 parts: read here, read apart" in logs[2]
    assert run("extract", str(text), "--workers", "0").exit_code == 2


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(UKRAINE + SUDAN[3:4]), min_size=3, max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_cues_of_a_run_of_sentences_are_those_of_the_whole_text(sentences, lo, hi):
    doc = Document(" ".join(sentences))
    whole = doc.hits(reader.share_cues)
    assert doc.hits(reader.share_cues, lo, hi) == {k for k in whole if lo <= k < hi}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(UKRAINE), min_size=8, max_size=30), st.integers(1, 4))
def test_cues_found_a_block_at_a_time_read_as_all_at_once(monkeypatch, sentences, block):
    text = " ".join(sentences)
    monkeypatch.setattr(reader, "_BLOCK", 10_000)
    once = reading(text, 1)
    monkeypatch.setattr(reader, "_BLOCK", block)
    assert reading(text, 1) == once


def test_reading_leaves_the_collectors_pace_as_it_found_it(monkeypatch):
    before = gc.get_threshold()
    extract.read_document("Russia holds 70% of the Donetsk region.")
    assert gc.get_threshold() == before

    def fail(*_args, **_kwargs):
        assert gc.get_threshold()[0] >= 50_000  # rarer young collections while it reads
        raise RuntimeError("stopped")

    monkeypatch.setattr(extract, "_decide", fail)
    with pytest.raises(RuntimeError, match="stopped"):
        extract.read_document("Russia holds 70% of the Donetsk region.")
    assert gc.get_threshold() == before


def test_texts_read_on_threads_leave_the_collectors_pace_as_they_found_it():
    from concurrent.futures import ThreadPoolExecutor

    before = gc.get_threshold()
    texts = [f"Russia holds {n}% of the Donetsk region." for n in range(40, 80)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        read = list(pool.map(extract.read_document, texts))
    assert [r.figures[0].controlled_pct for r in read] == list(range(40, 80))
    assert gc.get_threshold() == before


@given(st.integers(1000, 200_000), st.integers(2, 8))
def test_the_part_read_here_is_longer_by_the_others_warm_up(count, parts):
    """The process that reads the first part reads no sentences before it; each of the others
    reads ``_WARM_UP`` of them first: the first part is longer by as many, the rest even."""
    bounds = reader._bounds(count, parts)
    assert bounds[0] == 0 and bounds[-1] == count and len(bounds) == parts + 1
    sizes = [b - a for a, b in pairwise(bounds)]
    assert sizes[0] == count // parts + reader._WARM_UP
    assert max(sizes[1:]) - min(sizes[1:]) <= 1
