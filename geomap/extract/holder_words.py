"""The words of a clause that say who holds a share: its cues (occupied, liberated, under the
control of, drove ... out of, not, no longer ...), strongest first, and the words that negate a
verb or make no one its subject. The profile's words for the two sides fill the patterns'
placeholders (see :mod:`geomap.extract.sides`). How a cue gives a holder: :mod:`holders`."""

from __future__ import annotations

import re
from typing import NamedTuple

from geomap.extract import scan, sources
from geomap.extract.actor_words import OCCUPIERS
from geomap.extract.actors import main_clause_start
from geomap.extract.asides import without_insertions
from geomap.extract.named import named_sides
from geomap.extract.sides import Sides, sides
from geomap.patterns import compiled

# Cues, strongest first: an earlier cue wins over a later one it overlaps. The verbs of freeing:
LIBERATED = (
    r"\b(?:liberat\w*|retak\w*|retook|re-?captur\w*|regain\w*(?:\s+control(?:\s+(?:of|over))?)?"
    r"|reclaim\w*|de-?occup\w*|freed|won\s+back|took\s+back)"
)


# A side put out of a place: "drove the RSF out of Khartoum State" (the side between the verb
# and "out of" is the one removed), "the RSF withdrew from Gezira State", "lost control of Sennar
# State" (the side acting is the one removed). The other side holds what it was put out of.
REMOVED = (
    r"\b(?:expell?(?:ed|s)?|drove|driven|drives?|pushed|push|ousted|ousts?|cleared|clears?"
    r"|flushed|forced|chased|routed)\s+(?P<removed>(?:[\w'’-]+\s+){0,6}?)(?:out\s+of|from)\b"
    r"|\b(?:withdrew|withdrawn|retreated|fled|pulled(?:\s+back)?|(?:lost|loses|losing)\s+control)"
    # "withdrew its forces from X", "pulled its troops out of X"
    r"(?:\s+(?:its|their|all\s+(?:its|their))\s+(?:remaining\s+)?(?:forces|troops|units|fighters))?"
    r"\s+(?:of|from|over|out\s+of)\b"
    # "abandoned its last positions in X": the last of its holds there (see put_out)
    r"|\b(?:abandon(?:ed|s)|evacuated|surrendered|gave\s+up)(?=\s+(?:its|their)\s+(?:last"
    r"|remaining|final)\s"
    # ... or a unit right after: "the army abandoned Sennar State" (its object, read as a verb's
    # is: not "abandoned plans to retake X")
    r"|\s+(?!(?:its|their|his|her|our|a|an|any|all)\b)(?:the\s+)?[a-z])"
)
# A verb negated by the words just before it: "has not taken", "was never pushed".
_NOT = r"\bnot|n['’]t|\bnever|\bno\s+longer|\bnowhere\s+near|\bfar\s+from"
# Out of the hands of the side «X» names: "no longer under Ukrainian control", "no longer in
# Kyiv's hands", "no longer held by Russian forces"
_NO_LONGER = (
    r"\bno\s+longer\s+(?:(?:under|in)\s+(?:the\s+)?(?:«X»)(?:['’]s)?\s+(?:control|hands|rule)\b"
    r"|(?:controlled|held|occupied)\s+by\s+(?:the\s+)?(?:«X»)\b)"
)
_WHAT_IS_DENIED = (
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|assertions?|statements?|allegations?"
    r"|suggestions?|information|rumou?rs?|accounts?)\s+)"
)
# "The RSF denied that it had lost control of X", "Kyiv denies (Russian claims) that Russian
# troops occupy 30% of X": what is denied is not stated.
_DENIED = (
    r"\b(?:den(?:y|ies|ied|ying)|(?:falsely|wrongly)\s+"
    r"(?:claim|say|assert|insist)(?:s|ed)?(?:\s+to)?|(?:is|was)\s+(?:not|never|un)\s*true"
    # "rejected (dismissed, refuted) the allegation that": only with what is rejected named
    # ... "dismissed as (Russian) propaganda Moscow's claim to hold"
    rf"|(?:reject|dismiss|refut|disput)(?:s|es|ed|ing)?(?:\s+as\s+[\w-]+(?:\s+[\w-]+)?)?"
    rf"(?=\s+{_WHAT_IS_DENIED}))\s+"
    rf"{_WHAT_IS_DENIED}?(?:that\s+)?"
    # the denied clause's subject, not another clause's: "denied that ..., and said X holds"
    r"(?:(?!(?:and|but|while|said|says)\b)[\w'’-]+\s+){0,5}"
    r"(?:(?:easily\s+|quickly\s+)?(?:managed|was\s+able|were\s+able)\s+to\s+)?"
    r"(?:(?:had|has|have)\s+(?:been\s+)?(?:taken|seized|gained|won|assumed|established)\s+)?$"
)  # "denied that the RSF had taken full control of X", "denied the statement that the Russian
# forces managed to capture 30% of the oblast"
DENIED_RE = compiled(_DENIED, re.IGNORECASE)
NEGATED_RE = compiled(
    rf"(?:{_NOT}|\byet\s+to|\bfailed\s+to|\blost)\s+(?:\w+\s+){{0,2}}$|{_DENIED}",
    re.IGNORECASE,
)
# ... or by a subject that is no one: "Neither the army nor the RSF controls X", "none of".
_NOBODY_RE = compiled(
    r"\b(?:neither|none\s+of|no\s+(?:side|one|party|faction|force|group)|nobody)\b[^.;:]*$",
    re.IGNORECASE,
)


