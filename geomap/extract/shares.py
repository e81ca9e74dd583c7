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
from bisect import bisect_left
from dataclasses import dataclass

from geomap.extract import holders, negated, scan, when
from geomap.extract.actors import find_actors
from geomap.extract.antecedents import Antecedent
from geomap.extract.clauses import clause_of, find_clauses
from geomap.extract.clauses import figure_mood as mood_of
from geomap.extract.follows import what_follows
from geomap.extract.gains import gain, heading_gain, over_time
from geomap.extract.hedged import (
    HEADING_HEDGE_RE,
    hedge_of_the_list,
    hedged,
    nearly_after,
    signed,
)
from geomap.extract.holder_words import find_cues
from geomap.extract.lines import bare_line
from geomap.extract.questions import answer
from geomap.extract.respectively import respectively
from geomap.extract.same_share import with_the_same
from geomap.extract.share_times import one_time_for_a_list, time_of, time_phrase
from geomap.extract.share_times import part_of_the_one_before as part_of
from geomap.extract.share_words import (
    ALL_BUT_RE,
    FROM_TO_RE,
    OF_AFTER_RE,
    REST_RE,
    SHARE_OF_RE,
    SHARE_RE,
    WORD_VALUES,
    WORDS_RE,
    YEAR_RE,
    fraction,
    number,
)
from geomap.extract.sides import sides
from geomap.extract.targets import WHOLE_COUNTRY, target
from geomap.extract.text import Mention, Sentence, Token
from geomap.extract.together import (
    IN_ORDER,
    RESPECT,
    again,
    figures_for,
    gains_of_one_verb,
    held_now,
    own_figures,
    parts_of,
    respective,
)
from geomap.patterns import compiled
from geomap.regions import Region

# "That compares with 99% of Y": a sentence that sets its figures beside the one before's.
_COMPARED_RE = compiled(r"\s*(?:that|this|it)\s+(?:compares|contrasts)\s+with\b", re.IGNORECASE)


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
    cue: str = ""  # the word its holder was read from ("occupied", "controls")
    mood_span: tuple[int, int] = (0, 0)  # its own words for its mood (see clauses.figure_mood)
    # a negation its holder was read from ("the 30% of X it has failed to take"): not its mood
    negation: tuple[int, int] = (0, 0)
    clause: str = ""  # the clause that word is in: what the holder was read from
    subject: bool = False  # the subject of its clause: "70% (of X) is occupied"
    # "of the occupied territory of X": a part of X unless the controlling side holds the share
    # ("Russia occupies 45% of the occupied territories of the Donetsk oblast" means the oblast)
    occupied_part: str = ""
    disputed: str = ""  # "which Kyiv denies": someone in the text says it is not so
    paired: str = ""  # the side "respectively" gives it: "Russia and Ukraine hold 80% and 20%"
    heading: str = ""  # the heading whose verb its holder was read from ("Russia controls:")

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]


