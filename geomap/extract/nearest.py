"""The cue a share is of: the verb or state nearest to it in its clause ("Russia holds 70% of
X"), the state right after its place ("the 30% of X still held by Ukraine"), or the verb of a
relative clause on it ("the 30% of X that Ukraine still holds")."""

from __future__ import annotations

import re

from geomap.extract.asides import aside_on_another, insertions
from geomap.extract.holder_words import Cue
from geomap.extract.named import named_sides
from geomap.extract.pronouns import REDUCED_RE, relative_on
from geomap.extract.sides import sides
from geomap.patterns import compiled

_SHARE_WORD_RE = compiled(r"share|foothold|bridgehead|total", re.IGNORECASE)
# A figure right after a verb: the verb's own ("shells 30% of X and controls 3% of it").
_FIGURE_NEXT_RE = compiled(
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|over|just|only|still|now|more\s+than"
    r"|less\s+than)\s+)*(?:\d|(?:a|one)\s+(?:third|quarter|half|fifth|tenth)\b|half\b"
    r"|(?:two|three|four)[\s-](?:thirds|quarters|fifths)\b|all\s+of\b|the\s+(?:entire|whole)\b)",
    re.IGNORECASE,
)
# A state or verb after the figure that is of the rest of the unit: "5% (the rest under
# Ukrainian control)", "5%, with the remainder in Ukrainian hands", "5% (Ukraine holds the
# rest)": not the figure's ("5% of X, the rest being contested, is occupied": past the aside).
_REST_RE = compiled(r"\b(?:rest|remainder)\b[^,;()]*$", re.IGNORECASE)
_THE_REST_RE = compiled(r"\s+(?:all\s+)?(?:of\s+)?the\s+(?:rest|remainder)\b", re.IGNORECASE)
_FULL_RE = compiled(r"(?:(?:full|complete|total)\s+)?(?:control|hold|grip)\b", re.IGNORECASE)
_CONTROL_OF_RE = compiled(r"\s+control\s+(?:of|over)\b", re.IGNORECASE)
# The object of the relative clause after it: "some 70 percent of which Russian forces hold".
_FRONTED_RE = compiled(r"\s*(?:of\s+which|which|that)\b", re.IGNORECASE)


# Between a figure's place and the state that follows it: "(that is) still", "now", "".
_STILL_RE = compiled(
    r"\s*(?:(?:that|which)\s+)?(?:(?:is|are|remains?|was|were)\s+)?(?:(?:still|now|currently)\s+)?",
    re.IGNORECASE,
)
# A verb of holding in the present tense: what a relative clause says is held now.
_PRESENT_RE = compiled(
    r"(?:holds?|controls?|occup(?:y|ies)|remains?|keeps?|retains?|is|are)\b", re.IGNORECASE
)


