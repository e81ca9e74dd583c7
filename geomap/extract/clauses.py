"""A sentence's clauses (a share's holder and mood are read within its clause), and the mood of
one: stated, or hypothetical, demanded or not achieved ("would take", "closing in on full
control of", "may control 70% by spring")."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

from geomap.extract import scan
from geomap.extract.asides import in_aside, insertions
from geomap.patterns import compiled

# Words after "but" that make it an exception: "all five states but one", "but parts of X"
BUT_EXCEPT = (
    r"(?:one|two|three|four|parts?|pockets?|some|a\s+(?:few|small|handful|sliver|strip|corner"
    r"|pocket|tiny|narrow|thin)|small|several)"
)
# Clauses: a share's holder and mood are read within its clause.
_CLAUSE_RE = compiled(
    r";|\bwhile\b|\bwhereas\b|\bwith\s+only\b|\balthough\b|\bthough\b"
    # a quotation a colon opens: 'prior to X, 50% was occupied: "Currently, 52% is liberated"'
    r"|:(?=\s*[\"“'‘]\s*[A-Z])"
    # not "all but 1.8%", nor "all of X but parts of Y" (an exception, in the clause)
    rf"|(?<!all\s)\bbut\b(?!\s+{BUT_EXCEPT}\b)"
    r"|,\s*(?:of\s+which|where|which|who)\b"
    # "Ukraine holds on in X as Russia touts 99%": a clause "as" opens with a subject of its own
    r"|(?<!\bsuch\s)(?<!\bwell\s)(?<!\bsame\s)(?<!\bjust\s)(?<!\bso\s)\b(?:even\s+)?as\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w'’-]+\s+)?"
    # (not a source's saying: "as ISW reported in May" dates the figure)
    r"(?!(?:said|says|reported|reports|noted|notes|estimated|estimates|wrote|writes|showed"
    r"|shows|found|finds|stated|states|announced|announces)\b)(?-i:[a-z]+)(?:s|ed)\b)"
    # "..., noting that Moscow holds 75%": what is noted is a clause of its own
    r"|,\s*(?:noting|adding|stressing|pointing\s+out|acknowledging|conceding|admitting)\s+that\b",
    re.IGNORECASE,
)


# "if", but not a way of counting: "we hold 60% of the region, if one counts territory alone"
_IF = (
    r"if(?!\s+(?:we|you|one)\s+(?:(?:are|were)\s+)?(?:look|talk|speak|count|measur|consider"
    r"|go\s+by)\w*)"
)
_MOOD_RE = compiled(
    r"\b(?:would|could|might|cannot|can['’]t|must|should|unless|whether|wants?|wanted|demand\w*"
    # "insists that Ukraine withdraw" (not "insists its soldiers hold 70%": a statement)
    r"|insist\w*(?!\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:still\s+|now\s+|already\s+)?"
    r"(?:holds?|controls?|occup(?:y|ies)|retains?|keeps?|has|have)\b)|"
    + _IF
    # not a noun's ("Ukraine's hopes of retaking X faded", "rejected the plan and holds 70%")
    # ... a verb's, before what is aimed at ("plans to take"; not "Under the plan, ...")
    + r"|(?:aims?|plans?|hopes?)(?=\s+(?:to|that|for)\b)"
    r"|prepared\s+to|ready\s+to|impossible|intends?|seeks?|expects?|will|shall|cede(?!d\b)\w*"
    # "called for the full clearing of X" (not "called for talks as Russia holds 70%")
    r"|call(?:s|ed|ing)?\s+for\s+(?:the\s+|a\s+)?(?:(?:full|complete|total|swift|immediate)\s+)?"
    r"(?:clearing|liberation|capture|recapture|withdrawal|return|handover|surrender|cession"
    r"|annexation)"
    # "is expected (on track, set, likely) to control 80%": not yet
    r"|expected\s+to|on\s+(?:track|course)\s+to|set\s+to|(?:un)?likely\s+to"
    r"|give\s+up|hand\s+over|withdraw(?:s|ing)?\b|pull\s+out|goal|ambition|yet\s+to|fail\w*\s+to"
    r"|(?:un|in)ab(?:le|ility)\s+to|vow\w*|pledg\w*|promis\w*|threat\w*|tr(?:y|ies|ying|ied)\s+to"
    r"|attempt\w*\s+to|struggl\w*\s+to"
    # "is intent on taking all of X", "bent on", "determined to", "aimed at"
    r"|(?:intent|bent|set|focused)\s+on\s+\w+ing|determined\s+to|aim(?:ed|ing)\s+(?:at|to)"
    # a case put: "Imagine that Russia took 90% of X", "Suppose it held all of Y"
    r"|imagin(?:e|ed|es|ing)|suppos(?:e|es|ing)|supposed\s+to|hypothetical\w*|scenarios?"
    # not there yet: "closing in on full control of", "on the verge of capturing all of"
    r"|closing\s+in\s+on|close\s+to\s+(?:\w+ing|full|complete|total)|on\s+the\s+verge\s+of"
    r"|near(?:ing|s)\s+(?:full|complete|total)|within\s+reach\s+of|poised\s+to|sought"
    r"|(?:push|drive|bid|quest|race|effort|campaign)\w*\s+(?:for|to)\s+(?:full|complete|total"
    r"|take|capture|seize|control)"
    # a purpose: "launched an offensive to secure full control of"
    r"|to\s+(?:secure|gain|take|seize|capture|achieve|establish|complete|win|grab|conquer"
    r"|liberate|free|retake|recapture|regain|reclaim)"  # "The task is to liberate all of X"
    r"|elusive|out\s+of\s+reach|(?:fight|battle|struggle)\s+for\s+(?:full|complete|total|control))\b",
    re.IGNORECASE,
)


# A sentence's clauses and insertions are asked for by every share, cue and statement in it:
# found once per sentence.
@functools.lru_cache(maxsize=256)
def find_clauses(text: str) -> tuple[tuple[int, int], ...]:
    bounds = [0, *(m.start() for m in _CLAUSE_RE.finditer(text)), len(text)]
    return tuple((a, b) for a, b in itertools.pairwise(bounds) if b > a)


def clause_of(clauses: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for lo, hi in clauses:
        if lo <= pos < hi:
            return lo, hi
    return 0, clauses[-1][1] if clauses else pos


# "may control 70% by spring" (not the month: "In May Russia held ...")
_MAY_RE = compiled(
    r"\bmay(?=\s+(?:\w+\s+){0,2}(?:control|hold|have|be|take|capture|seize|regain|retake|recapture"
    r"|liberate|lose|win|keep))"
)


# What makes the purpose after it achieved: "managed to seize", "was able to take".
_ACHIEVED_RE = compiled(
    r"\b(?:managed|manages|succeeded|succeeds|(?:was|were|has\s+been|have\s+been)\s+able)\s+$"
    # "were forced to withdraw": they did
    r"|\b(?:was|were|(?:has|have|had)\s+been)\s+(?:forced|compelled|obliged)\s+to\s+$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _moods(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str], ...]:
    """The words of mood in ``text[lo:hi]`` (start, end, word), but those a word before makes
    achieved ("has managed to seize 65%": done, not sought)."""
    found = [*scan.finditer(_MOOD_RE, text, lo, hi), *_MAY_RE.finditer(text, lo, hi)]
    return tuple(
        sorted(
            (m.start(), m.end(), m.group())
            for m in found
            if not _ACHIEVED_RE.search(text, max(lo, m.start() - 40), m.start())
        )
    )


def _said(word: str) -> str:
    return f"hypothetical, demanded or not achieved, not reported ('{word}')"


def mood(clause: str) -> str:
    """Why a clause's figures are not reported (hypothetical, demanded, not achieved), or ""."""
    moods = _moods(clause, 0, len(clause))
    return _said(moods[0][2]) if moods else ""


