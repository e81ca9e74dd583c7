"""A share taken or lost over a period: "seized 4% of X this year" is a gain, "has lost 3% since
the summer" a loss, neither the share held; "has captured 90% of X since the invasion" (all that
was taken in the war) and "..., bringing its total in X to 79%" (the total) are."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.dates import MONTH_NAMES
from geomap.extract.exceptions import NO_UNIT_WHOLE
from geomap.patterns import compiled
from geomap.profile import current

if TYPE_CHECKING:
    from geomap.extract.shares import Share

# A share taken over a period ("seized 4% of X this year", "has retaken 5% since May") is a gain,
# and one lost over a period a loss, not the share under control; "has captured 90%" is held.
_CAPTURE_RE = compiled(
    r"(?:captur|seiz|took|taken|retook|retak|re-?captur|regain|gain|won|liberat|grabbed|overran"
    r"|conquer|lost|occupy\b|ced(?:ed|es|e|ing)\b|gave\s+up|surrender)", re.IGNORECASE,
)  # fmt: skip
_TO_OCCUPY_RE = compiled(r"\bto\s+occupy\b", re.IGNORECASE)
MONTHS = "|".join(MONTH_NAMES)
# How many days, weeks, months or years a span counts: "44", "two", "several", "a few".
SPAN_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many"
    r"|a\s+few)"
)
_PERIOD_RE = compiled(
    r"\b(?:this|last|past)\s+(?:year|month|week|summer|spring|autumn|fall|winter)\b"
    r"|\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|first)\b|\bsince\b"
    # "over the 44 months of full-scale war": a span counted, what was taken in it
    r"|\b(?:in|over|during|within)\s+(?:(?:just|only|less\s+than|under)\s+)?(?:the\s+)?"
    rf"{SPAN_COUNT}\s+(?:days|weeks|months|years)\b"
    # "captured 5% of X in a week", "in a single day"
    r"|\b(?:in|over|within)\s+(?:(?:just|only|less\s+than|under)\s+)?(?:a|one|a\s+single)\s+"
    r"(?:day|week|fortnight|month|year)\b"
    rf"|\bin\s+(?:early\s+|late\s+|mid-?)?(?:{MONTHS}|(?:19|20)\d\d)\b|\bwithin\s+(?:a|\d+)\b"
    # (not a distance: "within 10 kilometres of the border")
    r"(?!\s+(?:kilometres?|kilometers?|km|miles?|metres?|meters?|m)\b)"
    # "liberated 0.5% of X during the 2023 counteroffensive"
    r"|\b(?:during|in|over|with)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:counter-?offensive|offensive|campaign|push|advance|assault)\b",
    re.IGNORECASE,
)
# The verb that brings a side's total to a figure: "bringing", "raising".
_BRINGING = r"(?:bringing|raising|pushing|taking|lifting|increasing|putting|expanding|extending)\s+"
# The total a gain brought a side to: "..., bringing its total in X to", "raising Russia's share
# of X to about".
_TOTAL_BEFORE_RE = compiled(
    rf",\s*{_BRINGING}(?:its|their|the"
    r"|[\w'’-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:total|share|control|hold|tally|area)\b[^,;.]{0,60}?"
    r"\bto\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... and the total after a gain: "seized 1% of X, bringing the share it holds to 79%".
_TOTAL_AFTER_RE = compiled(
    rf"[^;.]*?,\s*(?P<total>{_BRINGING}(?:its"
    r"|their|the|[\w'’-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:total|share|control|hold|tally|gains?)"
    r"\b[^,;.]{0,60}?\bto)\b",
    re.IGNORECASE,
)
# "Russia added (gained) 0.5% of X": a gain whatever the time, never the share held
_ADDED_RE = compiled(
    r"\b(?:(?:added|adds|adding|add|gained|gains|gaining)\s+(?:(?:another|a\s+further|a\s+mere|just|only|some|about"
    r"|roughly|around|nearly|almost|over)\s+)*"
    # "controls another 3% of X", "an additional 2%": more than before, not the share held
    r"|(?:another|an\s+additional|a\s+further|an\s+extra)\s+(?:(?:about|roughly|around|some"
    r"|nearly|almost|over|just)\s+)?)$",
    re.IGNORECASE,
)
# "since the start of the full-scale invasion", "since the war began": all taken in the war.
_SINCE_THE_WAR_RE = compiled(
    r"since\s+(?:(?:the\s+)?(?:start|beginning|outset)\s+of\s+)?(?:the\s+)?(?:full[-\s]scale\s+)?"
    r"(?:invasion|war|conflict|fighting|(?:special\s+)?military\s+operation|SMO)\b"
    r"|since\s+(?:\w+\s+){1,2}invaded\b|since\s+(?:the\s+)?(?:war|invasion|fighting)\s+(?:began|started)\b",
    re.IGNORECASE,
)


def gain(share: Share, text: str, phrase: str) -> str:
    """Why a share is a gain (or a loss) over a period rather than a share held, or "": "seized
    4% of X this year", "has lost 3% since the summer". Since the war began it is the whole of
    what was taken: "has captured 90% of X since the invasion" is held."""
    added = _ADDED_RE.search(text, max(0, share.start - share.sentence.start - 40),
                             share.start - share.sentence.start)  # fmt: skip
    if added and share.numeric:
        return f"a gain ('{added.group().strip()}'), not the share held"
    if not share.numeric or not share.cue or not _CAPTURE_RE.match(share.cue):
        return ""
    if share.cue.lower() == "occupy" and not _TO_OCCUPY_RE.search(
        text, 0, share.start - share.sentence.start
    ):
        return ""  # "This month, Russian troops occupy 80% of X": a state ("managed to occupy")
    if _TOTAL_BEFORE_RE.search(text, 0, share.start - share.sentence.start):
        return ""  # "seized 1,000 km² in November, bringing its total in X to 79%": the total
    total = _TOTAL_AFTER_RE.match(text, share.end - share.sentence.start)
    if total:  # "regained 1% of X, bringing the share it controls to 98%": the total is after
        return f"a gain ('{share.cue.strip()}', then '{total.group('total')}'), not the share held"
    period = _period(phrase)
    if not period:
        return ""
    what = "a loss" if share.cue.casefold().startswith("lost") else "a gain"
    return f"{what} over a period ('{share.cue.strip()} ... {period}'), not the share held"


def _period(words: str) -> str:
    """The period ``words`` give a taking ("this year", "since May"), or "": none, or all the
    war ("since the invasion", "since 2014" where the profile says the war began then)."""
    period = _PERIOD_RE.search(words)
    if not period or _SINCE_THE_WAR_RE.match(words, period.start()):
        return ""
    return "" if _since_it_began(words, period.start()) else period.group()


# "since 2014", "since April 2023", "since early 2014": a date the war may have begun by
_SINCE_A_DATE_RE = compiled(
    rf"since\s+(?:(?:early|the\s+(?:start|beginning)\s+of)[\s-]+)?(?:(?P<month>{MONTHS})\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _since_it_began(words: str, at: int) -> bool:
    """Whether ``words`` say "since" a date at ``at`` no later than the war's start (the
    profile's ``began``): what was taken since then is all that is held."""
    began = current().began
    date = _SINCE_A_DATE_RE.match(words, at)
    if began is None or date is None:
        return False
    month = MONTHS.split("|").index(date["month"].capitalize()) + 1 if date["month"] else 1
    return (int(date["year"]), month) <= began


