"""A figure with no "of" after it: of the region the sentence names before, where it is the object
of a verb of holding that ends its clause ("in Kherson, where Russian troops now hold 71%"), its
clause's subject ("... and 70% is still occupied"), set off after the rest of a region or a state
("the rest, about 25%", "is under Russian control, at 99%"), beside an area ("17,804 square
kilometres (67.2%)"), in a clause of "leaving" or "with" ("leaving the other 55% under Russian
control"), or its clause left out ("... and Ukraine, 25%"); or of no region."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.extract.asides import past_an_insertion, subject_end
from geomap.extract.before import (
    BE,
    IS_BEFORE,
    TAKEOVER_NOUNS,
    a_place_not_a_region,
    a_subject_no_region,
    names,
    of_a_group_named,
    part_as_the_subject,
    state_by,
)
from geomap.extract.each import counted_short, each_of_the_subject, of_the_subjects_together
from geomap.extract.gains import MONTHS
from geomap.extract.gapping import gapped_figure, passive_gap
from geomap.extract.objects import words
from geomap.extract.share_of import NO_REGION, control_to, of_the_share_named
from geomap.extract.text import SET_APART_RE, Token, nouns
from geomap.patterns import compiled
from geomap.profile import current

if TYPE_CHECKING:
    from geomap.extract.antecedents import Antecedent
    from geomap.extract.shares import Share


# "where Russian troops hold 71%": a share with no "of" counts only as the object of such a verb.
# The noun of the share held after the figure: "has 99% control", "has 99% control there".
_CONTROL_NOUN_RE = compiled(r"control(?:\s+there)?(?=\s*(?:[.,;)!]|$))", re.IGNORECASE)
VERB_BEFORE_RE = compiled(
    r"\b(?:holds?|held|controls?|controlled|occup\w+|captured|seized|taken|took|keeps?|kept"
    r"|retains?|retained|has|have|had|owns?|owned|defend(?:s|ed)?|clings?\s+to|clung\s+to)"
    r"(?:\s+(?:only\s+|just\s+|now\s+|still\s+)?"
    r"(?:the\s+(?:other|remaining)\s+|another\s+)?"
    # "controls, by most estimates, about 73%": an aside between
    r"|,\s*(?:by|according\s+to|in|on|at|as|per)\b[^,;:]{1,40},\s*)$"
    # a label of a state before the figure: "Donetsk (occupied: 79%)", "X, held by Russia: 79%"
    r"|\b(?:occupied|held|controlled)(?:\s+by\s+[\w'’ -]{1,30}?)?\s*:\s*$",
    re.IGNORECASE,
)
# "... and 70% is still occupied": a share that is its clause's subject.
SUBJECT_OF_RE = compiled(
    r"^(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+(?:(?:now|already|since)\s+)?been)\s+"
    r"(?:still\s+|now\s+|currently\s+|already\s+|reportedly\s+|also\s+)*"
    r"(?:occupied|controlled|held|under\b|in\s+(?:the\s+)?(?:[\w'’-]+\s+)?hands|liberated|free"
    r"|taken|captured|seized|overrun|retaken|recaptured"
    r"|(?:outside|beyond|out\s+of)\s+(?:the\s+)?[\w'’-]+\s+(?:control|hands)\b"
    r"|[\w'’]+-(?:held|controlled|occupied)\b)",  # "is Ukrainian-held"
    re.IGNORECASE,
)
# "The Donetsk region, which Russia annexed in 2022, is 80% occupied": of the clause's subject.
_IS_BEFORE_RE = compiled(
    IS_BEFORE + "$",
    re.IGNORECASE,
)
_STATE_AFTER_RE = compiled(
    r"(?:(?:[\w'’]+[-\s])?(?:occupied|controlled|held)\b|liberated|under\b"
    r"|in\s+(?:\w+\s+)?hands\b)",
    re.IGNORECASE,
)
# "The liberation of X is 99% complete", "the capture of X is now about 90% complete": a
# takeover's degree, of the unit taken.
_TAKEOVER_BEFORE_RE = compiled(
    rf"\b{TAKEOVER_NOUNS}\s+of\s+[^,;:]{{1,60}}?\s+"
    r"(?:is|was|has\s+been|now\s+stands\s+at|stands\s+at)\s+(?:(?:now|already|about|around"
    r"|some|nearly|almost|over|roughly|more\s+than)\s+)*$",
    re.IGNORECASE,
)
_COMPLETE_AFTER_RE = compiled(r"(?:complete|completed)\b", re.IGNORECASE)
# A figure in a clause of "leaving" or "with", the rest of the region named before.
_LEAVING_RE = compiled(
    r"\b(?:leaving|leaves|left|with)\s+(?:only\s+|just\s+)?(?:the\s+(?:other|remaining|rest,?)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|just|only)\s+)?$",
    re.IGNORECASE,
)
_STILL_RE = compiled(r"(?:(?:still|now|currently)\s+)*", re.IGNORECASE)
# "... and controls about 79% today.": a time after the share before its clause ends.
_NOW_AFTER_RE = compiled(
    r"(?:today|now|currently|at\s+present|this\s+(?:year|month|week)"
    # "rose from 57% to 79% over two years", "in the past year"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"|over\s+(?:\w+\s+)?(?:years|months|weeks)"
    # "... holds about 75% after three years (of fighting)", "... since the invasion"
    r"|after\s+(?:\w+\s+)?(?:years?|months?|weeks?)(?:\s+of\s+(?:fighting|war|combat))?"
    r"|since\s+(?:the\s+(?:start\s+of\s+the\s+)?)?(?:full-scale\s+)?(?:invasion|war)"
    # "... and holds 53% as of May 2025", "in mid-2025", "so far"
    r"|as\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+|so\s+far|to\s+date"
    rf"|(?:in|by|since)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?:{MONTHS}\s+)?\d{{4}})"
    r"\s*(?:[.,;)]|$)",
    re.IGNORECASE,
)
# "..., Ukraine controls 27% and Russia 73%": the share ends its clause at a conjunction too.
_AND_AFTER_RE = compiled(r"(?:and|but|while|whereas)\b", re.IGNORECASE)
# "17,804 square kilometres (67.2%)", "18,500 square kilometres of X, or about 70 percent": a
# share beside the area it is of.
_AREA_BEFORE_RE = compiled(
    r"(?:km2|km²|sq\.?\s*km|square\s+kilomet(?:re|er)s|square\s+miles)"
    r"(?:\s*\(|\b[^;()%]{0,80},\s*or\s+)$"
    # ... "20,900 sq km of the Donetsk region's 26,517 sq km, about 79%": of the unit's own area
    r"|['’]s\s+\d[\d,.]*\s*(?:km2|km²|sq\.?\s*km|square\s+kilomet(?:re|er)s|square\s+miles),\s*$",
    re.IGNORECASE,
)
ANAPHORA_HEADS = words("region oblast province republic territory area land it")


def of_the_subject(share: Share, toks: list[Token], antecedent: Antecedent) -> None:
    """No "of": a share that ends its clause ("in Kherson, where Russian troops now hold 71%")
    or an adverb ("has been completely occupied") is of the region the sentence names before."""
    text = share.sentence.text
    rel = share.start - share.sentence.start
    rest = text[share.end - share.sentence.start :].lstrip()
    if share.numeric and of_the_share_named(share, toks, text, rel, antecedent):
        return
    if share.numeric and (noun := _CONTROL_NOUN_RE.match(rest)):
        rest = rest[noun.end() :]  # "In X, Russia has 99% control (there)."
    verb = _IS_BEFORE_RE.search(text, max(0, rel - 60), rel)  # "are (each) 75% occupied"
    if place := a_place_not_a_region(share, toks, subject_end(text, rel)):
        share.reason = f"a share of {place}, which is no region"
        return
    if (
        share.numeric
        and (
            (
                (
                    not rest
                    or rest[0] in '.,;)”"’!—–'
                    # "... holds 79% (up 3 points since January)"; not "79% (of the land)"
                    or (rest[0] == "(" and not rest[1:].lstrip().lower().startswith("of "))
                    or _AND_AFTER_RE.match(rest)
                    or _NOW_AFTER_RE.match(rest)  # "... and controls about 79% today."
                )
                and VERB_BEFORE_RE.search(text, max(0, rel - 80), rel)
            )
            or (
                (not rest or rest[0] in ".,;)" or _AND_AFTER_RE.match(rest))
                and (
                    _REST_BEFORE_RE.search(text, max(0, rel - 40), rel)
                    or gapped_figure(share, toks)
                )
            )
            or SUBJECT_OF_RE.match(rest)
            # "55 percent, with most of its towns in ruins, is under the control of the occupier"
            or SUBJECT_OF_RE.match(
                text[past_an_insertion(text, share.end - share.sentence.start) :].lstrip()
            )
            # "controls all of Luhansk except 1%": of the region named before "except"
            or (share.all_but and (not rest or rest[0] in ".,;)"))
            # "The rest, about 75%, is occupied": a figure set off by commas (dashes, brackets),
            # the subject's
            or (
                text[:rel].rstrip()[-1:] in (",", "(", "-", "—", "–")
                and SUBJECT_OF_RE.match(rest.lstrip(",)—–- "))
            )
            or passive_gap(share, toks)  # "70% of X is held by Russia and 30% by Ukraine"
            or _AREA_BEFORE_RE.search(text, 0, rel)
            or (
                _TAKEOVER_BEFORE_RE.search(text, max(0, rel - 140), rel)
                and _COMPLETE_AFTER_RE.match(rest)
            )
            or _STATE_BEFORE_RE.search(text, max(0, rel - 100), rel)
            or state_by(text, rel)
            or control_to(share, toks, ANAPHORA_HEADS)
            or (verb and _STATE_AFTER_RE.match(rest))
            # "..., leaving the other 55% under Russian control", "with the rest, 30%, held by"
            or (
                _LEAVING_RE.search(text, max(0, rel - 50), rel)
                and _STATE_AFTER_RE.match(_STILL_RE.sub("", rest, count=1))
            )
        )
    ):
        if verb and each_of_the_subject(share, toks, share.sentence.start + verb.start()):
            return
        share.regions, share.reason = _the_subjects(share, toks, antecedent, text, rel)
        if share.regions and (part := part_as_the_subject(text, rel)):
            share.regions, share.reason = (), f"a share of the region's {part}"
        elif share.regions and not (
            of_a_group_named(share, text[max(0, rel - 200) : rel])
            or of_the_subjects_together(share)
            or counted_short(share, toks)  # "the two Kordofan states are ..."
        ):
            share.note = f"read as a share of {names(share.regions)}, named before it"
        return
    if share.adverb:
        # "The Luhansk region has been completely occupied": the region is the subject (not
        # "the Kherson region's left bank was fully under their control": a part of it); "The
        # A, B and C regions were fully liberated": each of them.
        if verb and each_of_the_subject(share, toks, share.sentence.start + verb.start()):
            return
        if subject := a_subject_no_region(text, rel):
            share.reason = f"a share of the {subject}, not of a region"
            return
        share.regions, share.reason = _the_subjects(share, toks, antecedent, text, rel)
        if share.regions and (
            of_a_group_named(share, text[max(0, rel - 200) : rel]) or counted_short(share, toks)
        ):
            return
        if share.regions and (part := part_as_the_subject(text, rel)):
            share.regions, share.reason = (), f"a share of the region's {part}"
        return
    share.reason = NO_REGION


# "Ukrainian forces hold the rest, about 25%": a figure set off after "the rest" of the region.
_REST_BEFORE_RE = compiled(r"\b(?:rest|remainder)\s*[,(–—-]\s*$", re.IGNORECASE)
# "Luhansk is almost entirely occupied (99%)", "... is under Russian control, at 99%": a figure
# set off after the state of the clause's subject is the subject's.
_STATE_BEFORE_RE = compiled(
    # ... or a list's label: "Crimea: occupied since 2014 (100%)"
    rf"(?:\b{BE}\s+|:\s*)(?:(?:now|still|almost"
    r"|nearly|virtually|practically|entirely|fully|completely|wholly|all\s+but|partly|partially"
    r"|largely|mostly)\s+){0,3}"
    r"(?:occupied|controlled|held|liberated|under\s+(?:[\w'’-]+\s+){1,3}?(?:control|occupation)"
    r"|in\s+(?:[\w'’-]+\s+)?hands)(?:\s+(?:since|in)\s+(?:19|20)\d\d)?"
    r"\s*(?:\(|,\s*(?:at\s+)?|:\s*|[-–—]\s*)$",
    re.IGNORECASE,
)


def _the_subjects(share: Share, toks: list[Token], antecedent: Antecedent, text: str, rel: int):
    """The regions the subject of a figure at ``rel`` in ``text`` (its sentence's) means, named
    before it ("The region is 70% occupied"), with the unit's or raion's noun it ends with."""
    end = share.sentence.start + subject_end(text, rel)
    levels = nouns() | current().subunits.nouns
    last = next(
        (k for k in range(len(toks) - 1, 0, -1) if toks[k].end <= end and toks[k].key in levels), 0
    )
    the = last and toks[last - 1].key in ("the", "this")  # "the region", not "Donetsk region's"
    if last and SET_APART_RE.search(text, toks[max(0, last - 3)].start - share.sentence.start,
                                    toks[last].start - share.sentence.start):  # fmt: skip
        return (), "a count of units set apart from others (which, not said)"  # "the two southern"
    return antecedent(end, noun=toks[last].key if the else "")
