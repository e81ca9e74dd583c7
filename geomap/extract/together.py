"""Figures read with the figures around them: "72% and 78% of A and B respectively", "74% and
76% of their respective areas" (each of the region in the same place of the list), and the same
figure again ("Russia held 30% of X in spring; today it is 15%", "... . Today the figure is
closer to 80%."), and the parts of a figure before ("Russia holds 19% of Ukraine. That
includes about 70% of X ...")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, TypeGuard

from geomap.extract.asides import without_insertions
from geomap.extract.before import FIGURE_GLUE, of_a_group
from geomap.extract.gains import MONTHS
from geomap.extract.lines import state_line
from geomap.extract.share_of import NO_REGION
from geomap.extract.share_times import AND_NOW
from geomap.extract.targets import RESPECTIVE, WHOLE_COUNTRY, names
from geomap.extract.text import Mention, nouns
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share

# "today it is 15%", "the figure now stands at 15%": the same share as the one before, again.
_AGAIN_RE = compiled(
    # "The figure for Donetsk is about 70%", "the equivalent figure (in Kherson) is 73%"
    r"\b(?:it|that|this|(?:the|that|this|an?)\s+(?:(?:equivalent|comparable|corresponding|same|real"
    r"|actual|true)\s+)?"
    r"(?:figure|share|proportion)(?P<for>\s+(?:for|in)\s+[^,;.%]{1,40}?)?(?:\s+that)?)\s+"
    r"(?:now\s+)?(?:is|was"
    r"|stands\s+at|stood\s+at|(?:is|was)\s+(?:now\s+)?at"
    r"|ha[sd]\s+(?:since\s+|now\s+)?(?:risen|grown|fallen|dropped|shrunk|climbed)\s+to|rose\s+to"
    r"|fell\s+to"
    # "In X, that share rises to 79%", "a figure that reaches 99% in X"
    r"|(?:rises|climbs|grows|jumps|increases|falls|drops)\s+to|reaches)\s+"
    # "The figure for Kherson is similar, about 76%"
    r"(?:(?:similar|comparable|much\s+the\s+same|about\s+the\s+same"
    r"|(?:slightly\s+|a\s+little\s+|somewhat\s+|far\s+|much\s+)?"
    r"(?:higher|lower))\s*,?\s+(?:at\s+)?)?"
    r"(?:now\s+|only\s+|just\s+|about\s+)?$"
    # "held 57% of X in January 2023, compared with 79% now"
    r"|,\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+)?$"
    # "gained 5% of X, reaching 79%": the total the gain brought
    r"|,\s*(?:reaching|to\s+reach|for\s+a\s+total\s+of)\s+(?:about\s+|around\s+|roughly\s+)?$"
    r"|\bit['’]s\s+(?:now\s+|only\s+|just\s+|about\s+)?$",  # "For Donetsk, it's 70%"
    re.IGNORECASE,
)
_AND_BEFORE_RE = compiled(r"\band\s+(?P<for>(?!))?$", re.IGNORECASE)
AS_BEFORE = "as the figure before it"
# ... "held 20% of X in 2022 and now 2%": the time before the figure
_AND_NOW_BEFORE_RE = compiled(rf"{AND_NOW}(?P<for>(?!))?$", re.IGNORECASE)
_NOW_NEXT_RE = compiled(
    r"\s+(?:now|today|currently|at\s+present"
    # "held 57% of X in January 2023 and 79% in May 2025": a date of its own (its time says
    # whether it is today's)
    rf"|(?:in|by|as\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{MONTHS})\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_NO_NUMBER = "is not a number"  # the reason of "nearly all of X": a statement with no figure
RESPECT = "'respectively' read as"  # the note of a figure paired with a region of a list
IN_ORDER = "in the order of the regions named, read as"  # ... without "respectively"
_NO_REGION = (NO_REGION, "'the region'")
# What joins the items of a list: ", ", "and", "&", "as well as".
LIST_GLUE_RE = compiled(r"^(?:\s*(?:,|and|&|the|as\s+well\s+as)\s*)+$", re.IGNORECASE)


def respective(shares: list[Share], named: list[Mention]) -> None:
    """ "The Zaporizhzhia and Kherson regions see Russian troops holding 74% and 76% of their
    respective areas": each figure is of the region in the same place of the list before."""
    k = 0
    while k < len(shares):
        if shares[k].reason != RESPECTIVE:
            k += 1
            continue
        group = [shares[k]]
        while k + len(group) < len(shares) and shares[k + len(group)].reason == RESPECTIVE:
            group.append(shares[k + len(group)])
        first = shares[k - 1] if k and not shares[k - 1].regions else None  # "74% and 76%"
        if first is not None:
            group.insert(0, first)
        listed = list_before(group, named) if len(group) > 1 else []
        if listed:
            pair(group, listed, "'respective' read as")
        k += len(group) - (first is not None)


