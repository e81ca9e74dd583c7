"""Control shares in one sentence: the figure, what it is a share of, who holds it, and when.

A share is read the way an analyst reads it:

* the figure: "70%", "70 per cent", "83–85%", "two-thirds", "all of", "the entire", "all but
  1.8%", with the source's hedge ("about", "more than");
* what it is a share of: a named region ("of the territory of Ukraine's eastern Luhansk
  region", "of the provinces of Kherson and Zaporizhzhia", "Luhansk (99%)"), or the region a
  sentence named before ("of the region's territory", "where Russian troops hold 71%"); never
  the whole country, Donbas, voters or residents;
* who holds it: Russia ("occupied", "Russian forces control"), or Ukraine ("Ukrainian forces
  hold", "liberated", "retaken"); a negated or lost share is held by neither;
* whether it is stated, or only hypothetical ("would take full control"), and whether the text
  presents it as current ("now", "as of") or as past ("at the beginning of the war").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from geomap.extract import holders, when
from geomap.extract.sides import Sides, sides
from geomap.extract.text import GENERIC, Sentence, Token, name_at
from geomap.hedges import HEDGES
from geomap.regions import Region, normalize


def _words(text: str) -> frozenset[str]:
    """Words as tokens' keys spell them ("front-line" → "front line")."""
    return frozenset(normalize(w) for w in text.split())


FRACTIONS = {
    "half": 50.0, "one half": 50.0, "a third": 33.3, "one third": 33.3, "two thirds": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0,
    "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
}  # fmt: skip
QUALIFIERS = tuple(HEDGES)

_QUAL = "|".join(re.escape(q) for q in sorted(set(QUALIFIERS), key=len, reverse=True))
_FRAC = "|".join(k.replace(" ", r"[\s-]+") for k in sorted(FRACTIONS, key=len, reverse=True))
_NUM = r"\d+(?:\.\d+)?"
_PCT = r"\s*(?:%|percent\b|per\s*cent\b|pct\b)"
_SHARE_RE = re.compile(
    rf"(?:(?:between\s+)?(?<![\w.,])(?P<lo>{_NUM})(?:{_PCT})?\s*(?:-|–|—|to)\s*(?P<hi>{_NUM}){_PCT}"
    rf"|between\s+(?P<blo>{_NUM})(?:{_PCT})?\s+and\s+(?P<bhi>{_NUM}){_PCT}"
    rf"|(?<![\w.,])(?P<num>{_NUM}){_PCT}"
    rf"|\b(?P<frac>{_FRAC})\b"
    r"|(?P<almost>\b(?:nearly|almost|virtually|practically|not\s+quite|most)\s+)?"
    r"(?P<all>\ball\s+of|\bthe\s+entirety\s+of|\bthe\s+(?:entire|whole)(?:\s+of)?"
    r"|\b(?:full|complete|total)\s+control\s+(?:of|over))\b"
    r"|(?P<almost2>\b(?:nearly|almost|virtually|practically)\s+)?"
    r"(?P<adverb>\b(?:completely|fully|entirely|wholly)\b)(?=\s+(?:been\s+)?[“\"‘]?(?:liberated|occupied"
    r"|captured|seized|taken|under|controlled|in\s+\w+\s+(?:hands|control)))"
    r")",
    re.IGNORECASE,
)
# Without one of these a sentence holds no share: one scan of a text finds the sentences to read.
CUES = re.compile(
    rf"\d\s*(?:%|per)|\b(?:{_FRAC}|all\s+of|entire|entirety|whole|full\s+control|completely"
    r"|fully|entirely)\b",
    re.IGNORECASE,
)
# The hedge is looked for before a figure rather than at every position of every sentence.
_HEDGE_BEFORE_RE = re.compile(rf"(?<!\w)(?P<qual>{_QUAL})\s*$", re.IGNORECASE)
_PREPOSITION_OVER_RE = re.compile(r"\b(?:control|hold|power|sway)\s*$", re.IGNORECASE)
# "where Russian troops hold 71%": a share with no "of" counts only as the object of such a verb.
_VERB_BEFORE_RE = re.compile(
    r"\b(?:holds?|held|controls?|controlled|occup\w+|captured|seized|taken|took|keeps?|kept"
    r"|retains?|retained|has|have|had)\s+(?:only\s+|just\s+|now\s+|still\s+)?"
    r"(?:the\s+(?:other|remaining)\s+|another\s+)?$",
    re.IGNORECASE,
)
_ALL_BUT_RE = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)


