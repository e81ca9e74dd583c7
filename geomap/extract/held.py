"""Statements of control without a figure: "the RSF controls four states: A, B, C and D", "the
army took control of Gezira State", "Kherson region fell to Russian forces".

Each is a figure of its own kind, *held, no share given*: the unit is held by the side the
clause names, and nothing is said of how much of it. Only a named unit counts, with its unit
noun ("Gezira State", "the state of Sennar", "the Luhansk region"), as a group ("Darfur") or in
a list of units: a bare name may be a town ("the RSF seized El Fasher" is a city's fall, not the
state's). "Parts of", "most of" and the like are not statements about the whole, and a clause
that gives a share of the unit says more than this and wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from geomap.extract import (
    handed,
    held_gaps,
    held_words,
    holders,
    put_out,
    relative,
    scan,
    sources,
    units,
    units_before,
    when,
)
from geomap.extract.actors import find_actors, it_subject, main_clause_start
from geomap.extract.antecedents import Antecedent, it_stands_for, the_others
from geomap.extract.asides import insertions, past_an_insertion
from geomap.extract.before import group_of
from geomap.extract.capitals import capitals_taken
from geomap.extract.exceptions import but_those, leave_out, set_against
from geomap.extract.its_year import (
    its_group_after,
    read_taken_then,
    taken_in_its_year,
    taken_then,
)
from geomap.extract.sides import Sides, sides
from geomap.extract.statement import Held, passive, side_of_words, statement
from geomap.extract.targets import names
from geomap.extract.text import Mention, Sentence, Token, nouns
from geomap.extract.unit_words import all_counted, and_later, the_unit, the_unit_before
from geomap.patterns import compiled
from geomap.profile import current, gazetteer
from geomap.regions import Region

# The verb of a statement of control whose object follows it ("the liberated X" is no verb).
ACTIVE = (
    r"(?<!-)(?<!\bthe\s)\b(?:(?:holds?|held)\s+sway\s+(?:over|in|across)"
    r"|(?:holds?|held)\s+on(?:to|\s+to)|cl(?:ings?|ung)\s+on(?:to|\s+to)"  # "has held on to X"
    r"|controls?|controlled|holds?|(?<!been\s)held"
    # "The RSF has ruled West Darfur since mid-2023", "the army retains River Nile State"
    r"|(?:rules?|ruled)(?:\s+over)?|dominates|(?<=s\s)dominate"
    r"|retain(?:s|ed)(?!\s+(?:(?:its|their|firm|full)\s+)?(?:control|hold|grip|foothold)\b)"
    r"|administers|administered|governs|governed|possesses|possessed"  # as "controls"
    # "The RSF runs East Darfur", "has run it since 2023" (not "runs through", "runs the risk")
    r"|(?:runs|(?<=has\s)run|(?<=have\s)run)(?=\s+(?!(?:through|across|along|from|into|to|out|for"
    r"|the\s+risk|risks|a|an|its|their|several|some|many)\b))"
    r"|in\s+(?:full\s+)?possession\s+of"
    # "The RSF accuses the army of seizing Gezira State": the one accused (see statement.py)
    r"|(?<=\sof\s)(?:seiz|captur|occupy|hold|controll)ing"
    # "..., after retaking Sennar State in the south": the subject's, done
    r"|(?<=\bafter\s)(?:seiz|captur|recaptur|retak|liberat)ing"
    r"|occupies|(?<=\s)occupy"  # "Russia occupies the Luhansk region" (its past is an event's,
    r"|(?<=has\s)occupied|(?<=have\s)occupied"  # but "has occupied Crimea since 2014" a state)
    r"|(?:(?:took|taken|takes|seized|seizes|gained"
    r"|regained|retook|retaken|assumed|wrested|established|consolidated"
    r"|(?<!falsely\s)(?<!wrongly\s)claim(?:s|ed)"
    r"|regains|gains|retakes|assumes|wrests|establishes|consolidates"  # a headline's tense
    # a clause of what came of the one before: "Army troops entered Wad Madani, regaining ..."
    r"|(?<=,\s)(?:taking|seizing|gaining|regaining|retaking|assuming|wresting|establishing))"
    r"(?:\s+back)?"  # "wrested back control of", "took back control of"
    r"|in)(?:\s+(?:firm|full|complete|total|effective|sole|overall))?\s+control[’'\"”]?\s+(?:of|over)"
    r"|(?<=\s)(?:is|are|remains?)\s+(?:(?:firmly|fully|now|still)\s+)?in\s+control\s+in"
    # "The RSF has control over X" ("has full control of X": all of it, a share of 100%)
    r"|(?:has|have|had)\s+(?:(?:effective|firm|sole|overall)\s+)?control\s+(?:of|over)"
    # "completed its takeover of East Darfur State"
    r"|complet(?:ed|es|ing)\s+(?:(?:its|their|the)\s+)?(?:takeover|capture|recapture|seizure|conquest"
    r"|liberation|control)\s+of"
    # "the army announced the full liberation of Sennar State"
    r"|(?:announced|announces|declared|declares|celebrated|reported|reports|confirmed|confirms"
    r"|proclaimed)\s+(?:\w+\s+){0,3}?(?:the\s+)?[\"“'‘]?(?:full\s+"
    r"|complete\s+|total\s+)?liberation[\"”'’]?\s+of"
    # "retains control of X", "has consolidated its hold over X", "tightened its grip on X"
    r"|(?:retain|maintain|keep)(?:s|ed|ing)?\s+(?:(?:its|their|firm|full)\s+)?control\s+(?:of|over)"
    r"|kept\s+(?:(?:its|their|firm|full)\s+)?control\s+(?:of|over)"
    # "still maintains its hold (grip) on X", "... its foothold across most of the north,
    # including A and B" (not "keeps a foothold in X": a presence, no hold of X)
    r"|(?:(?:retain|maintain|keep)(?:s|ed|ing)?|kept)\s+(?:(?:its|their|a)\s+(?:firm\s+)?(?:hold"
    r"|grip)\s+(?:on|over|across|in)|(?:its|their)\s+foothold\s+across)"
    r"|(?:consolidat|tighten|strengthen|cement)(?:ed|es|s|ing)?\s+(?:(?:its|their)\s+)?(?:hold|grip"
    r"|control)\s+(?:on|over|of)"
    # "restored its control over X", "re-established their control of X", "restored full control"
    # ... "restored army (Ukrainian) control over X": the side the words name (see _active)
    r"|(?:restor|re-?establish|reassert|(?:re)?impos|extend)(?:ed|es|s|ing)?\s+(?:its\s+|their\s+)?"
    r"(?:(?:full|complete|total|firm)\s+)?(?:(?P<whose>«CH»|«DH»)\s+)?control"
    r"\s+(?:of|over)"
    r"|(?:expanded|extended)\s+(?:its|their)\s+control\s+(?:to|into)"  # "... to West Kordofan"
    r"|regained|regains|reclaimed|reclaims|recovered|recovers|(?:clawed|claws)\s+back"
    # "..., securing Sennar State": what came of the clause before, its subject's
    r"|(?<=,\s)(?:securing|capturing|seizing|retaking|recapturing|overrunning)"
    r"|captured|captures|seized|seizes|overran|overrun|overruns|retook|retakes|recaptured"
    r"|recaptures|retaken|liberated|liberates"  # "RSF seizes Gezira State": a headline's tense
    r"|(?:took|taken|takes|taking)\s+(?:over|back)|won\s+back"
    r"|(?:won|took|clawed|(?<=has\s)taken|(?<=have\s)taken)(?=\s+(?:it|them|both)\s+back\b)"
    r"|(?:fully\s+|completely\s+)?secur(?:ed|es)"  # "has fully secured X"; "is the authority in X"
    r"|(?:is|are|remains?)\s+the\s+(?:de\s+facto\s+|sole\s+|ruling\s+)?(?:authority|power)\s+in"
    # "since the army's recapture of Gezira State in January": the possessor's
    r"|(?:['’]s?|\bits)\s+(?:re)?(?:capture|takeover|seizure|conquest|liberation)\s+of"
    # "The army's control extends over A, B and C states" (not "... extends to the edge of X")
    r"|(?:['’]s?|\bits|\btheir)\s+control\s+(?:now\s+)?(?:extends|stretches)\s+(?:over|across)"
    # "the army declared Gezira State “liberated”": the side declaring holds what follows
    r"|declar(?:ed|es)(?=\s+[^.;:]{3,60}?(?:[\"“'‘]?(?:fully\s+|completely\s+)?liberated\b"
    r"|\s(?:to\s+be\s+)?(?:under|in)\s+(?:its|their)\s+(?:full\s+|complete\s+)?control\b))"
    r"|took|takes|(?<=has\s)taken|(?<=have\s)taken|(?<=had\s)taken)\b"
)
# "RSF-held South Darfur", "army-controlled Kassala State": the side before the hyphen holds
# ("Russian-occupied X region" is not one: it names the occupied part as often as the whole).
_COMPOUND = (  # ... and "RSF-held territory now includes all five Darfur states"
    r"\b(?P<side>[\w'’]+)-(?:held|controlled|run|dominated)\b(?:\s+(?:territory|areas|land)\s+(?:now\s+)?"
    r"(?:includes?|spans?|covers?|comprises?|encompasses)\b)?"
    # ... the side in words: "the territory the RSF controls includes", "areas under army control"
    r"|\b(?:territory|territories|areas?|land)\s+(?:(?:(?:that|which)\s+)?(?:the\s+)?"
    r"(?P<words>«CH»|«DH»|«C»|«D»|«CF»|«DF»|«CB»|«DB»|it|they)\s+(?:now\s+|still\s+)?"
    r"(?:controls|holds|controlled|held|occupies|occupied|runs)"
    r"|under\s+(?:the\s+)?(?P<under>«CH»|«DH»|«C»|«D»|«CF»|«DF»|«CB»|«DB»)(?:['’]s)?\s+control"
    r"|(?:held|controlled|run|occupied)\s+by\s+(?:the\s+)?(?P<by>«C»|«D»|«CF»|«DF»|«CB»|«DB»))"
    r"(?:,\s+which)?\s+(?:now\s+)?(?:includes?|spans?|covers?|comprises?|encompasses)\b"
    # ... "the RSF's territory (now) includes", "..., taking in A and B"
    r"|\b(?P<owner>«C»|«D»|«CF»|«DF»|«CB»|«DB»)['’]s?\s+(?:territory|territories|areas?|land)\s+"
    r"(?:now\s+)?(?:includes?|spans?|covers?|comprises?|encompasses"
    r"|[^.;:]{0,120}?,\s+(?:taking\s+in|including|encompassing|covering))\b"
    # ... "the RSF stronghold of South Darfur", "the army's bastion of River Nile State"
    rf"|\b(?P<strong>«CH»|«DH»)(?:['’]s)?\s+{held_words.STRONGHOLDS}\s+of\b"
)
_ADJECTIVES = ("held", "controlled", "run", "dominated")  # of _COMPOUND's first kind
# A second object of a verb "of": "... of Gezira State in January and of Khartoum State in May".
_AND_OF_RE = compiled(r"[^.;:()]*?\band\s+(?:then\s+|later\s+)?(?:of|over)\s+(?=\w)", re.IGNORECASE)
# A verb of taking, whose object may be a side's last positions in a unit (the whole unit).
_TAKING_RE = compiled(
    r"(?:re)?(?:took|taken|takes|captured|captures|seized|seizes)\b|retook|retakes|overr[au]n",
    re.IGNORECASE,
)


def read_held(
    sentence: Sentence,
    toks: list[Token],
    named: list[Mention],
    shared: set[str],
    *,
    context: str = "",
    as_of: dt.date | None = None,
    antecedent: Antecedent | None = None,
    units_before: tuple[Region, ...] = (),
) -> list[Held]:
    """Every statement of control without a figure in ``sentence``; ``shared`` are the codes a
    share of this sentence is of (a figure says more than the statement); ``context`` the side
    an "it" or "they" before the verb stands for ("" where unclear); ``as_of`` the text's date
    (a statement of an earlier time is not of it); ``antecedent`` the unit "the state" means
    (the one named before); ``units_before`` those the statements of the sentence before are
    of, which an "it" (one) or "them" (more) after a verb may stand for."""
    two = sides()
    text = sentence.text
    found: list[Held] = []
    actors = find_actors(text, two)
    asides = tuple((sentence.start + a, sentence.start + b) for a, b in insertions(text))
    lower = text.lower()
    readers = (  # the verb, units after it (else before it), what it says, a word it needs
        (two.pattern(ACTIVE), True, _active, True),
        (two.pattern(_COMPOUND), True, _compound, True),
        (two.pattern(held_words.LIBERATION_DONE), True, _active, "complete" in lower),
        (two.pattern(handed.GIVEN), True, handed.given, "control" in lower),
        (two.pattern(handed.GIVEN_UNITS), True, handed.given, "gave" in lower or "giv" in lower
         or "hand" in lower),
        (two.pattern(handed.PLACED), True, handed.placed, "under" in lower),
        (put_out.REMOVED_RE, True, put_out.removal, True),
        (put_out.DRIVEN_OUT_RE, True, put_out.driven_out, True),
        (two.pattern(held_words.PASSIVE), False, passive, True),
        # "West Darfur is RSF territory": of a war without claims (else sovereignty: a claim)
        (two.pattern(held_words.TERRITORY), False, passive,
         not current().claims and "territory" in lower),
        (two.pattern(relative.RELATIVE), False, relative.relative,
         ", which" in lower or ", that" in lower or ", a" in lower),
        (relative.WHERE_RE, False, relative.relative, ", where" in lower),
        # "In Blue Nile State, the army remains in control."; "With X under its control, ..."
        (relative.IN_CONTROL_RE, False, relative.relative, relative.OPENING_IN_RE.match(text)),
        (relative.WITH_RE, False, relative.with_its, relative.OPENING_WITH_RE.match(text)),
        (two.pattern(relative.WITH_SIDE), False, passive,
         relative.OPENING_WITH_SIDE_RE.match(text)),
        *put_out.readers(two, lower),  # "free of", "no longer under", "cleared ... of", ...
        (handed.PASSED_RE, True, handed.passed, " to " in lower),
        # "Crimea, seized in 2014, ...": the profile's earlier taking, its side not named
        *([(taken_then(two.inferred_year), False, read_taken_then, True)]
          if two.inferred_year and str(two.inferred_year) in text else []),
    )  # fmt: skip
    pronouns: list[tuple[re.Match, str, Callable[..., Held]]] = []
    for pattern, after, reader, present in readers:
        if not present:
            continue
        for match in scan.finditer(pattern, text):
            if reader is put_out.removal and put_out.DRIVEN_OUT_RE.match(text, 0, match.end()):
                continue  # "Driven out of X, the RSF ...": the opening participle's (below)
            regions, referred = _units_of(
                sentence, toks, named, match, after=after, freed=reader is put_out.freed,
                asides=asides, antecedent=antecedent,
            )  # fmt: skip
            if regions and (
                held_words.a_grip_on_a_group(named, match, sentence)
                or held_words.a_groups_stronghold(regions, match)
            ):
                continue  # "tightens its grip on Kordofan": on a part of a group, not all of it
            if regions:
                found.append(reader(sentence, match, regions, actors, two, context))
                if referred:
                    found[-1].note = holders.join(
                        found[-1].note, f"'{referred}' read as {names(regions)}"
                    )
            elif reader in (_active, put_out.removal) and (
                it := held_words.IT_AFTER_RE.match(text, match.end())
            ):
                pronouns.append((match, it.group().strip(), reader))  # "lost it to the army"
            elif reader is passive and (
                it := held_words.IT_BEFORE_RE.search(text, 0, match.start())
            ):
                pronouns.append((match, it.group("it"), reader))  # "It was retaken by the army"
    for match, word, reader in pronouns:
        # "The RSF seized Gezira State in 2023, but the army retook it in 2025": the units of
        # the statement before it in the sentence
        earlier = [h for h in found if h.end <= sentence.start + match.start()]
        last = (
            max(earlier, key=lambda h: h.end).regions if earlier
            else it_stands_for(word, sentence, match.start(), named, units_before, actors)
        )  # fmt: skip
        if not last:
            continue
        item = reader(sentence, match, last, actors, two, context)
        item.note = holders.join(item.note, f"'{word}' read as {names(last)}")
        found.append(item)
    found += held_gaps.gapped(sentence, toks, named, found, two)  # "...; the army, B"
    found += capitals_taken(sentence, toks, named, actors, two, antecedent)  # its capital
    with_figure = held_words.given_a_figure(sentence, named)
    for item in found:
        item.regions = tuple(
            r for r in item.regions if r.code not in shared and r.code not in with_figure
        )
        _finish(item, named, as_of, two)
    return [h for h in found if h.regions]


def _finish(item: Held, named: list[Mention], as_of: dt.date | None, two: Sides) -> None:
    """A statement's exceptions, time, date, and whether it says a part or the whole."""
    sentence = item.sentence
    text, s0 = sentence.text, sentence.start
    part_left_out = leave_out(item, named, after=item.end)
    if not item.reason:
        item.reason = when.statement_time(text, item.start - s0, item.end - s0, as_of)
    item.date_from, item.date = when.statement_dates(text, item.start - s0, as_of)
    if item.date is None:  # "has held it since early 2025": from then until now
        item.date_from, item.date = when.since_dates(text, item.start - s0, as_of)
    part = held_words.part_after(sentence, item.end, item.regions, named)
    part = part or held_words.part_before(sentence, item.start)  # "almost completely controls"
    if not item.reason and part:
        item.reason = f"only part of it ('{part}')"  # "controls X almost entirely"
    item.whole = None if part else held_words.whole_after(sentence, item.end, item.regions, named)
    if item.whole is None and not part:
        item.whole = held_words.whole_before(sentence, item.start, item.end)
    if item.whole is None and (
        held_words.COMPLETE_RE.search(item.text)
        or held_words.THE_REST_RE.match(text, item.end - s0)
    ):
        item.whole = (item.start, item.end)  # "completed the liberation of": all of each; so
        # "seized the remaining 1% of X"
    if item.whole is None and taken_in_its_year(item, two, as_of):
        item.whole, item.inferred = (item.start, item.end), True
    if part_left_out and item.whole is not None:  # "fully controls X, except a few villages"
        item.whole, item.inferred = None, False
    if item.whole is not None:  # "..., but the army still holds El Fasher"
        set_against(item, named, item.end - s0, item.holder)