def list_before(group: list[Share], named: list[Mention]) -> list[Mention]:
    """The last names before the figures of ``group``, one for each, where they form a list
    ("Zaporizhzhia and Kherson", "A, B and C"); else []."""
    before = [m for m in named if m.end <= group[0].start and len(m.regions) == 1]
    listed = before[-len(group) :] if len(before) >= len(group) else []
    text, s0 = group[0].sentence.text, group[0].sentence.start
    plain = without_insertions(text, -1)  # "A, according to the ISW, and B": ", and"
    joined = all(
        LIST_GLUE_RE.match(plain[a.end - s0 : b.start - s0]) for a, b in itertools.pairwise(listed)
    )
    # the whole list, not its tail: "A, B and C at 99% and 70%" pairs nothing
    longer = (
        len(before) > len(listed)
        and listed
        and LIST_GLUE_RE.match(text[before[-len(listed) - 1].end - s0 : listed[0].start - s0])
    )
    return listed if joined and not longer else []


def pair(group: list[Share], listed: list[Mention], note: str) -> None:
    """Each figure of ``group`` of the name in the same place of ``listed``."""
    for share, mention in zip(group, listed, strict=True):
        share.regions, share.reason = mention.regions, ""
        share.target_end = group[-1].target_end
        share.note = f"{note} {mention.regions[0].name}"


def again(shares: list[Share], named: list[Mention], before: Share | None = None) -> bool:
    """ "Russia held 30% of X in spring; today it is 15%": the later figure is of X too, and so
    is the first of a sentence after one whose last figure is ``before`` ("... . Today the
    figure is closer to 75%."); but "..., while in Y the figure is 99%" is of Y, named between
    (``named``: the sentence's regions). Whether the first figure was read as ``before``'s."""
    linked = False
    for k, share in enumerate(shares):
        previous = shares[k - 1] if k else before
        if share.regions or not share.numeric or not _stands_before(previous, k):
            continue
        if share.reason and not share.reason.startswith(_NO_REGION):
            continue  # "today it is 15% of Ukraine"
        s0 = share.sentence.start
        text = share.sentence.text[: share.start - s0]
        found = _AGAIN_RE.search(text)
        if found is None and k and _NOW_NEXT_RE.match(share.sentence.text, share.end - s0):
            found = _AND_BEFORE_RE.search(text)  # "controlled 65% of X in May and 70% now"
        if found is None and k:
            found = _AND_NOW_BEFORE_RE.search(text)  # "... in 2022 and now 2%"
        in_after = _named_in_after(share, named)
        if found is None and k and in_after and previous.note.startswith(_IN_AFTER_NOTE):
            found = _AND_BEFORE_RE.search(text)  # "the figure is 99% in A and 75% in B"
        if not found:
            continue
        since = previous.target_end if k else share.sentence.start
        if k and not previous.numeric and not previous.regions:  # past the place of "nearly all"
            since = next((m.end for m in named if m.start >= previous.end), share.start)
        between = [m for m in named if since <= m.start and m.end <= share.start]
        if not between and in_after:
            # "...; the figure is 99% in Luhansk", "a figure that rises to 99% in Luhansk"
            share.regions, share.reason = in_after.regions, ""
            if of_a_group(share, "", share.regions):
                share.regions = ()
                continue
            share.target_end = in_after.end
            share.note = f"{_IN_AFTER_NOTE} {names(share.regions)}"
            linked = linked or not k
            continue
        if found["for"] and not _for_a_name(share.sentence, found, between):
            continue  # "The figure for destroyed homes (in Donetsk) is 70%": of something else
        if between:
            # "in Zaporizhzhia and Kherson the figure is 75%": each of a list named last
            listed = _listed_last(share.sentence, between)
            share.regions = tuple(r for m in listed for r in m.regions)
            share.reason = ""
            if len(listed) == 1 and of_a_group(share, "", share.regions):
                share.regions = ()  # "in Darfur the figure is 90%": of the group together
                continue
            share.note = f"read as a share of {names(share.regions)}, named before it"
            linked = linked or not k
            continue
        # "Russia holds 19% of Ukraine. Today the figure is 20%": of no region; "99% of A and
        # 79% of B, compared with 96% and 54% ...": each of its place's, or of none
        if not previous.regions or _compared_list(shares, k, found):
            continue
        share.regions, share.reason = previous.regions, ""
        share.note = f"read as a share of {names(share.regions)}, {AS_BEFORE}"
        linked = linked or not k
    return linked


