"""The decisions on the statements of holding with no share given: each unit the controlling
side is said to hold, each the defending side is, and which of the two holds where the text
says both (the later, where dates or the words of a later time tell; see :func:`held_decisions`)."""

from __future__ import annotations

import re

from geomap.extract.capitals import CAPITAL
from geomap.extract.decisions import Rows, disputed_note
from geomap.extract.evidence import IGNORED, SUPERSEDED, USED
from geomap.extract.held import Held
from geomap.extract.sides import sides
from geomap.extract.when import JOINED_BEFORE_RE, LATER
from geomap.patterns import compiled
from geomap.regions import Region


def held_decisions(
    helds: list[Held], rows: Rows, figured: set[str]
) -> tuple[dict[str, Held], dict[str, Held]]:
    """Each unit the controlling side is said to hold, with no share given (the first such
    statement; a unit with a share of its own keeps the share), and each the defending side is
    said to hold (drawn as a class of its own where no share of the unit is given)."""
    two = sides()
    chosen: dict[str, Held] = {}
    # Each unit the defending side is said to hold (the first such statement). A unit the text
    # says each side holds ("The RSF seized Gezira State. ... The army retook Gezira State."):
    # whose it is now is not for a reader to guess.
    # Where both statements name a date and one is later ("The RSF overran Gezira State in
    # 2023. The army retook the state in January 2025."), the later holds.
    theirs, ours_later = _defended_and_retaken(helds)
    capitals = [h for h in helds if h.reason == CAPITAL]  # "the army retook the state capital"
    for item in helds:
        for region in item.regions:
            code = region.code
            # "... took over Gezira State in 2023. The army retook the state capital in January
            # 2025.": who holds the state now, the text does not say
            outdated = item.reason or _capital_taken_since(capitals, region, item)
            if outdated:
                verdict, why = IGNORED, outdated
            elif item.holder == two.defender and code in ours_later:
                verdict, why = SUPERSEDED, f"the text says {two.controller} took it later"
            elif item.holder == two.controller and code in theirs and code not in ours_later:
                verdict = IGNORED
                if _later(theirs[code], item):
                    why = f"{two.defender} took it later (“{theirs[code].text}”)"
                else:
                    why = f"the text also says {two.defender} holds it (“{theirs[code].text}”)"
            elif (
                item.holder == two.controller and code in theirs and not _later(item, theirs[code])
            ):  # taken, taken back, taken again: the first taking is outdated
                verdict, why = SUPERSEDED, f"earlier than {two.defender}'s, itself outdated"
            elif item.holder == two.defender and code in figured:
                verdict, why = SUPERSEDED, f"a share of it held by {two.controller} is given"
            elif item.holder == two.defender and theirs.get(code) is item:
                verdict, why = USED, f"held by {item.holder}, no share given"  # a class of its own
            elif item.holder == two.defender and code in theirs:
                verdict, why = SUPERSEDED, f"“{theirs[code].text}” is used instead"
            elif item.holder != two.controller:
                verdict, why = IGNORED, f"held by {item.holder}: reported as such, no share given"
            elif code in figured:
                verdict, why = SUPERSEDED, "a share of it is given, and used instead"
            elif code in chosen:
                verdict, why = SUPERSEDED, f"“{chosen[code].text}” given first"
            else:
                chosen[code] = item
                verdict, why = USED, f"held by {item.holder}, no share given"
            if not item.reason:
                why = "; ".join(n for n in (why, item.note, disputed_note(item)) if n)
            rows.add(item, region, kind="held", holder=item.holder, decision=verdict, reason=why)
    return chosen, {code: h for code, h in theirs.items() if code not in ours_later}


def _capital_taken_since(capitals: list[Held], region: Region, item: Held) -> str:
    """Why the statement ``item`` of ``region`` is out of date: the other side took its capital
    on a later date; or ""."""
    since = next(
        (
            c
            for c in capitals
            if region in c.regions and c.holder != item.holder and _later(c, item)
        ),
        None,
    )
    return f"{since.holder} has since taken its capital (“{since.text}”)" if since else ""


