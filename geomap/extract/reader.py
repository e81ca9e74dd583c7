"""One text read sentence by sentence: its shares, claims and statements of holding.

A sentence is read with what the sentences before it leave (:class:`State`: whom "it" stands
for, the claims of the sentence before, the line a list stands under). A long text is read in
parts on several cores (:meth:`Reader.read_all`): each part but the first starts from the state
that reading the sentences just before it, from nothing, leaves; where that is not the state the
part before really ended with, the part is read again from that one. The reading is the same as
one read from start to end, whatever the parts.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import replace
from functools import cached_property, partial
from itertools import pairwise

from geomap import parallel
from geomap.extract import antecedents, claim_counts, claim_words, gains, grid
from geomap.extract.capitals import names_a_capital
from geomap.extract.claims import Claim, read_claims
from geomap.extract.decisions import mark_disputed
from geomap.extract.document import Document
from geomap.extract.framing import framed
from geomap.extract.held import read_held
from geomap.extract.held_words import CUES as held_cues
from geomap.extract.held_words import unit_words, whole_share
from geomap.extract.holder_words import find_cues
from geomap.extract.lines import a_label, a_title, heads_a_list, list_item, name_figure
from geomap.extract.named import named_sides
from geomap.extract.pronouns import side_before
from geomap.extract.questions import HELD_QUESTION_RE, NOT_WHOLE_ANSWER_RE, QUESTION_RE, asked
from geomap.extract.share_times import still_since
from geomap.extract.share_words import CUES as share_cues
from geomap.extract.shares import Share, read_shares
from geomap.extract.sides import sides
from geomap.extract.state import Part, State
from geomap.extract.tables import read_listed, read_side_line, side_lines, unit_rows
from geomap.extract.targets import WHOLE_COUNTRY
from geomap.extract.text import Sentence
from geomap.profile import current, using

log = logging.getLogger(__name__)

# Without one, a text has no table of cells: bars, tabs, or a caption's colon at a line's end
_TABLE_RE = re.compile(r"\||\t|:[ \t]*\n|(?:\(\s*(?:%|per\s*cent|percent)\s*\)|,\s*%)[ \t]*\n")
# A text is read in parts only from this size, and each part has at least this many sentences
# to read: below, starting the processes costs more than it saves.
PARALLEL_CHARS = 200_000
_PART_SENTENCES = 500
_WARM_UP = 40  # sentences read before a part, from nothing, for the state it starts from
_BLOCK = 256  # sentences whose cues are found together, when the first of them is asked about


class Reader:
    """Reads a document's sentences: where its cues are, found a block of sentences at a time
    when first asked for (a part of a long text read on another core finds its own)."""

    def __init__(self, doc: Document, as_of) -> None:
        self.doc, self.as_of = doc, as_of
        self.parts: list[str] = []  # how each part of the text was read, for the tests and -v
        two, claims = sides(), current().claims
        self._cues: dict[str, re.Pattern | tuple[re.Pattern, ...] | None] = {
            "share": share_cues,
            # A profile whose controlling side annexes nothing has no claims to read
            # ("declared Khartoum State free of the RSF" is no claim of the RSF's).
            "claim": (claim_words.cues(), *claim_words.cession_cues()) if claims else None,
            # A statement of holding: its verb (no claims: "X is RSF territory" too), a unit word.
            "held_cue": two.pattern(held_cues + ("" if claims else r"|\bterritory\b")),
        }
        self._unit = unit_words()
        self._found: dict[str, set[int]] = {k: set() for k in (*self._cues, "held", "held_it")}
        self._blocks: set[int] = set()
        self.side_lines = side_lines(doc.sentences)  # "North Darfur: RSF"
        self.unit_rows = unit_rows(doc.sentences, self.side_lines)  # ... "Khartoum: army" too
        # "Donetsk | 26,517 | 79" under "Oblast | Area (km²) | Occupied (%)"
        self.grid = grid.grid_rows(doc.sentences) if _TABLE_RE.search(doc.text) else {}

    @cached_property
    def framed(self) -> bool:
        """Whether the text speaks in the controlling side's terms (asked where a share is)."""
        return framed(self.doc.text, sides())

    def has(self, kind: str, index: int) -> bool:
        """Whether sentence ``index`` has a cue of ``kind``: "share", "claim", "held_cue" (a
        verb of holding) or "held" (that and a unit's name or noun)."""
        if index < 0:
            return False
        block = index // _BLOCK
        if block not in self._blocks:
            lo, hi = block * _BLOCK, (block + 1) * _BLOCK
            found = {
                name: self.doc.hits(pattern, lo, hi) if pattern is not None else set()
                for name, pattern in self._cues.items()
            }
            # a unit's name or noun, looked for only where a verb of holding is, or just after
            cue = found["held_cue"]
            named = self.doc.hits_in(self._unit, cue | {k - 1 for k in cue})
            found["held"], found["held_it"] = named & cue, {k for k in cue if k - 1 in named}
            for name, hits in found.items():
                self._found[name] |= hits
            self._blocks.add(block)
        return index in self._found[kind]

    @property
    def empty(self) -> bool:
        for first in range(0, len(self.doc.sentences), _BLOCK):
            self.has("share", first)  # every block's cues found
        found = self._found
        # a heading with a verb of holding ("The RSF controls:") may head lines of units
        heading = any(self.doc.sentences[k].text.endswith(":") for k in found["held_cue"])
        lines = self.side_lines
        return not (
            found["share"]
            or found["claim"]
            or found["held"]
            or found["held_it"]
            or heading
            or lines
            or self.grid
        )

    def _heading_of(self, sentence: Sentence, header: Sentence | None) -> Sentence | None:
        """The heading a line naming units stands under, where the heading has a verb of
        holding ("The RSF controls:" over "- Khartoum State"); else None."""
        if header is None or not self.has("held_cue", header.index):
            return None
        if not unit_words().search(sentence.text):
            return None
        if HELD_QUESTION_RE.match(header.text):  # its answer, right after it: "A, B and C."
            answered = header.index == sentence.index - 1
            return header if answered and not NOT_WHOLE_ANSWER_RE.match(sentence.text) else None
        return header if list_item(self.doc.text, sentence) else None

    def _lead(self, sentence: Sentence, state: State) -> Sentence | None:
        """ "Russia holds large parts of four regions. Luhansk: 99%. Donetsk: about 75%.": the
        sentence before a run of a name and a figure each, in the same paragraph, whose verb
        they go with (as a heading's); else None."""
        if state.lead is None or not name_figure(sentence):
            return None
        if len({side for _, side in named_sides(state.lead.text, sides())}) > 1:
            return None  # "Russia holds parts of four regions, Ukraine the rest": whose is unclear
        if self.doc.goes_on(sentence):
            return state.lead
        title = a_title(state.lead.text)  # over a table, a blank line between (see lines.py)
        return state.lead if title and state.lead.index == sentence.index - 1 else None

    def _context(self, sentence: Sentence, state: State) -> str:
        """Whom "it"/"they" in ``sentence`` stands for: the one side the sentence before names,
        in the same paragraph; where it names none, the one the sentence before it names ("The
        RSF swept through Darfur. The group took four capitals. It now controls ..."), or whom
        its own "it" stood for; else who held the last share or statement of holding read."""
        doc = self.doc
        context = side_before(doc, sentence)
        if context is None and sentence.index > 1 and doc.goes_on(sentence):
            context = side_before(doc, doc.sentences[sentence.index - 1])
        carried = state.carried
        if context is None and carried[0] == sentence.index - 1 and doc.goes_on(sentence):
            context = carried[1]  # "Russia ... . In the east, it holds ... . Its troops"
        if context is None:
            context = state.last_held if state.holder is None else state.holder
        return context

    def _over(self, header: Sentence, state: State) -> Sentence | None:
        """The sentence a heading with no verb of holding goes on from, whose verb the lines
        under it take ("Russian forces hold 19% of X. Here is how that breaks down:")."""
        last, two = state.last_share, sides()
        if (
            last is None
            or last.sentence.index != header.index - 1
            or find_cues(header.text, two)
            or named_sides(header.text, two)  # "Ukraine's remaining land, by region:": its own
        ):
            return None
        return last.sentence if self.doc.goes_on(header) else None

    def _shares(self, sentence: Sentence, state: State, lead, context: str) -> list[Share]:
        """The shares of ``sentence``, with the last figure of the sentence just before it in
        its paragraph, and the heading (or the question) over it."""
        doc = self.doc
        toks, own = doc.analyse(sentence.index)
        last = state.last_share
        if last is not None and not (
            last.sentence.index == sentence.index - 1 and doc.goes_on(sentence)
        ):
            last = None  # only the sentence just before, in the same paragraph
        question = state.header if state.header and state.header.text[-1] == "?" else None
        k = sentence.index + 1
        after = doc.sentences[k] if k < len(doc.sentences) else None
        return read_shares(
            sentence, toks, antecedent=doc.antecedent(sentence, own), as_of=self.as_of,
            header=state.over or state.header or lead, context=context, named=own,
            framed=self.framed, before=last,
            asked=asked(doc.analyse(question.index)[1]) if question else (),
            still=after is not None and doc.goes_on(after) and still_since(after.text),
        )  # fmt: skip

    def read(self, lo: int, hi: int, state: State) -> Part:
        """Read sentences ``lo`` to ``hi`` (not included) from ``state``."""
        doc, as_of = self.doc, self.as_of
        part = Part(state=state)
        for sentence in doc.sentences[lo:hi]:
            has_shares = self.has("share", sentence.index)
            has_claims = self.has("claim", sentence.index) or (
                self.has("claim", sentence.index - 1) and self._names_them(sentence)
            )  # "Russia claims four regions as its own. They are A, B, C and D."
            found: list[Claim] = []
            under = self._heading_of(sentence, state.header)
            lead = self._lead(sentence, state)
            held_it = self.has("held_it", sentence.index)  # a verb; a unit in the one before
            it_of = antecedents.it_of(doc, sentence, state.held_units) if held_it else ()
            held_too = bool(it_of) or (held_it and names_a_capital(sentence.text))  # "its capital"
            if (
                has_shares
                or has_claims
                or state.previous_claims
                or under is not None
                or self.has("held", sentence.index)
                or sentence.index in self.side_lines
                or held_too
                or sentence.index in self.grid
            ):
                toks, own = doc.analyse(sentence.index)
                read: list[Share] = []
                context = self._context(sentence, state)
                state.carried = (sentence.index, context)
                if sentence.index in self.grid:
                    read = grid.read_row(sentence, *self.grid[sentence.index])
                if has_shares and not read:
                    read = self._shares(sentence, state, lead, context)
                if has_shares or read:
                    part.shares += read
                    state.holder = next(
                        (s.holder for s in reversed(read) if s.holder and s.regions), state.holder
                    )
                    state.last_share = next(
                        (
                            s for s in reversed(read)
                            if s.holder and (s.regions or s.reason == WHOLE_COUNTRY)
                        ),
                        None,
                    )  # fmt: skip
                shared = gains.said_more(read)  # the units a share says more of
                if self.has("held", sentence.index) or held_too:
                    statements = read_held(
                        sentence, toks, own, shared, context=context, as_of=as_of,
                        antecedent=doc.antecedent(sentence, own), units_before=it_of,
                    )  # fmt: skip
                elif under is not None:  # "The RSF controls:" over "- Khartoum State"
                    statements = read_listed(sentence, toks, own, under, shared)
                else:
                    statements = []
                if not statements and sentence.index in self.side_lines:
                    statements = read_side_line(  # "North Darfur: RSF"
                        sentence, toks, shared, of_units=sentence.index in self.unit_rows
                    )
                if statements:
                    units = {r: None for h in statements if not h.reason for r in h.regions}
                    state.held_units = (sentence.index, tuple(units))
                    part.shares += [whole_share(h, h.whole) for h in statements if h.whole]
                    statements = [h for h in statements if not h.whole]
                    part.helds += statements
                    state.last_held = next(
                        (h.holder for h in statements if h.holder), state.last_held
                    )
                if has_claims or state.previous_claims:
                    previous = partial(antecedents.named_before, doc, sentence, own)
                    before = doc.sentences[sentence.index - 1].text if sentence.index else ""
                    found = read_claims(
                        sentence, own, previous=previous, previous_claims=state.previous_claims,
                        previous_text=before, earlier=partial(doc.further_back, sentence.index),
                        cued=self.has("claim", sentence.index), as_of=as_of,
                    )  # fmt: skip
                    part.claims += found
            state.previous_claims = found
            if lead is None and not a_label(sentence.text):  # a line under the lead, or a
                state.lead = sentence  # label's ("Crimea: annexed in 2014."): the next may be too
            # A line that ends with a colon heads the list below it: "Russia controls:".
            if sentence.text.endswith(":") or heads_a_list(doc.text, doc.sentences, sentence.index):
                state.header, state.over = sentence, self._over(sentence, state)
            elif QUESTION_RE.match(sentence.text) or HELD_QUESTION_RE.match(sentence.text):
                # "How much of X does Russia control?", "Which states does the RSF control?"
                state.header, state.over = sentence, None
            elif state.header is not None and not list_item(doc.text, sentence):
                state.header = state.over = None
        mark_disputed(part.shares, doc)  # (here: in the process that reads the part)
        mark_disputed(part.helds, doc)
        return part

    def _names_them(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` may name the regions the claim of the one before counts ("They
        are A, B, C and D.") or asks about ("Which regions has Russia annexed? A and B.")."""
        if claim_counts.names_a_count(sentence.text):
            return True
        before = self.doc.sentences[sentence.index - 1].text
        return before.endswith("?") and claim_counts.answers_a_claim_question(sentence.text, before)

    def read_all(self, workers: int = 1) -> Part:
        """Read every sentence; in parts on ``workers`` processes where the text is long."""
        count = len(self.doc.sentences)
        parts = min(workers, count // _PART_SENTENCES)
        if parts < 2 or len(self.doc.text) < PARALLEL_CHARS:
            return self.read(0, count, State())
        spans = list(pairwise(_bounds(count, parts)))
        global _forked_from
        _forked_from = (self, current())  # what the forked processes read: nothing is sent
        try:
            with parallel.start_worker(task="reading the text", processes=parts - 1) as worker:
                if not worker.forked:  # forking is unsafe here: read from start to end
                    self.parts = ["read here, unforked"]
                    return self.read(0, count, State())
                for lo, hi in spans[1:]:
                    worker.submit(partial(_read_part, lo, hi))
                whole = self.read(*spans[0], State())  # the first part, here, meanwhile
                results = worker.wait()
        finally:
            _forked_from = None
        self.parts = ["read here"]
        for (lo, hi), (assumed, part) in zip(spans[1:], results, strict=True):
            if assumed.seen_from(lo) != whole.state.seen_from(lo):  # another state: read again
                part = self.read(lo, hi, whole.state)
                self.parts.append("read again")
            else:
                self.parts.append("read apart")
            whole.shares += part.shares
            whole.claims += part.claims
            whole.helds += part.helds
            whole.state = part.state
        log.info("%d sentences read in %d parts: %s", count, parts, ", ".join(self.parts))
        return whole


def _bounds(count: int, parts: int) -> list[int]:
    """Where each of ``parts`` parts of ``count`` sentences starts, and the end: the first part,
    read here, is longer by the sentences each other part's process reads before its own for
    the state it starts from, so that the parts end together."""
    first = min(count, count // parts + _WARM_UP)
    rest = count - first
    return [0, *(first + rest * k // (parts - 1) for k in range(parts))]


_forked_from: tuple[Reader, object] | None = None


def _read_part(lo: int, hi: int) -> tuple[State, Part]:
    """In a process forked from the reading one: the state the sentences before ``lo`` leave,
    read from nothing, and what reading ``lo`` to ``hi`` from it gives."""
    if _forked_from is None:
        raise RuntimeError("a part of a text is read in a process forked from the reading one")
    reader, profile = _forked_from
    with using(profile):  # type: ignore[arg-type]
        assumed = reader.read(max(0, lo - _WARM_UP), lo, State()).state
        start = replace(assumed, previous_claims=list(assumed.previous_claims))
        return assumed, reader.read(lo, hi, start)


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