def _stands_before(previous: Share | None, k: int) -> TypeGuard[Share]:
    """Whether a figure ``previous`` (the sentence's ``k``-th before, or the sentence before's
    last where ``k`` is 0) is one a later "the figure is 76%" may be said beside: a share of a
    region, of the country with its holder, or "nearly all of X" in the same sentence ("...,
    while in Y the figure is 76%")."""
    return previous is not None and bool(
        previous.regions
        or (previous.reason == WHOLE_COUNTRY and (k or previous.holder))
        or (k and _NO_NUMBER in previous.reason)
    )


_COMPARED_RE = compiled(r",\s*(?:compared|against|versus|vs)", re.IGNORECASE)
_AND_JOINED_RE = compiled(
    r"\s*(?:,\s*|,?\s+and\s+)(?:about\s+|around\s+|roughly\s+)?", re.IGNORECASE
)


def _compared_list(shares: list[Share], k: int, found: re.Match) -> int:
    """ "99% of A and 79% of B, compared with 96% and 54% in 2022": where the ``k``-th share opens
    a list of figures after "compared with" (``found``), each is of the region of the figure in
    the same place of as many before it, or, their counts not the same, of none; how many were
    so listed (0: a figure alone, left to the caller)."""
    if not k or not _COMPARED_RE.match(found.group()):
        return 0
    text, s0 = shares[k].sentence.text, shares[k].sentence.start
    j = k + 1
    while (
        j < len(shares)
        and not shares[j].regions
        and _AND_JOINED_RE.fullmatch(text, shares[j - 1].end - s0, shares[j].start - s0)
    ):
        j += 1
    count = j - k
    if count < 2:
        return 0
    before = shares[k - count : k] if k >= count else []
    if len(before) == count and all(len(b.regions) == 1 for b in before):
        for b, share in zip(before, shares[k:j], strict=True):
            share.regions, share.reason = b.regions, ""
            share.note = f"read as a share of {names(b.regions)}, as the figure in its place"
    return count