def read_shares(
    sentence: Sentence,
    toks: list[Token],
    *,
    antecedent: Antecedent,
    as_of: dt.date | None,
    header: Sentence | None = None,
    context: str = "",
    named: list[Mention] | None = None,
    framed: bool = False,
    before: Share | None = None,
    asked: tuple[Region, ...] = (),
    still: bool = False,
) -> list[Share]:
    """Every share phrase in ``sentence``, with its region, holder, mood and currency.

    ``header`` is the line a list item stands under ("Russia controls:"); ``context`` who held
    the last share read before this sentence, for "it"/"they" ("In May it held 98%");
    ``named`` the regions the sentence names, for "their respective areas"; ``framed`` whether
    the text speaks in the controlling side's terms (see :func:`geomap.extract.document.framed`);
    ``before`` the last figure of the sentence before, in the same paragraph ("Today the figure
    is 75%" is of its region and holder); ``asked`` the one region a question just before asks
    about ("How much of X does Russia control? About 75%."); ``still`` whether the sentence after
    says it still holds ("The front line has barely moved since.": its last figure is of now)."""
    text = sentence.text
    starts = [t.start for t in toks]
    matches = list(scan.finditer(SHARE_RE, text))
    if "cent" in text:  # "seventy per cent"
        matches += [
            m
            for m in scan.finditer(WORDS_RE, text)
            if not any(m.start() < o.end() and o.start() < m.end() for o in matches)
        ]
        matches.sort(key=lambda m: m.start())
    if "remaining" in text or "other" in text:  # "the remaining quarter"
        matches += [
            m
            for m in REST_RE.finditer(text)
            if not any(m.start() < o.end() and o.start() < m.end() for o in matches)
        ]
        matches.sort(key=lambda m: m.start())
    shares = with_the_same(sentence, [_figure(sentence, match) for match in matches])
    if not shares:
        return []
    _hedge_of_the_heading(shares, header)
    hedge_of_the_list(shares)  # "about 70% of A and 75% of B"
    two = sides()
    for share in shares:
        first = bisect_left(starts, share.end)
        target(share, toks, first, antecedent, two)
        answer(share, asked)  # "How much of X does Russia control? About 75%."
    own_figures(shares)
    respectively(shares, toks, starts, named or [])
    respective(shares, named or [])
    linked = again(shares, named or [], before) or figures_for(shares, named or [])
    parts = parts_of(text, before)  # "That includes about 70% of X": held as the one before
    linked = linked or bool(before is not None and _COMPARED_RE.match(text))  # "That compares"
    verb_past_aside = what_follows(shares, named or [])
    if all(
        share.reason and not share.regions and share.reason != WHOLE_COUNTRY for share in shares
    ):
        return shares  # "73% of the vote", "prices rose 20%": no holder or time to read
    clauses = find_clauses(text)
    cues = find_cues(text, two)
    actors = find_actors(text, two, framed=framed)
    # "Russia occupies 19% of Ukraine. By region - Luhansk: 99.8%; Donetsk: 79%.": regions'
    # figures with no verb or side of their own, after the country's holder (or such a line)
    linked = linked or bool(
        held_now(before)
        and (before.reason == WHOLE_COUNTRY or bare_line(before, two))
        and not cues
        and not actors
        and all(share.regions for share in shares)
    )
    timed: set[int] = set()  # the shares with a time of their own
    for k, share in enumerate(shares):
        if share.reason and not share.regions and share.reason != WHOLE_COUNTRY:
            continue  # not a share of a region: its holder and time say nothing
        lo, hi = clause_of(clauses, share.start - sentence.start)
        if share.target_end - sentence.start > hi:  # "a third of A, which ..., and B in 2019"
            hi = clause_of(clauses, share.target_end - sentence.start - 1)[1]
        if k in verb_past_aside:
            hi = clause_of(clauses, verb_past_aside[k])[1]
        window_lo, window_hi = _window(shares, k, lo, hi, past_aside=k in verb_past_aside)
        previous = shares[k - 1] if k and not parts else (before if linked or parts else None)
        country = share.reason == WHOLE_COUNTRY and not share.regions
        holders.holder(share, cues, actors, window_lo, window_hi, previous, header, context, two,
                       framed=framed)  # fmt: skip
        if country:  # its holder only, for "... . In Luhansk, the figure is 99%."
            share.reason = WHOLE_COUNTRY
            continue
        if share.occupied_part and share.holder != two.controller and not share.reason:
            share.reason = f"a share of {share.occupied_part} of the region, not of all of it"
        mood = mood_of(text, lo, hi, share.mood_span, share.start - sentence.start, share.negation)
        mood = negated.of_the_rest(share, mood, two)  # "the remaining 22% of X"
        phrase = time_phrase(shares, k, window_lo, window_hi, lo)
        last = still and k == len(shares) - 1  # "... . The front line has barely moved since."
        past, note, latest = time_of(share, phrase, hi, as_of, last)  # (... "and still does")
        if not share.reason:
            share.reason = mood or gain(share, text, phrase) or heading_gain(share)
        if not share.reason:
            now = 1 if when.NOW_RE.search(phrase) else 0
            share.currency, share.dated = now + past, latest
            share.note = holders.join(share.note, note) if note else share.note
            if now or past or latest:
                timed.add(k)
    one_time_for_a_list(shares, timed)
    gains_of_one_verb(shares, text)
    over_time(shares, two.controller, two.defender)
    return shares


def _window(
    shares: list[Share], k: int, lo: int, hi: int, *, past_aside: bool = False
) -> tuple[int, int]:
    """Where in its clause (``lo``–``hi``) the ``k``-th share's verb is looked for: from the end
    of the figure before it to the start of the one after it, or past it to the clause's end
    where one verb after them is each one's."""
    share, text, s0 = shares[k], shares[k].sentence.text, shares[k].sentence.start
    window_lo = max(lo, shares[k - 1].target_end - s0) if k and shares[k - 1].target_end else lo
    if k + 1 >= len(shares) or past_aside:  # its verb past an aside, and any figure in it
        return window_lo, hi
    if share.target_end > share.end and share.note.startswith((RESPECT, IN_ORDER)):
        return window_lo, hi  # "A and B are 99% and 75% occupied, respectively": the verb after
    if _BRACKETED_LIST_RE.match(text, share.end - s0, shares[k + 1].start - s0):
        return window_lo, hi  # "A (99%) and B (80%) are in Russian hands": the verb after
    if share.subject and shares[k + 1].subject:
        return window_lo, hi  # "99% of A and 75% of B are occupied": the verb after
    if part_of(shares, k) and _INCLUDING_LIST_RE.fullmatch(
        text, share.target_end - s0, shares[k + 1].start - s0
    ):
        return window_lo, hi  # "X, including 99% of A and 79% of B, is ...": the verb after
    return window_lo, min(hi, shares[k + 1].start - s0)


def _hedge_of_the_heading(shares: list[Share], header: Sentence | None) -> None:
    """ "Moscow's troops now hold about:" over "- 80% of the Donetsk region": the heading's
    hedge is each line's that has none of its own."""
    found = HEADING_HEDGE_RE.search(header.text) if header is not None else None
    hedge = found.group("qual").casefold() if found else ""
    for share in shares if hedge else ():
        if share.numeric and not share.hedge:
            share.hedge = hedge


