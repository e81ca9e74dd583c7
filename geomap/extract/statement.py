"""One statement of control without a figure, as read: the record (:class:`Held`), the side
whose it is from the verb's actor or the side its words name, and why a statement states
nothing (negated, hypothetical, holder unclear). The verbs that make one: :mod:`held`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geomap.extract import clauses, scan
from geomap.extract.actor_words import GROUP_NOUNS
from geomap.extract.actors import (
    LATER_PRONOUN_UNCLEAR,
    NOT_BY_WORDS,
    NOT_UNDER_WORDS,
    actor,
    later_pronoun_side,
    main_clause_start,
)
from geomap.extract.asides import without_insertions
from geomap.extract.both import both_subject
from geomap.extract.holder_words import LIBERATED, NEGATED_RE, nobody_acts
from geomap.extract.named import named_sides, owners_before
from geomap.extract.sides import Sides
from geomap.extract.sources import quoted_side, speaker_side
from geomap.extract.text import Sentence
from geomap.patterns import compiled
from geomap.regions import Region

# A subordinate clause with a subject of its own: "since Moscow seized ...", "after the army".
_SUBORDINATE_RE = compiled(  # heeds case: the subject's name has a capital
    r"\b(?:[Ss]ince|[Aa]fter|[Ww]hen|[Bb]ecause|[Oo]nce|[Bb]efore|[Uu]ntil)\s+"
    r"(?=(?:the\s+)?[A-Z]|(?:it|they)\b)"
)
_FROM_RE = compiled(r"\bfrom\b.*", re.IGNORECASE | re.DOTALL)
# "held not by the RSF but by", "is not under RSF control but in army hands"
_NOT_BY_RE = compiled(rf"\b(?:{NOT_BY_WORDS}|{NOT_UNDER_WORDS})", re.IGNORECASE)


@dataclass
class Held:
    """One statement that a side holds units, giving no share."""

    sentence: Sentence
    start: int  # span of the verb phrase in the document
    end: int
    regions: tuple[Region, ...]
    holder: str
    reason: str = ""
    note: str = ""
    disputed: str = ""  # "a claim the army denies": someone in the text says it is not so
    date: dt.date | None = None  # the latest date its clause names ("in January 2025")
    date_from: dt.date | None = None  # the first day that date may be ("in 2024": 1 January)
    # where "in its entirety" after the units says all of each (a share of 100%) is, in the document
    whole: tuple[int, int] | None = None
    # the profile's earlier annexation, taken in its year ("took the Crimean peninsula in
    # 2014"): held since, all of each, inferred
    inferred: bool = False

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]

    @property
    def cue(self) -> str:
        """The words the holding was read from ("retook", "under army control"), as a share's."""
        return self.text

    @property
    def clause(self) -> str:
        """The clause those words are in, as the evidence shows it (see clauses.clause_text)."""
        return clauses.clause_text(self.sentence.text, self.start - self.sentence.start)


# An adverb of degree just before the verb: the unit held in part.
_IN_PART_RE = compiled(
    r"\b(?:partly|partially|largely|mostly|mainly|nearly|almost|virtually|practically|half)\s+$",
    re.IGNORECASE,
)


# A verb after "of": a statement only as what one side accuses the other of.
_OF_ING_RE = compiled(r"(?:seiz|captur|occupy|hold|controll)ing\b", re.IGNORECASE)
_ACCUSED_RE = compiled(r"\baccus\w*\s+[^.;:]{1,60}?\s+of\s+$", re.IGNORECASE)
# A taking named by its noun ("the fall of", "the RSF's capture of"), and the words before it
# that say it has not happened: feared, prevented, planned, possible.
_EVENT_NOUN_RE = compiled(
    r"^(?:fall|['’]s?\s+(?:re)?(?:capture|takeover|seizure|conquest|liberation)"
    r"|its\s+(?:re)?(?:capture|takeover|seizure|conquest|liberation))\b",
    re.IGNORECASE,
)
_UNREAL_EVENT_RE = compiled(
    r"\b(fear\w*|prevent\w*|avert\w*|stop\w*|block\w*|thwart\w*|forestall\w*|avoid\w*|resist\w*"
    r"|risk\w*|threat\w*|warn\w*|plan\w*|prepar\w*|bid|attempt\w*|aim\w*|seek\w*|sought|hop\w*\s+(?:for|of)"
    r"|push\w*|possible|potential|imminent|impending|looming|expected|feared|would|could|might)"
    r"(?:\s+(?:of|for|to|against|that))?\s+(?:(?:a|an|the|any|its|their)\s+)?(?:[\w'’-]+\s+){0,3}[\w-]*$",
    re.IGNORECASE,
)


