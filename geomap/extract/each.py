"""Regions named by a list ("the Kherson and Zaporizhzhia regions", "A, B and C") and the
shares that are of each of them: "Zaporizhzhia and Kherson about 70% each", "... though its troops
hold about three quarters of each"."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from geomap.extract.asides import insertions
from geomap.extract.before import names
from geomap.extract.ellipses import ellipsis_at
from geomap.extract.list_ends import A_FIGURES_END, left_to_a_figure
from geomap.extract.text import (
    NUMBER_WORDS,
    Mention,
    Token,
    name_at,
    nouns,
    the_government,
    token_at,
    with_a_noun,
)
from geomap.patterns import compiled
from geomap.regions import Region

if TYPE_CHECKING:
    from geomap.extract.shares import Share

AREA_NOUNS = frozenset({"territory", "territories", "land", "lands", "area", "surface"})
_SEPARATORS = frozenset({",", "and", "&", "or", "the", "both", "as", "well"})
# Nouns after a name that make it say whose they are, or where: not one more item of a list.
SAID_OF = frozenset({
    "governor", "governors", "authorities", "administration", "official", "officials", "head",
    "council", "leader", "leaders", "mayor", "spokesman", "spokeswoman", "chief", "police",
    "residents", "people", "front", "direction", "city", "villages", "towns", "offensive",
})  # fmt: skip
_POSSESSIVE_S = compiled(r"['’]s$")


def says_who_speaks(toks: list[Token], i: int, n: int) -> bool:
    """Whether a name at tokens ``i``-``i + n`` after a comma says who speaks or where ("...,
    the Luhansk governor said", "..., Kherson officials say"), not one more item of a list
    ("of the Donetsk and Luhansk villages": both, of something else)."""
    k = i - 1
    while k >= 0 and toks[k].key in ("the", ","):
        k -= 1
    joined = k + 1 < i and toks[k + 1].key == ","
    after = toks[i + n].key if i + n < len(toks) else ""
    return joined and (after in SAID_OF or after in _SAYING)  # "..., Kyiv acknowledged"


# A verb of saying right after a name: the name is who speaks (a capital for its government).
_SAYING = frozenset({
    "said", "says", "say", "acknowledged", "acknowledges", "admitted", "admits", "claimed",
    "claims", "reported", "reports", "announced", "announces", "insisted", "insists", "added",
    "stated", "states", "confirmed", "confirms", "conceded", "concedes", "noted", "notes", "told",
    "estimated", "estimates", "maintains", "argued", "argues",
})  # fmt: skip


# What says a share of a list is of them all together: "70% of A and B in total", "... as a whole"
TOGETHER = frozenset({"combined", "together", "jointly", "overall", "in total", "taken together",
                      "between them", "as a"})  # fmt: skip
CLAUSE_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?"})
# The words of a part of a unit named after it: "all of X south of the front line".
COMPASS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
})  # fmt: skip
# An opening word that makes a list's share one of the list together.
TOGETHER_OPENING_RE = compiled(
    r"\s*(?:together|taken\s+together|combined|altogether|all\s+told|in\s+total)\s*,",
    re.IGNORECASE,
)
# ... or a word between the subject and its figure: "Donetsk and Luhansk together are 88% ..."
_TOGETHER_BEFORE_RE = compiled(
    r"\b(?:together|combined|jointly|altogether|taken\s+together)\b[^,;:%]{0,40}$", re.IGNORECASE
)


def of_the_subjects_together(share: Share) -> bool:
    """Whether a share of the several regions its subject names is of them together ("Together,
    Donetsk and Luhansk are about 88% occupied"): of none of them (``reason`` says so)."""
    if len(share.regions) < 2 or share.value is None or not 0 < share.value < 100:
        return False  # all of them together is all of each
    text, rel = share.sentence.text, share.start - share.sentence.start
    if not (TOGETHER_OPENING_RE.match(text) or _TOGETHER_BEFORE_RE.search(text, 0, rel)):
        return False
    share.regions, share.reason = (), f"a share of {names(share.regions)} together, not of each"
    return True


def falls_short(count_word: str, regions) -> bool:
    """Whether ``count_word`` before a group's units (``regions``) counts fewer or more of them
    than there are ("two" before the three Kordofan states): which of them, not said."""
    count = NUMBER_WORDS.get(count_word, 0)
    return len(regions) > 1 and bool(count) and count != len(regions)


def counted_short(share: Share, toks: list[Token]) -> bool:
    """Whether the group a share's subject names follows a count that falls short of it ("The
    two Kordofan states are fully under RSF control"): which of them is not said, so none
    (``reason`` says so)."""
    if len(share.regions) < 2:
        return False
    for k, tok in enumerate(toks[:-1]):
        found = (
            name_at(toks, k + 1)[0] if tok.key in NUMBER_WORDS and tok.end <= share.start else ()
        )
        if found and set(found) == set(share.regions) and falls_short(tok.key, found):
            share.regions, share.reason = (), f"{tok.text} of {names(found)}: which, not said"
            return True
    return False


def region_list(
    toks: list[Token], i: int, *, before_a_figure: bool = True, an_object: bool = False
) -> tuple[tuple[Region, ...], int, str]:
    """Regions named by a list such as "Kherson and Zaporizhzhia regions": (regions, end, the
    name of a group of several units among them or ""). ``before_a_figure``: the list may end
    just before a figure of its own ("Zaporizhzhia and Kherson about 70% each"); else (the
    objects of a figure before it) a name followed by a figure, and the names "each" after that
    figure goes with, are left to that figure ("99% of Luhansk and Donetsk about 70%");
    ``an_object``: the list is a verb's object, so a name with a verb after it is the next
    clause's subject ("holds full control of A and B is under ...")."""
    found: list[Region] = []
    items: list[tuple[int, int]] = []  # before each item: how many regions found, the end
    end = i
    group = ""
    # "the states of Northern, River Nile and Kassala": after a plural unit noun, a unit's name
    # without its noun ("Northern" for "Northern State") is an item too
    headed = i > 1 and toks[i - 1].key == "of" and toks[i - 2].key in nouns()
    headed = headed and toks[i - 2].key.endswith("s")
    while i < len(toks):
        regions, n = name_at(toks, i + (lead := _noun_of(toks, i) if found else 0))
        n += lead if n else 0  # "A and the state of B": "the state of" is B's
        after = toks[i + n].key if i + n < len(toks) else ""
        if n and found and _POSSESSIVE_S.search(toks[i + n - 1].text) and after not in AREA_NOUNS:
            # "... of the Donetsk region and Kyiv's army ...": the next clause's subject ("the A
            # and B regions' farmland" is the list's)
            break
        if n and found and the_government(toks, i, regions, n, nouns()):
            break  # "75% of Donetsk and Kyiv the rest": Kyiv is the government
        if n and found and toks[i - 1].possessive and all(r.parent for r in regions):
            # "the Kharkiv region's Kupiansk district": the region only says where it is
            found = [r for r in found if not any(s.parent == r.code for s in regions)]
        named = n
        if not n:
            regions, n = ellipsis_at(toks, i)  # "West and South Darfur": each its own
        if not n and headed and toks[i].text[:1].isupper() and an_item_ends(toks, i + 1):
            regions = with_a_noun(toks[i].text)
            n = 1 if regions else 0
        if not n:
            break
        if named and len(regions) > 1:
            group = " ".join(t.text for t in toks[i : i + n])
        if found and says_who_speaks(toks, i, n):
            break  # "75% of Donetsk, the Luhansk governor said": Luhansk names who speaks
        start, i = i, i + n
        if i < len(toks) and toks[i].key in nouns():
            i += 1
        if len(regions) > 1 and not found and (part := _a_groups_part(toks, start, i, regions)):
            return part  # a group's name: all of it, unless a count or names after say not
        items.append((len(found), end))
        if found and (cut := left_to_a_figure(toks, start, i, items, before_a_figure, an_object)):
            del found[cut[0] :]
            end = cut[1]
            break
        found.extend(r for r in regions if r not in found)
        end = i
        while i < len(toks) and (
            toks[i].key in _SEPARATORS or (toks[i].key == "of" and toks[i - 1].key == "and")
        ):  # "70% of the A region and of the B region"
            i += 1
        i = past_an_aside(toks, i, end)
        if i == end and not toks[end - 1].possessive:
            break  # "the Donetsk region Kyiv controls": a name with nothing between is no item
    return tuple(found), end, group


def _noun_of(toks: list[Token], i: int) -> int:
    """2 where a unit noun in the singular and "of" open the item at token ``i`` ("the state of
    Sennar", "the region of Donetsk"), else 0."""
    noun = toks[i].key
    of = i + 1 < len(toks) and toks[i + 1].key == "of"
    return 2 if of and noun in nouns() and not noun.endswith("s") else 0


def an_item_ends(toks: list[Token], i: int) -> bool:
    """Whether a list's item ends before token ``i``: the list or the sentence goes on."""
    return i >= len(toks) or toks[i].key in (",", "and", "&", ".", ";", ")", "-", "–", "—")


def _a_groups_part(
    toks: list[Token], start: int, i: int, regions: tuple[Region, ...]
) -> tuple[tuple[Region, ...], int, str] | None:
    """What a group's name at token ``start`` (its noun, if any, ending before ``i``) stands for
    where a count before it falls short ("the two Kordofan states": none, which two is not said)
    or names after it say which ("the Kordofan states of West and South Kordofan"); else None."""
    if falls_short(toks[start - 1].key if start else "", regions):
        return (), i, ""
    part = region_list(toks, i + 1) if i < len(toks) and toks[i].key == "of" else None
    return part if part and part[0] and set(part[0]) < set(regions) else None


# The words that open an aside on a name in a list: "A, which Russia annexed in 2022, and B".
_ASIDE_WORDS = frozenset({"which", "whose", "annexed", "claimed", "occupied", "seized", "captured"})


def past_an_aside(toks: list[Token], i: int, end: int) -> int:
    """Token ``i``, or the name past an aside on the name that ends at token ``end`` where the
    list goes on after it ("Kherson, annexed in 2022, and Zaporizhzhia", "the A region (annexed
    in 2022) and of the B region", "A and, since 2023, B"); no figure (but a year) in it."""
    if end + 1 >= len(toks) or i >= len(toks):
        return i
    opener = toks[end].key
    timed = opener == "and" and toks[end + 1].key == ","  # "A and, in November, of B"
    if not (opener == "(" or timed or (opener == "," and toks[i].key in _ASIDE_WORDS)):
        return i
    for c in range(end + 1 + timed, min(end + 12, len(toks) - 1)):
        year = len(toks[c].text) == 4 and toks[c].text[:2] in ("19", "20")
        if (toks[c].text.isdigit() and not year) or toks[c].key in (";", ":", "percent", "per"):
            return i
        if toks[c].key == (")" if opener == "(" else ","):
            k = c + 1 + (not timed and toks[c + 1].key == "and")
            if k == c + 1 and not timed:
                return i  # the list does not go on after the aside
            k += k < len(toks) and toks[k].key == "of"
            k += k < len(toks) and toks[k].key == "the"
            return k if k < len(toks) and name_at(toks, k)[1] else i
        if toks[c].key in ("(", ")"):
            return i
    return i


def each_of_the_subject(share: Share, toks: list[Token], verb: int) -> bool:
    """ "The Zaporizhzhia and Kherson regions are (each) about 75% occupied", "A and B, which
    are 75% occupied": of each region of the list that is the subject of the verb at ``verb``
    (a document offset)."""
    at = token_at(toks, verb)
    if at >= len(toks) or toks[at].key in ("is", "was", "remains", "has"):
        return False  # "A and the B region, which is 75% occupied": of B alone
    if at >= 2 and toks[at - 1].key == "which" and toks[at - 2].key == ",":
        at -= 2  # "A and B, which are 75% occupied"
    for k in range(max(0, at - 12), at):
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end == at and not group:
            share.regions = regions
            if not of_the_subjects_together(share):
                share.note = f"read as a share of each of {names(regions)}"
            return True
    return False


def each_of_the_names_before(share: Share, toks: list[Token]) -> bool:
    """ "..., and Zaporizhzhia and Kherson about 70% each": of each region the list just before
    the figure names (or a colon or comma after it: "A and B: 74% occupied each")."""
    at = bisect_right([t.end for t in toks], share.start)  # the first token of the figure
    at -= at > 0 and toks[at - 1].key in (":", ",", "(")
    for k in range(max(0, at - 12), at):
        of = k - (k > 1 and toks[k - 1].key == "the") - 1
        if of > 0 and toks[of].key == "of" and A_FIGURES_END.fullmatch(toks[of - 1].key):
            continue  # "64% of Kharkiv, and A and B 36% each": Kharkiv is the 64%'s
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end == at and not group:
            share.regions = regions
            return True
    return False


def of_each(toks: list[Token], j: int) -> bool:
    """Whether tokens from ``j`` are "of each" or "of both" ending their clause, or "of each of
    them", "of each region", "of both regions"."""
    if j + 1 >= len(toks) or toks[j + 1].key not in ("each", "both") or toks[j].key != "of":
        return False
    keys = [t.key for t in toks[j : j + 4]] + [".", "."]
    return (
        keys[2] in CLAUSE_ENDS
        or keys[2:4] == ["of", "them"]
        or (keys[2] in nouns() and keys[3] in CLAUSE_ENDS)
    )


def each_named_before(share: Share, toks: list[Token]) -> bool:
    """ "... of each": of each region of the last list of several the sentence names before the
    figure."""
    at = bisect_right([t.end for t in toks], share.start)
    last: tuple[Region, ...] = ()
    k = 0
    while k < at:
        regions, end, group = region_list(toks, k)
        if len(regions) > 1 and end <= at and not group:
            last, k = regions, end
        else:
            k += 1
    if last:
        share.regions = last
    return bool(last)


# A hedge after a figure ("20% or so", "70% or more"), where none is before it
_OR_HEDGES = {"so": "about", "thereabouts": "about", "more": "at least", "less": "up to"}


def _of_past_an_aside(share: Share, toks: list[Token], j: int) -> int:
    """The "of" right after an aside that opens just after the figure, token ``j`` in it (a
    comma, a dash or a bracket opens it), or 0."""
    s0 = share.sentence.start
    for a, b in insertions(share.sentence.text):
        if a <= toks[j].start - s0 < b and share.end - s0 <= a <= share.end - s0 + 1:
            k = next((i for i in range(j + 1, len(toks)) if toks[i].start >= s0 + b), len(toks))
            k += k < len(toks) and toks[k].text == ","
            return k if k < len(toks) and toks[k].key == "of" else 0
    return 0


def past_the_figure(share: Share, toks: list[Token], j: int) -> int:
    """Where what a figure is "of" is looked for: past a bracket ("18,200 km² (68.6%) of", "70%
    (of the region)", "99.7% (26,400 square kilometres) of"), the comma of "6,600 sq km, or 75%,
    of", the figure said again in "79%, or nearly four-fifths, of", "each" ("about 70% each of A
    and B"), a noun of a part ("a 70% share of X") and a hedge after it ("20% or so of X", the
    figure's hedge where it has none)."""
    n = len(toks)
    if j < n and toks[j].text == "(":  # "99.7% (26,400 square kilometres) of Luhansk"
        close = next((k for k in range(j + 1, min(j + 12, n)) if toks[k].text in "()"), n)
        if close + 1 < n and toks[close].text == ")" and toks[close + 1].key == "of":
            return close + 1
    if j < n and toks[j].text in ("(", ")"):
        return j + 1
    if (
        j + 1 < n
        and toks[j + 1].key == "of"
        and (toks[j].text == "," or toks[j].key in ("each", "respectively"))
    ):  # "99% and 70% respectively of Luhansk and Donetsk": paired as the figures are listed
        return j + 1
    if j + 2 < n and toks[j].text == "," and toks[j + 1].key == "or":
        # "79%, or nearly four-fifths, of the Donetsk region": past the figure said again
        end = next((k for k in range(j + 2, min(j + 8, n)) if toks[k].text == ","), n)
        if end + 1 < n and toks[end + 1].key == "of":
            return end + 1
    if j < n and toks[j].key != "of" and (k := _of_past_an_aside(share, toks, j)):
        return k  # "30%, analysts say, of Donetsk", "30% — a disputed figure — of Donetsk"
    part = ("share", "portion", "slice", "chunk", *(("control",) if share.numeric else ()))
    if j + 1 < n and toks[j].key in part and toks[j + 1].key in ("of", "over"):
        return j + 1  # "a 70% share of the Donetsk region", "has 99 percent control of X"
    if j + 1 < n and toks[j].key == "or" and toks[j + 1].key in _OR_HEDGES:
        share.hedge = share.hedge or _OR_HEDGES[toks[j + 1].key]
        return j + 2
    return j


# What opens an aside on the names just before it: "Kherson, annexed in 2022", "Luhansk and
# Donetsk, which Russia claims", "Kherson (illegally annexed)", "Crimea - annexed in 2014".
_ASIDE_OPEN_RE = compiled(
    r"(?:,|\(|\s[–—-])\s*(?:(?:which|that|(?:both|all)(?:\s+of\s+which)?)\s+(?:[\w'’-]+\s+){0,3}"
    r"|(?:(?!(?:and|but|while|as|it|they|he|she|we|its)\s)[\w'’-]+\s+){0,3})$"  # no new clause
)

# ... of which a relative clause runs to the clause's end: "..., which Russia also claims."
_RELATIVE_WORD_RE = compiled(r"[,(]\s*(?:which|that)\b")


@lru_cache(maxsize=8)
def _list_gap(units: frozenset[str]) -> re.Pattern[str]:
    """What may stand between the names of a list: "," "and", "the", a unit noun."""
    words = "|".join(re.escape(w) for w in sorted(units, key=lambda w: (-len(w), w)))
    return compiled(rf"(?:\s|,|&|\band\b|\bthe\b|\bas\s+well\s+as\b|\b(?:{words})\b)*", re.I)


def _opened(
    text: str, cue: re.Match, at: int, mentions: list[Mention], s0: int
) -> tuple[int, list[int]] | None:
    """Where the aside that the words at ``at`` stand in opens, and where it closes (none when
    it runs to the clause's end); None where no aside opens just before them."""
    opened = _ASIDE_OPEN_RE.search(text, max(0, at - 80), at)
    if opened is None or any(opened.start() <= m.start - s0 < at for m in mentions):
        return None
    lo = opened.start()
    closes = [b for a, b in insertions(text) if lo <= a <= lo + 1]
    relative = _RELATIVE_WORD_RE.match(text, lo)  # "..., which Russia also claims."
    annexed = cue.group().lower().startswith("annexed") and at - lo <= 2
    if not closes and not relative and not annexed:
        return None  # the comma closes an aside or a list ("A, as well as B, joined Russia")
    return lo, closes


def aside_on_names(
    text: str, cue: re.Match, hi: int, mentions: list[Mention], s0: int
) -> list[Mention]:
    """The regions an aside with the words ``cue`` is about, in ``text`` (a sentence that starts
    at document offset ``s0``; the clause ends at ``hi``): those it names and those of the list
    it follows ("Kherson, annexed in 2022, and Zaporizhzhia": Kherson alone; "Moscow, which
    claims Kherson, ...": Kherson; "..., which Russia, despite its losses, claims"). [] where the
    words open no aside."""
    words = cue.group()
    # "Moscow, which claims", "Russia (...) claims"; not a bracket closed within the words, as
    # in "regards A (DPR) and B (LPR) as part of Russian territory"
    bracket = words.rfind("(")
    inner = max(words.rfind(","), -1 if ")" in words[bracket:] else bracket)
    ats = (cue.start(), cue.start() + inner + 1) if inner >= 0 else (cue.start(),)
    found = next((o for at in ats if (o := _opened(text, cue, at, mentions, s0))), None)
    if found is None:
        return []
    lo, closes = found
    gap = _list_gap(nouns())
    end = closes[0] if closes else hi
    inside = [m for m in mentions if lo <= m.start - s0 < end]
    for m in mentions:  # "..., which claims A, B and C, ...": the aside's list goes on
        if (
            inside
            and m.start > inside[-1].start
            and gap.fullmatch(text, inside[-1].end - s0, m.start - s0)
        ):
            inside.append(m)
    before: list[Mention] = []
    edge = lo
    for m in reversed([m for m in mentions if m.end - s0 <= lo]):
        if not gap.fullmatch(text, m.end - s0, edge):
            break
        before.append(m)
        edge = m.start - s0
    return [*reversed(before), *inside]
