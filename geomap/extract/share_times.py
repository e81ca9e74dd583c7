"""The time a share is read in: the phrase around it ("... in 2022, and now holds 99%"), and
the one time of a list of figures under one verb ("In 2022, Russia held 99% of X and 70% of Y":
both of 2022; "... 99% of X and 70% of Y in 2023": both of 2023)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from geomap.extract import when
from geomap.extract.asides import SETTING_OFF_COMMA, without_insertions
from geomap.extract.gains import MONTHS
from geomap.extract.hedged import HEDGE_WORDS
from geomap.extract.share_of import CHANGED_FROM
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share


def time_phrase(
    shares: list[Share], k: int, window_lo: int, window_hi: int, clause_lo: int = 0
) -> str:
    """The phrase the time of the ``k``-th share is read in: from the comma that ends the figure
    before it ("... the Kharkiv region in 2022, and now holds 99%") to the comma after it; after
    "to" where the figure before is the one it changed from ("from 60% in 2022 to 99%"); from
    its clause's start (``clause_lo``) where it is a part of the figure before ("By 2022, Russia
    held 7% of Ukraine, including a third of Donetsk")."""
    share, text, s0 = shares[k], shares[k].sentence.text, shares[k].sentence.start
    whole = ""
    if part_of_the_one_before(shares, k):
        whole = without_insertions(text, share.start - s0)[clause_lo : share.start - s0]
    return _COMPARED_RE.sub(" ", whole + _own_phrase(shares, k, window_lo, window_hi))


def part_of_the_one_before(shares: list[Share], k: int) -> bool:
    """Whether the ``k``-th share is a part of the figure before it: "7% of Ukraine, including a
    third of X", "..., among them 30% of Y"."""
    if not k:
        return False
    share, s0 = shares[k], shares[k].sentence.start
    return bool(_INCLUDED_RE.match(share.sentence.text, shares[k - 1].end - s0, share.start - s0))


def _own_phrase(shares: list[Share], k: int, window_lo: int, window_hi: int) -> str:
    """The phrase of the ``k``-th share's own words of time (see :func:`time_phrase`)."""
    share, text, s0 = shares[k], shares[k].sentence.text, shares[k].sentence.start
    start = window_lo
    if k and shares[k - 1].target_end:
        comma = _COMMA_RE.search(text, window_lo, share.start - s0)
        start = comma.end() if comma else window_lo
    if k and (
        shares[k - 1].reason == CHANGED_FROM
        # "... from 55% in 2022 to 79%" (the words just before the figure changed from)
        or _FROM_RE.search(text, max(0, shares[k - 1].start - s0 - 30), shares[k - 1].start - s0)
    ):
        start = max(start, text.rfind(" to ", shares[k - 1].end - s0, share.start - s0))
    if share.subject and (opened := _A_SUBJECTS_CLAUSE_RE.search(text, start, share.start - s0)):
        # "X was taken in July 2022, and more than 70% of Y has been liberated": the time
        # before the "and" is the clause's before it (an opening "In 2022," is both's)
        opening = _OPENING_TIME_RE.match(text, start)
        start = opened.end()
        if opening:
            return opening.group() + _own_phrase_from(shares, k, start, window_hi)
    return _own_phrase_from(shares, k, start, window_hi)