def _units_of(
    sentence: Sentence, toks: list[Token], named: list[Mention], match: re.Match, *,
    after: bool, freed: bool, asides, antecedent: Antecedent | None,
) -> tuple[tuple[Region, ...], str]:  # fmt: skip
    """The units a statement's verb at ``match`` is of: its object (``after``) or its subject;
    and the words, "the state", that stand for the unit named before, or ""."""
    text, s0 = sentence.text, sentence.start
    if after:
        at = s0 + past_an_insertion(text, match.end())  # "controls, by most estimates, X"
        if match.re is put_out.REMOVED_RE or _TAKING_RE.match(match.group()):
            at = put_out.past_the_last(
                toks, at
            )  # "drove the RSF from (retook) its last positions in X"
        # "Army-held A and B have ...": the units the adjective is on, the verb after theirs
        adjective = "words" in match.re.groupindex and match.group().endswith(_ADJECTIVES)
        regions = units.after_verb(toks, at, subject=adjective)
        if match.group().lower().endswith((" of", " over")) and (
            more := _AND_OF_RE.match(text, match.end())
        ):  # "regained control of Gezira State in January and of Khartoum State in May", "...
            # of most of the capital and of Gezira State"
            regions += units.after_verb(toks, s0 + more.end())
        else:  # "took back Gezira State in January and Khartoum State in March"
            later = and_later(text, s0, named, regions, match.end()) if regions else None
            while later is not None and (more_units := units.after_verb(toks, s0 + later)):
                regions += tuple(r for r in more_units if r not in regions)
                later = and_later(text, s0, named, more_units, later)
        at = match.start()
        if not regions and (others := _the_others(toks, named, match, s0, antecedent)):
            return others, " ".join(text[match.end() :].split()[:3])  # "the other four"
        if not regions and (its := its_group_after(text, match.end(), sides())):
            return its, " ".join(text[match.end() :].split()[:2])  # "seized the peninsula in 2014"
        referred = (
            ""
            if regions
            else the_unit(toks, s0 + match.end(), before_of=match.re is put_out.CLEARED_RE)
        )  # ("cleared the state of RSF fighters")
    else:
        at = match.start()
        if freed:  # "is now completely free of": from "is"
            glue = put_out.FREE_GLUE_RE.search(text, max(0, at - 60), at)
            at = glue.start() if glue else at
        at = units_before.first_predicate(named, toks, s0 + at) - s0  # "A has ... and is"
        regions = units_before.before_verb(
            named,
            toks,
            s0 + at,
            asides,
            where=match.re in (relative.WHERE_RE, relative.IN_CONTROL_RE),
        )
        if regions and (rest := but_those(sentence, named, s0 + at, asides)) is not None:
            regions = rest  # "All Darfur states but North Darfur are ...": not North Darfur
        referred = "" if regions else the_unit_before(toks, s0 + at)
    if referred and antecedent is not None:  # "The army retook the state in May", "..., but
        # the state remains under army control"
        regions = antecedent(s0 + at, noun=referred.split()[-1])[0]
        regions = regions if len(regions) == 1 else ()
    elif not regions and antecedent is not None:  # "Darfur" over "All five states are ..."
        count, words = all_counted(toks, s0 + (match.end() if after else at), after=after)
        # "took El Fasher, the last army stronghold in Darfur, completing their takeover of the
        # region": the group named before, where "region" is no unit's noun
        region = after and _THE_REGION_RE.match(text, match.end()) and "region" not in nouns()
        # "Darfur is in RSF hands. It holds four of its five states; only North Darfur ..."
        of_its = after and _OF_ITS_RE.match(text, match.end())
        group = antecedent(s0 + at)[0] if count or region or of_its else ()
        if not group_of(group):
            return regions, referred
        if count and len(group) == count:
            return group, words
        if region:
            return group, "the region"
        if of_its and (some := units.counted_of_the_group(toks, s0 + match.end(), group)):
            return some, " ".join(text[match.end() :].split()[:5])
    return regions, referred