# After "of": words that may stand between it and the name.
_FILLERS = _words(
    "the its their this that these those both entire whole occupied partially partly "
    "administrative neighbouring neighboring embattled contested key industrial frontline "
    "front-line broader wider greater larger eastern western southern northern southeastern "
    "south-eastern southeast northeastern north-eastern northwest northwestern "
    "north-western southwest southwestern south-western central east west south north "
    "remaining"
)
_AREA_NOUNS = frozenset({"territory", "territories", "land", "lands", "area", "surface"})
_PEOPLE = _words(
    "residents population people voters inhabitants citizens electorate households children "
    "workers men women vote votes ballots electors"
)
_NOT_AREA_NOUNS = _PEOPLE | _words(
    "economy gdp budget industry exports output schools hospitals homes housing power "
    "electricity grain harvest farmland businesses jobs water"
)
_SEPARATORS = frozenset({",", "and", "&", "or", "the", "both", "as", "well"})
_ANAPHORA_HEADS = frozenset({"region", "oblast", "province", "territory", "area", "it"})
_RELATIVE = _words(
    "that which invaded occupied seized captured taken held controlled under since it they"
)


@dataclass
class Share:
    """One share phrase in a sentence, read."""

    sentence: Sentence
    start: int  # span of the phrase in the document
    end: int
    value: float | None
    pct_range: tuple[float, float] | None
    hedge: str
    regions: tuple[Region, ...] = ()
    holder: str = ""
    reason: str = ""  # why it is not a usable figure; "" if it is
    note: str = ""
    currency: int = 0  # > 0 presented as current, < 0 as past
    dated: dt.date | None = None  # the latest date the text gives beside it
    numeric: bool = True  # a percentage or fraction, not "all of"
    totality: bool = False
    all_but: bool = False  # "all but 1.8%": value is the rest, 98.2
    adverb: bool = False  # "completely occupied": the region is the sentence's subject
    basis: str = "reported"
    target_end: int = 0  # document offset where the share's "of ..." phrase ends

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]


# Anaphora: the regions "the region" refers to, given the sentence's own mentions before a
# position; returns (regions, reason-if-unclear).
Antecedent = Callable[[int], tuple[tuple[Region, ...], str]]


def read_shares(
    sentence: Sentence,
    toks: list[Token],
    *,
    antecedent: Antecedent,
    as_of: dt.date | None,
    header: Sentence | None = None,
    context: str = "",
) -> list[Share]:
    """Every share phrase in ``sentence``, with its region, holder, mood and currency.

    ``header`` is the line a list item stands under ("Russia controls:"); ``context`` who held
    the last share read before this sentence, for "it"/"they" ("In May it held 98%").
    """
    text = sentence.text
    starts = [t.start for t in toks]
    shares = [_figure(sentence, match) for match in _SHARE_RE.finditer(text)]
    if not shares:
        return []
    two = sides()
    for share in shares:
        first = bisect_left(starts, share.end)
        _target(share, toks, first, antecedent, two)
    _respectively(shares, toks, starts)
    clauses = holders.find_clauses(text)
    cues = holders.find_cues(text, two)
    actors = holders.find_actors(text, two)
    moods: dict[tuple[int, int], str] = {}
    for k, share in enumerate(shares):
        lo, hi = holders.clause_of(clauses, share.start - sentence.start)
        prev_end = shares[k - 1].target_end - sentence.start if k else lo
        window_lo = max(lo, prev_end) if k and shares[k - 1].target_end else lo
        window_hi = min(hi, shares[k + 1].start - sentence.start) if k + 1 < len(shares) else hi
        previous = shares[k - 1] if k else None
        holders.holder(share, cues, actors, window_lo, window_hi, previous, header, context, two)
        if (lo, hi) not in moods:
            moods[(lo, hi)] = holders.mood(text[lo:hi])
        mood = moods[(lo, hi)]
        # The time of a figure is in its own phrase: from the comma that ends the figure before
        # it ("... the Kharkiv region in 2022, and now holds 99%") to the comma after it.
        start = window_lo
        if k and shares[k - 1].target_end:
            comma = text.find(",", window_lo, share.start - sentence.start)
            start = comma + 1 if comma >= 0 else window_lo
        after = max(share.end, share.target_end) - sentence.start
        comma = text.find(",", after, window_hi)
        phrase = text[start : comma if comma >= 0 else window_hi]
        past, note, latest = when.time(phrase, as_of)
        if not share.reason:
            share.reason = mood
        if not share.reason:
            now = 1 if when.NOW_RE.search(phrase) else 0
            share.currency, share.dated = now + past, latest
            share.note = holders.join(share.note, note) if note else share.note
    return shares