def nearest_cue(share, cues: list[Cue], lo: int, hi: int, actors=()) -> Cue | None:
    """The cue before the share nearest to it in its window, else the first after it that no
    side named between makes another clause's verb ("... and 80% of X, and Ukraine controls a
    third of Y": "controls" is Ukraine's, of Y; "80% of X and 99% of Y are occupied": of both)."""
    s0 = share.sentence.start
    rel_start, rel_end = share.start - s0, max(share.end, share.target_end) - s0
    own = (rel_start, share.end - s0)
    # not a cue of the share's own words; one that starts before them may run through them
    # ("under the full control of the RSF")
    window = [c for c in cues if lo <= c.start < hi and not (own[0] <= c.start < own[1])]
    # not the verb of an aside on another word before it ("That includes parts of X, which
    # Ukraine liberated in 2022, and around 78% of Y"; "... Kramatorsk, now under Russian
    # control, and about 22% of Y")
    text = share.sentence.text
    before = [
        c for c in window if c.start < rel_start and not aside_on_another(text, c.start, rel_start)
    ]
    itself = (share.totality and _FULL_RE.match(share.text)) or (
        share.numeric and _CONTROL_OF_RE.match(text, own[1])
    )
    if itself and not (before and max(before).kind == "neg"):
        # "has full (99 percent) control of": the share's own phrase is its verb ("does not
        # have full control of" stays negated).
        before.append(Cue(rel_start, rel_start, "verb", share.text, False))
    # not "leaving Ukraine with" after it: that verb's share is the one after "with"; nor "its
    # share" (", bringing its share to 70%"): the figure after it is its own
    after = [
        c for c in window
        if c.start >= rel_end and c.kind != "left" and not _SHARE_WORD_RE.fullmatch(c.word)
        and not _FIGURE_NEXT_RE.match(text, c.end)  # "... and controls 3% of it": that one's
        and not _REST_RE.search(text, rel_end, c.start)  # "5% (the rest under Ukrainian control)"
        and not _THE_REST_RE.match(text, c.end)  # "5% (Ukraine holds the rest)"
    ]  # fmt: skip
    verb = [c for c in window if own[1] <= c.start <= own[1] + 8]
    if share.adverb and verb and not (before and max(before).kind == "neg"):
        return min(verb)  # "had fully liberated X": the verb the adverb is of
    state = [c for c in window if own[1] <= c.start <= own[1] + 1 and c.kind in ("ru", "ua")]
    if state and share.target_end <= share.end and not (before and max(before).kind == "neg"):
        # "X, whose right bank was liberated in 2022, remains 75% occupied": the figure's own
        # state, not a verb before it in an aside
        return min(state)
    asides = insertions(share.sentence.text) if share.subject else ()
    after_plain = [c for c in after if not any(a <= c.start < b for a, b in asides)]
    if share.subject and after_plain:
        # "..., and 70% is still occupied": its own verb, after it (past an aside: "70% of X,
        # which Ukraine once held, is now occupied")
        return min(after_plain)
    two = sides()
    if (
        after
        and (min(after).kind in ("ua", "ru") or REDUCED_RE.match(text, min(after).start))
        and _STILL_RE.fullmatch(text, rel_end, min(after).start)
    ):
        # "focused on the 30% of Donetsk still in Ukrainian hands", "would need years to capture
        # the 30% of X still held by Ukraine": the state of the figure's place, right after it,
        # not a verb before
        return min(after)
    if (
        after
        and (_PRESENT_RE.match(min(after).word) or min(after).kind == "neg")
        and relative_on(text, rel_end, min(after).start, two)
    ):
        # "hopes to take the 30% of X that Ukraine still holds": what is held now, not sought;
        # "Kyiv holds A, in the 20% of X that Russia has yet to capture": what is not held
        return min(after)
    if _FRONTED_RE.match(text, share.end - s0):
        # "70 percent of which Russian forces hold": the relative clause's verb, up to its end
        # ("all of which it wants": no verb of holding, whatever the verb before)
        end = text.find(",", share.end - s0)
        inside = [c for c in after if end < 0 or c.start < end]
        return min(inside) if inside else None
    if before:
        cue = max(before)
        # "Ukraine controls A, and Russia bombards 40% of B": a side after the verb with a verb
        # of its own that is no cue heads another clause, whose figure the verb before is not of
        # (a side's name with no verb of holding too: "Kyiv shells")
        named = (*actors, *named_sides(text, sides()))
        return None if _another_subjects_verb(text, named, cue.end, rel_start) else cue
    asides = asides or insertions(share.sentence.text)
    after = [
        c for c in after
        if relative_on(text, rel_end, c.start, two)  # "the 30% of X Ukraine still holds"
        or not any(
            rel_end <= at < c.start and not any(a <= at < b for a, b in asides)
            for at, _ in actors
        )
    ]  # fmt: skip
    return min(after) if after else None


# A side's name (and its forces' noun), then a verb of its own: "Russia bombards", "the RSF
# also shells" (not a hedge or a word of a gapped figure: "and Ukraine about 30%", "Ukraine's
# army 30%"; nor a source's saying: "..., Kyiv says, ...").
_SUBJECTS_VERB_RE = compiled(
    r"(?:[Tt]he\s+)?[\w'’-]+(?:\s+(?:forces|troops|army|military|soldiers|units|fighters))?\s+"
    r"(?:(?:also|now|still|then|reportedly|repeatedly|routinely)\s+)?"
    r"(?!(?:about|around|roughly|some|nearly|almost|over|just|only|more|less|the|a|an|and|or|of"
    r"|with|at|in|to|for|from|on|by|says?|said|estimates?|estimated|reports?|reported|insists?"
    r"|notes?|noted|believes?|thinks?|argues?|puts?|per|percent|forces|troops|is|are|was|were"
    r"|has|have|had|be|been|remains?|officials|sources|authorities|analysts|experts|commanders"
    r"|soldiers|units|fighters|positions|lines|gains|losses|advances|estimates|figures|maps"
    r"|defenders|defences|defenses|gets|lies|sits)\b)[a-z]+(?:s|ed)\b"
)
_BY_RE = compiled(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # a passive's agent


def _another_subjects_verb(text: str, actors, lo: int, hi: int) -> bool:
    """Whether a side named between ``lo`` and ``hi`` (a verb of holding's end and a figure),
    not in an aside, is the subject of a verb of its own there."""
    return any(
        lo <= at < hi
        and not aside_on_another(text, at, hi)
        and not _BY_RE.search(text, max(0, at - 8), at)
        and _SUBJECTS_VERB_RE.match(text, at, hi) is not None
        for at, _ in actors
    )