def _own_phrase_from(shares: list[Share], k: int, start: int, window_hi: int) -> str:
    """:func:`_own_phrase` from ``start``."""
    share, text, s0 = shares[k], shares[k].sentence.text, shares[k].sentence.start
    after = max(share.end, share.target_end) - s0
    # the comma or dash after it: "70% of X - up from 60% a year ago" is of now
    stop = _PHRASE_END_RE.search(text, after, window_hi)
    if (
        stop
        and (area := _AREA_SET_OFF_RE.match(text, stop.start()))
        and _TIME_NEXT_RE.match(text, area.end() + 1)
    ):
        # "held 95% of X, some 27,000 sq km, in March 2022": past the figure's own area, to its
        # time (not ", up from 70% in 2023": another figure's)
        stop = _PHRASE_END_RE.search(text, area.end() + 1, window_hi)
    if stop and stop.group() == "," and _DATED_SOURCE_RE.match(text, stop.end()):
        # "held 95% of X, according to a March 2022 estimate": the source's date is the figure's
        stop = _PHRASE_END_RE.search(text, stop.end(), window_hi)
    plain = without_insertions(text, share.start - s0)
    end = stop.start() if stop else window_hi
    if taking := when.JOINED_TAKING_RE.search(text, after, end):
        end = taking.start()  # "holds 70% of X and took Y in 2024": that taking's time
    if k + 1 < len(shares) and (
        following := _NEXT_GAPPED_RE.search(text, after, min(end, shares[k + 1].start - s0))
    ):
        end = following.start()  # "held 20% of X in 2022 and now 2%": the "now" is the next's
    joined = None
    if k and shares[k - 1].target_end:
        before = max(shares[k - 1].end, shares[k - 1].target_end) - s0
        joined = _JOINED_VERB_RE.search(text, max(start, before), share.start - s0)
    label = _DATE_LABEL_RE.match(text)
    # "November 2022: Ukraine retakes Kherson city; Russia keeps 70% of the region": a line's
    # date is the time of every clause in it
    dated = f"in {label.group('date')}, " if label else ""
    if joined:
        # "captured 99% of X by July 2022 and now hold all of it": the time after the figure
        # before is that clause's, not this one's (an opening "In 2022," is both's)
        return dated + plain[start : shares[k - 1].start - s0] + plain[joined.start() : end]
    if k and shares[k - 1].target_end and when.NOW_RE.search(text, after, end):
        # "held 65% of X at the start of 2024 and about 70% now": the time before the "and" is
        # the figure before's, where this one has a time of its own
        before = max(shares[k - 1].end, shares[k - 1].target_end) - s0
        if gapped := _GAPPED_RE.search(text, max(start, before), share.start - s0):
            opening = _OPENING_TIME_RE.match(plain, start)
            return dated + (opening.group() if opening else "") + plain[gapped.start() : end]
    if verbs := list(_JOINED_VERB_RE.finditer(text, start, share.start - s0)):
        joined = verbs[-1]
        # "took Y in 2024 and holds 70% of X": the time of the predicate before is its own
        opening = _OPENING_TIME_RE.match(plain, start)
        return dated + (opening.group() if opening else "") + plain[joined.start() : end]
    return dated + plain[start:end]