def nobody_acts(text: str, verb: int) -> re.Match | None:
    """Whether the main clause of a verb at ``verb`` has no one as its subject ("Neither the
    army nor the RSF controls X"; not in an aside: "Russia, which none of its neighbours
    trust, holds ...")."""
    since = main_clause_start(text, verb)
    if not _NOBODY_RE.search(text, since, verb):
        return None  # most clauses: no need to set their asides aside
    nobody = _NOBODY_RE.search(without_insertions(text, verb), since, verb)
    if nobody and sides().pattern(_NEW_SUBJECT).search(text, nobody.start(), verb):
        return None  # "Neither side has moved the front, and Russia still controls 75% of X"
    return nobody


# A clause joined after the one no one is the subject of, with a side as its own subject.
_NEW_SUBJECT = r",\s+(?:and|but|yet)\s+(?:the\s+)?(?:«C»|«D»|«CF»|«DF»|«CB»|«DB»|«CA»|«DA»)\b"


# ... and a whole negated by the words just before it ("lost all of" is the other side's gain).
NOT_BEFORE_RE = compiled(rf"(?:{_NOT})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


# Where a side's name ends a phrase "free of ...", the side; not where a noun follows it: "free of
# Russian mines", "of the RSF's checkpoints", "of the occupiers' propaganda" (a force's noun or
# a word that starts the next phrase may follow: "of the RSF after weeks of fighting").
NOT_THE_SIDE = (
    r"(?:['’]s?)?\s+(?!(?:forces|troops|fighters|army|military|militia|units|soldiers|presence"
    r"|pockets?|positions|remnants|elements|holdouts"
    r"|after|since|in|on|at|for|and|or|but|by|with|as|following|until|from|to|across|throughout"
    r"|within|during|this|that|which|who|whose|where|when|while|last|now|today|yesterday|earlier"
    r"|again|already|entirely|completely|fully|altogether|is|are|was|were|has|have|had|will"
    r"|would|according|the|its|their|said|says|announced|declared|stated|reported|except|once"
    r"|ever)\b)[a-z]"
)
# "95% of X is free of Russian troops": the other side's; not after a negation ("is not (no
# longer, never) free of"), nor "free of Russian mines"
_NOT_NEGATED = r"(?<!not\s)(?<!n['’]t\s)(?<!never\s)(?<!longer\s)(?<!yet\s)"
_FREE_OF = (
    _NOT_NEGATED
    + r"\b(?:free|clean)[\"”'’]?\s+of\s+(?:the\s+)?(?:(?:«X»)\b(?!"
    + NOT_THE_SIDE
    + ")"
    r"|«Y»\s+(?:forces|troops|army|military|control|occupation)\b)"
)
# "cedes control of X to the RSF", "handed over control of X to Russian forces", "abandoned X to
# the RSF"
_CEDED_WORDS = ("ced", "yield", "surrender", "hand", "abandon", "lost", "passed", "went")
_CEDED_TO = (
    r"\b(?:cede[sd]?|ceding|yield(?:s|ed|ing)?|surrender(?:s|ed|ing)?|hand(?:s|ed|ing)?(?:\s+over)?"
    r"|abandon(?:s|ed|ing)?)\s+(?:(?:full|complete|total|effective)\s+)?(?:control\s+(?:of|over)\s+)?"
    r"[^.;:]{1,80}?\s+to\s+(?:the\s+)?(?:«X»)"
    # "All of Gezira State was lost to the army", "has passed to army control"
    r"|\b(?:lost|passed|went)\s+(?:back\s+)?to\s+(?:the\s+)?(?:«X»)"
)
# Patterns naming a side are templates: «C», «D» and the other placeholders are the profile's
# words for the two sides (see geomap.extract.sides); a third item, the words without one of
# which a sentence has no such cue (it is then not looked for).
HOLDER_CUES: list[tuple[str, ...] | tuple[str, str, tuple[str, ...]]] = [
    # "... ceded control of the entire Darfur region to the RSF": the side it went to (before
    # "ceded" as the side's own loss, below)
    ("ua", _CEDED_TO.replace("«X»", r"«D»\b|«DF»|«DB»|«DH»\s+(?:control|hands|rule)\b"),
     _CEDED_WORDS),
    ("ru", _CEDED_TO.replace("«X»", r"«C»\b|«CF»|«CB»|«CH»\s+(?:control|hands|rule)\b"),
     _CEDED_WORDS),
    # "95% of X is free of Russian troops": the other side's (before "free of" as a negation)
    ("ua", _FREE_OF.replace("«X»", f"«CS»|«CF»|«CB»|{OCCUPIERS}").replace("«Y»", "«CA»"),
     ("free", "clean")),
    ("ru", _FREE_OF.replace("«X»", "«D»|«DF»|«DB»").replace("«Y»", "«DA»"), ("free", "clean")),
    # "leaving Russia with about 70% of X": the side between the verb and "with" holds
    ("left",
     r"\b(?:leav(?:es|ing|e)|left)\s+(?P<removed>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:with"
     # "Russia's retreat left Ukraine in control of 30% of X"
     r"|in\s+(?:(?:full|complete|total|effective)\s+)?control\s+(?:of|over))\b"
     # "..., giving it control of the entire Darfur region": the side given control holds
     r"|\b(?:giv(?:es|ing|en)|gave|give|hand(?:s|ed|ing)?)\s+(?P<given>(?:[\w'’-]+\s+){1,4}?)"
     r"(?:(?:full|complete|total|effective|de\s+facto)\s+)?control\s+(?:of|over)\b"),
    # "30% of X is no longer under Russian control": out of one side's hands, in the other's
    # (before a plain negation, and before "under Russian control" as the side's own)
    ("ua", _NO_LONGER.replace("«X»", "«CH»|«C»"), ("longer",)),
    ("ru", _NO_LONGER.replace("«X»", "«DH»|«D»"), ("longer",)),
    ("neg",
     rf"(?:{_NOT})\s+(?!only\b)"
     r"(?:\w+\s+){0,2}?(?:occup\w*|under\s+(?:«CA»|the\s+control"
     r"\s+of\s+«CS»)|control\w*|hold\w*|held|captur\w*|seiz\w*|ha(?:ve|s|d)\b|take\b|taken\b|took\b)"
     r"|\bno\s+longer\b|\blost\s+(?:control\s+(?:of|over)\s+)?|\bfree\s+of\b"
     r"|\b(?:ceded|surrendered)\b"  # "Ukraine has ceded 70% of X (to Russia)"
     r"|\black(?:s|ed|ing)?\b"
     # "the 30% of X that Russia has failed to capture": not taken, not held
     r"|\b(?:failed|unable|yet)\s+to\s+(?:captur\w*|seiz\w*|take|conquer\w*|occupy|control|hold)\b"),
    ("out", REMOVED),
    # "cleared the entire X of RSF fighters": the side after "of" put out
    ("out",
     r"\b(?:cleared|clears|(?<=to\s)clear|rid|purged|purges|freed|frees|cleansed|cleanses)[\"”'’]?"
     r"\s+[^.;:]{1,80}?"
     r"\s+of\s+(?P<removed>(?:the\s+)?(?:(?:last|remaining)\s+)?(?:«C»|«D»|«CF»|«DF»|«CB»|«DB»"
     r"|«CA»|«DA»))\b",
     ("clear", " rid ", "purge", "free", "cleans")),
    # "the full clearing of the entire state of X from any presence of the Al-Dagalo militia"
    ("out",
     r"\b(?:full|complete|total)\s+(?:clearing|clearance|cleansing|purging)\s+of\s+[^.;:]{1,80}?"
     r"\s+from\s+(?:(?:any|the)\s+(?:presence|remnants)\s+of\s+)?(?P<removed>(?:the\s+)?(?:al-)?"
     r"(?:«C»|«D»|«CF»|«DF»|«CB»|«DB»|«CA»|«DA»))\b",
     ("clearing", "clearance", "cleansing", "purging")),
    ("lib", LIBERATED),
    ("ua",
     # "remains outside Russian control": the other side's
     r"\b(?:outside|beyond|out\s+of)\s+(?:the\s+)?(?:«CH»|«C»['’]s)\s+(?:control|hands)\b"
     r"|\bunder\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?(?:(?:control|command|sway|rule)\s+of"
     r"\s+(?:the\s+)?)?(?:«DH»|«D»)\w*(?:['’]s)?"
     r"(?:\s+(?:forces|troops|army|military|government))?(?:\s+(?:(?:full|complete|total)\s+)?control)?"
     r"|\bin\s+(?:the\s+)?«DH»\s+hands\b|\bremains?\s+(?:in\s+)?«DA»\b"
     # "20% of X remains with Ukraine", "is in Kyiv's grip"
     r"|\b(?:remains?|remained|stays?|stayed)\s+with\s+(?:the\s+)?(?:«D»\b|«DF»|«DB»"
     r"|«DA»\s+(?:forces|troops|army|military))"
     r"|\bin\s+(?:the\s+)?«DH»\s+grip\b"
     # "the unoccupied 25% of X", "30% of X remains free": not the occupier's, the defender's
     r"|(?<!not\s)(?<!n['’]t\s)\bunoccupied\b"
     r"|\b(?:remains?|is|are|stays?)\s+(?:still\s+)?free\b(?!\s+of\b)"
     r"|\bin\s+the\s+hands\s+of\s+(?:the\s+)?(?:«D»|«DF»|«DB»"
     r"|«DA»\s+(?:forces|troops|army|military))"
     r"|\b(?:«DA»|«D»|«DCAP»)-(?:held|controlled)\b|\b(?:fell|fallen|falls)\s+(?:in)?to\s+(?:the\s+)?"
     r"(?:«D»\b|«DF»|«DB»|«DA»\s+(?:forces|troops|army|military|hands|control))"
     r"|\b(?:(?:«D»|«DF»|«DB»)(?:\s+(?:forces|troops|fighters|soldiers|units))?"
     r"|«DA»\s+(?:forces|troops|army|military))['’]s?\s+(?:shares?|foothold"
     r"|bridgehead)\b"
     # "lies behind Ukrainian lines", "on the Ukrainian side of the front line"
     r"|\bbehind\s+(?:the\s+)?«DA»\s+(?:front\s+)?lines\b|\bon\s+the\s+«DA»\s+side\s+of\s+the\s+front"),
    # "returned about 27% of the oblast to Ukrainian control"
    ("ua",
     r"\b(?:returned|restored|brought\s+back)\s+[^.;:]{1,60}?\s+to\s+(?:the\s+)?«DH»\s+"
     r"(?:control|hands|rule)\b",
     ("returned", "restored", "brought back")),
    ("ru",
     # "is temporarily outside Ukrainian control", as Kyiv's officials say of occupied land
     r"\b(?:outside|beyond|out\s+of)\s+(?:the\s+)?(?:«DH»|«D»['’]s)\s+(?:control|hands)\b|"
     # (not "the occupiers", "the occupation forces": the side, an actor, not what it holds)
     r"\boccup(?!iers?\b|(?:ation|ying)\s+(?:forces|troops|army|units|authorities|administration)\b)"
     r"\w*|\bunder\s+(?:the\s+)?(?:(?:full|complete|total)\s+)?"
     r"(?:(?:control|command|sway|rule)\s+of\s+(?:the\s+)?)?(?:«C»|«CH»)(?:['’]s)?"
     r"(?:\s+(?:forces|troops|army|military))?(?:\s+(?:(?:full|complete|total)\s+)?control"
     r"|\s+occupation)?"
     r"|\b(?:«CA»[-\s]|«CCAP»-)(?:held|controlled|occupied)\b|\bin(?:to)?\s+(?:the\s+)?«CH»\s+hands\b"
     r"|\b(?:remains?|remained|stays?|stayed)\s+with\s+(?:the\s+)?(?:«C»\b|«CF»|«CB»"
     r"|«CA»\s+(?:forces|troops|army|military))"
     r"|\bin\s+(?:the\s+)?«CH»\s+grip\b"
     # "70% of X has fallen to Russian forces": to the side named after the verb
     r"|\b(?:fell|fallen|falls)\s+(?:in)?to\s+(?:the\s+)?"
     r"(?:«C»\b|«CF»|«CB»|«CA»\s+(?:forces|troops|army|military|hands|control))"
     r"|\bin\s+the\s+hands\s+of\s+(?:the\s+)?(?:«C»|«CF»|«CB»|enemy|«CA»\s+(?:forces|troops"
     r"|army|military)|" + OCCUPIERS + ")"
     # "Russia's share of the Luhansk region stands at 99.7%"
     r"|\b(?:(?:«C»|«CF»|«CB»)(?:\s+(?:forces|troops|fighters|soldiers|units))?"
     r"|«CA»\s+(?:forces|troops|army|military))['’]s?\s+(?:shares?|foothold"
     r"|bridgehead)\b"
     r"|\bbehind\s+(?:the\s+)?«CA»\s+(?:front\s+)?lines\b|\bon\s+the\s+«CA»\s+side\s+of\s+the\s+front"),
    ("verb",
     r"\b(?:control\w*|hold\w*|held|grip|captur\w*|seiz\w*|taken(?:\s+over)?|took(?:\s+over)?"
     r"|takes(?:\s+over)?"  # a headline's "Russia takes 99% of Luhansk"
     r"|take\s+over|conquer\w*|won|dominat\w*|grabbed|overran|overrun|overruns|retain\w*"
     r"|secur(?:ed|es|ing)(?=\s+(?:all|the\s+(?:whole|entirety)|\d))"  # "secured all of X"
     r"|gained|gains"  # its own figure a gain (see gains.py); a total after it the side's
     r"|maintain\w*\s+(?:control|positions?\s+(?:in|on|across))"  # "maintain positions in 1%"
     # "Russia now owns 73%" (not "as its own")
     r"|keeps?|kept|owns|owned|(?<=they\s)own|(?<=\bwe\s)own|administer(?:s|ed)|govern(?:s|ed)"
     # "the RSF rules (over) all of X" (not "ruled out")
     r"|rul(?:es|ed)(?:\s+over)?(?!\s+(?:out|on|that)\b)"
     r"|possess(?:es|ed)|in\s+(?:full\s+)?possession\s+of"
     # "In Donetsk, Russia has 70%": "has" just before a figure
     # ... "has a 99% hold on X"
     r"|ha(?:s|ve)(?=\s+(?:an?\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than"
     r"|just|only|still)\s+)?(?:\d|a\s+(?:third|quarter|fifth)\b|half\b))"
     # "Russia has some 70% of X in its hands": the side "its" stands for, its clause's actor
     r"|in\s+(?:its|their)\s+(?:own\s+)?hands"
     # '"70% of X is in our hands," a Russian officer said': the speaker's (named_in_its_words)
     r"|(?<=\bin\sour\s)hands"
     # "Kyiv's forces are clinging to less than a quarter of Donetsk"
     r"|cling(?:s|ing)?\s+(?:on\s+)?to|clung\s+(?:on\s+)?to"
     # "Ukrainian troops still defend a quarter of the Donetsk region"
     r"|defend(?:s|ed|ing)?"
     # "Russia has managed to take 75% of X"; "Ukraine is left with (is down to) 25% of X"
     r"|(?<=\bto\s)take|(?:is|are|was|were|been)\s+(?:left\s+with|down\s+to)"
     # "Russia's gains pushed its share of Donetsk to 78%": the share of the clause's actor
     # "where their foothold amounts to roughly 3% of the region"
     # "..., bringing its total to 79%"
     r"|(?<=its\s)(?:share|foothold|bridgehead|total)|(?<=their\s)(?:share|foothold|bridgehead"
     r"|total))\b"),
]  # fmt: skip


# "liberated" in the controlling side's sense: the text speaks in its terms.
# ("liberated by Russian forces": the "by" of the liberation, not "maps published by Russia")
# "liberated ... by Russian forces": the controlling side the agent
LIBERATED_BY_CONTROLLER = (
    rf"{LIBERATED}[”\"’]?\s+(?:[\w'’-]+\s+){{0,4}}?by\s+(?:the\s+)?(?:«CS»|«CA»)"
)
_CONTROLLER_FRAMED = rf"{LIBERATED_BY_CONTROLLER}|\b«FRAMING»\b|[“\"‘]liberated[”\"’]"


def _in_controller_terms(text: str, two: Sides) -> bool:
    """Whether a sentence means "liberated" in the controlling side's sense: it says by whom
    ("liberated by Russian forces"), puts the word in quotation marks, or uses that side's words
    ("the DPR") and names the defending side nowhere (not "Ukrainian forces liberated 95% of X,
    while DPR fighters ...")."""
    framed = two.pattern(_CONTROLLER_FRAMED).search(text)
    if framed is None:
        return False
    if two.pattern(rf"{LIBERATED_BY_CONTROLLER}|[“\"‘]liberated[”\"’]").search(text):
        return True
    return not any(side == two.defender for _, side in named_sides(text, two))


class Cue(NamedTuple):
    start: int  # in the sentence
    end: int
    kind: str  # left, neg, out, lib, ua, ru or verb
    word: str
    ru_framed: bool  # for "liberated": the sentence means it in the controlling side's sense
    removed: tuple[int, int] = (-1, -1)  # "out", "left": where the side put out (left) is named


def find_cues(text: str, two: Sides) -> list[Cue]:
    """The holder cues of a sentence in order; a stronger cue hides a weaker one it overlaps."""
    found: list[Cue] = []
    ru_framed = None
    lower = text.lower()
    for kind, template, *needs in HOLDER_CUES:
        if needs and not any(word in lower for word in needs[0]):
            continue  # a cue whose words the sentence lacks: not looked for
        for m in scan.finditer(two.pattern(template), text):
            if any(m.start() < c.end and c.start < m.end() for c in found):
                continue
            if kind == "lib" and ru_framed is None:
                ru_framed = _in_controller_terms(text, two)
            who = m.span("removed") if kind in ("out", "left") else (-1, -1)
            if kind == "left" and m.group("given"):
                who = m.span("given")
            found.append(Cue(m.start(), m.end(), kind, m.group(), bool(ru_framed), who))
    return sorted(found)


_UNDER_RE = compiled(r"\bunder\s+(?:the\s+)?(?:(?:full|complete|total|effective)\s+)?$", re.I)
_OF_AFTER_RE = compiled(r"\s+of\s+(?:the\s+)?(?!(?:its|their|our)\b)", re.IGNORECASE)


def named_in_its_words(share, cue: Cue, actors, since: int, two: Sides) -> bool:
    """Whether the words of a verb of holding name its holder, or say it is unclear: "under the
    control of X" (X, or no holder where X is no side: "21.5% remains under the control of the
    Armed Forces", not the actor of a clause before), "we" ('"We control 25% of X," a Ukrainian
    commander said': the speaker's side), "separatist-held" (the word before the hyphen)."""
    text = share.sentence.text
    of = _OF_AFTER_RE.match(text, cue.end)
    if of is not None and _UNDER_RE.search(text, max(0, cue.start - 30), cue.start):
        after = [side for at, side in actors if at == of.end()]
        share.holder = after[0] if after else ""
        share.reason = share.reason or ("" if after else "holder unclear: under whose control")
    elif sources.WE_RE.search(text, since, cue.start):
        share.holder = sources.quoted_side(text, cue.start, two)
        if share.holder:
            share.note = "; ".join(
                filter(None, (share.note, f"'we' of a speaker of {share.holder}"))
            )
        share.reason = share.reason or (
            "" if share.holder else "holder unclear: 'we' of a speaker of no one side"
        )
    elif text[cue.start - 1 : cue.start] == "-":
        word = [w for at, w in actors if at < cue.start and not text[at : cue.start].split()[1:]]
        share.holder = word[-1] if word else ""
        share.reason = share.reason or ("" if word else f"holder unclear: '-{cue.word}'")
    else:
        return False
    return True