# A heading of changes: "Russia's gains in 2025 by region:", "Territory lost since May:"
_CHANGE_HEADING_RE = compiled(
    r"\b(?:gains|losses|advances|changes?|increases?|decreases?|net\s+change)\b", re.IGNORECASE
)


def heading_gain(share: Share) -> str:
    """Why a line's figure under a heading (``share.heading``) whose verb it takes is a gain or
    a loss, or "": a heading of gains ("Russia's gains in 2025, by region:"), or of a taking
    over a period ("Territory liberated by Ukraine since 2022:")."""
    heading = share.heading
    if not heading or not share.numeric:
        return ""
    if change := _CHANGE_HEADING_RE.search(heading):
        return (
            f"under a heading of {change.group().lower()} ('{heading.strip()}'), not the share held"
        )
    if not share.cue or not _CAPTURE_RE.match(share.cue) or not _period(heading):
        return ""
    return f"a gain over a period ('{heading.strip()}'), not the share held"


def over_time(shares: list[Share], controller: str, defender: str) -> None:
    """What a sentence's shares say once read together: an earlier time's share changed since,
    and a share taken beside the other side's remainder (see the two below)."""
    _changed_since(shares)
    _beside_a_remainder(shares, controller, defender)


def _changed_since(shares: list[Share]) -> None:
    """A share of an earlier time that a change "since" follows is no share of now: "held 66%
    of X in January and has since taken 9% more" (how much it holds now, the words leave to
    the reader)."""
    for share in shares:
        text, s0 = share.sentence.text, share.sentence.start
        later = (
            _SINCE_CHANGED_RE.search(text, max(share.end, share.target_end) - s0)
            if not share.reason
            else None
        )
        # ... and one held "since" a time, or said with no time, where the change is of the rest
        # of the same unit: "has held 99% of X since 2023 and has since taken the rest"
        if later and (
            share.currency < 0 or share.dated or _OF_THE_REST_RE.match(text, later.end())
        ):
            share.reason = f"changed since ('{' '.join(later.group().split())}'): not the share now"


