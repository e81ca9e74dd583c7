"""Asides: the spans of a sentence that stand between an actor and its verb without being
either (relative clauses, participles, brackets, dashes, "..., Russia says, ..."), and what they
tell of the words around them."""

from __future__ import annotations

import bisect
import functools
import re

from geomap.patterns import compiled

# A character of an aside set off by commas: none of ",;()", but a number's comma ("4,000"); and
# a comma that sets something off, not a number's.
IN_ASIDE = r"(?:[^,;()]|(?<=\d),(?=\d{3}))"
SETTING_OFF_COMMA = r",(?<!\d,(?=\d{3}))"
# The words of an exception (see exceptions.py, which adds the ones of its own uses).
EXCEPTION_WORDS = r"except(?:\s+for)?|excluding|apart\s+from|aside\s+from|other\s+than"
# ... and the words between a whole and a figure it leaves out: "all of X but 0.5%"
LEFT_OUT = rf"(?:but|{EXCEPTION_WORDS}|save(?:\s+for)?|bar)"
# What stands between a clause's actor and its verb without being either: a relative clause
# (", which Russia has fought since 2014,"), a participle (", backed by Moscow,", ", pushed back
# by Ukrainian troops,"), a side set aside (", not Russia,"), brackets and dashes. A side named
# inside one is not the one that acts.
_INSERTION_RE = compiled(
    r",\s*(?:(?:parts?|most|some|all|much|half|none|many|both|each|either|neither|one)\s+of"
    r"\s+(?:wh(?:ich|om)|it|them)\b"
    r"|which|who|whose|whom|where|when|having|once|despite|after|since"
    # ", now under Russian control," (not ", now controls X": the subject's own verb, after an
    # aside of its own)
    r"|(?:now|still|already)(?!\s+(?!(?:its|this|across|less|thus|as|plus)\b)(?:[a-z]+s|has|have"
    r"|had|is|are|was|were|hold|control|occupy|remain|retain|keep)\b)"
    r"|long|itself|themselves|(?:and\s+|but\s+)?not|rather\s+than|unlike|instead\s+of"
    r"|(?:much\s+|just\s+)?like|formerly|previously"
    # an adjective's phrase: ", fresh from its victory over the army,"
    r"|fresh|flush|free|eager|keen|desperate|determined|unable|ready|reluctant|wary|weary"
    r"|as|such\s+as|including|besides|near|along|close\s+to|bordering|home\s+to"
    r"|an?(?=\s)"  # an apposition: ", a region of 2 million people before the war,"
    # a participle, but not one whose object is a clause (", meaning Russia, which ..., holds")
    r"|(?!(?:meaning|suggesting|indicating|implying|showing|saying|adding|noting|stating)\b)"
    r"(?P<participle>[a-z]+(?:ed|en|ing))"  # (in lower case: see insertions)
    r"|overrun|held|lost|won|fought|struck|hit|left|kept|caught|run"  # participles of their own
    # a place or a circumstance: ", under Russian fire,", ", on the Russian border,"
    r"|under|on|amid|amidst|in|at|opposite|with|without|behind|beyond|around|inside|within"
    r"|across|against|toward|towards|from|over|among|alongside|by"
    # an exception: ", apart from El Fasher,", ", except the city,"
    rf"|{EXCEPTION_WORDS}|save\s+for)\b"
    rf"{IN_ASIDE}*(?=,)"  # the comma (not of "4,000") that
    # closes it may open the next; ", Russia says,", ", Russian sources report,": who says it
    r"|,\s*(?:[\w'’-]+\s+){1,4}(?:says?|said|claims?|claimed|reports?|reported|believes?"
    r"|estimates?|notes?|insists?|argues?|admits?|acknowledges?|concedes?|adds?|added)"
    # ... when: ", Moscow claimed on Monday,"
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|today|yesterday|earlier))?(?=\s*,)"
    # an owner's apposition, a few words in lower case and no verb: ", the RSF's heartland,",
    # ", the Russian army's main foe,"
    # (not ", whereas Ukraine's army,": a clause's subject, after its conjunction)
    r"|,\s*(?:the\s+)?(?:(?!(?:and|or|but|yet|so|whereas|while|whilst|although|though|because"
    r"|when|if|unless|as|since)\b)[\w'’-]+\s+){0,2}?[\w-]+(?:['’]s|(?<=s)['’])(?P<owned>(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[a-z][\w-]*)"
    r"{1,3})(?:\s+(?:in|of|on|since|for|from)\s+[^,;()]{1,40})?(?=,)"  # (lower case: see
    # insertions) (", the army's last stronghold in the region,", ", the army's rival since 2023,")
    # an apposition with "the", a few words in lower case and no verb, and what it is of: ", the
    # seat of the government,", ", the de facto capital,"
    r"|,\s*the\s+(?P<appos>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})(?:\s+of\s+[^,;()]{1,40})?(?=,)"
    r"|\([^()]*\)|\s[—–]\s[^—–]*\s[—–]\s|\s-\s[^—–;]*?\s-\s",  # " - ": a dash typed as a hyphen
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def insertions(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence that stand between an actor and its verb (see _INSERTION_RE); a
    participle in lower case only (", Red Sea and Kassala states": a name in a list), and an
    owner's apposition of words in lower case (", the RSF's heartland,"; not ", Russia's Kursk
    region,")."""
    return tuple(
        m.span() for m in _INSERTION_RE.finditer(text)
        if not (m.group("participle") and m.group("participle")[0].isupper())
        and not (m.group("owned") and not m.group("owned").islower())
        and not (m.group("appos") and not _an_apposition(m.group("appos")))
        # "Meanwhile, Putin's army, ...": the subject after an opening word, no apposition
        and not (
            (m.group("owned") or m.group("appos"))
            and _OPENING_WORDS_RE.search(text, max(0, m.start() - 40), m.start())
        )
    )  # fmt: skip


# Words that open a sentence or clause before its subject: "Meanwhile,", "; by contrast,".
_OPENING_WORDS_RE = compiled(
    r"(?:\A|[;:]|\b(?:and|but|while|whereas))\s*(?:meanwhile|however|still|elsewhere|yet|moreover"
    r"|furthermore|nevertheless|nonetheless|instead|overall|today|now|currently|also|additionally"
    r"|separately|similarly|likewise|so\s+far"
    r"|for\s+now|by\s+contrast|in\s+contrast|in\s+the\s+meantime|at\s+the\s+same\s+time"
    r"|(?:in|on|across)\s+the\s+(?:north|south|east|west|front)\w*)\Z",
    re.IGNORECASE,
)


# Words that make ", the ..." a clause, not an apposition (", the army said,", ", the RSF holds")
_VERB_RE = compiled(
    r"\b(?:is|are|was|were|has|have|had|said|says|holds?|held|controls?|controlled|took|takes"
    r"|retook|seized|captured|lost|fell|remains?|remained|claims?|claimed|reported|announced)\b"
)


def _an_apposition(words: str) -> bool:
    return words.islower() and not _VERB_RE.search(words)


def relative_clause_of(text: str, at: int) -> tuple[int, int] | None:
    """The relative clause ``at`` stands in (", which controls X,"), as a span, or None."""
    return next(
        ((a, b) for a, b in insertions(text) if a <= at < b and _RELATIVE_OPEN_RE.match(text, a)),
        None,
    )


def in_aside(text: str, at: int, by: int | None = None) -> bool:
    """Whether ``at`` is in an aside (see :func:`insertions`) that closes by ``by`` (anywhere in
    the sentence, for None): a side or a word of the aside's own."""
    by = len(text) if by is None else by
    return any(a <= at < b <= by for a, b in insertions(text))


def aside_on_another(text: str, at: int, before: int) -> bool:
    """Whether ``at`` is in an aside (a relative clause, a participle's, a bracket, a dash) that
    closes before ``before``, where another object joined to the one it is on follows ("parts of
    X, which Ukraine liberated, and 78% of Y"), or the figure right after it, or a clause of
    the figure's own ("In X, which Ukraine hopes to retake, the share is 79%"): a verb or a
    side of the aside's own, not of what follows."""
    return any(
        a <= at < b <= before
        and (
            _JOINED_AFTER_RE.fullmatch(text, b, before)
            or _NEW_CLAUSE_RE.search(text, b, before)  # "In X, which ..., the share is 79%"
            # "hold A, which Russia occupied in 2022, the city of B and 30% of Y": items of the
            # list the aside is in, with no verb
            or (
                _ON_AN_ITEM_RE.match(text, a)
                and _LIST_GOES_ON_RE.fullmatch(text, b, before)
                and not _VERB_RE.search(text, b, before)
            )
        )
        for a, b in insertions(text)
    )


# What follows the aside before the figure: another object joined to the one it is on, nothing
# but its comma ("Luhansk, which Ukraine hopes to retake, almost entirely"), or the names joined
# to it ("in A, which Ukraine hopes to retake, and B roughly 70% each")...
_JOINED_AFTER_RE = compiled(
    r"[\s,)—–-]*(?:(?:and|or|as\s+well\s+as|plus|along\s+with|together\s+with)\s+"
    r"(?:[\w'’-]+[\s:]+){0,3})?",
    re.IGNORECASE,
)
# ... or more items of the list, then the one joined last: ", the city of B and about 30% of Y".
_LIST_GOES_ON_RE = compiled(
    r"[\s,)—–-]*(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?:\s*,\s*(?:[\w'’-]+\s+){0,6}?[\w'’-]+){0,3}"
    r"\s*,?\s+(?:and|or|as\s+well\s+as|plus|along\s+with|together\s+with)\s+(?:[\w'’-]+[\s:]+){0,3}",
    re.IGNORECASE,
)
# ... where the aside is on an item: a relative clause, an apposition, a past participle, a
# dash or a bracket (not ", now controls A, B and 30% of Y": the sentence's own verb).
_ON_AN_ITEM_RE = compiled(
    r",\s*(?:(?:[\w-]+\s+of\s+)?(?:which|whom|whose)|who|where|an?\s|the\s|[a-z]+ed\b)|\s*[(—–-]",
    re.IGNORECASE,
)
# ... or a clause of the figure's own, with its verb.
_NEW_CLAUSE_RE = compiled(
    r"\b(?:is|are|was|were|stands?|stood|remains?|remained|has|have|had|amounts?|amounted)\b",
    re.IGNORECASE,
)


def past_an_insertion(text: str, pos: int) -> int:
    """``pos``, or past an insertion that opens there and the comma that closes it: "controls,
    by most estimates, X" (X's start)."""
    for lo, hi in insertions(text):
        if lo >= pos and not text[pos:lo].strip():
            return hi + (text[hi : hi + 1] == ",")
    return pos


def without_insertions(text: str, own: int) -> str:
    """``text`` with the relative clauses and asides it holds blanked (same length), but the one
    ``own`` (a position) is in: "Russian forces, which took Avdiivka last year, hold 70%" says
    nothing of when the 70% was held."""
    for lo, hi in insertions(text):
        if not lo <= own < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def subject_past_asides(text: str, at: int, pos: int) -> bool:
    """Whether a side at ``at`` is the subject of a relative clause whose verb at ``pos`` stands
    past asides of its own: "where Ukrainian forces, despite losses to Russia, still hold"; or of
    the main clause after a phrase that opens the sentence: "Despite the RSF's attacks, the army,
    its main foe, controls ..."."""
    spans = insertions(text)
    opened = [
        b for a, b in spans
        if a <= at < b <= pos
        and (
            # the side ends the clause: "which Ukraine has fought" has a verb of its own
            # (and has none before it: "whose leader served under the army" is a clause whole)
            (_RELATIVE_OPEN_RE.match(text, a) and len(text[at:b].split()) <= 3
             and not _FINITE_RE.search(text, at, b) and not _FINITE_RE.search(text, a, at))
            # the side opens an apposition on itself after the opening phrase
            or (a and _OPENER_RE.fullmatch(text, 0, a) and _SIDE_FIRST_RE.fullmatch(text, a, at))
        )
    ]  # fmt: skip
    if not opened:
        return False
    end = opened[0]
    for a, b in spans:  # each aside after it opens where the one before closes
        if a == end and a < pos:
            end = b
    return end >= pos or bool(_TO_VERB_RE.fullmatch(text, end, pos))


@functools.lru_cache(maxsize=64)
def _ends(text: str) -> list[int]:
    return [b for _, b in insertions(text)]


def asides_before(text: str, pos: int) -> int | None:
    """Where the asides that end just before a verb at ``pos`` start ("its forces|, despite heavy
    losses, still hold"), one after another; None where none does."""
    spans = insertions(text)
    k = bisect.bisect_right(_ends(text), pos)  # (the spans do not overlap)
    if not k or not _TO_VERB_RE.fullmatch(text, spans[k - 1][1], pos):
        return None
    start = spans[k - 1][0]
    while k > 1 and spans[k - 2][1] == start:
        k -= 1
        start = spans[k - 1][0]
    return start


# A phrase that opens a sentence, up to its comma: "Despite ...", "In a statement on Monday".
_OPENER_RE = compiled(
    r"\s*(?:despite|in|with|as|after|since|according\s+to|following|amid|under|on|before|during"
    r"|although|though|while|because|once|unlike|given|for|by|at|over|until)\b[^,;:]{1,120}",
    re.IGNORECASE,
)
_SIDE_FIRST_RE = compiled(r",\s*(?:the\s+)?", re.IGNORECASE)
# A relative clause's opening; what stands between the last aside and the verb ("..., still
# hold"); and a verb of the relative clause's own ("which Ukraine has fought").
_RELATIVE_OPEN_RE = compiled(r",\s*(?:where|which|who|whose)\b", re.IGNORECASE)
_TO_VERB_RE = compiled(
    r"[\s,]*(?:(?:still|now|already|also|currently|has|have|had|is|are)\s+)*", re.IGNORECASE
)
_FINITE_RE = compiled(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|does|did|says?|said"
    r"|holds?|controls?|occup(?:y|ies)|retains?|keeps?|fights?|[a-z]+ed"
    # ... "which the army disputes", "whom Kyiv accuses of war crimes"
    r"|disputes?|denies|deny|rejects?|accuses?|claims?|backs?|supports?|opposes?|fears?|blames?"
    r"|calls?|considers?|regards?|wants?|seeks?|sought|accepts?|recogni[sz]es?|sees?|saw|views?"
    r"|describes?|labels?|brands?|attacks?|shells?|battles?|fought|funds?|arms?|trains?"
    # ... and pasts of their own: "whose fighters overran bases of the army"
    r"|overran|ran|took|won|lost|broke|split|drove|beat|fell|left|led|became|began|came|went"
    r"|gave|held|kept|struck|hit|sent|built|stood|rose|grew|brought|caught|told|found|withdrew"
    r"|overtook|threw|made)\b",
    re.IGNORECASE,
)


# Between an aside and a figure of the subject before it: the verb and the figure's hedge.
_VERB_ONLY_RE = compiled(
    r"[\s,]*(?:(?:is|are|was|were|has|have|had|been|being|remains?|remained|stands?|stood|now"
    r"|still|already|currently|reportedly|about|around|roughly|some|nearly|almost|over|just"
    r"|more\s+than|less\s+than)\s+)*",
    re.IGNORECASE,
)


def subject_end(text: str, at: int) -> int:
    """Where the subject of a figure at ``at`` ends, past the asides that stand between them:
    "The Luhansk region, which borders the Donetsk region, is 99% occupied" is of the first."""
    moved = True
    while moved:
        moved = False
        for a, b in insertions(text):
            if a < at and b <= at and _VERB_ONLY_RE.fullmatch(text, b, at):
                at, moved = a, True
                break
    return at


# A relative clause on a name: "fighting goes on around Pokrovsk, which is now 90% under Russian
# control" (the town's figure, not the region's named before).
_WHICH_ON_A_PLACE_RE = compiled(
    r"(?<![\w'’-])(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,\s*"
    r"(?:which|that)\s+(?:[\w'’-]+\s+){0,3}$"
)


def which_on_a_place(text: str, at: int) -> re.Match | None:
    """The name a relative clause whose subject ends at ``at`` is on ("around Pokrovsk, which
    is now"); None where there is none."""
    return _WHICH_ON_A_PLACE_RE.search(text, max(0, at - 120), at)