def statement(sentence, match, regions, actors, two: Sides, *, passive: bool) -> Held:
    """The statement a verb at ``match`` makes of ``regions``: its holder (the actor of the verb,
    or for ``passive`` the side its words or the words after it name), or why it has none."""
    text = sentence.text
    s0 = sentence.start
    held = Held(sentence, s0 + match.start(), s0 + match.end(), regions, "")
    # "has not taken", "Neither the army nor the RSF controls"
    negated = scan.search(NEGATED_RE, text, 0, match.start()) or nobody_acts(text, match.start())
    if negated:
        held.reason = f"negated ('{' '.join(negated.group().split()[:3])}')"
        return held
    part = _IN_PART_RE.search(text, max(0, match.start() - 16), match.start())
    if part:  # "has largely taken over West Kordofan": not all of it
        held.reason = f"only part of it ('{part.group().strip()}')"
        return held
    of_ing = _OF_ING_RE.match(match.group()) and text[: match.start()].endswith("of ")
    if of_ing and not _ACCUSED_RE.search(
        text, max(0, match.start() - 80), match.start()
    ):  # "capable of seizing X", "the aim of capturing X": no statement
        held.reason = f"no statement that it is so ('of {match.group()}')"
        return held
    if _EVENT_NOUN_RE.search(match.group()) and (
        unreal := _UNREAL_EVENT_RE.search(text, max(0, match.start() - 60), match.start())
    ):  # "Many fear the fall of X to the RSF", "prevented the RSF's takeover of X"
        held.reason = f"an event not said to have happened ('{unreal.group(1)}')"
        return held
    lo, hi = clauses.clause_of(clauses.find_clauses(text), match.start())
    # its verb's mood, not another's joined to it ("... and have since withdrawn west"), nor that
    # of the clause a subordinate one hangs on ("Should the report hold, Kyiv has lost a
    # second region since Russian troops took the Crimean peninsula in 2014")
    subordinate = [m.start() for m in _SUBORDINATE_RE.finditer(text, lo, match.start())]
    # "after retaking X, it would march on": a gerund's mood is that of the clause it hangs on
    end = hi if match.group().endswith("ing") else match.end()
    mood = clauses.figure_mood(text, lo, hi, (max([lo, *subordinate]), end), match.start())
    if mood:
        held.reason = mood
        return held
    word = match.group()
    if passive:
        # "is under RSF control": the side in the verb's words; "fell to the RSF", "is under the
        # control of the RSF": the side just after it (not one later in the clause: "..., the
        # army said")
        # (past "not by X but by", which ends a clause, the side just after it)
        upto = len(text) if _NOT_BY_RE.search(word) else hi
        # ... named right after it, by its name too ("fell to Ukraine"), not a side of a clause
        # after it ("fell to Ukraine after Russia withdrew": never Russia's)
        sides_named = sorted({*actors, *named_sides(text, two)})
        plain = without_insertions(text, match.start())  # (past asides: ", analysts say,")
        after = [
            side for at, side in sides_named
            if match.end() <= at < upto and not plain[at].isspace()  # (not in another aside)
            and _AGENT_GAP_RE.fullmatch(plain, match.end(), at)
        ]  # fmt: skip
        # not "taken from the army by", nor "held not by the RSF but by"
        own = side_of_words(_NOT_BY_RE.sub("", _FROM_RE.sub("", word)), two)
        held.holder = own or (after[0] if after else "")
        if not held.holder and _FREED_RE.search(word):
            # "Gezira State has been liberated, the army's spokesman said": the speaker's side
            held.holder = speaker_side(text, match.end(), two)
    else:
        since = main_clause_start(text, match.start())
        if both_subject(named_sides(text, two), match.start(), text, since):
            held.reason = "holder unclear: 'both' sides are the verb's subject"
            return held
        held.holder = actor(actors, match.start(), text, match.end(), since)
        if _A_GROUP_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
            # "El Fasher fell to the RSF, completing the group's conquest of X": the one side
            # named before it (not the subject of a verb before)
            named = {side for at, side in actors if at < match.start()}
            held.holder = named.pop() if len(named) == 1 else ""
        later = None if held.holder else later_pronoun_side(text, match.start(), since, two)
        held.holder = held.holder or later or ""
        held.reason = LATER_PRONOUN_UNCLEAR if later == "" else ""
    if not held.holder:
        held.reason = held.reason or f"holder unclear: the text does not say who '{word.strip()}'"
    return held


