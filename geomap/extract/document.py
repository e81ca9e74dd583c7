"""One text as the reading sees it: its sentences, where each kind of cue is found in them
(a block of sentences at a time), their tokens and the regions they name, and what "the region"
means at a place in one; read in order by :class:`geomap.extract.reader.Reader`."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, partial

from geomap.extract import antecedents, scan
from geomap.extract.antecedents import Antecedent
from geomap.extract.sentences import split_sentences
from geomap.extract.sources import according_to, attribution
from geomap.extract.text import Mention, Sentence, mentions, tokens

_BACK = 12  # sentences (headings too) a count of regions ("all four") may gather its names from
_MARGIN = 500  # characters after a run of sentences a scan of their cues may look at


# Characters a web page leaves in its text that no reader sees and that would split a word ("Don­
# etsk" with a soft hyphen): taken out, so offsets are of the text without them; and the
# full-width percent sign, read as "%".
_UNSEEN = str.maketrans({"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None,
                         "\u2060": None, "\ufeff": None, "％": "%", "﹪": "%"})  # fmt: skip


# A text with none of them is kept as it is: looking for them costs a fifteenth of mapping.
_UNSEEN_RE = re.compile("[" + "".join(chr(c) for c in _UNSEEN) + "]")


def unseen(char: str) -> bool:
    """Whether a character is one :class:`Document` takes out of a text."""
    return _UNSEEN.get(ord(char), 0) is None


class Document:
    """The sentences of one text (without the characters no reader sees), analysed on demand."""

    def __init__(self, text: str) -> None:
        self.text = text.translate(_UNSEEN) if _UNSEEN_RE.search(text) else text
        self._mentions: dict[int, tuple[list, list[Mention]]] = {}

    @cached_property
    def sentences(self) -> list[Sentence]:
        # Split when first asked: most of an archive's articles hold no cue at all.
        return list(split_sentences(self.text))

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _lower(self) -> str | None:
        """The text in lower case, where every character keeps its place and folds one way."""
        return scan.in_lower_case(self.text)

    def hits(
        self, pattern: re.Pattern | tuple[re.Pattern, ...], lo: int = 0, hi: int | None = None
    ) -> set[int]:
        """The indices of the sentences where ``pattern`` matches (of sentences ``lo`` to ``hi``,
        not included): one scan of the text (see :meth:`_scanned`) that moves on to the next
        sentence at the first match in one. A tuple of patterns: the sentences any matches."""
        if isinstance(pattern, tuple):
            return set().union(*(self.hits(each, lo, hi) for each in pattern))
        sentences = self.sentences
        hi = len(sentences) if hi is None else min(hi, len(sentences))
        if lo >= hi:
            return set()
        found = set()
        pos, text = sentences[lo].start, self.text
        last = sentences[hi - 1].end
        # (what a pattern looks at after a sentence's end, the scan sees: a margin after the last)
        end = min(len(text), last + _MARGIN)
        pattern, text = self._scanned(pattern)
        # tried only where a match can start; one that still ignores case (a letter folds more
        # than one way) the usual way, not put in lower case again at each search by the scan
        find = pattern.search if pattern.flags & re.IGNORECASE else partial(scan.search, pattern)
        while (match := find(text, pos, end)) is not None and match.start() < last:
            k = bisect_right(self._starts, match.start()) - 1
            if k >= 0 and match.end() <= sentences[k].end:
                found.add(k)
                pos = sentences[k].end
            else:
                pos = match.start() + 1
        return found

    def hits_in(self, pattern: re.Pattern, indices: set[int]) -> set[int]:
        """Those of sentences ``indices`` where ``pattern`` matches (see :meth:`hits`)."""
        (pattern, text), sentences = self._scanned(pattern), self.sentences
        return {k for k in indices if pattern.search(text, sentences[k].start, sentences[k].end)}

    def _scanned(self, pattern: re.Pattern) -> tuple[re.Pattern, str]:
        """The pattern and the text to scan: a pattern that ignores case in lower case, with a
        pattern in lower case that does not (several times faster)."""
        if self._lower is not None and (lowered := scan.folded(pattern)) is not None:
            return lowered, self._lower
        return pattern, self.text

    def credit(self, sentence: Sentence) -> str:
        """Whom a sentence's statement is attributed to: its own "according to X" or "X said",
        else an "according to X" of the sentence before it in the same paragraph
        ("According to ISW, the front barely moved. Russia holds 70% of ...")."""
        own = attribution(sentence.text)
        if own or not self.goes_on(sentence):
            return own  # the first sentence, or the first of its paragraph: its own or none
        return according_to(self.sentences[sentence.index - 1].text)

    def goes_on(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` follows another in the same paragraph."""
        if not sentence.index:
            return False
        before = self.sentences[sentence.index - 1]
        return "\n\n" not in self.text[before.end : sentence.start]

    def further_back(self, index: int) -> list[list[Mention]]:
        """The regions named in the sentences before the one before sentence ``index``, nearest
        first: for a count ("all four") that sentence does not meet."""
        return [self.analyse(k)[1] for k in range(index - 2, max(-1, index - 2 - _BACK), -1)]

    def analyse(self, index: int):
        if index not in self._mentions:
            toks = tokens(self.sentences[index])
            self._mentions[index] = (toks, mentions(toks))
        return self._mentions[index]

    def antecedent(self, sentence: Sentence, own: list[Mention]) -> Antecedent:
        """The regions "the region" (or "each") means at a position of ``sentence``."""
        return antecedents.antecedent(self, sentence, own)