def _beside_a_remainder(shares: list[Share], controller: str, defender: str) -> None:
    """ "In 44 months of war Russia managed to occupy 23% of X, while 22.6% remains under
    Ukrainian control": a share taken by the controlling side that, with the share the
    defending side holds of the same unit in the same sentence, leaves a fifth or more of it
    to no one is what was taken, not all that is held."""
    held = {
        r: share.value for share in shares
        if share.holder == defender and share.numeric and not share.reason and share.value
        for r in share.regions
    }  # fmt: skip
    for share in shares:
        if not (
            share.holder == controller and share.numeric and not share.reason and share.value
            and _CAPTURE_RE.match(share.cue) and share.regions
        ):  # fmt: skip
            continue
        theirs = [held[r] for r in share.regions if r in held]
        if theirs and share.value + theirs[0] < 80:
            share.reason = (
                f"taken ('{share.cue.strip()}'), not all that is held: with {defender}'s "
                f"{theirs[0]:g}% it leaves {100 - share.value - theirs[0]:g}% to no one"
            )


# A change after an earlier time's share: "... and has since taken 9% more", "since then it has
# lost 2%".
_SINCE_CHANGED_RE = compiled(
    r"\b(?:(?:has|have)\s+since\s+|since\s+then\s+(?:it\s+|they\s+)?(?:has\s+|have\s+)?)"
    r"(?:taken|captured|seized|gained|added|occupied|lost|ceded|retaken|recaptured|grown|risen|fallen"
    r"|shrunk|expanded|advanced)\b",
    re.IGNORECASE,
)

# What a change since takes that is of the same unit: "the rest", "the remaining villages",
# "more", "another 2%", "2% more".
_OF_THE_REST_RE = compiled(
    r"\s+(?:(?:the|its|all\s+the|all\s+of\s+the)\s+)?(?:rest|remainder|remaining|last|more"
    r"|further|another|additional|[\d.,]+\s*(?:%|per\s*cent|percent)\s+more)\b",
    re.IGNORECASE,
)


def said_more(shares: list[Share]) -> set[str]:
    """The codes of the units a sentence's ``shares`` say more of than a statement of holding
    in it: a share of today; not one of an earlier time ("retook Sennar State, where the RSF had
    held 60%"), one whose holder is unclear, nor a gain ("seized the remaining 1% of X in June":
    X is held)."""
    return {
        r.code for s in shares if s.currency >= 0 and s.holder
        and not s.reason.startswith(("a gain", "a loss"))
        and not s.reason.endswith(NO_UNIT_WHOLE)  # "all of X, where the army holds a pocket"
        for r in s.regions
    }  # fmt: skip