# Between a passive verb and its agent: a few words, no clause of their own ("fell to the RSF
# in 2023", "is under the control of the army"; not "fell to Ukraine after Russia withdrew")
_AGENT_GAP_RE = compiled(
    r"(?:(?!\b(?:after|when|as|while|before|since|because|and|but|until|once|where|which|who"
    r"|whose|though|although|if)\b)[^;.()—–])*",
    re.IGNORECASE,
)
# A noun that names no side itself, as a verb's owner: "the group's conquest of"
_A_GROUP_BEFORE_RE = compiled(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in GROUP_NOUNS) + ")$", re.IGNORECASE
)
# A verb of freeing, whose side a text may leave to who says it
_FREED_RE = compiled(LIBERATED, re.IGNORECASE)


def side_of_words(word: str, two: Sides) -> str:
    """The side a word in the verb names: "under army control", "RSF-held"."""
    if two.pattern(r"\b(?:«CH»|«C»|«CF»)\b").search(word):
        return two.controller
    if two.pattern(r"\b(?:«DH»|«D»|«DF»)\b").search(word):
        return two.defender
    return ""


# "under its control": whose, the text before says
_OWNER_RE = compiled(
    r"\b(?:its|their|the\s+group['’]s|our)\s+(?:(?:full|complete|total)\s+)?control\b",
    re.IGNORECASE,
)

# ... "X fell to its forces": whose, likewise
_ITS_FORCES_RE = compiled(
    r"\s*(?:its|their)\s+(?:own\s+)?(?:forces|troops|fighters|units|men)\b", re.IGNORECASE
)


def passive(sentence, match: re.Match, regions, actors, two: Sides, context: str) -> Held:
    """ "X fell to the RSF", "X is under army control": held by the side after the verb;
    "X is under its control": by the one side the sentence names, or, naming none, by the side
    of the sentence before (``context``)."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    owner = _OWNER_RE.search(match.group())
    if owner is None and match.group().lower().endswith(" to"):  # "fell to its forces"
        owner = _ITS_FORCES_RE.match(sentence.text, match.end())
    if owner and owner.group().lower().startswith("our"):
        # '"X is under our control," an army spokesman said': the speaker's side
        held.holder = quoted_side(sentence.text, match.start(), two)
        held.reason = "" if held.holder else "holder unclear: 'our' of a speaker of no one side"
    elif owner and (not held.reason or held.reason.startswith("holder unclear")):
        # no actor, but a side named before: "X, the RSF's stronghold, is under its control"
        named = {side for _, side in actors} or owners_before(sentence.text, match.start(), two)
        held.holder = named.pop() if len(named) == 1 else ("" if named else context)
        word = " ".join(owner.group().split())
        held.reason = "" if held.holder else f"holder unclear: whose is '{word}'"
        if held.holder:
            held.note = f"'{word}' read as {held.holder}'s"
    return held