_INCLUDING_LIST_RE = compiled(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
# Between the figures of a list of names with a figure in brackets each: "A (99%), B (about 80%)
# and C (72%) are ...": the verb after the list is each one's.
_BRACKETED_LIST_RE = compiled(
    r"\s*\)\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:\w+\s+)?\(\s*"
    r"(?:about|around|roughly|nearly|almost|over|some|more\s+than|just\s+over)?\s*$"
)


def _figure(sentence: Sentence, match: re.Match) -> Share:
    if match.re is WORDS_RE:
        return _in_words(sentence, match)
    if match.re is REST_RE:  # "the remaining quarter": the fraction's share
        start, end = sentence.start + match.start("rest"), sentence.start + match.end()
        words = match.group("rest").casefold()
        value = fraction(words if words == "half" else f"a {words}")
        return Share(sentence, start, end, value, None, "")
    g = match.group
    start, end, hedge = hedged(sentence, match)
    if g("adverb2"):  # "under full control": "under" is the preposition, not a hedge
        start, hedge = sentence.start + match.start("adverb2"), ""
    pct_range = None
    numeric, totality = True, False
    if g("lo") and (
        (
            FROM_TO_RE.search(sentence.text, 0, match.start("lo"))
            and "to" in sentence.text[match.end("lo") : match.start("hi")]
        )
        or YEAR_RE.fullmatch(g("lo"))
    ):
        # "has grown from 60% to 99%": a change, and the share now is where it went to; "from
        # 60% in 2022 to 99%": a year is no low end of a range
        start, hedge, value = sentence.start + match.start("hi"), "", number(g("hi"))
    elif g("lo") or g("blo") or g("flo"):
        if g("flo"):
            lo, hi = fraction(g("flo")), fraction(g("fhi"))
        else:
            lo, hi = number(g("lo") or g("blo")), number(g("hi") or g("bhi"))
        if not lo < hi:
            reason = "not a range (low to high)"
            return Share(sentence, start, end, None, None, hedge, reason=reason)
        pct_range = (lo, hi)
        value = (lo + hi) / 2
    elif g("num") or g("bare"):
        value = number(g("num") or g("bare"))
        hedge = hedge or ("over" if g("plus") or g("plus2") else "")  # "70%-plus", "70%+"
        hedge = "over" if (g("plus") or "").endswith("odd") else hedge  # "some 60-odd percent"
    elif g("frac"):
        value = fraction(g("frac"))
    elif g("fpct"):
        value = round(fraction(g("fpct")) / 100, 3)  # "half a percent": 0.5
    elif g("over"):
        value = round(100 * int(g("over")) / int(g("under")), 1)  # "9/10": 90
    else:
        numeric, totality = False, True
        value = 100.0
        almost = g("almost") or g("almost2") or hedge or nearly_after(sentence.text, match.end())
        share_of = SHARE_OF_RE.search(sentence.text, max(0, match.start() - 24), match.start())
        if almost or share_of:  # "Russia's share of all of X is 79%": what the figure is of
            why = "'nearly all' is not a number" if almost else "'share of all of': what it is of"
            return Share(sentence, start, end, None, None, "", numeric=False,
                         reason=f"no figure given ({why})")  # fmt: skip
    if (pct_range and any(not 0 <= v <= 100 for v in pct_range)) or not 0 <= value <= 100:
        return Share(sentence, start, end, None, pct_range, hedge, reason="not a share (over 100)")
    # "all but 1%", "all of X apart from about a fifth of its territory", "all but 1/10 of X"
    single = numeric and pct_range is None and not g("lo")
    return (single and _all_but(sentence, start, end, value, hedge)) or Share(
        sentence, start, end, value, pct_range, hedge, numeric=numeric, totality=totality,
        adverb=bool(g("adverb") or g("adverb2")), reason=signed(sentence.text, match.start()),
    )  # fmt: skip


def _in_words(sentence: Sentence, match: re.Match) -> Share:
    """ "seventy per cent", "forty-five percent", "one hundred per cent"."""
    start, end, hedge = hedged(sentence, match)
    words = re.split(r"[\s-]+", match.group().casefold())[:-1]  # less "percent"
    words = [w for w in words if w not in ("per", "a")]
    value = 100.0 if "hundred" in words else sum(WORD_VALUES[w] for w in words)
    return _all_but(sentence, start, end, value, hedge) or Share(
        sentence, start, end, value, None, hedge
    )


def _all_but(sentence: Sentence, start: int, end: int, value: float, hedge: str) -> Share | None:
    """ "all but 1.8%", "all but about one percent" (before the hedge): the rest, 98.2 and 99;
    None where the figure is no "all but"."""
    rel = start - sentence.start  # the words end just before the figure: look that far back
    found = ALL_BUT_RE.search(sentence.text, max(0, rel - 120), rel)
    if not (found and 0 <= value <= 100):
        return None
    if (found.group("of") or found.group("of2")) and OF_AFTER_RE.match(
        sentence.text, end - sentence.start
    ):
        return None
    return Share(sentence, start, end, round(100 - value, 1), None, hedge, all_but=True)