# After a figure and its verb, what makes the whole clause unreal, not another verb's mood:
# "Russia gets 70% of X under the plan", "... if the deal holds" (not "..., and will push on").
_UNREAL_AFTER_RE = compiled(
    r"\b(?:" + _IF + r"|unless|whether|plan|proposals?|deal|draft|demand\w*|goal|ambition|elusive"
    r"|out\s+of\s+reach|yet\s+to"
    # not come yet: "the liberation of all of X is a matter of time", "... is imminent (near)"
    r"|(?:matter|question)\s+of\s+(?:time|days|weeks|months)|imminent"
    r"|(?:is|are|seems?|looks?)\s+(?:now\s+)?(?:near|close|at\s+hand|in\s+sight))\b",
    re.IGNORECASE,
)


# A phrase that opens the sentence with terms not in force: "Under the deal, Russia keeps 70% of
# X", "According to the draft plan, ...": what follows is what the terms would give.
_TERMS_RE = compiled(
    r"\s*(?:under|in|according\s+to|as\s+part\s+of|per|by)\s+(?:the|a|an|this|that|such\s+a"
    r"|any|its|their|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?P<word>deal|plan|proposal|draft"
    r"|agreement|settlement|framework|scenario|terms|accord|memorandum|blueprint|offer)s?\b"
    r"[^,;:]{0,60},",
    re.IGNORECASE,
)
# After a figure, where another predicate or clause starts whose words are its own: "Russia holds
# 99% of X and wants the rest under a deal", "..., and handing over the rest is a demand", "...,
# and the fall of Y is near".
_NEXT_PREDICATE_RE = compiled(
    r"\band\s+(?:(?-i:[a-z])\w+ing(?<!thing)(?<!during)|wants|demands|seeks|hopes|insists|says|vows"
    r"|aims|would|will|could|might|may|must|should)\b"  # "... and would take the rest if need be"
    # ... or a clause with a subject of its own: "..., and the fall of Y is near"
    r"|,\s*(?:and|but)\s+(?:the|an?)\s"
    # ... or a participle's, set off: "..., Zelensky said, rejecting a proposal that ..." (not
    # "..., according to the plan", "..., including Y, under the deal")
    r"|,\s*(?!(?:according|including|excluding|regarding|concerning|following|pending|during"
    r"|notwithstanding)\b)(?-i:[a-z])\w+ing\b",
    re.IGNORECASE,
)