def _figure(sentence: Sentence, match: re.Match) -> Share:
    g = match.group
    start, end = sentence.start + match.start(), sentence.start + match.end()
    before = _HEDGE_BEFORE_RE.search(sentence.text, max(0, match.start() - 24), match.start())
    qual = before.group("qual") if before else ""
    hedge_at = before.start() if before else match.start()
    if qual:
        start = sentence.start + hedge_at
    hedge = qual.casefold()
    if hedge == "over" and _PREPOSITION_OVER_RE.search(sentence.text, 0, hedge_at):
        hedge = ""  # "control over 15%": a preposition, not a hedge
        start = sentence.start + match.start()
    pct_range = None
    numeric, totality = True, False
    if g("lo") or g("blo"):
        lo, hi = float(g("lo") or g("blo")), float(g("hi") or g("bhi"))
        if not lo < hi:
            reason = "not a range (low to high)"
            return Share(sentence, start, end, None, None, hedge, reason=reason)
        pct_range = (lo, hi)
        value = (lo + hi) / 2
    elif g("num"):
        value = float(g("num"))
        all_but = bool(_ALL_BUT_RE.search(sentence.text[: match.start()]))
        if all_but and 0 <= value <= 100:
            share = Share(sentence, start, end, round(100 - value, 1), None, hedge, all_but=True)
            return share
    elif g("frac"):
        value = FRACTIONS[" ".join(re.split(r"[\s-]+", g("frac").casefold()))]
    else:
        numeric, totality = False, True
        value = 100.0
        if g("almost") or g("almost2") or qual:
            # "nearly all of Luhansk" gives no figure; a reader may not make one up.
            return Share(sentence, start, end, None, None, "", numeric=False,
                         reason="no figure given ('nearly all' is not a number)")  # fmt: skip
    if (pct_range and any(not 0 <= v <= 100 for v in pct_range)) or not 0 <= value <= 100:
        return Share(sentence, start, end, None, pct_range, hedge, reason="not a share (over 100)")
    return Share(sentence, start, end, value, pct_range, hedge, numeric=numeric,
                 totality=totality, adverb=bool(g("adverb")))  # fmt: skip


def _target(share: Share, toks: list[Token], j: int, antecedent: Antecedent, two: Sides) -> None:
    """What the share is a share of: sets ``regions`` or ``reason``."""
    if share.reason:
        return
    share.target_end = share.end
    n = len(toks)
    if j < n and toks[j].text in ("(", ")"):  # "18,200 km² (68.6%) of", "70% (of the region)"
        j += 1
    whole = share.totality and re.search(r"(?:of|over|entire|whole)$", share.text, re.I)
    if whole or (j < n and toks[j].key in ("of", "over")):
        _of_what(share, toks, j if whole else j + 1, antecedent, two)
    elif not _after_a_name(share, toks):
        _of_the_subject(share, antecedent)


def _object_start(toks: list[Token], j: int, two: Sides) -> tuple[int, bool]:
    """Past the fillers after "of" ("the territory of", "Ukraine's"): where the object of the
    share starts, and whether the country's name was passed over."""
    skipped_country = False
    while j < len(toks):
        key = toks[j].key
        following = toks[j + 1].key if j + 1 < len(toks) else ""
        if key in _FILLERS:
            j += 1
        elif toks[j].possessive and toks[j].base in two.country:
            skipped_country = True
            j += 1
        elif (key in GENERIC or key in _AREA_NOUNS) and following == "of":
            j += 2
        else:
            break
    return j, skipped_country


def _of_what(share: Share, toks: list[Token], j: int, antecedent: Antecedent, two: Sides) -> None:
    """A share "of" something: regions named, a region named before, or why it is not one."""
    n = len(toks)
    j, skipped_country = _object_start(toks, j, two)
    if j >= n:
        share.reason = "not a share of a named region"
        return
    regions, end = _region_list(toks, j)
    if regions:
        after = toks[end].key if end < n else ""
        if len(regions) > 1 and after in ("combined", "together", "jointly", "overall"):
            share.reason = f"a share of {_names(regions)} together, not of each"
        elif after in _NOT_AREA_NOUNS or (toks[end - 1].possessive and after not in _AREA_NOUNS):
            share.reason = f"a share of {after or 'something'} in the region, not of its territory"
        else:
            share.regions = regions
            share.target_end = toks[end - 1].end
        return
    tok = toks[j]
    key = tok.base
    group = two.wholes.get(key)
    if group:
        share.reason = f"a share of {group}, not of one region"
    elif key in two.country or (skipped_country and key in _AREA_NOUNS):
        share.reason = "a share of the whole country"
    elif key in _PEOPLE:
        share.reason = "a share of people or votes, not of territory"
    elif key in _ANAPHORA_HEADS or key in GENERIC:
        _of_a_region_named_before(share, toks, j, antecedent)
    else:
        share.reason = "not a share of a named region"


