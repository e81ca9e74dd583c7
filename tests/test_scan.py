"""The scan that tries a pattern only where a match can start finds what ``re`` finds.

Every pattern the reading scans sentences with is checked against :meth:`re.Pattern.finditer`
on made-up text: for Ukraine's profile, Sudan's and the made-up Testland, whose side names fill
the patterns' placeholders.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.extract import (
    actor_words,
    actors,
    anchors,
    antecedents,
    asides,
    cessions,
    claim_counts,
    claim_refs,
    claim_words,
    claimants,
    claims,
    each,
    follows,
    framing,
    gains,
    gapping,
    grid,
    handed,
    hedged,
    held,
    held_words,
    holder_words,
    holders,
    lines,
    named,
    nearest,
    not_claims,
    other_verbs,
    pronouns,
    put_out,
    questions,
    relative,
    scan,
    share_of,
    share_times,
    share_words,
    shares,
    statement,
    subjects,
    targets,
    together,
    unit_words,
    units,
    units_before,
    when,
    without_of,
)
from geomap.extract.sides import sides
from geomap.profile import DATA, load, using

# Words the patterns look for, words near them, and characters that fold oddly ("İ", the
# Kelvin sign, the long s): made-up text of these meets every alternative and its edges.
WORDS = [
    "Russia", "Russian", "russian", "RSF", "army", "Ukraine", "Ukrainian", "Sudan", "Norland",
    "Testland", "Moscow", "Kyiv", "Khartoum", "forces", "troops", "the", "The", "of", "all",
    "All", "entire", "entirety", "whole", "full", "control", "controls", "controlled", "hold",
    "holds", "held", "occupied", "occupies", "occupation", "under", "in", "hands", "not", "n't",
    "never", "no", "longer", "lost", "free", "lacks", "between", "inbetween", "and", "to", "-",
    "–", "%", "percent", "per", "cent", "pct", "half", "a", "third", "two", "thirds", "quarter",
    "nearly", "almost", "most", "completely", "fully", "liberated", "captured", "seized",
    "took", "over", "drove", "out", "expelled", "withdrew", "from", "annexed", "claims",
    "claimed", "annexation", "region", "oblast", "state", "State", "Donetsk", "Luhansk",
    "Crimea", "Darfur", "North", "İstanbul", "\u212a", "\u017f", "ß", "SS", "70", "7.5", "99",
    "2014", ",", ".", ";", "(", ")", "'s", "’", "\n", "seventy", "forty-five", "nineteen",
    "one", "hundred",
]  # fmt: skip
TEXTS = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", "  ", "-"])), max_size=40
).map(lambda parts: "".join(word + gap for word, gap in parts))


def reading_patterns() -> list[re.Pattern]:
    """The patterns the reading scans with, filled in for the profile in use."""
    two = sides()
    templates = [t for _, t, *_ in holder_words.HOLDER_CUES]
    templates += [actor_words.CONTROLLER_ACTOR, actor_words.DEFENDER_ACTOR, claim_words.CUE]
    templates += [named._CONTROLLER_NAMED, named._DEFENDER_NAMED, relative.RELATIVE]
    return [share_words.SHARE_RE, share_words.WORDS_RE, *(two.pattern(t) for t in templates)]


def blind_patterns() -> list[re.Pattern]:
    """Every pattern of the reading that ignores case: each may be searched in lower case (but
    those of ``clauses``, which heed a capital or a small letter in places, and are searched the
    usual way)."""
    modules = (
        actors, antecedents, asides, cessions, claim_counts, claim_refs, claimants, claims, each,
        follows, framing, gains, gapping, grid, handed, hedged, held, held_words, holders, lines,
        named, nearest, not_claims, other_verbs, pronouns, put_out, questions, relative, share_of,
        share_times, share_words, shares, statement, subjects, targets, together, unit_words,
        units, units_before, when, without_of,
    )  # fmt: skip
    found = [v for m in modules for v in vars(m).values() if isinstance(v, re.Pattern)]
    return [p for p in found if p.flags & re.IGNORECASE]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.fixture(params=["ukraine", "sudan", "testland"])
def profile(request, testland_path):
    path = testland_path if request.param == "testland" else DATA / f"{request.param}.json"
    with using(load(path)) as loaded:
        yield loaded


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_the_scan_finds_what_finditer_finds(profile, text):
    for pattern in reading_patterns():
        assert spans(scan.finditer(pattern, text)) == spans(pattern.finditer(text)), pattern.pattern


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, lo=st.integers(0, 60), length=st.integers(0, 200))
def test_the_scan_keeps_to_the_span_it_is_given(profile, text, lo, length):
    for pattern in reading_patterns():
        found = scan.finditer(pattern, text, lo, lo + length)
        assert spans(found) == spans(pattern.finditer(text, lo, lo + length)), pattern.pattern


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, lo=st.integers(0, 60), length=st.integers(0, 200))
def test_a_pattern_that_ignores_case_finds_in_lower_case_what_it_finds(text, lo, length):
    """Searched in lower case, it finds the same matches, with the text's own case, or is
    searched the usual way (the text has a letter that folds in more than one way)."""
    for pattern in blind_patterns():
        assert spans(scan.finditer(pattern, text)) == spans(pattern.finditer(text))
        within = scan.finditer(pattern, text, lo, lo + length)
        assert spans(within) == spans(pattern.finditer(text, lo, lo + length)), pattern.pattern
        assert [m.group() for m in scan.finditer(pattern, text)] == [
            m.group() for m in pattern.finditer(text)
        ]
        first = scan.search(pattern, text)
        assert (first and first.span()) == ((m := pattern.search(text)) and m.span())


def test_the_blind_patterns_are_searched_in_lower_case():
    """None falls back to the usual search unnoticed."""
    assert blind_patterns()
    assert all(scan.folded(p) is not None for p in blind_patterns())


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?-i:K)yiv",  # a part that heeds case
        r"\x4Byiv",  # a capital written as an escape
        r"(k)yiv\1",  # a reference to a group: compared ignoring case
        r"\u017fk",  # a letter that folds in more than one way
    ],
)
def test_a_pattern_that_cannot_be_put_in_lower_case_is_searched_as_it_is(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    assert scan.folded(compiled) is None
    text = "Kyiv kyivK KYIVk \u017fkyiv"
    assert spans(scan.finditer(compiled, text)) == spans(compiled.finditer(text))


def test_a_part_that_heeds_case_is_searched_loosely_and_tried_as_written():
    """ "claims to" a capital: in lower case, "claims to" any letter is found, and the pattern as
    written is tried there."""
    pattern = re.compile(r"\bclaims?\s+to\s+(?-i:[A-Z])\w*", re.IGNORECASE)
    assert scan.folded(pattern) is None
    assert scan.folded(pattern, loose=True) is not None
    text = "Moscow claims to the east; it CLAIMS TO Kherson and claims to Zaporizhzhia, claim to x"
    assert spans(scan.finditer(pattern, text)) == spans(pattern.finditer(text))
    assert [m.group() for m in scan.finditer(pattern, text)] == [
        "CLAIMS TO Kherson",
        "claims to Zaporizhzhia",
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        r"claims\s+(?-i:[^A-Z])",  # in lower case it would rule out more: not looser
        r"claims\s+(?!(?-i:[A-Z]))",
        r"claims\s+(?-i:(?!K)\w)",
    ],
)
def test_a_part_that_heeds_case_and_rules_out_is_not_loosened(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    assert scan.folded(compiled, loose=True) is None
    text = "claims Kyiv claims kyiv CLAIMS the claims 7"
    assert spans(scan.finditer(compiled, text)) == spans(compiled.finditer(text))


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("Held By RUSSIA", "held by russia"),
        ("\u0130stanbul", None),  # "İ" is two characters in lower case: places would move
        ("Cla\u017fm", None),  # the long s is "s" to ``re``, not in lower case
        ("\u212ayiv", "kyiv"),  # the Kelvin sign is "k" both ways
    ],
)
def test_text_is_searched_in_lower_case_only_where_that_is_exact(text, lower):
    assert scan.lowered(text) == lower


def test_the_reading_patterns_all_have_starts(profile):
    """Each is tried only where it can start: none falls back to the slow scan unnoticed."""
    assert all(scan.starts(p) is not None for p in reading_patterns())


def test_the_claim_and_share_patterns_start_at_a_word(profile):
    """The patterns tried in every sentence with a claim word or a figure are tried at the start
    of a word only (a word looked behind for, "It claims", must not lose that)."""
    assert scan.starts(sides().pattern(claim_words.CUE)).pattern.startswith(r"\b")
    assert scan.starts(share_words.SHARE_RE).pattern.startswith(r"\b")


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\b(?:not|never)\b", r"\b[n](?=[eo])"),
        (r"(?:\bnot|n't)", r"[n](?=['o])"),  # "n't" may start inside a word
        (r"(?<![\w.,])\d+%", r"\b[\d](?=[%\d])"),  # no word character before: a word starts
        (r"(?<![.,])\d+%", r"[\d](?=[%\d])"),  # a word character may stand before it
        (r"(?:between\s+)?\d+", r"[\db]"),  # a match may be one character long
        (r"\b(?:all\s+)?(?:of|over)\b", r"\b[ao](?=[flv])"),
        (r"\b[A-Z][a-z]+", r"\b[A-Z](?=[a-z])"),
        (r"(?=x)y", "[y]"),  # a lookahead narrows, never widens
        (r"a{3}b", "[a](?=[a])"),
        (r"a|bc", "[ab]"),
        (r"(?!)x|ab", "[a](?=[b])"),  # an alternative that never matches starts nowhere
        (r"(?!)", "(?!)"),
    ],
)
def test_where_a_pattern_can_start(pattern, starts):
    found = scan.starts(re.compile(pattern))
    assert found is not None
    assert found.pattern == starts


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:of)?",  # may match nothing: every position
        r".x",
        r"[^a]b",
        r"\Wb",
        r"(?i:a)b",  # a part whose case is not the pattern's
        r"(a)?\1b",  # a group referred to: its text is not known
    ],
)
def test_a_start_that_cannot_be_told_is_searched_the_usual_way(pattern):
    compiled = re.compile(pattern)
    assert scan.starts(compiled) is None
    text = "aab of x ab b.xb"
    assert spans(scan.finditer(compiled, text)) == spans(compiled.finditer(text))


def test_case_is_the_patterns_own():
    """A pattern that heeds case starts only at the case it names; one that ignores case at
    any, with the folds ``re`` makes ("K" is the Kelvin sign's fold too)."""
    heeds = re.compile(r"\bKyiv\b")
    blind = re.compile(r"\bkyiv\b", re.IGNORECASE)
    text = "kyiv Kyiv KYIV \u212ayiv"
    assert spans(scan.finditer(heeds, text)) == [(5, 9)]
    assert spans(scan.finditer(blind, text)) == spans(blind.finditer(text)) == [
        (0, 4), (5, 9), (10, 14), (15, 19),
    ]  # fmt: skip


def test_a_long_patterns_start_is_told_to_more_characters_together():
    """ "annex" and "claim" start "an" and "cl": a long pattern of them is not tried at "ai" or
    "cn", as it would be where each character were told apart ("[ac](?=[ln])")."""
    words = ["annex", "claim", *(f"zz{n:04d}" for n in range(anchors.LONG // 6))]
    pattern = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    assert len(pattern.pattern) >= anchors.LONG
    deep = scan.deep_starts(pattern)
    assert deep is not None
    text = "an annex, a claim, an aide, cnn, cl, zz0001 zz9999"
    starts = [m.start() for m in deep.finditer(text)]
    assert starts == [3, 12, 37]  # "annex", "claim", "zz0001"; not "an", "aide", "cnn", "cl"
    assert spans(scan.finditer(pattern, text)) == spans(pattern.finditer(text))
    # a short pattern is told apart character by character only
    assert scan.deep_starts(re.compile(r"\b(?:annex|claim)\b")) is None


def test_a_long_patterns_start_is_told_as_far_as_it_can_be():
    """A part whose characters cannot be told ("." after "bc") ends what is told of the start
    there: "bc" then anything; a pattern that may start anywhere is searched the usual way."""
    pattern = re.compile("|".join(f"a{n:04d}x" for n in range(anchors.LONG // 5)) + "|bc.")
    deep = scan.deep_starts(pattern)
    assert deep is not None
    text = "a0001x bc- bd a9999x"
    assert [m.start() for m in deep.finditer(text)] == [0, 7]
    assert spans(scan.finditer(pattern, text)) == spans(pattern.finditer(text))
    anywhere = re.compile("|".join(f"a{n:04d}x" for n in range(anchors.LONG // 5)) + "|.b")
    assert scan.deep_starts(anywhere) is None
    assert spans(scan.finditer(anywhere, text)) == spans(anywhere.finditer(text))


def test_a_long_text_that_cannot_be_put_in_lower_case_is_not_lowered_at_each_search(monkeypatch):
    """The text's cues are found in one scan of it; where a letter of it folds in more than one
    way ("ſ"), that scan must not put the whole text in lower case again at each match."""
    from geomap.extract import read_document

    calls = []
    real = scan.in_lower_case

    def counted(text):
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(scan, "in_lower_case", counted)
    text = "Ruſſia. " + "Russia holds 70% of the Donetsk region and claims it. " * 300
    figures = read_document(text, document="t.txt").figures
    assert [(f.region_code, f.controlled_pct) for f in figures] == [("UA-14", 70.0)]
    assert len([n for n in calls if n >= len(text) // 2]) <= 2


# Words and phrases of sentences that dispute a figure, and of sentences that do not
_PIECES = [
    "a claim the army denies",
    "which Kyiv disputes",
    "a figure Moscow rejected",
    "an estimate Ukraine has contested",
    "claims that analysts dismissed",
    "denied by the RSF",
    "disputed by Kyiv",
    "something Kyiv denies",
    "a claim Kyiv contests",
    "a claim analysts call exaggerated",
    "which analysts say is far from the truth",
    "a figure analysts deem inflated",
    "with Kyiv putting the figure at 60%",
    "but the army says it still holds",
    "but Kyiv insisted they still control",
    "while Kyiv put the figure at 70%",
    "Ukraine says the real figure is closer to 60 per cent",
    "the ministry estimated it at 65%",
    "officials said the share was about 70%",
    "putting it",
    "Russia holds 70% of X",
    "the RSF controls Y",
    "according to the ISW",
    "which",
    "a claim",
    "but",
    "it still holds",
    "the figure",
    "is",
    "at",
    "70%",
    "and",
    "the army",
]


@pytest.mark.parametrize("piece", _PIECES)
@settings(max_examples=20, deadline=None)
@given(before=st.lists(st.sampled_from(_PIECES[-14:]), max_size=3))
def test_the_words_a_dispute_needs_are_in_every_sentence_that_has_one(piece, before):
    # mark_disputed looks for a dispute only where one of its words is: never one it misses
    from geomap.extract.decisions import _DISPUTE_WORDS_RE, _DISPUTED_RE

    text = " ".join([*before, piece])
    assert not _DISPUTED_RE.search(text) or _DISPUTE_WORDS_RE.search(text)
    assert _DISPUTED_RE.search(piece) or piece in _PIECES[-14:]  # each disputing piece does