_THE_REGION_RE = compiled(r"\s+the\s+region\b(?!['’]s|\s+of\b)", re.IGNORECASE)
_OF_ITS_RE = compiled(r"\s+(?:all\s+)?\w+\s+of\s+(?:its|the)\s+\w+\s", re.IGNORECASE)


def _the_others(toks, named, match: re.Match, s0: int, antecedent) -> tuple[Region, ...]:
    """ "In North Darfur, ... . The RSF controls the other four Darfur states": the group's units
    but those named before (in the sentence, else the one the sentence before names), where
    that leaves as many as the count."""
    count, group = the_others(toks, s0 + match.end())
    if not count:
        return ()
    before = {r for m in named if m.end <= s0 + match.start() for r in m.regions}
    if not before and antecedent is not None:
        before = set(antecedent(s0 + match.start())[0])
    if not group:  # "the other four (states)": the one group they and those before make
        codes = {r.code for r in before}
        fits = {tuple(units) for units in current().groups.values()
                if codes < set(units) and len(units) == len(codes) + count}  # fmt: skip
        group = tuple(map(gazetteer().get, fits.pop())) if len(fits) == 1 else ()
    rest = tuple(r for r in group if r not in before)
    return rest if before and len(rest) == count else ()


_PLURAL_AFTER_RE = compiled(r"(?:states|regions|provinces|oblasts|areas|parts)\s+(?:of|in)\s+")