def _of_a_region_named_before(
    share: Share, toks: list[Token], j: int, antecedent: Antecedent
) -> None:
    """ "of the region", "of the oblast's territory": the region the text named before."""
    tok = toks[j]
    nxt = toks[j + 1].key if j + 1 < len(toks) else ""
    if tok.base in ("regions", "provinces", "oblasts"):
        share.reason = "'the regions' without naming them"
    elif nxt in _RELATIVE and not tok.possessive:
        share.reason = "not a share of a named region"
    else:
        share.target_end = tok.end
        share.regions, share.reason = antecedent(share.start)
        if share.regions:
            share.note = f"'{tok.text}' read as {_names(share.regions)}"


def _after_a_name(share: Share, toks: list[Token]) -> bool:
    """ "Luhansk (99%)", "Luhansk: 99%", "Luhansk – 99%": the region named just before."""
    text = share.sentence.text
    before = text[: share.start - share.sentence.start].rstrip()
    if not before.endswith(("(", ":", "–", "—", "-")):
        return False
    k = bisect_right([t.end for t in toks], share.sentence.start + len(before))
    head = [t for t in toks[:k] if t.text not in ("(", ":")]
    if head and head[-1].key in GENERIC:
        head = head[:-1]
    for m in range(min(4, len(head)), 0, -1):
        regions, used = name_at(head, len(head) - m)
        if used == m:
            share.regions = regions
            return True
    return False


def _of_the_subject(share: Share, antecedent: Antecedent) -> None:
    """No "of": a share that ends its clause ("in Kherson, where Russian troops now hold 71%")
    or an adverb ("has been completely occupied") is of the region the sentence names before."""
    text = share.sentence.text
    rel = share.start - share.sentence.start
    rest = text[share.end - share.sentence.start :].lstrip()
    if (
        share.numeric
        and (not rest or rest[0] in '.,;)”"’!—–')
        and _VERB_BEFORE_RE.search(text, 0, rel)
    ):
        share.regions, share.reason = antecedent(share.start)
        if share.regions:
            share.note = f"read as a share of {_names(share.regions)}, named before it"
        return
    if share.adverb:
        # "The Luhansk region has been completely occupied": the region is the subject.
        share.regions, share.reason = antecedent(share.start)
        return
    share.reason = "not a share of a named region"


def _region_list(toks: list[Token], i: int) -> tuple[tuple[Region, ...], int]:
    """Regions named by a list such as "Kherson and Zaporizhzhia regions": (regions, end)."""
    found: list[Region] = []
    end = i
    while i < len(toks):
        regions, n = name_at(toks, i)
        if not n:
            break
        i += n
        if i < len(toks) and toks[i].key in GENERIC:
            i += 1
        found.extend(r for r in regions if r not in found)
        end = i
        while i < len(toks) and toks[i].key in _SEPARATORS:
            i += 1
    return tuple(found), end


def _respectively(shares: list[Share], toks: list[Token], starts: list[int]) -> None:
    """ "72% and 78% of the Kherson and Zaporizhzhia regions respectively"."""
    for k, share in enumerate(shares):
        j = bisect_left(starts, share.target_end)
        if j >= len(toks) or toks[j].key != "respectively":
            continue
        group = [share]
        for prev in reversed(shares[:k]):
            if prev.regions or not prev.numeric:
                break
            group.insert(0, prev)
        if len(group) > 1 and len(share.regions) == len(group):
            for s, region in zip(group, share.regions, strict=True):
                s.regions, s.reason = (region,), ""
                s.target_end = share.target_end
        elif len(group) > 1:
            for s in group:
                s.regions, s.reason = (), "'respectively' does not pair the figures with regions"


def _names(regions: tuple[Region, ...]) -> str:
    return " and ".join(r.name for r in regions)
