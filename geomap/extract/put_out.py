"""Statements that a side was put out of units, so that the other side holds them: "the army
drove the RSF out of Khartoum State", "the RSF has lost Gezira State", "Khartoum State is now free
of the RSF", "cleared X of the RSF", "the RSF no longer controls any part of X"."""

from __future__ import annotations

import re
from collections.abc import Callable

from geomap.extract import holder_words
from geomap.extract.actor_words import CONTROLLER_ACTOR, DEFENDER_ACTOR
from geomap.extract.actors import removed as side_put_out
from geomap.extract.gapping import side_at
from geomap.extract.sides import Sides, other
from geomap.extract.statement import Held, statement
from geomap.extract.text import Token, token_at
from geomap.patterns import compiled

# "Khartoum State is now free of the RSF", "declared Gezira State “completely free” of the
# RSF": held by the side other than the one named after "of".
# ("is clear of", "declared X “completely clean” of the RSF")
FREE_RE = compiled(
    r"\b(?:free|clean)[\"”'’]?\s+of\b|\b(?:clear|cleared|cleansed|purged)\s+of\b", re.IGNORECASE
)
_FREE_WORDS = ("free", "clear", "clean", "purged")
# ... and the words between the unit and "free": "is now completely", "declared ... “"
FREE_GLUE_RE = compiled(
    r"(?:\b(?:is|are|was|were|remain(?:s|ed)?|(?:has|have|had)\s+been|now|declared|completely|fully"
    r"|entirely|totally)\s+|[\"“'‘]\s*)*$",
    re.IGNORECASE,
)
# "Gezira State has been liberated from the RSF", "was freed from RSF control": held by the side
# other than the one named after "from".
FREED_FROM = (
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:now|fully|completely|finally"
    r"|officially|entirely)\s+)?[\"“'‘]?(?:liberated|freed|retaken|recaptured|wrested)[\"”'’]?"
    r"\s+from\s+(?:the\s+)?(?:(?:control|hands|grip)\s+of\s+)?"
    # ... "from RSF control", "from Russian occupation": the side's adjective
    r"(?:(?P<hands>«CH»|«DH»)\s+(?:control|rule|occupation)\b)?"
)
_FREED_FROM_WORDS = ("liberated", "freed", "retaken", "recaptured", "wrested")
# "cleared Khartoum State of the RSF", "“completely cleared” X of the RSF": held by the side
# other than the one named after "of".
CLEARED_RE = compiled(
    r"\b(?:cleared|clears|(?<=to\s)clear|rid|purged|purges|freed|frees|cleansed|cleanses)[\"”'’]?"
    r"(?=\s[^.;:]{1,80}?\bof\s)"  # "went on to clear X of the RSF"
    # "the full clearing of the entire state of X from any presence of the RSF"
    r"|\b(?:full|complete|total)\s+(?:clearing|clearance|cleansing|purging)\s+of"
    r"(?=\s[^.;:]{1,80}?\bfrom\s)",
    re.IGNORECASE,
)
CLEARED_WORDS = ("clear", "free", " rid ", "purge", "cleans")  # without one, no match of CLEARED_RE
# ... "of the (last) RSF fighters", "of the rival paramilitary RSF": where the side is named
_GONE_RE = compiled(
    r"\bof\s+(?:the\s+|any\s+|all\s+(?:the\s+)?)?(?:(?:last|remaining|final|few|rival|paramilitary|enemy|hostile"
    r"|opposing)\s+){0,3}",
    re.IGNORECASE,
)
# ... or, after the noun, "from (any presence of) the RSF"
_GONE_FROM_RE = compiled(
    r"\bfrom\s+(?:(?:any|the)\s+(?:presence|remnants)\s+of\s+)?(?:the\s+)?", re.IGNORECASE
)
# ... "of its rival, the paramilitary RSF": the side named in the apposition
_RIVAL_NAMED_RE = compiled(
    r"\bof\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:rivals?|foes?|enem(?:y|ies)|opponents?|adversar(?:y|ies))"
    r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "The RSF no longer controls any part of Gezira State": held by the other side.
NONE_LEFT_RE = compiled(
    r"\b(?:(?:no\s+longer|(?:does|do|did)\s+not|(?:does|do|did)n['’]t)\s+(?:controls?|holds?)"
    # "has not controlled any part of X since 2023"
    r"|(?:has|have|had)(?:\s+not|n['’]t)\s+(?:(?:controlled|held)|been\s+in\s+control\s+of))\s+any"
    r"(?:\s+(?:part|parts|territory|ground))?\s+(?:of|in)\b|\b(?:controls?|holds?)\s+none\s+of\b"
    # "The army no longer has a foothold in X", "has no presence left in any of the Darfur states"
    r"|\b(?:(?:no\s+longer\s+(?:has|have|had)|(?:does|do|did)(?:\s+not|n['’]t)\s+have)\s+(?:any|a)"
    r"|(?:has|have|had)\s+no)\s+(?:presence|foothold|positions?|troops|forces)\s+(?:left\s+)?in"
    r"(?:\s+any\s+of)?\b"
    # "... leaving the army without a foothold in X", "leaves the army with no foothold in X"
    r"|\b(?:without\s+(?:a|any)|with\s+no)\s+(?:presence|foothold|positions?)\s+(?:left\s+)?in\b",
    re.IGNORECASE,
)
NONE = ("any", "none", " no ", "without")  # without one, no match of NONE_LEFT_RE
# "Gezira State is no longer under RSF control", "... no longer held by the army", "... now
# outside army control": held by the side other than the one named.
OUT_OF_HANDS = (
    r"\b(?:(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)\s+)?(?:now\s+)?"
    r"(?:(?:no\s+longer\s+(?:under|in)"
    r"|(?:outside|beyond|out\s+of))\s+(?:the\s+)?(?:(?P<side>«CH»|«DH»)|(?P<owner>«C»|«D»)['’]s?)"
    r"\s+(?:control|hands|rule)\b"
    r"|no\s+longer\s+(?:held|controlled|occupied)\s+by\s+(?:the\s+)?(?P<by>«C»|«D»|«CF»|«DF»|«CB»"
    r"|«DB»)\b)"
)
OUT_OF_HANDS_WORDS = ("longer", "outside", "beyond", "out of")  # without one, no match
_CONTROLLER_NAMED = "«CH»|«C»|«CF»|«CB»"
# "River Nile State has never fallen to the RSF": the other side has held it throughout
NEVER_TAKEN_RE = compiled(
    r"\b(?:has|have)\s+never\s+(?:(?:fallen|been\s+lost)\s+to|been\s+(?:captured|taken|seized"
    r"|overrun|occupied|held|controlled)\s+by|been\s+under)\s",
    re.IGNORECASE,
)
# "The army never lost control of River Nile State": the subject has held it throughout
NEVER_LOST_RE = compiled(
    r"\b(?:(?:has|have|had)\s+)?never\s+(?:once\s+)?lost\s+(?:(?:full\s+)?control\s+(?:of|over)\s+)?",
    re.IGNORECASE,
)
# "lost X to the army": where no side acting is named, the side it went to holds it.
_LOST_TO_RE = compiled(r"(?:(?<=\blost)|(?<=\blosing))\s[^,;:.()]{1,80}?\bto\s+", re.IGNORECASE)
# ... and "the RSF has lost Khartoum State (to the army)": the side acting lost it.
REMOVED_RE = compiled(
    holder_words.REMOVED + r"|\b(?:lost|loses)\b(?=\s+(?!control\b))"
    # "After losing Khartoum State to the army, the RSF ...": a loss done (not "is losing X")
    r"|(?:(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bupon\s))losing\b(?=\s+(?!control\b))",
    re.IGNORECASE,
)


def readers(
    two: Sides, lower: str
) -> tuple[tuple[re.Pattern, bool, Callable[..., Held], bool], ...]:
    """This module's readers of statements (see :func:`geomap.extract.held.read_held`): a pattern,
    whether the units follow it, the reader, and whether ``lower`` (the sentence in lower case)
    has the words the pattern needs."""
    return (
        (FREE_RE, False, freed, any(w in lower for w in _FREE_WORDS)),
        (
            two.pattern(FREED_FROM),
            False,
            freed_from,
            " from " in lower and any(w in lower for w in _FREED_FROM_WORDS),
        ),
        (
            two.pattern(OUT_OF_HANDS),
            False,
            out_of_hands,
            any(w in lower for w in OUT_OF_HANDS_WORDS),
        ),
        (CLEARED_RE, True, cleared, any(w in lower for w in CLEARED_WORDS)),
        (NONE_LEFT_RE, True, none_left, any(w in lower for w in NONE)),
        (NEVER_TAKEN_RE, False, never_taken, "never" in lower),
        (NEVER_LOST_RE, True, never_lost, "never" in lower),
    )


def freed(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "X is free of the RSF": held by the side other than the one named just after "of"."""
    words = " ".join(match.group().split())
    of = _GONE_RE.match(sentence.text, match.end() - 2)
    span = (match.end(), of.end() + 1) if of else (match.end(), match.end() + 5)
    return _freed_of(sentence, match, regions, actors, two, span, words)


def freed_from(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "X has been liberated from the RSF": held by the side other than the one named right
    after "from"."""
    words = " ".join(match.group().split())
    if match.group("hands"):  # "from RSF control": the side the adjective names
        held = statement(sentence, match, regions, actors, two, passive=True)
        if held.reason and not held.reason.startswith("holder unclear"):
            return held
        named = two.pattern(_CONTROLLER_NAMED).fullmatch(match.group("hands"))
        out = two.controller if named else two.defender
        held.holder, held.reason, held.note = other(out, two), "", f"{out} put out ('{words}')"
        return held
    at = match.end()
    return _freed_of(sentence, match, regions, actors, two, (at - 4, at + 1), words)


def out_of_hands(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "X is no longer under RSF control": held by the side other than the one named."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held
    words = match.group("side") or match.group("owner") or match.group("by")
    named = two.pattern(_CONTROLLER_NAMED).fullmatch(words)
    out = two.controller if named else two.defender
    held.holder, held.reason = other(out, two), ""
    held.note = f"out of {out}'s hands ('{' '.join(match.group().split())}')"
    return held


def cleared(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "cleared X of the RSF", "the full clearing of X from the RSF": held by the side other than
    the one named just after "of" ("from")."""
    gone = _GONE_FROM_RE if match.group().lower().endswith(" of") else _GONE_RE
    of = gone.search(sentence.text, match.end(), match.end() + 120)
    span = (of.start() + 1, of.end()) if of else (-1, -2)
    if named := _RIVAL_NAMED_RE.search(sentence.text, match.end(), match.end() + 160):
        span = (named.start() + 1, named.end())
    after = "from" if gone is _GONE_FROM_RE else "of"
    return _freed_of(sentence, match, regions, actors, two, span, f"{match.group()} ... {after}")


def _freed_of(sentence, match: re.Match, regions, actors, two: Sides, span, words: str) -> Held:
    """Held by the side other than the one named in ``span`` (offsets in the sentence)."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held
    gone = [(at, side) for at, side in actors if span[0] <= at <= span[1]]
    if gone and not _the_side_itself(sentence.text, gone[0], two):
        gone = []  # "free of RSF mines": of something of the side's, not of the side
    held.holder = other(gone[0][1], two) if gone else ""
    held.reason = "" if held.holder else f"holder unclear: whom '{words}' put out"
    if held.holder:
        held.note = f"{gone[0][1]} put out ('{words}')"
    return held


_NOT_THE_SIDE_RE = compiled(holder_words.NOT_THE_SIDE)


def _the_side_itself(text: str, actor: tuple[int, str], two: Sides) -> bool:
    """Whether the side named at ``actor`` (its offset in ``text``, its side) ends its phrase,
    rather than naming what is the side's ("RSF mines", "the occupiers' propaganda")."""
    at, side = actor
    template = CONTROLLER_ACTOR if side == two.controller else DEFENDER_ACTOR
    named = two.pattern(template).match(text, at)
    return named is None or not _NOT_THE_SIDE_RE.match(text, named.end())


def none_left(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "The RSF no longer controls any part of X": held by the side other than the actor."""
    held = statement(sentence, match, regions, actors, two, passive=False)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # "may no longer control ..."
    side, held.holder = held.holder, other(held.holder, two)
    words = " ".join(match.group().split())
    held.reason = "" if held.holder else f"holder unclear: the text does not say who '{words}'"
    held.note = f"{side} holds none of it ('{words}')" if held.holder else ""
    return held


def never_lost(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "The army never lost control of X": held by the side that acts, throughout."""
    held = statement(sentence, match, regions, actors, two, passive=False)
    if not held.reason:
        held.note = f"never lost ('{' '.join(match.group().split())}')"
    return held


def never_taken(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "X has never fallen to the RSF": held by the side other than the one named after it."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held
    after = [side for at, side in actors if match.end() <= at <= match.end() + 20]
    held.holder = other(after[0], two) if after else ""
    words = " ".join(match.group().split())
    held.reason = "" if held.holder else f"holder unclear: the text does not say who '{words}'"
    held.note = f"never {after[0]}'s ('{words}')" if held.holder else ""
    return held


# A verb of putting out with no object that may be a movement of the subject's own: "The RSF
# pushed from North Darfur towards El Obeid", "drove from X to Y" (not "was pushed from X").
_MOVED_RE = compiled(r"(?:pushed|pushes|push|drove|drives|drive)\s+(?:out\s+of|from)\b", re.I)
_PASSIVE_BEFORE_RE = compiled(
    r"\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?$", re.I
)
_ONWARD_RE = compiled(r"[^.;:]{0,60}?\b(?:into|towards?|to|across|deeper|further)\b", re.I)


def _a_movement(text: str, match: re.Match) -> bool:
    """Whether the removal at ``match`` is its subject's own movement: "pushed from X towards
    Y" (not "was pushed from X into Y", nor "the army, which the RSF drove out of X into Y")."""
    if match.group("removed") or not _MOVED_RE.match(match.group()):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if _PASSIVE_BEFORE_RE.search(before) or _RELATIVE_OBJECT_RE.search(before):
        return False
    return bool(_ONWARD_RE.match(text, match.end()))


_RELATIVE_OBJECT_RE = compiled(r"\b(?:which|whom|that)\s+(?:[\w'’-]+\s+){1,4}$", re.I)


def removal(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """A statement that a side was put out of units: held by the other side."""
    held = statement(sentence, match, regions, actors, two, passive=False)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held  # negated, or not achieved
    if _a_movement(sentence.text, match):
        held.reason = f"a movement from it, not a side put out ('{match.group()}')"
        return held
    held.reason = ""
    removed = side_put_out(actors, sentence.text, match.span(), match.span("removed"))
    held.holder = other(removed, two)
    if not held.holder and (to := _LOST_TO_RE.match(sentence.text, match.end())):
        # "Having lost Gezira State to the army, the RSF ...": the side it went to
        held.holder = side_at(dict(actors), sentence.text, to.end())
        removed = other(held.holder, two) if held.holder else ""
    if not held.holder:
        held.reason = f"holder unclear: the text does not say who was put out ('{match.group()}')"
    else:
        held.note = f"{removed} put out ('{' '.join(match.group().split())}')"
    return held


_LAST = frozenset({"last", "remaining", "final"})
_FOOTHOLDS = frozenset({
    "pockets", "positions", "strongholds", "parts", "areas", "footholds", "bastions", "enclaves",
    "pocket", "position", "stronghold", "foothold", "bastion", "enclave", "presence", "part",
    "portion", "portions", "base", "bases", "garrison", "garrisons", "outpost", "outposts",
    "town", "towns", "villages", "cities",
})  # fmt: skip
# ... and a relative clause on them: "the last towns (that) it held in X"
_HELD_WORDS = frozenset({"held", "holds", "controlled", "controls", "had", "has", "still"})


def past_the_last(toks: list[Token], at: int) -> int:
    """Where the units of a removal's object start, from document offset ``at``: past "(its)
    last positions in", "the remaining pockets of" (a side put out of the last of its holds in a
    unit is put out of the unit; held by it, they are a part)."""
    k = token_at(toks, at)

    def key(i: int) -> str:
        return toks[i].key if i < len(toks) else ""

    j = k + (key(k) in ("the", "its", "their"))
    j += j < len(toks) and toks[j].possessive and key(j + 1) in _LAST  # "the army's last base in"
    if key(j) == "rest" and key(j + 1) == "of" and j + 2 < len(toks):
        return toks[j + 2].start  # "took the rest of X"
    if key(j) not in _LAST:
        return at
    if key(j + 1)[:1].isdigit():  # "seized the remaining 1% (1 percent, 1 per cent) of X"
        n = j + 2 + (key(j + 2) in ("percent", "per", "pct")) + (key(j + 2) == "per")
        return toks[n + 1].start if key(n) == "of" and n + 1 < len(toks) else at
    j += 1 + (key(j + 1) == "few")
    j += key(j) not in _FOOTHOLDS and key(j + 1) in _FOOTHOLDS  # "the last RSF positions in"
    if key(j) not in _FOOTHOLDS:
        return at
    n = j + 1 + (key(j + 1) in ("that", "which"))
    if key(n) in ("it", "they") and key(n + 1) in _HELD_WORDS:  # "the last towns it held in X"
        j = n + 1 + (key(n + 2) in _HELD_WORDS)  # ("it still held")
    last = key(j + 1) in ("of", "in") and j + 2 < len(toks)
    return toks[j + 2].start if last else at


# "Driven out of Sennar State, the RSF regrouped in Gezira": a participle opening the sentence,
# whose subject, the main clause's, was put out.
DRIVEN_OUT_RE = compiled(
    r"^\s*(?:(?:after\s+being|having\s+been)\s+)?(?:driven|forced|pushed|expelled|ousted|chased"
    r"|routed|flushed)\s+(?:out\s+of|from)\b",
    re.IGNORECASE,
)


def driven_out(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "Driven out of X, the RSF ...": held by the side other than the main clause's subject."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    if held.reason and not held.reason.startswith("holder unclear"):
        return held
    comma = sentence.text.find(",", match.end())
    gone = [side for at, side in actors if comma >= 0 and comma < at <= comma + 40]
    held.holder = other(gone[0], two) if gone else ""
    held.reason = "" if held.holder else "holder unclear: the text does not say who was put out"
    held.note = f"{gone[0]} put out ('{match.group().strip()}')" if held.holder else ""
    return held