_COMMA_RE = compiled(SETTING_OFF_COMMA)  # (not the comma of "12,500")
_DATED_SOURCE_RE = compiled(
    r"\s*according\s+to\s+(?:an?|the|its|their)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:{MONTHS})\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:estimate|assessment"
    r"|report|map|survey|analysis|count|figures?|tally|study|data)\b",
    re.IGNORECASE,
)
_TIME_NEXT_RE = compiled(
    r"\s*(?:in|by|as\s+of|at|since|until|during|throughout|before|prior|after|shortly|within"
    r"|early|late|last|this|for|back|when|(?:a|one|two|three|four|several|\d+)\s+(?:years?|months?"
    r"|weeks?)\s+(?:ago|earlier|before))\b",
    re.IGNORECASE,
)
# The area a figure is, set off after it: ", some 27,000 sq km,", " (about 18,000 km²)"
_AREA_SET_OFF_RE = compiled(
    r",\s*(?:or\s+)?(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|less\s+than"
    r"|just\s+(?:over|under))\s+)?\d[\d,.]*\s*(?:km2|km²|sq\.?\s*km|square\s+kilomet(?:re|er)s"
    r"|square\s+miles)(?=\s*,)",
    re.IGNORECASE,
)
_PHRASE_END_RE = compiled(rf"{SETTING_OFF_COMMA}|\s[-–—]\s|—")
# A clause a figure opens as its subject, after the clause before: ", and more than 70% of"
_A_SUBJECTS_CLAUSE_RE = compiled(
    r"(?:,\s*(?:and|but)|;)\s+(?:(?:about|around|roughly|some|nearly|almost|over|just|only"
    r"|(?:more|less|fewer)\s+than)\s+)?$",
    re.IGNORECASE,
)
# A time the figure is compared with, not its own: "controls more than it did a year ago: 79%"
_COMPARED_RE = compiled(
    r"\bthan\s+(?:(?:it|they|\w+)\s+)?(?:did|had|held|controlled|was|were)\s+(?:in\s+\d{4}"
    r"|(?:a|one|two|three|several|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier|before)"
    r"|last\s+(?:year|month|spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
# Between a figure and one that is a part of it: ", including", "of which".
_INCLUDED_RE = compiled(
    r"[^,;:()—–]{0,60}[,(—–]\s*(?:including|among\s+them|of\s+which|with)\s+(?:(?:about|around"
    r"|roughly|some|nearly|almost|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# The figure a change starts from: "has risen from (about) 55% ... to 79%".
_FROM_RE = compiled(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|over|under)\s+)?$")


# A date that labels a line of a timeline: "2023:", "March 2022:", "12 March 2022 -".
_DATE_LABEL_RE = compiled(
    rf"\s*(?:[-–—•*]\s*)?(?P<date>(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+)?(?:19|20)\d\d)"
    r"\s*(?::|\s[-–—]\s)"
)


# Between two figures of one list: "99% of X and 70% of Y", "99% of X, 70% of Y".
_LIST_GLUE_RE = compiled(r"\s*(?:,\s*)?(?:and\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?")


def _listed_after(first: Share, share: Share) -> bool:
    """Whether ``share`` follows ``first`` in one list of figures, nothing but "and" between,
    both of regions."""
    if first.reason or share.reason:
        return False
    s0 = share.sentence.start
    end = max(first.end, first.target_end) - s0
    return bool(first.target_end) and bool(
        _LIST_GLUE_RE.fullmatch(share.sentence.text, end, share.start - s0)
    )


# A time that opens the sentence, of each of its predicates: "In 2024, ...", "By July 2022, ...".
_OPENING_TIME_RE = compiled(
    r"\s*(?:in|by|as\s+of|since|until|during|at\s+the\s+(?:end|start)\s+of)\b[^,;]{1,40},",
    re.IGNORECASE,
)
# A figure joined by "and" with no verb of its own, and its hedge: "... and about 70% (now)".
_GAPPED_RE = compiled(rf"\band\s+{HEDGE_WORDS}$", re.IGNORECASE)
# ... and a time of its own before it: "... and now 2%", "and today about 70%"
AND_NOW = rf"\band\s+(?:now|today|currently|at\s+present)\s+{HEDGE_WORDS}"
_NEXT_GAPPED_RE = compiled(rf"{AND_NOW}$", re.IGNORECASE)
# A clause joined by "and" with a verb of holding of its own: "... and now hold all of it".
_JOINED_VERB_RE = compiled(
    r"\band\s+(?:(?:now|still|today|currently|also|has|have|had)\s+)*(?:holds?|controls?"
    r"|occup(?:y|ies)|owns?|keeps?|retains?)\b",
    re.IGNORECASE,
)


def one_time_for_a_list(shares: list[Share], timed: set[int]) -> None:
    """A figure of a list with no time of its own (not in ``timed``) takes that of the figure
    before it in the list, else of the one after: the list's verb is one, and so is its time."""
    for k in range(1, len(shares)):
        if k not in timed and _listed_after(shares[k - 1], shares[k]):
            # "In 2022, Russia held 99% of X and 70% of Y"
            shares[k].currency, shares[k].dated = shares[k - 1].currency, shares[k - 1].dated
            timed.add(k)
    for k in range(len(shares) - 2, -1, -1):
        if k not in timed and _listed_after(shares[k], shares[k + 1]):
            # "Russia held 99% of X and 70% of Y in 2023"
            shares[k].currency, shares[k].dated = shares[k + 1].currency, shares[k + 1].dated


# After a figure of an earlier time, what makes it of now too: "held 99% of X in 2022, and
# still does", "..., as it does today".
_STILL_SO_RE = compiled(
    r"[^;:]{0,40}?,?\s*(?:and|as)\s+(?:(?:it|they)\s+)?(?:(?:still|continues?\s+to)"
    r"(?:\s+(?:does|do|holds?|controls?|occup(?:y|ies))\b(?:\s+(?:it|them|so))?)?"
    r"|(?:does|do)(?:\s+so)?\s+(?:today|now))\s*(?:[.,;)]|$)",
    re.IGNORECASE,
)
# "... had fallen to around 70%, where it remains (today)": a relative clause of its own
_WHERE_IT_STAYS_RE = compiled(
    r",?\s*where\s+(?:it|they)\s+(?:still\s+)?(?:remains?|stays?|(?:has|have)\s+(?:stayed"
    r"|remained))(?:\s+(?:today|now|since|to\s+this\s+day|ever\s+since))?\s*(?:[.,;)]|$)",
    re.IGNORECASE,
)


# A sentence that says the one before still holds: "The front line has barely moved since.",
# "Little has changed since.", "That remains the case today."
_STILL_SINCE_RE = compiled(
    r"\s*(?:(?:but|and|yet),?\s+)?(?:(?:the|that|this)\s+)?(?:(?:front(?:\s*-?\s*line)?|line\s+of"
    r"\s+contact|(?:front\s*)?lines?|situation|picture|map|figures?|share|balance)\s+(?:has|have)"
    r"\s+(?:(?:barely|hardly|scarcely|not|little|largely|since|been)\s+)*(?:moved|changed|shifted"
    r"|budged|(?:remained|stayed)\s+(?:(?:largely|virtually|broadly|almost)\s+)?(?:static|frozen"
    r"|unchanged|the\s+same|stable))(?:\s+(?:much|significantly|little))?\s+since\b"
    r"|(?:little|not\s+much|nothing|very\s+little)\s+has\s+changed\s+since\b"
    r"|(?:that|this|it)\s+(?:(?:is|remains)\s+(?:still\s+)?(?:the\s+case|true|so)|still\s+(?:is"
    r"|does|holds))\b)",
    re.IGNORECASE,
)


def still_since(text: str) -> bool:
    """Whether a sentence says that the one before it still holds ("The front line has barely
    moved since.")."""
    return _STILL_SINCE_RE.match(text) is not None


def time_of(
    share: Share, phrase: str, hi: int, as_of: dt.date | None, still: bool = False
) -> tuple[int, str, dt.date | None]:
    """:func:`geomap.extract.when.time` of a share's phrase, but of now where a figure of an
    earlier time is said to hold still, in its clause (ending at ``hi``, in the sentence):
    "Russia controlled 99% of X in 2022, and still does", "... fell to 70%, where it remains";
    or by the sentence after it (``still``: "... leaving Russia in control of 75% of X. The
    front line has barely moved since.")."""
    past, note, latest = when.time(phrase, as_of)
    if perfect := when.past_perfect(share.sentence.text, phrase):
        past, note = past - 1, perfect if not note else f"{note}; {perfect}"
    s0 = share.sentence.start
    after = max(share.end, share.target_end) - s0
    text = share.sentence.text
    if past < 0 and (_STILL_SO_RE.match(text, after, hi) or _WHERE_IT_STAYS_RE.match(text, after)):
        return 0, "said to hold still", None
    if past < 0 and still:
        return 0, "said to hold still, in the sentence after it", None
    return past, note, latest