# A phrase or clause that opens the sentence with a verb or noun of its own: "Contrary to Kyiv's
# hopes,", "Amid demands for talks,", "After failing to take Kyiv," (not "If ...,": a condition).
_OPENING_RE = compiled(
    r"\s*(?:contrary\s+to|despite|in\s+spite\s+of|against|defying|unlike|amid|amidst|after"
    r"|following|as|while|when|since|although|though|because)\b[^,;:]{1,100},",
    re.IGNORECASE,
)


# A question to be answered yes or no, after a label ("Fact check: Does Russia control 90% of
# X?"): what it asks about is not stated.
_YES_NO_RE = compiled(
    r"\s*(?:[\w' -]{1,30}:\s*)?[\"“'‘]?(?P<aux>does|do|did|is|are|was|were|has|have|had|can|could"
    r"|will|would|should|may|might)\b[^?]*\?[\"”'’]?\s*$"
    # ... or put as a statement with a question mark ("Russia holds all of X? Not quite."; not a
    # question of how or why, nor one after a statement: "X fell in May: what comes next?",
    # "Russia holds 70% of X, but can it take the rest?")
    # (the question mark looked for first: most sentences have none)
    r"|(?=[^?:;,—–]*+\?[\"”'’]?\s*$)"
    r"(?![^?]*\b(?:how|why|what|when|where|who|whom|whose|which|(?:but|and|so|or|yet)\s+(?:does"
    r"|do|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might))\b)",
    re.IGNORECASE,
)


