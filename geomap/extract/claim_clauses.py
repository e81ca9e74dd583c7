"""The clause a claim phrase is read in: between ";"s, and between contrasts ("annexed Kherson
but has never claimed Kharkiv", "claims A and holds 70% of B", "Unlike Crimea, X has never been
claimed"), a subordinate clause a contrast opens apart from the main one ("Although Moscow
claims A and B, it has never claimed C"); not a contrast in an aside ("annexed four regions –
though it holds none whole – as well as Crimea")."""

from __future__ import annotations

import re

from geomap.extract import denials, scan
from geomap.extract.asides import insertions
from geomap.extract.text import Mention
from geomap.patterns import compiled

_ASIDE = ("—", "–", "-", "(")  # what opens an aside between dashes or in brackets
# A claim's clause ends at a contrast, and at a verb joined to its own ("annexed Crimea and is
# now shelling the Kharkiv region", "..., and its troops are advancing in X").
_CONTRAST_RE = compiled(
    r"\b(?:but|while|whereas|although|though)\b|\band\s+(?:(?:then|later|also|now|still)\s+)?"
    r"(?=(?:has|have|had|is|are|was|were|will|would|it|they|its|their)\b"
    # "claims A and holds 70% of B": a verb of its own, past the claim's object (see claim_clause)
    r"|(?P<verb>(?:holds|controls|occupies|occupied|seized|captured|took|says|said|wants)\b))"
    # past the claim's object, what it is traded for or a verb of its own after "and": "cede A
    # in exchange for freezing the lines in B", "cede A and freeze the lines in B", "annexed A
    # and sent troops to B" (not "and southern B", "and parts of B")
    r"|(?P<past>\bin\s+(?:exchange|return)\s+for\b|\band\s+(?!(?:the|its|their|all|both|parts?"
    r"|most|much|some|nearly|almost|also|then|later|now|still|of|in|an?|those|these|other"
    # a figure's hedge or count: "and roughly two-thirds in B"
    r"|about|around|roughly|approximately|over|just|only|more|less|half|one|two|three|four"
    r"|territor(?:y|ies)|lands?|areas?|regions?|districts?|towns?|villages?|cities|swathes)\b)"
    r"(?-i:[a-z])[a-z]+(?=\s+(?-i:[a-z])))",
    re.IGNORECASE,
)
_UNLIKE = r"(?:unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\s"
_UNLIKE_RE = compiled(rf"\s*{_UNLIKE}[^,;]{{1,80}},", re.IGNORECASE)
_UNLIKE_AFTER_RE = compiled(rf",\s*{_UNLIKE}", re.IGNORECASE)
# A verb of holding denied after "but", with the claim's subject and object: "claims but does
# not (fully) control".
_SHARED_OBJECT_RE = compiled(
    r"but\s+(?:(?:does|do|did|has|have|had|can|could)(?:\s+not|n['’]t)|cannot)\s+(?:yet\s+)?"
    r"(?:\w+ly\s+)?(?:control|hold|held|occupy|occupied|govern|administer)\b",
    re.IGNORECASE,
)
# A subordinate clause a contrast opens: "Although (While, Whereas) Moscow claims A, ..."
_OPENING_CONTRAST_RE = compiled(
    r"\s*(?:although|though|even\s+though|while|whereas)\s", re.IGNORECASE
)
_COMMA_RE = compiled(r",\s*")
# The subject that opens the main clause after an aside: "..., according to the ISW, it has"
_MAIN_SUBJECT_RE = compiled(r"(?:it|they|he|she|we|the\s|(?-i:[A-Z]))", re.IGNORECASE)
_LIST_GOES_ON_RE = compiled(r"(?:and|or|as\s+well\s+as)\b", re.IGNORECASE)


def claim_clause(text: str, match: re.Match, named: list[Mention], s0: int) -> tuple[int, int]:
    """The clause of the claim phrase at ``match`` in the sentence ``text`` (at ``s0`` in the
    document, its names ``named``): its start and end in ``text``."""
    lo = text.rfind(";", 0, match.start()) + 1
    hi = text.find(";", match.end())
    hi = len(text) if hi < 0 else hi
    if (unlike := _UNLIKE_RE.match(text, lo)) and unlike.end() <= match.start():
        # "Unlike Crimea, X has never been claimed": Crimea set against X ("Unlike A, which ...")
        lo = lo if denials.RELATIVE_RE.match(text, unlike.end() - 1) else unlike.end()
    if unlike := _UNLIKE_AFTER_RE.search(text, match.end(), hi):
        hi = unlike.start()  # "X was never annexed, unlike Kherson": Kherson is set against X
    asides = [(a, b) for a, b in insertions(text) if text[a : a + 2].strip()[:1] in _ASIDE]
    end = opening_contrast_end(text, lo, hi, {m.start - s0 for m in named})
    if end is not None:  # the subordinate clause, or the main one after it
        lo, hi = (lo, end) if match.start() < end else (end + 1, hi)
    for contrast in scan.finditer(_CONTRAST_RE, text, lo, hi):
        if any(a <= contrast.start() < b for a, b in asides):
            continue
        verb = contrast.group("verb") or contrast.group("past")
        if contrast.end() <= match.start():
            lo = lo if verb else contrast.end()
        elif contrast.start() >= match.end():
            between = any(match.end() <= m.start - s0 < contrast.start() for m in named)
            if between or not (verb or _SHARED_OBJECT_RE.match(text, contrast.start())):
                # (not "the regions Russia claims but does not fully control - A, B, C -")
                return lo, contrast.start()
    return lo, hi


def opening_contrast(text: str, at: int = 0) -> bool:
    """Whether a contrast opens a subordinate clause at ``at``: "Although Moscow claims A, ..."."""
    return _OPENING_CONTRAST_RE.match(text, at) is not None


def opening_contrast_end(text: str, lo: int, hi: int, names: set[int]) -> int | None:
    """Where the subordinate clause that opens ``text[lo:hi]`` with a contrast ends: the first
    comma after it that is no list's ("Although Moscow claims A, B and C, it ..."; not a comma
    a name, "and" or "or" follows, nor one of an aside's); None where no contrast opens it."""
    opening = _OPENING_CONTRAST_RE.match(text, lo)
    if opening is None:
        return None
    spans = insertions(text)
    for comma in _COMMA_RE.finditer(text, opening.end(), hi):
        if comma.end() in names or _LIST_GOES_ON_RE.match(text, comma.end()):
            continue
        if any(a <= comma.start() < b for a, b in spans):
            continue
        closing = any(comma.start() == b for _, b in spans)
        if closing and not _MAIN_SUBJECT_RE.match(text, comma.end()):
            continue  # "Although Moscow, which annexed Crimea, claims A": the aside's comma
        return comma.start()
    return None
