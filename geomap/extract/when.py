"""When a share is given for: now ("currently", "as of"), a past time ("at the beginning of the
war", "last year"), or a date the text names ("in March 2024"); and whether a statement of
holding is of the text's date (:func:`statement_time`)."""

from __future__ import annotations

import datetime as dt
import re

from geomap.dates import MONTH_NAMES
from geomap.extract import scan
from geomap.extract.asides import insertions, relative_clause_of, without_insertions
from geomap.extract.clauses import clause_of, find_clauses
from geomap.extract.gains import SPAN_COUNT
from geomap.extract.sources import SAY_OR_CLAIM
from geomap.extract.text import join
from geomap.patterns import compiled

NOW_RE = compiled(
    # "as of" a date: that date says (see time)
    r"\b(?:now|currently|current|at\s+present|presently|at\s+the\s+moment|today"
    r"|as\s+of(?!\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:«MONTH»|\d))"
    r"|to\s+date|so\s+far|this\s+week|still|latest|at\s+the\s+time\s+of\s+(?:writing|publication)"
    # "15% remains under Ukrainian control": as "still"
    r"|remains|remain(?=\s+(?:in|under|with|held)\b)"
    # "has been under its control (ever) since": since a time earlier, and until now
    # "... in March and has since retaken all of X": to this day
    r"|ever\s+since|since\s+then|since(?=\s*(?:[.;,)]|$))|(?<=\bhas\s)since|(?<=\bhave\s)since)\b".replace(
        "«MONTH»", "|".join(MONTH_NAMES)
    ),
    re.IGNORECASE,
)


_PAST_RE = compiled(
    r"\b(?:at\s+the\s+(?:beginning|start|outset)"
    # "before the 2022 invasion", "before Russia's full-scale invasion", "in the first weeks of
    # the war", "when Russia invaded"
    # "before the liberation of Kherson city", "until the counteroffensive"
    r"|(?:before|until)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:invasion|war|(?:counter-?)?"
    r"offensive|liberation|recapture|withdrawal|retreat|fall)\b(?!\s+(?:ends?|is\s+over|finish\w*"
    r"|concludes?|starts?|begins?))"  # not "before the war ends": a time to come
    r"|(?:in|during)\s+the\s+(?:(?:war|invasion)['’]s\s+)?(?:first|early|opening)\s+(?:days|weeks"
    r"|months|year|stages?|phase)"
    # "Back then, Russia held ..."
    r"|back\s+then"  # (not "by then": the time the text named last, maybe now)
    # "early in the war", "shortly after the (full-scale) invasion"
    r"|(?<!\bsince\s)early\s+(?:in|on)\s+(?:the\s+)?(?:war|invasion|conflict|fighting)"
    r"|(?<!\bsince\s)(?:shortly|soon|just|immediately|days|weeks)\s+after\s+(?:the\s+)?(?:(?:full[-\s]scale|2022"
    r"|Russian)\s+)?(?:invasion|war\s+(?:began|started|broke\s+out))"
    # "X, which the militia held for a year": a holding that lasted, then ended (not "has
    # held for a year", "has been held for", "has now held for")
    r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bbeen\s)(?<!\bnow\s)\b(?:held|controlled|occupied|ruled)\s+"
    r"(?:[\w'’%.,-]+\s+){0,7}?for\s+(?:(?:more\s+than|over|nearly|almost|about|some|just)\s+)?"
    rf"(?:a|{SPAN_COUNT})\s+(?:years?|months?|weeks?|days?)\b"
    # "took 70% of X within days of the invasion"
    r"|within\s+(?:(?:a\s+few|several|two|three)\s+)?(?:hours|days|weeks|months)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:invasion|war)\b"
    r"|when\s+(?:[\w'’-]+\s+){1,3}?(?:invaded|began|started)"
    r"|prior\s+to|ago|initially|previously|formerly|used\s+to"
    # "earlier this year", not when it was said: "Pushilin said earlier that ...", "earlier told"
    r"|(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bstated\s)(?<!\bclaimed\s)(?<!\breported\s)"
    r"(?<!\bannounced\s)earlier(?!,?\s+(?:(?:the\s+)?[\w'’-]+\s+){0,6}?(?:said|told|stated|claimed"
    r"|reported|announced|wrote)\b)"  # "Earlier, the Russian Defense Ministry reported ..."
    # "Russia once held 80% of X", "at one point"; not "at once", "once again", "once more"
    r"|(?<!\bat\s)once(?!\s+(?:again|more|and\s+for\s+all)\b)|at\s+one\s+(?:point|time|stage)"
    r"|at\s+(?:its|their|the)\s+(?:height|high)(?:\s+of)?"
    # "retook Sennar State, where the RSF had held 60%": a state before the retaking
    r"|(?:where|which)\s+(?:[\w'’-]+\s+){1,3}?had\s+(?:(?:once|long|previously)\s+)?(?:held"
    r"|controlled|occupied|kept)"
    r"|at\s+the\s+time(?!\s+of\s+(?:writing|publication|going\s+to\s+press))"
    r"|back\s+in\s+(?:(?:19|20)\d\d|the\s+(?:spring|summer|autumn|fall|winter)|«MONTH»)"
    # "By the end of that year, Ukraine had retaken ...": a year named before, not this one
    r"|(?:in|by|during|throughout|later|until|(?:end|start|beginning|middle|spring|summer|autumn"
    r"|winter)\s+of)\s+that\s+(?:year|month|spring|summer|autumn|fall|winter)"
    r"|at\s+(?:its|their|the)\s+peak|(?<!\bsince\s)last\s+(?:year|spring|summer|autumn|fall|winter)|(?:down|up)\s+from)\b".replace(
        "«MONTH»", "|".join(MONTH_NAMES)
    ),  # "back in 2022", not "back in army hands"
    re.IGNORECASE,
)