# What a report, a rumour or a claim said, then judged false: "Reports that the RSF held X were
# false", "Rumours that Russia had taken 90% of X proved unfounded".
_JUDGED_FALSE_RE = compiled(
    # ("Russia's claims to control 90% of X are false")
    r"\b(?:reports?|rumou?rs?|claims?|allegations?|suggestions?|assertions?|speculation)\s+"
    r"(?:that|to)\s"
    r"[^;:]{1,160}?\s(?:(?:was|were|is|are|(?:has|have)\s+been)\s+(?:(?:completely|entirely|totally"
    r"|simply|all|greatly|vastly|wildly|grossly)\s+)?(?:false|untrue|unfounded|baseless|groundless"
    r"|wrong|incorrect|fake|fabricated|premature|exaggerated|inflated|overstated|overblown)"
    r"|prov(?:ed|en|es)\s+(?:to\s+be\s+)?(?:false|untrue|unfounded|baseless"
    r"|groundless|wrong|premature)|turned\s+out\s+(?:to\s+be\s+)?(?:false|untrue|unfounded"
    r"|wrong|premature))\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _judged_false(text: str) -> tuple[int, int, str] | None:
    """Where what a report said, judged false, spans in a sentence, and the judgement's words
    (found once per sentence, whose figures all ask)."""
    if "that" not in text and " to " not in text:
        return None
    found = scan.search(_JUDGED_FALSE_RE, text)
    return (found.start(), found.end(), " ".join(found.group().split()[-2:])) if found else None


def _an_aside_after(text: str, pos: int, at: int) -> bool:
    """Whether ``pos`` is in a relative clause after the figure at ``at`` that does not hold it:
    "About 30% of X, which Russia wants, remains under Ukrainian control" (the want is the
    clause's)."""
    return at >= 0 and any(
        at < a <= pos < b and _RELATIVE_OPEN_RE.match(text, a) for a, b in insertions(text)
    )


_RELATIVE_OPEN_RE = compiled(r",\s*(?:which|who|whom|whose)\b", re.IGNORECASE)


def figure_mood(
    text: str, lo: int, hi: int, own: tuple[int, int], at: int = -1, taken=(0, 0)
) -> str:
    """The mood of a figure in the clause ``text[lo:hi]``, where ``own`` spans its words (its
    phrase and its verb; (0, 0): not known). Terms that open the sentence ("Under the deal,")
    make it unreal. Before the end of its words, every word of :func:`mood` counts; after it,
    only a word that makes the whole clause unreal, up to another predicate ("Russia holds 70%
    of X and will push on", "... and wants the rest under a deal" are reported). A start past
    ``lo`` is that of a relative clause on the figure ("refuses to give up the 30% of X it still
    holds"); ``at``, where the figure is: an aside
    that closes before its end and does not hold it has moods of its own; ``taken``, the words
    of a negation the figure's holder was read from ("the 30% of X it has failed to take")."""
    if asked := _YES_NO_RE.match(text):
        return f"asked, not stated ('{asked.group('aux') or '?'}')"
    start, end = own
    if (judged := _judged_false(text)) and judged[0] < max(start, at, lo) < judged[1]:
        return f"said to be untrue ('{judged[2]}')"
    # (not a relative clause on the figure, a state of now: "Under the plan, Ukraine would
    # withdraw from the 22% of X it still controls")
    if (terms := _TERMS_RE.match(text)) and terms.end() <= max(start, at, lo) and start <= lo:
        return _said(terms.group("word"))
    # not a word of an aside that closes before the figure and does not hold it ("Russia, which
    # has vowed to take all of X, now holds 75% of it": the vow is the aside's)
    opening = _OPENING_RE.match(text)  # "Contrary to Ukrainian hopes, Russia holds ...": its own
    moods = [
        (a, b, w) for a, b, w in _moods(text, lo, hi)  # found once for the clause
        if not in_aside(text, a, at) and not _an_aside_after(text, a, at)
        and not (opening and a < opening.end() <= max(start, at))
        and not taken[0] <= a < taken[1] and not _an_efforts_purpose(text, a, b, w, at)
    ]  # fmt: skip
    if not end:
        if moods:
            return _said(moods[0][2])
        start = end = max(at, lo)  # its words not known: what makes the clause unreal after it
    start, end = max(lo, start), min(max(end, lo), hi)
    before = next((w for a, b, w in moods if a >= start and b <= end), "")
    if before:
        return _said(before)
    if nxt := _NEXT_PREDICATE_RE.search(text, end, hi):
        hi = nxt.start()  # "... and wants the rest under a deal": that predicate's
    after = [(a, w) for a, w in _unreal_after(text, lo, hi) if not taken[0] <= a < taken[1]]
    k = bisect.bisect_left(after, (end, ""))
    return _said(after[k][1]) if k < len(after) else ""


# A noun of effort, whose purpose ("its offensive to take X") is its own, not the clause's.
_EFFORT = (
    r"(?:campaign|(?:counter-?)?offensive|operation|push|drive|bid|efforts?|attempts?|assault"
    r"|advance|mission|quest|race)"
)
_EFFORT_BEFORE_RE = compiled(rf"\b{_EFFORT}\s+$", re.IGNORECASE)
_EFFORT_WORD_RE = compiled(rf"{_EFFORT}\b", re.IGNORECASE)
# Between such a purpose and a figure: the purpose's object ended, another verb or phrase began.
_PAST_A_PURPOSE_RE = compiled(
    r",\s*and\b|\b(?:after|while|whereas|since|following)\b|\band\s+(?:(?:now|still|also|already)\s+)*"
    r"(?:holds|controls|occupies|owns|retains|keeps|has|is|are)\b"
    # a verb's plain form, finite after an adverb ("and now hold"; "to take X and hold Y" goes on)
    r"|\band\s+(?:(?:now|still|also|already)\s+)+(?:hold|control|occupy|own|retain|keep|have)\b",
    re.IGNORECASE,
)


def _an_efforts_purpose(text: str, a: int, b: int, word: str, at: int) -> bool:
    """Whether the mood word ``text[a:b]`` is the purpose of a noun of effort and the figure at
    ``at`` lies past it: "Russia intensified its offensive to take Pokrovsk and now holds 79% of
    X", "widened its offensive on A, after retaking B" (not "its campaign to take all
    of X")."""
    of_an_effort = _EFFORT_WORD_RE.match(word) or _EFFORT_BEFORE_RE.search(text, max(0, a - 30), a)
    return bool(of_an_effort) and b <= at and bool(_PAST_A_PURPOSE_RE.search(text, b, at))


@functools.lru_cache(maxsize=256)
def _unreal_after(text: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group()) for m in _UNREAL_AFTER_RE.finditer(text, lo, hi))


_BRACKET_RE = compiled(r"\s*[(\[—–]|\s+-\s")
_A_NAME_RE = compiled(r"\s*\(\s*(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}\s*\)?")


def clause_text(text: str, verb: int) -> str:
    """The clause of ``text`` a verb at ``verb`` is in, as the evidence shows it: without the
    relative clauses and asides before the verb ("which entered the region in 2022") and the
    brackets and dashes after it."""
    lo, hi = clause_of(find_clauses(text), verb)
    kept, at = [], lo
    for a, b in insertions(text):
        # those between the actor and the cue; after it, only brackets and dashes (", including
        # A, B and C" may be a list, ", saying ..." the clause going on)
        if (
            lo <= b and a < hi and (b <= verb or _BRACKET_RE.match(text, a))
            and not _A_NAME_RE.fullmatch(text, a, b)  # "99% (Luhansk)": the figure's region
        ):  # fmt: skip
            kept.append(text[at : max(a, at)])
            b += text.startswith(",", b)  # the comma that closes it
            at = max(at, min(b, hi))
    kept.append(text[at:hi])
    return " ".join(" ".join(kept).split()).strip(" ,;:.")