def _defended_and_retaken(helds: list[Held]) -> tuple[dict[str, Held], set[str]]:
    """Each unit's statement that the defending side holds it (the first, or the latest
    dated), and the units a statement of the controlling side's, dated later, says it took."""
    two = sides()
    theirs: dict[str, Held] = {}
    for h in helds:
        if not h.reason and h.holder == two.defender:
            for r in h.regions:
                if r.code not in theirs or _later(h, theirs[r.code]):
                    theirs[r.code] = h
    ours_later = {
        r.code for h in helds if not h.reason and h.holder == two.controller
        for r in h.regions if r.code in theirs and _later(h, theirs[r.code])
    }  # fmt: skip
    return theirs, ours_later


def _later(a: Held, b: Held) -> bool:
    """Whether statement ``a`` names a date later than the one ``b`` names: its first day after
    the other's last ("in 2024" is no later than "in November 2024", nor earlier); or, where
    the dates do not say otherwise, follows it in the text in words of a later time ("The army
    seized X in 2023. It was later recaptured by the RSF.", "has since retaken it"), or as a
    state of now after a dated one ("... in 2023 and is now under RSF control")."""
    if a.sentence is b.sentence and _in_a_relative(b) and not _in_a_relative(a):
        # "The RSF retook X, which the army captured in 2023", "X, which the army took in 2023,
        # fell to the RSF": the main clause's, after the relative clause's on its unit (not
        # one of now: "..., which the army now holds")
        return not _NOW_RE.match(b.text)
    first = a.date_from or a.date
    if first is not None and b.date is not None:
        return first > b.date
    if (
        first is None
        and a.start > b.start
        and _NOW_RE.match(a.text)
        and (b.date is not None or _NOW_WORD_RE.search(a.text))
    ):
        return True  # "X fell to the army in 2023 (early on) and is now under RSF control"
    s0 = a.sentence.start
    if (
        first is not None
        and b.date is None
        and a.sentence is b.sentence
        and a.start > b.start
        and JOINED_BEFORE_RE.search(a.sentence.text, 0, a.start - s0)
    ):
        # "X was taken by the army early in the war and fell to the RSF in 2025": the dated one
        # joined after an undated event (not after a state of now: "holds X and ..."; nor a
        # relative clause on its object: "retook X, which the RSF seized in 2023")
        return not _NOW_RE.match(b.text)
    return (
        a.start > b.start
        and bool(
            _AFTER_RE.search(a.text)
            or _LATER_JOINED_RE.search(a.sentence.text, 0, a.start - s0)  # "and then returned"
        )
        and not _NOW_RE.match(b.text)  # (not after "The RSF holds X": a state of now)
        and not (a.date is not None and (b.date_from or b.date or a.date) > a.date)
    )


def _in_a_relative(statement: Held) -> bool:
    """Whether a statement's verb is a relative clause's (", which the army captured ...")."""
    text, at = statement.sentence.text, statement.start - statement.sentence.start
    return _IN_RELATIVE_RE.search(text, max(0, at - 60), at) is not None


_IN_RELATIVE_RE = compiled(r",\s*(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?$", re.IGNORECASE)
_NOW_RE = compiled(
    r"(?:holds?|controls?|is|are|remains?|rules?|runs?|governs?|administers?|occup(?:y|ies)"
    r"|dominates?)\b",
    re.IGNORECASE,
)
_NOW_WORD_RE = compiled(r"\b(?:now|today|currently)\b", re.IGNORECASE)
# ... a predicate joined after another in words of a later time: "and later (then) returned to"
_LATER_JOINED_RE = compiled(rf"\band\s+(?:was\s+|were\s+)?(?:{LATER})\s+$", re.IGNORECASE)
# The words of a statement that say it came after another: "later", "has since", "retook"
_AFTER_RE = compiled(
    r"\b(?:later|since|subsequently|eventually|then|back|returned|reverted"
    r"|re-?(?:took|take[sn]?|taking|captured?"
    r"|captures|capturing|gained|gains?|gaining|conquered))\b",
    re.IGNORECASE,
)