def _active(sentence, match: re.Match, regions, actors, two: Sides, context: str) -> Held:
    """ "The RSF controls X": held by the clause's actor; "restored army control over X" by the
    side the words name."""
    held = statement(sentence, match, regions, actors, two, passive=False)
    if match.group("whose") and (own := side_of_words(match.group("whose"), two)):
        if not held.reason or held.reason.startswith("holder unclear"):
            held.holder, held.reason = own, ""
        return held
    text = sentence.text
    given = scan.search(two.pattern(handed.GIVEN), text, max(0, match.start() - 60), match.end())
    if given and given.end() == match.end():  # "left Ukraine in control of": read as given
        held.holder, held.reason = "", f"read with '{' '.join(given.group().split())}'"
        return held
    if (held.holder or held.reason.startswith("holder unclear")) and sources.WE_RE.search(
        text, main_clause_start(text, match.start()), match.start()
    ):  # '"We hold North Darfur," an RSF commander said': the speaker's side
        held.holder = sources.quoted_side(text, match.start(), two)
        held.reason = "" if held.holder else "holder unclear: 'we' of a speaker of no one side"
    elif held.reason.startswith("holder unclear") and match.group().lower().startswith(
        "liberation"
    ):
        # "Kyiv said the liberation of X had been completed": the side that says so
        held.holder = sources.said_by(text, match.start(), match.end(), two)
        held.reason = "" if held.holder else held.reason
    elif held.reason.startswith("holder unclear: the text"):
        # "The army says it controls X": who says it; else whom "it" stood for before.
        said = sources.speaker_of(text, at := match.start(), two) or sources.side(
            text, 0, at, two
        )  # "According to the RSF, it controls X": the source's
        if said or (context and it_subject(text, match.start())):
            held.holder, held.reason = said or context, ""
    return held