_DATE_RE = compiled(
    # "as of 1 December", "on December 1"
    r"\b(?P<prep>[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Aa]s\s+of|[Uu]ntil)?\s*(?:(?P<day0>\d{1,2})\s+)?(?P<month>"
    + "|".join(MONTH_NAMES)
    + r")\b(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"|\b(?P<prep2>[Ii]n|[Ss]ince|[Uu]ntil|[Aa]t|[Bb]y|[Bb]efore|[Aa]s\s+of|[Dd]uring|[Tt]hroughout"
    r"|(?:[Ff]or\s+)?(?:most|much|all|part)\s+of)\s+"
    # "in 2023", "in spring 2022", "in late 2023", "at the end of 2023", "in the summer of 2024"
    r"(?:(?:early|late|mid)[\s-]+)?(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|start|end"
    r"|beginning|middle|first\s+half|second\s+half)\s+(?:of\s+)?)?(?P<year2>(?:19|20)\d\d)\b"
)


_A_YEAR = dt.timedelta(days=366)
_A_MONTH = dt.timedelta(days=31)
# A date in a "since" phrase: "since El Fasher fell in late October".
_SINCE_BEFORE_RE = compiled(r"\bsince\b[^,;.()]{0,60}$", re.IGNORECASE)


_MAY_MONTH_RE = compiled(
    r"\b(?:in|on|by|since|until|early|late|mid|end\s+of|beginning\s+of|last|this|next)[\s-]*$",
    re.IGNORECASE,
)


# "After the fall of Avdiivka in February, Russia holds ...": the opening phrase dates the event
# the statement comes after, not the statement.
_EVENT_BEFORE_RE = compiled(
    r"\s*(?:(?:and|but)\s+)?(?:after|following|in\s+the\s+wake\s+of)\b[^,;%]{1,150},",
    re.IGNORECASE,
)


# ... and one after a verb in the present tense: "controls all five states after the fall of El
# Fasher in October" (the state is today's; the date is the event's).
_EVENT_AFTER_RE = compiled(
    r"\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?:fall|capture|loss|seizure"
    r"|recapture|retaking|liberation|collapse|withdrawal|surrender)\s+of\b[^,;%]*"
    # "holds less than 1% of X after last year's counteroffensive": the event's time
    r"|\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:the\s+|last\s+(?:year|month|week|"
    r"spring|summer|autumn|winter)['’]s\s+|[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:(?:counter-?)?"
    r"offensive|advance|retreat|withdrawal|pullback|push)\b[^,;%]*",
    re.IGNORECASE,
)
_PRESENT_RE = compiled(
    r"\b(?:holds?|controls?|occup(?:y|ies)|remains?|is|are|has|have|now)\b", re.IGNORECASE
)


def time(text: str, as_of: dt.date | None) -> tuple[int, str, dt.date | None]:
    """The time beside a figure: (-1 for each mark of an earlier time, +1 for a date close to
    the text's or "as of"; what was seen; the latest date mentioned). An opening phrase such as
    "After the fall of X in May," is passed over: it dates an event, not the figure."""
    event = _EVENT_BEFORE_RE.match(text)
    if event:
        text = text[event.end() :]
    after = _EVENT_AFTER_RE.search(text)
    if after and _PRESENT_RE.search(text, 0, after.start()):
        # "Russia holds 65% of X after the fall of Avdiivka in February": the event's date
        text = text[: after.start()] + text[after.end() :]
    score = 0
    note = ""
    latest = None
    past = scan.search(_PAST_RE, text)
    if (
        past
        and past.group()[:4].lower() == "last"
        and _SINCE_BEFORE_RE.search(text, max(0, past.start() - 80), past.start())
    ):
        past = None  # "Since Ukraine's defeat last year, Moscow controls": until now
    if past:
        score -= 1
        note = f"'{past.group()}' marks an earlier time"
    for m in _DATE_RE.finditer(text):
        prep = (m.group("prep") or m.group("prep2") or "").casefold()
        # "before 2022": a time before that year began
        day = _resolve_date(m, as_of, earliest=prep == "before")
        if _since(m):
            prep = "since"  # "has held it since El Fasher fell in October": to this day
        if day and not prep.startswith("since"):
            latest = max(latest or day, day)
        if (day and as_of and day >= as_of - _A_MONTH) or (
            prep.startswith("as") and not (day and as_of and day < as_of - _A_YEAR)
        ):  # "as of" a date: the latest the text gives, unless a year or more before it ("As of
            # March 2022, ..." in a text of 2025 is of then)
            score += 1
        elif day and as_of and not prep.startswith("since"):
            score -= 1
            note = join(note, f"'{m.group().strip()}' is earlier than the text")
    return score, note, latest


def _resolve_date(m: re.Match, as_of: dt.date | None, earliest: bool = False) -> dt.date | None:
    """The date a match of a date stands for: its last day (a year's, a month's), or with
    ``earliest`` its first."""
    if m.group("year2"):
        year = int(m.group("year2"))
        if earliest:
            return dt.date(year, 1, 1)
        return dt.date(year, 12, 31) if not as_of or year != as_of.year else as_of
    month = MONTH_NAMES.index(m.group("month")) + 1
    given = m.group("day") or m.group("day0")  # the day of the month, if given
    if m.group("month") == "May" and not (given or m.group("year") or m.group("prep")):
        # "May" alone may be a name ("Theresa May said"): a month only after "in late", "by"...
        before = m.string[max(0, m.start("month") - 24) : m.start("month")]
        if not _MAY_MONTH_RE.search(before):
            return None
    day = min(int(given or 28), 28)
    first = min(int(given or 1), 28) if earliest else day  # its first day, or the day
    if m.group("year"):
        return dt.date(int(m.group("year")), month, first)
    if as_of is None:
        return None
    # A month without a year is the last one of that name up to the text's date: "in June",
    # written in January, is last June; written on 20 June, this June, up to that day.
    if given:
        year = as_of.year if dt.date(as_of.year, month, day) <= as_of else as_of.year - 1
    else:
        year = as_of.year if month <= as_of.month else as_of.year - 1
    return min(dt.date(year, month, first), as_of)


# A verb of a state, not an event: "controls", "held", "is under ... control", "RSF-held".
# the first words of _STATE_RE's past forms ("had been under", "RSF-held")
_PAST = frozenset({"controlled", "held", "was", "were", "had"})
_PERFECT_RE = compiled(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "has (long) held"
_STATE_RE = compiled(
    r"(?:\w+-)?(?:controls?|controlled|holds?|held|in\s+control|under)\b"
    r"|in\s+[\w'’-]+\s+hands\b"  # "X, in RSF hands until January, ..."
    # "had control of X" is a state as "controlled X" is
    r"|(?:has|have|had)\s+(?:(?:full|complete|total|effective|firm)\s+)?control\b"
    r"|(?:is|are|remains?|was|were"
    # (an adverb between, not a participle: "was seized in 2014" is an event)
    r"|(?:has|have|had)\s+been)\s+(?:(?!\w+(?:ed|en)\s)\w+\s+)?(?:under|held|controlled|in)\b",
    re.IGNORECASE,
)
# "..., but lost it to the army", "before losing them", "lost it ... before retaking it": the
# units changed hands again after.
_LOST_AFTER_RE = compiled(
    r"\b(?:but|before|only\s+to|and)\s+(?:(?!not\b|never\b|yet\b)\w+\s+){0,2}?(?:lost|losing"
    r"|lose|ceded|abandoned"
    r"|was\s+driven\s+(?:out\s+of|from)|withdrew\s+from|retook|retak\w+|recaptur\w+"
    r"|regain\w*|re-?took|(?:took|taking|take|won|winning|win)\s+back)\s+(?:control\s+of\s+)?"
    r"(?:it|them)\b|\b(?:but|before|only\s+to|and)\s+(?:\w+\s+){0,2}?"
    r"(?:took|taking|take|won|winning|win)\s+(?:it|them)\s+back\b"
    # "..., before retreating weeks later", "but were forced to withdraw", "but were expelled a
    # year later": the holder left
    r"|\b(?:but|before|only\s+to|and\s+then|then)\s+(?:\w+\s+){0,3}?(?:retreat\w*|withdr[ae]w\w*"
    r"|pull(?:ed|ing)?\s+(?:out|back)|(?:being|been|was|were)\s+(?:(?:later|then|eventually|soon)\s+)?"
    r"(?:(?:driven|pushed|forced|kicked|chased)\s+(?:out|back)|expelled|ousted|routed|evicted"
    r"|dislodged)"
    r"|(?:were|was)\s+forced\s+to\s+(?:withdraw|retreat|leave)|abandon\w*)\b"
    # "X was seized by Russia in 2022 and later partly liberated": a part taken back since
    r"|\band\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|has\s+|have\s+)?(?:(?:later|then"
    r"|since|eventually|subsequently)\s+)?(?:(?:partly|partially|largely|mostly|in\s+part)\s+"
    r"(?:liberated|retaken|recaptured|freed|regained|lost)\b|lost\s+(?:part|parts|much|most)\s+of\s+it\b)"
    # ... "then lost parts of it", "but Ukraine recovered the regional capital"
    r"|\b(?:but|then)\s+(?:(?:later|eventually|subsequently)\s+)?lost\s+(?:part|parts|much|most)\s+of"
    r"\s+it\b|\b(?:but|then)\s+(?:[\w'’-]+\s+){1,3}?(?:recovered|retook|recaptured|liberated|regained)"
    r"\s+(?:the\s+|its\s+)?(?:regional|state|provincial|oblast)\s+capital\b"
    # "The army held X, which it lost in 2023": a relative clause on the unit, of its holder
    r"|,\s*which\s+(?:it|they)\s+(?:(?:later|then|eventually|soon|subsequently)\s+)?(?:lost"
    r"|ceded|abandoned|surrendered|gave\s+up)\b(?![^,;.]*\band\s+(?:\w+\s+){0,2}?(?:retook|recaptured"
    r"|regained|(?:took|won)\s+(?:it|them)?\s*back)\b)",  # (not "... and retook in 2025")
    re.IGNORECASE,
)
# The unit's own verb after a relative clause on it, saying it changed hands again: "X, which
# the RSF captured in December, was retaken weeks later".
_LOST_AGAIN_RE = compiled(
    r"[^,;.()]*,\s*(?:was|were|(?:has|had|have)\s+(?:since\s+|now\s+)?been)\s+(?:(?:later|then|soon"
    r"|quickly|eventually|since|fully|swiftly)\s+)?(?:liberated|retaken|recaptured|freed|regained"
    r"|won\s+back|taken\s+back|lost)\b",
    re.IGNORECASE,
)
# The taking named by its noun, then undone: "The RSF's capture of X was reversed in January",
# "... in 2023 was followed by its recapture by the army".
# A relative clause in the past perfect on what another statement is of: "..., which the army had
# seized in May", "where the RSF had long held sway" (not "said it had taken": what was said).
_HAD_IN_A_RELATIVE_RE = compiled(
    r",\s*(?:which|where|that|whom)\s+(?:(?!said\b|says\b|announced\b|claimed\b|reported\b)"
    r"[\w'’-]+\s+){0,4}?had\s+(?:(?:\w+ly|already|once|long|just|been)\s+)?$",
    re.IGNORECASE,
)
_UNDONE_RE = compiled(
    r"[^.;,]{0,60}?\b(?:was|were|has\s+been|had\s+been|proved)\s+(?:later\s+|soon\s+|quickly\s+)?"
    r"(?:reversed|undone|short-lived|followed\s+by\s+(?:its|their|the)\s+(?:re(?:capture|taking)"
    r"|liberation|loss))\b",
    re.IGNORECASE,
)


# Words of a later time between "and" and a predicate joined to another ("... and later
# returned to army control", "... and was eventually retaken")
LATER_WORDS = ("later", "then", "eventually", "subsequently", "soon", "quickly", "finally")
LATER = "|".join(LATER_WORDS)
# A predicate of taking joined by "and" after another ("controls A and took B in 2023", "holds
# 70% of X and took Y in 2024"): its time is its own.
_JOINED_TAKING = (
    r"\band\s+(?=(?:(?:then|later|also)\s+)?(?:took|seized|captured|retook|recaptured|regained"
    r"|overran|lost|won|gained)\b"
    # ... or a passive one, or a fall: "was seized in 2023 and was later retaken in 2025"
    rf"|(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:(?:{LATER})\s+)?"
    r"(?:retaken|recaptured|regained|seized|captured|overrun|lost|liberated|freed|fell|returned)\b)"
)
JOINED_TAKING_RE = compiled(_JOINED_TAKING, re.IGNORECASE)
# A clause joined to the one before by ", and": "X fell to the army in January, and Y remains
# under RSF control" (the date is X's).
_AND_CLAUSE_RE = compiled(
    r",\s+and\s+(?=(?:the\s+)?[A-Z]|(?:it|they|its|their)\s)"
    # ... or a predicate of now after one of another time: "retook A in May and holds B"
    r"|\band\s+(?=(?:(?:now|still|also)\s+)*(?:holds|controls|retains|keeps|runs|rules|occupies"
    r"|dominates|governs)\b)|"
    + _JOINED_TAKING  # ... and one of an event after a state: "controls A and took B in 2023"
)


def _own_clause(text: str, start: int) -> tuple[int, int]:
    """The clause of a statement at ``start``: its clause, from after the last ", and" before
    it that opens one with a subject of its own (or "and" before a verb of holding in the
    present, or of taking: "retook A in May and holds B", "holds A and took B in 2023"), up to
    the first after it ("It controls A and B, and
    it retook C in 2024": the date is C's), or a relative clause after it that ends the clause."""
    lo, hi = clause_of(find_clauses(text), start)
    for joined in _AND_CLAUSE_RE.finditer(text, lo, hi):
        if joined.start() >= start:
            hi = joined.start()
            break
        lo = joined.end()
    # ... from the "and" that joins its predicate to the one before ("X fell to the army in 2023
    # and is now under RSF control": not 2023)
    if own := JOINED_BEFORE_RE.search(text, lo, start):
        lo = own.start()
    # ... but not a relative clause on its object that runs to the clause's end ("holds East
    # Darfur, whose capital fell in November 2023": the fall's date, not the holding's)
    relative = _RELATIVE_AFTER_RE.search(text, start, hi)
    if relative is not None and not any(a == relative.start() for a, _ in insertions(text)):
        hi = relative.start()
    return lo, hi


# "... and (later, now, has been) ": the "and" that joins a predicate to the one before it
JOINED_BEFORE_RE = compiled(
    rf"\band\s+(?:(?:{LATER}|now|still|since|has|have|had|been|was|were|is|are)\s+)*$",
    re.IGNORECASE,
)
_RELATIVE_AFTER_RE = compiled(r",\s*(?:where|which|whose)\b", re.IGNORECASE)


def statement_dates(
    text: str, start: int, as_of: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The date of a statement at ``start`` of a sentence, as its first and its last day ("in
    2024": 1 January and 31 December): the first date its clause names after it ("retook
    Gezira State in January 2025, months after ... in 2023"), else the last before it ("In
    January 2025, the army retook ..."), its asides aside; (None, None) for none."""
    lo, hi = _own_clause(text, start)
    phrase = without_insertions(text, start)

    def dated(a: int, b: int) -> list[re.Match]:  # not "since 2023": that is no event's date
        # (but "... since the RSF took over the state in December 2023": the taking's own date)
        return [
            m for m in _DATE_RE.finditer(phrase, a, b)
            if not _since(m, start if a == start else 0) and _resolve_date(m, as_of)
        ]  # fmt: skip

    after, before = dated(start, hi), dated(lo, start)
    m = after[0] if after else (before[-1] if before else None)
    return (None, None) if m is None else (_resolve_date(m, as_of, True), _resolve_date(m, as_of))


def since_dates(
    text: str, start: int, as_of: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """For a statement at ``start`` held "since" a date its clause names ("has held it since
    early 2025"): that date's first day and the text's date (it holds it from then to now);
    (None, None) for none."""
    lo, hi = _own_clause(text, start)
    phrase = without_insertions(text, start)
    m = next((m for m in _DATE_RE.finditer(phrase, lo, hi) if _since(m, lo)), None)
    first = _resolve_date(m, as_of, True) if m else None
    return (first, as_of) if first else (None, None)


def _since(m: re.Match, after: int = 0) -> bool:
    """Whether a date is in a "since" phrase ("since 2023", "since El Fasher fell in October"),
    one that opens after ``after``."""
    prep = (m.group("prep") or m.group("prep2") or "").casefold()
    return prep == "since" or bool(
        _SINCE_BEFORE_RE.search(m.string, max(after, m.start() - 80), m.start())
    )


# A state in the past perfect ("Since 2014, separatists had held a third of X"): held until a
# time past, "since" or not; but not in reported speech, whose past perfect is today's
# ("Officials said Russia had occupied 70% of X").
_HAD_HELD_RE = compiled(
    r"\bhad\s+(?:(?:once|long|previously|already)\s+)?(?:held|controlled|occupied)\b(?!\s+out\b)",
    re.IGNORECASE,
)
_REPORTED_RE = compiled(
    rf"\b(?:{SAY_OR_CLAIM}|tells|states|believed?s?|estimated?s?|noted|argued|according\s+to"
    r"|acknowledged|admitted|conceded|confirmed|reported|announced|warned|wrote)\b",
    re.IGNORECASE,
)


def past_perfect(text: str, phrase: str) -> str:
    """Why a figure or statement whose ``phrase`` (of sentence ``text``) is in the past perfect
    is of an earlier time, or "" (none, or reported speech)."""
    had = _HAD_HELD_RE.search(phrase)
    if had is None or _REPORTED_RE.search(text):
        return ""
    return f"'{had.group()}' marks an earlier time"


def statement_time(text: str, start: int, end: int, as_of: dt.date | None) -> str:
    """Why a statement at ``start``–``end`` of a sentence is not of the text's date: the
    sentence says the unit changed hands after ("..., but lost it to the army", "... before
    retaking it", "X, which the RSF captured, was retaken"), or, for a state ("controlled",
    "was under army control"; not an event such as "took control of", whose outcome lasts),
    its clause dates it earlier ("held Gezira State in 2024"); or ""."""
    lost = (
        _LOST_AFTER_RE.search(text, end)
        or _UNDONE_RE.match(text, end)
        or _LOST_AGAIN_RE.match(text, end)
    )
    if lost:
        return f"changed hands again after ('{' '.join(lost.group().split())}')"
    if before := _HAD_IN_A_RELATIVE_RE.search(text, max(0, start - 80), start):
        # "The RSF retook X, which the army had seized in May": before the clause it is on
        return f"before the statement it is said of ('{' '.join(before.group().split())}')"
    if not (state := _STATE_RE.match(text, start, end)):
        return ""
    if relative := relative_clause_of(text, start):
        # "The RSF, which held X in 2024, now holds Y": a relative clause's date is its own;
        # "The army, which controls X, moved there in 2023": and so is its present
        past, note, _ = time(text[relative[0] : relative[1]], as_of)
        if past < 0:
            return f"describes an earlier time, not the text's date ({note})"
        verb = state.group().split()[0].lower().rsplit("-", 1)[-1]
        if verb not in _PAST or _PERFECT_RE.search(text, max(0, start - 20), start):
            return ""
    lo, hi = _own_clause(text, start)
    # "The RSF, which formed in 2013, holds ...": an aside's dates are not the statement's; a
    # statement in an aside has its own ("X, held by the RSF until last year, is now calm")
    aside = (
        None if relative else next(((a, b) for a, b in insertions(text) if a <= start < b), None)
    )
    phrase = text[aside[0] : aside[1]] if aside else without_insertions(text, start)[lo:hi]
    if perfect := past_perfect(text, phrase):
        return f"describes an earlier time, not the text's date ({perfect})"
    past, note, _ = time(phrase, as_of)
    if past < 0 and not NOW_RE.search(phrase):
        return f"describes an earlier time, not the text's date ({note})"
    return ""
