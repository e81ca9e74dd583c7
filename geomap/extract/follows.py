"""What follows a share in its sentence: its own verb, where the share is its clause's subject
("70% is still occupied", "The rest, about 75%, is occupied", "70% of X, which Ukraine once held,
is now occupied"), and an exception after a whole ("all of Darfur except ...", "fully controls X,
except for a few villages")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from geomap.extract.asides import LEFT_OUT, insertions, without_insertions
from geomap.extract.exceptions import (
    BUT_A_NAME_RE,
    EXCEPT_RE,
    EXCEPTION_WORDS,
    FRONTED_RE,
    PART_AHEAD,
    clause_end,
    except_units,
    set_against,
)
from geomap.extract.without_of import SUBJECT_OF_RE
from geomap.patterns import compiled

if TYPE_CHECKING:
    from geomap.extract.shares import Share
    from geomap.extract.text import Mention


# An exception later in the clause of a share said whole ("fully controls X, except for a few
# villages", "returned all of X to Ukrainian control, except ...").
_LATER_EXCEPTION = (
    rf"(?:{EXCEPTION_WORDS}|save\s+for|but\s+for|with\s+the\s+exception\s+of"
    rf"|(?:bar|save){PART_AHEAD})\b"
)
_LATER_EXCEPTION_RE = compiled(rf",\s*{_LATER_EXCEPTION}", re.IGNORECASE)
# ... after the verb of a whole that is its clause's subject, a comma or none: "All of Darfur is
# under RSF control except Tawila"
_SUBJECTS_EXCEPTION_RE = compiled(rf"(?:,\s*|\s+){_LATER_EXCEPTION}", re.IGNORECASE)


def _later_exception(text: str, after: int, subject: bool) -> re.Match | None:
    """The exception within the next 200 characters of the clause after ``after``, or None;
    ``subject``: the whole is its clause's subject (no comma needed before the exception)."""
    pattern = _SUBJECTS_EXCEPTION_RE if subject else _LATER_EXCEPTION_RE
    return pattern.search(text, after, clause_end(text, after, after + 200))


# Between a whole and the figure it leaves out: "all of it but 20%", "the entire region except 1%"
_BUT_A_FIGURE_RE = compiled(rf"\s*,?\s*{LEFT_OUT}\s+(?:the\s+)?", re.IGNORECASE)
# A figure set off after the first before their verb: ", and nearly all of Luhansk, is ...".
_AND_ASIDE_RE = compiled(r",\s+and\s+[^,;()]{1,60},\s*")
# Between two figures that are the subjects of one verb: "99% of A and 75% of B are occupied";
# the first starts its clause (not "Russia holds 99% of A and 30% of B is Ukrainian-held").
_JOINED_RE = compiled(r"\s*(?:,\s*)?(?:and|&)\s+|\s*,\s*")
_STARTS_A_CLAUSE_RE = compiled(
    r"(?:^|[,;:(—–]\s*)(?:(?:and|but|while|now|today|currently|meanwhile|still)\s+)?$"
    # ... or what a side says: "Moscow says 99% of A and 80% of B have been liberated"
    r"|\b(?:says?|said|reports?|reported|announced|stated|claims?|claimed|estimates?|estimated"
    r"|believes?|told\s+\w+)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


def what_follows(shares: list[Share], named: list[Mention]) -> dict[int, int]:
    """Read what follows each share: its own verb where the share is its clause's subject ("70%
    is still occupied"), and an exception after a whole ("all of Darfur except ..."). Returns,
    for each share whose verb stands past an aside ("70% of X, which Ukraine once held, is now
    occupied"), where in the sentence that verb is."""
    verb_past_aside: dict[int, int] = {}
    for k, share in enumerate(shares):
        text, s0 = share.sentence.text, share.sentence.start
        after = max(share.end, share.target_end) - s0
        rest = text[after:].lstrip()
        share.subject = bool(SUBJECT_OF_RE.match(rest))
        aside = None if share.subject else _AND_ASIDE_RE.match(text, after)
        if aside and SUBJECT_OF_RE.match(text[aside.end() :]):
            # "More than three-quarters of A, and nearly all of B, is under Russian occupation"
            share.subject, verb_past_aside[k] = True, aside.end()
        elif not share.subject and (verb := _set_off_subject(text, share.start - s0, after)):
            # "only a sliver, under 1%, is in Ukrainian hands": the figure set off after its
            # subject, whose verb follows
            share.subject, verb_past_aside[k] = True, verb
        elif not share.subject and any(a >= after for a, _ in insertions(text)):
            blanked = without_insertions(text, share.start - share.sentence.start)[after:]
            plain = blanked.lstrip(" ,")
            if plain != blanked and SUBJECT_OF_RE.match(plain):
                share.subject = True
                verb_past_aside[k] = after + len(blanked) - len(plain)
        if (
            share.totality
            and share.regions
            and (exception := EXCEPT_RE.match(rest) or BUT_A_NAME_RE.match(rest))
        ):
            except_units(share, exception, named)
        elif (
            (share.adverb or share.totality)
            and share.regions
            and (exception := _later_exception(text, after, share.subject and share.totality))
        ):
            # "X is fully under Ukrainian control, apart from the Kinburn Spit", "returned all of
            # X to Ukrainian control, except one district"
            except_units(share, exception, named)
        elif (
            share.totality
            and share.regions
            and (fronted := FRONTED_RE.match(text))
            and fronted.end() <= share.start - share.sentence.start
        ):  # "Apart from North Darfur, the RSF holds all of Darfur"
            except_units(share, fronted, named, fronted=True)
        if share.totality and share.regions and not share.reason:
            set_against(share, named, after, "")  # "..., but the army still holds El Fasher"
    for share, after_it in itertools.pairwise(shares):
        # "controls all of it but 20%": the whole is what the figure after it leaves out
        s0, text = share.sentence.start, share.sentence.text
        between = _BUT_A_FIGURE_RE.fullmatch(
            text, max(share.end, share.target_end) - s0, after_it.start - s0
        )
        if share.totality and after_it.all_but and between and not share.reason:
            share.reason = f"all but what '{between.group().strip()} ...' leaves out"
    for k in range(len(shares) - 2, -1, -1):
        # "Over 99% of A and more than 75% of B are under Russian control": the subjects of one
        # verb, after the last of them
        share, s0 = shares[k], shares[k].sentence.start
        after, text = max(share.end, share.target_end) - s0, share.sentence.text
        if (
            shares[k + 1].subject
            and _JOINED_RE.fullmatch(text, after, shares[k + 1].start - s0)
            and _STARTS_A_CLAUSE_RE.search(text, max(0, share.start - s0 - 40), share.start - s0)
        ):
            share.subject = True
            if k + 1 in verb_past_aside:
                verb_past_aside[k] = verb_past_aside[k + 1]
    return verb_past_aside


def _set_off_subject(text: str, start: int, after: int) -> int:
    """Where the verb is of a figure set off by commas, brackets or dashes right after its
    subject ("The rest, about 75%, is occupied"), or 0."""
    if text[:start].rstrip()[-1:] not in (",", "(", "—", "–", "-"):
        return 0
    rest = text[after:]
    plain = rest.lstrip().lstrip(",)—–- ")
    if plain == rest.lstrip() or not SUBJECT_OF_RE.match(plain):
        return 0
    return len(text) - len(plain)