def _compound(sentence, match: re.Match, regions, actors, two: Sides, _context: str) -> Held:
    """ "RSF-held South Darfur": held by the side before the hyphen ("RSF-controlled Darfur" is
    the part of the group the RSF holds, as "Russian-occupied Ukraine" is: no statement)."""
    held = statement(sentence, match, regions, actors, two, passive=True)
    groups = ("side", "words", "under", "by", "owner", "strong")
    words = next(match.group(g) for g in groups if match.group(g))
    held.holder = side_of_words(words, two)
    if words.lower() in ("it", "they"):  # "the territory it controls": the one side named before
        before = {side for at, side in actors if at < match.start()}
        held.holder = before.pop() if len(before) == 1 else ""
    held.reason = "" if held.holder else f"holder unclear: '{match.group()}'"
    after = sentence.text[match.end() :].lstrip().casefold()
    group = next((g for g in current().groups if after.startswith(g.casefold())), "")
    if group and not held.reason:
        held.reason = f"'{match.group()} {group}': the part of {group} it holds, not each unit"
    plural = _PLURAL_AFTER_RE.match(after)
    of_group = plural and next(
        (g for g in current().groups if after[plural.end() :].startswith(g.casefold())), ""
    )
    if of_group and not held.reason:  # "the RSF-controlled states of Darfur": those it holds
        held.reason = f"'{match.group()} states of {of_group}': those it holds, not each one"
    return held