_IN_AFTER_RE = compiled(r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_IN_AFTER_NOTE = "read as the figure in"


def _named_in_after(share: Share, named: list[Mention]) -> Mention | None:
    """The region named right after a figure with "in" ("99% in Luhansk"), or None."""
    s0, text = share.sentence.start, share.sentence.text
    after = next((m for m in named if m.start >= share.end), None)
    if after is None or not _IN_AFTER_RE.search(text, share.end - s0, after.start - s0):
        return None
    return after if _IN_AFTER_RE.match(text, share.end - s0, after.start - s0) else None


# "The figures for Zaporizhzhia and Kherson are 74% and 73%", "For A and B, the figures are":
# the figures after it, one for each region named, in order.
_FIGURES_FOR_RE = compiled(
    r"(?:^\s*|\bthe\s+(?:(?:equivalent|comparable|corresponding)\s+)?)(?:figures|shares|proportions)"
    r"\s+(?:for|in)\s+(?P<names>[^,;.%]{1,80}?)\s+"
    r"(?:are|were|stand\s+at|stood\s+at)\s+(?:about\s+|roughly\s+|around\s+)?$"
    # "In A, B and C, Russia's share is 99%, 78% and 74%"
    r"|(?:^|;)\s*(?:for|in)\s+(?P<names2>[^;.%]{1,80}?),\s+(?:the\s+(?:figures|shares)"
    r"|(?:[\w'’-]+\s+){1,2}?(?:shares?|control|figures?))\s+(?:is|are|was|were|stands?\s+at)\s+"
    r"(?:about\s+|roughly\s+|around\s+)?$",
    re.IGNORECASE,
)


def figures_for(shares: list[Share], named: list[Mention]) -> bool:
    """ "The figures for Zaporizhzhia and Kherson are 74% and 73%": each of the listed figures
    after the words is of the region named in the same place of the list (``named``: the
    sentence's regions); whether the first figure was read so."""
    # the first figure of no region: "Russia holds 99% of A; in B and C, the figures are ..."
    k = next((k for k, share in enumerate(shares) if not share.regions), None)
    if k is None:
        return False
    first, s0 = shares[k], shares[k].sentence.start
    since = max(shares[k - 1].end, shares[k - 1].target_end) - s0 if k else 0
    found = _FIGURES_FOR_RE.search(first.sentence.text, since, first.start - s0)
    if found is None:
        return False
    lo, hi = found.span("names") if found.group("names") else found.span("names2")
    listed = [m for m in named if lo <= m.start - s0 and m.end - s0 <= hi]
    group = [first, *itertools.takewhile(lambda s: not s.regions, shares[k + 1 :])]
    if len(listed) < 2 or len(group) != len(listed) or not figures_listed(group):
        return False
    for share, m in zip(group, listed, strict=True):
        share.regions, share.reason = m.regions, ""
        share.note = f"read as a share of {names(m.regions)}, named in the same place"
    return k == 0


def _listed_last(sentence, named: list[Mention]) -> list[Mention]:
    """The last of ``named``, with those listed before it with nothing but "and" or commas
    between ("Zaporizhzhia and Kherson")."""
    s0, listed = sentence.start, [named[-1]]
    for m in reversed(named[:-1]):
        if not LIST_GLUE_RE.match(sentence.text[m.end - s0 : listed[0].start - s0]):
            break
        listed.insert(0, m)
    return listed


def _for_a_name(sentence, found: re.Match, named: list[Mention]) -> bool:
    """Whether the words after "the figure" name a region and nothing else: "for Donetsk",
    "in the Kherson region" (not "for homes destroyed in Donetsk")."""
    s0, (lo, hi) = sentence.start, found.span("for")
    return any(
        _FOR_RE.fullmatch(found.string, lo, m.start - s0)
        and found.string[m.end - s0 : hi].strip().lower() in nouns() | {""}  # "... region"
        for m in named
        if lo <= m.start - s0 and m.end - s0 <= hi
    )


_FOR_RE = compiled(r"\s+(?:for|in)\s+(?:the\s+)?", re.IGNORECASE)


def figures_listed(group: list[Share]) -> bool:
    """Whether figures follow one another in a list ("99% and 70%", "99, 70 and 75 percent"),
    none of them of anything of its own."""
    text, s0 = group[0].sentence.text, group[0].sentence.start
    return all(
        a.target_end == a.end and _FIGURE_GLUE_RE.fullmatch(text, a.end - s0, b.start - s0)
        for a, b in itertools.pairwise(group)
    )


_FIGURE_GLUE_RE = compiled(FIGURE_GLUE, re.IGNORECASE)


# "Russia occupies about 19% of Ukraine. That includes almost all of A; about 70% of B ...": the
# parts of what the sentence before says a side holds now.
_INCLUDES_RE = compiled(
    r"^\W*(?:that|this|it|these|the\s+(?:total|figure|area|territory|land)(?:\s+[\w'’]+){0,3}?)"
    r"\s+(?:also\s+)?(?:includes?|comprises?|covers|consists\s+of|is\s+made\s+up\s+of|spans)\b",
    re.IGNORECASE,
)
# ... or says where it lies, before a colon: "Nearly all of it lies in the east and south: all of
# A, almost all of B and about three-quarters of C."
_WHERE_IT_LIES_RE = compiled(
    r"^\W*(?:(?:(?:nearly|almost|virtually)\s+)?(?:all|most|much|the\s+bulk|the\s+(?:vast\s+)?"
    r"majority)\s+of\s+)?(?:it|that|this)(?:\s+(?:territory|land|area))?\s+(?:is|lies|sits)\s+"
    r"(?:(?:mostly|mainly|largely|chiefly)\s+)?in\s+[^.:;]{1,40}:",
    re.IGNORECASE,
)
_HELD_NOW_RE = compiled(r"(?:holds?|controls?|occup(?:y|ies)|has|have)\b", re.IGNORECASE)


def held_now(before: Share | None) -> TypeGuard[Share]:
    """Whether ``before``, the last figure of the sentence before, is held now: its holder's
    verb in the present tense ("Russia occupies 19% of Ukraine", not "held ... in 2022")."""
    return bool(
        before is not None
        and before.holder
        and (_HELD_NOW_RE.match(before.cue) or state_line(before.sentence.text))
    )


def parts_of(text: str, before: Share | None) -> bool:
    """Whether a sentence lists the parts of ``before``, the last figure of the sentence before:
    it starts "That includes" ("Most of it lies in the east:") and ``before`` is held now (see
    :func:`held_now`)."""
    return held_now(before) and bool(_INCLUDES_RE.match(text) or _WHERE_IT_LIES_RE.match(text))


def gains_of_one_verb(shares: list[Share], text: str) -> None:
    """ "have taken 1% of X and 3% of Y this year": the period closes the list of what one verb
    took, so each share of it is a gain, not only the last; and "Russia's gains in 2025: 0.8% of
    X, 0.3% of Y": the figures listed after a gain are gains too."""

    def one_list(before: Share, share: Share, glue: re.Pattern) -> bool:
        s0 = share.sentence.start
        return before.cue == share.cue and bool(
            glue.match(text[before.target_end - s0 : share.start - s0])
        )

    for k in range(len(shares) - 1, 0, -1):
        share, before = shares[k], shares[k - 1]
        if _a_change(share) and not before.reason and one_list(before, share, LIST_GLUE_RE):
            before.reason = share.reason
    for before, share in itertools.pairwise(shares):
        if _a_change(before) and not share.reason and one_list(before, share, _GLUE_AFTER_RE):
            share.reason = before.reason


def _a_change(share: Share) -> bool:
    return share.reason.startswith(("a gain", "a loss"))


# ... with the period between: "took 1% of X this year, and 0.5% of Y"
_GLUE_AFTER_RE = compiled(
    r"^(?:\s*(?:,|and|&|as\s+well\s+as|(?:this|last)\s+(?:year|month|week)|in\s+\d{4}"
    r"|since\s+[A-Z]\w+)\s*)+$",
    re.IGNORECASE,
)


_OWN_FIGURE_RE = compiled(r"\s*(?:at|\(|:|–|—|-)\s*", re.IGNORECASE)


def own_figures(shares: list[Share]) -> None:
    """ "Russia holds 99% of Luhansk, and Donetsk at 70%": a name with a figure of its own just
    after it ("Donetsk at 70%", "Donetsk (70%)") is not in the list of the figure before."""
    for a, b in itertools.pairwise(shares):
        s0 = b.sentence.start
        if (
            len(a.regions) > 1
            and b.regions
            and set(b.regions) < set(a.regions)
            and a.target_end <= b.start
            and _OWN_FIGURE_RE.fullmatch(b.sentence.text, a.target_end - s0, b.start - s0)
        ):
            a.regions = tuple(r for r in a.regions if r not in b.regions)


# The figure before as the subject, after a phrase set off: ", it fell to", ", the figure is"
_THE_FIGURE_AFTER_RE = compiled(
    r",\s*(?:it|(?:the|that|this)\s+(?:figure|share|proportion))\s+[^,;:]*$", re.IGNORECASE
)


def the_figure_again(share, previous, since: str) -> bool:
    """Whether ``share`` was read as the figure before it again ("..., it fell to 5%"), with
    the words ``since`` the last side named (in a phrase set off) before it."""
    return bool(
        previous is not None
        and previous.holder
        and share.note.endswith(AS_BEFORE)
        and _THE_FIGURE_AFTER_RE.search(since)
    )
