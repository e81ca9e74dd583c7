"""The decisions on what a text's phrases give: each region's share (the current one, or the
first given), its claim, the regions held since an earlier annexation (the units held with no
share given: :mod:`geomap.extract.held_decisions`); and an evidence row for every phrase and
region, saying what became of it."""

from __future__ import annotations

import datetime as dt
import re

from geomap.extract import scan
from geomap.extract.claims import Claim
from geomap.extract.document import Document
from geomap.extract.evidence import IGNORED, SUPERSEDED, USED, Evidence
from geomap.extract.held import Held
from geomap.extract.shares import Share
from geomap.extract.sides import sides
from geomap.figures import format_pct
from geomap.hedges import hedge_sign
from geomap.patterns import compiled
from geomap.regions import Region

# Figures more than this many points apart disagree: two texts' of one date for a region, or the
# two sides' of one text adding up to more than 100 (which then contradict each other).
APART = 5.0
CONTRADICTED = "the text contradicts it"


class Rows:
    """Evidence rows of one document, made with its name and date; with ``keep`` False, only
    what the reading's summary and warnings need of them (a reader that writes no evidence,
    such as ``geomap extract``, is spared tens of thousands of rows per MB of figures)."""

    def __init__(self, document: str, as_of: dt.date | None, *, keep: bool = True) -> None:
        self.document, self.as_of, self.keep = document, as_of, keep
        self.rows: list[Evidence] = []
        self.used: set[tuple[int, int]] = set()  # the spans of the phrases used
        self.contradicted: set[str] = set()  # the regions whose two sides' figures clash
        self._quoted: tuple[object, str] = (None, "")  # the last item quoted: one per region

    def add(self, item: Share | Claim | Held, region: Region | None, kind: str, **fields) -> None:
        if fields.get("decision") == USED:
            self.used.add((item.start, item.end))
        if region is not None and fields.get("reason", "").startswith(CONTRADICTED):
            self.contradicted.add(region.name)
        if not self.keep:
            return
        if self._quoted[0] is not item:
            self._quoted = (item, item.sentence.excerpt(item.start, item.end)[0])
        quote = self._quoted[1]
        self.rows.append(
            Evidence(
                self.document, self.as_of, item.start, item.end, item.text, kind,
                region.code if region else "", region.name if region else "", quote,
                cue=getattr(item, "cue", ""), clause=getattr(item, "clause", ""), **fields,
            )
        )  # fmt: skip


# "..., a claim the army denies", "which Kyiv disputes", "denied by the RSF": someone says it is
# not so. The figure stays what the text says, marked disputed, and the reading warns of it.
_DENY = (
    r"(?:has\s+|have\s+|had\s+)?(?:denie[sd]|deny|rejects?|rejected|disputes?|disputed"
    r"|contest(?:s|ed)?|dismiss(?:es|ed)?)"
)
_DISPUTED_RE = compiled(
    rf"\b(?:an?\s+(?:claim|figure|number|estimate|assertion)|claims|which|something)\s+(?:that\s+)?(?:[\w'’-]+\s+){{1,4}}?"
    rf"{_DENY}\b|\b(?:denied|disputed|contested)\s+by\b"
    # "..., a claim analysts call exaggerated", "a figure analysts say is inflated"
    rf"|\b(?:an?\s+(?:claim|figure|number|estimate|assertion)|which)\s+(?:that\s+)?(?:[\w'’-]+\s+){{1,4}}?"
    r"(?:calls?|called|deems?|deemed|considers?|considered|says?\s+is|said\s+(?:is|was))\s+"
    r"(?:(?:greatly|vastly|wildly|grossly|highly|much|far)\s+)?(?:exaggerated|inflated|overstated"
    r"|false|untrue|unfounded|baseless|implausible|dubious|misleading|far\s+from\s+the\s+truth)\b"
    # "Although the RSF claims to control all of X, the army still holds Y": the text's own
    # word against what a side says
    r"|\A\s*(?:although|though|even\s+though)\s+(?:[\w'’-]+\s+){1,3}(?:claims?|claimed|says?"
    r"|said|insists?|insisted|asserts?|asserted)\b"
    # ... of holding ("Though Kyiv says its troops are advancing" disputes no figure)
    r"(?=[^,;]{0,60}?\b(?:control|hold|held|occup|captur|seiz|took|taken|liberat|retak|retook))"
    # "..., but the army says it still holds Babanusa": a side's word against it
    r"|\bbut\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}(?:says?|said|insists?|insisted)\s+(?:that\s+)?"
    r"(?:it|they)\s+still\s+(?:holds?|controls?)\b"
    # "..., while Kyiv put the figure at 70%", "...; Ukraine says the real figure is closer to 70%"
    r"|\b(?:[\w'’-]+\s+){1,3}(?:put|puts|putting|estimates?|estimated|says?|said)\s+(?:that\s+)?"
    r"(?:the\s+(?:real\s+|actual\s+|true\s+)?(?:figure|share|number)|it)\s+(?:at|is|was)\s+"
    r"(?:closer\s+to\s+|nearer\s+|only\s+|about\s+|around\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)",
    re.IGNORECASE,
)
# Without one of these words a sentence says no one disputes it (a scan of a sentence for the
# pattern above tries its last part, which starts with any word, at every word).
_DISPUTE_WORDS_RE = compiled(
    r"den(?:ie|y)|reject|disput|contest|dismiss|says?\b|said|insist|\bputs?\b|putting|estimat"
    r"|claim|assert|\bcall|deem|consider",
    re.IGNORECASE,
)
# ... or the clause or sentence after it: "...; the army denies this", "Ukraine disputes that.",
# "This is not true.", "They always exaggerate."
_DENIED_AFTER_RE = compiled(
    rf"\s*(?:[AQ]\s*:\s*)?(?:(?:[\w'’-]+\s+){{1,4}}?{_DENY}\s+(?:this|that|it|the\s+(?:claim|figure|report)s?"
    r"|these\s+(?:claims|figures))\b"
    # ... "Kyiv says the figures are inflated"
    r"|(?:(?:[\w'’-]+\s+){1,3}(?:says?|said|insists?|argues?)\s+(?:that\s+)?)?"
    r"(?:(?:the|these|those|such|that|this)\s+(?:[\w'’-]+\s+)?(?:claims?|figures?|numbers?)|this|that"
    r"|it)"
    r"\s+(?:is|was|are|were)"
    r"\s+(?:false|untrue|not\s+true|incorrect|wrong|inflated|overstated|fabricated|fake"
    r"|(?:an?\s+)?exaggerat\w*)\b"
    r"|(?:they|he|she|it)\s+(?:always\s+|often\s+)?exaggerat\w*)",
    re.IGNORECASE,
)
# ... but not where no one does: "a figure Kyiv does not dispute", "which no one denies"
_NOT_DENIED_RE = compiled(
    r"\b(?:not|never|no\s+one|nobody|none)\s+(?:(?:seriously|really|even)\s+)?(?:den|dispute"
    r"|reject|contest|dismiss)|n['’]t\s+(?:(?:seriously|really|even)\s+)?(?:den|dispute|reject"
    r"|contest|dismiss)",
    re.IGNORECASE,
)
# A fact-check's verdict on the claim before it, even in a paragraph of its own: "Verdict: False."
_VERDICT_RE = compiled(
    r"\s*(?:verdict|rating|ruling|our\s+(?:verdict|rating|ruling))\s*[:—–-]\s*"
    r"(?:false|mostly\s+false|misleading|incorrect|wrong|exaggerated|untrue|fake)\b",
    re.IGNORECASE,
)


def mark_disputed(items: list[Share] | list[Held], doc: Document | None = None) -> None:
    """Mark each item read whose sentence, or the next in its paragraph (of ``doc``), says
    someone denies or disputes it."""
    said: dict[int, str] = {}  # by sentence: a text gives many figures in one sentence
    for item in items:
        if item.regions and not item.reason:
            k = item.sentence.index
            if k not in said:
                text = item.sentence.text
                found = _DISPUTE_WORDS_RE.search(text) and scan.search(_DISPUTED_RE, text)
                if found is None and ";" in text:  # "...; the army denies this."
                    found = _DENIED_AFTER_RE.match(text, text.rindex(";") + 1)
                if found is None and doc is not None and k + 1 < len(doc.sentences):
                    after = doc.sentences[k + 1]
                    found = _DENIED_AFTER_RE.match(after.text) if doc.goes_on(after) else None
                    found = found or _VERDICT_RE.match(after.text)
                if found and _NOT_DENIED_RE.search(found.group()):
                    found = None
                said[k] = " ".join(found.group().split()) if found else ""
            item.disputed = said[k]


def mark_conflicting(shares: list[Share], doc: Document | None) -> None:
    """Mark the figures two sources in the text give apart for one region and holder ("Russia
    says it holds 70% of X. Ukraine says Russia holds only 60%."): each disputed by the other's,
    where nothing else is said against it."""
    if doc is None:
        return
    groups: dict[tuple[str, str], dict[str, list[Share]]] = {}
    credits: dict[int, str] = {}  # by sentence: a sentence may give many figures
    for s in shares:
        if s.regions and not s.reason and s.currency >= 0 and s.numeric and s.value is not None:
            k = s.sentence.index
            by = credits[k] if k in credits else credits.setdefault(k, doc.credit(s.sentence))
            for region in s.regions if by else ():
                groups.setdefault((s.holder, region.code), {}).setdefault(by, []).append(s)
    for by_source in (g for g in groups.values() if len(g) > 1):
        # each source's lowest and highest figure: a figure apart from another's is apart from one
        ends = {
            by: (min(items, key=_value), max(items, key=_value)) for by, items in by_source.items()
        }
        for by, items in by_source.items():
            for share in items:
                apart = [
                    t for other, pair in ends.items() if other != by for t in pair
                    if abs(_value(t) - _value(share)) > APART
                ]  # fmt: skip
                if apart and not share.disputed:
                    share.disputed = f"{doc.credit(apart[0].sentence)} gives {apart[0].text}"


def _value(share: Share) -> float:
    return share.value or 0.0


def disputed_note(item: Share | Held | None) -> str:
    """ "disputed: 'a claim the army denies'", or "" where nothing is said against it."""
    return f"disputed: '{item.disputed}'" if item is not None and item.disputed else ""


# The hedge of the other side's share where a hedged 100% of the defending side's is read as
# none of the controlling side's: below 100% is above 0%.
_COMPLEMENT_HEDGE = {"<": "over", "≤": "at least"}


def _complement(share: Share) -> None:
    """Read what a share the defending side holds says of the other's control, where it says
    it exactly."""
    two = sides()
    if share.holder != two.defender or share.reason:
        return
    if share.totality or share.value == 100:
        # "the entire Kyiv region was liberated", "is 100% de-occupied": no Russian control.
        share.note = f"the whole region held by {two.defender}: {share.text!r}"
        share.value, share.holder, share.basis = 0.0, two.controller, "inferred"
        # "nearly 100%" of the defending side's is more than none of the other's
        share.hedge = _COMPLEMENT_HEDGE.get(hedge_sign(share.hedge), share.hedge)
    elif share.all_but and share.value is not None:
        # "Ukraine has liberated all but 1.8% of Kharkiv": 1.8% is still Russian-held.
        share.value, share.holder = round(100 - share.value, 1), two.controller
        share.note = "the part not liberated"


def _current(items: list[Share]) -> Share:
    """The figure no one in the text disputes, presented as current, or dated latest; of
    equals, a figure or a range over a bound ("more than half", then "between 52% and 58%"), then
    the first given."""
    return max(
        items,
        key=lambda s: (not s.disputed, s.currency, s.dated or dt.date.min, not _bound(s), -s.start),
    )


def _bound(share: Share) -> bool:
    """Whether a share is given as a bound only: "more than half", "up to 70%", "nearly 80%"."""
    return share.pct_range is None and hedge_sign(share.hedge) in _BOUNDS


_BOUNDS = (">", "<", "≥", "≤")


def _contradicted(chosen: dict[str, Share], held: dict[str, Share]) -> dict[str, Share]:
    """ "... claimed Ukraine had lost all of X. In fact, Kyiv still holds a quarter of X": the
    regions whose figures of the two sides cannot both be true (taken out of ``chosen``: no
    figure), with the defending side's."""
    contradicted = {
        code: held[code] for code, best in chosen.items()
        if code in held and (best.value or 0) + (held[code].value or 0) > 100 + APART
    }  # fmt: skip
    for code in contradicted:
        del chosen[code]
    return contradicted


# The verbs of a side taking land back: a figure the defending side "liberated" is a gain where the
# other side's figure for the region leaves more than it unaccounted for.
_RETAKEN_RE = compiled(
    r"liberat|retak|retook|re-?captur|regain|reclaim|de-?occup|freed|recover", re.IGNORECASE
)


def _gains(chosen: dict[str, Share], held: dict[str, Share]) -> dict[str, Share]:
    """ "31% of X is occupied; 5% has been liberated": the regions whose defending side's
    figure, read from a verb of taking back, falls short of what the other side's leaves by more
    than the figures' margin (taken out of ``held``: a gain, not all it holds)."""
    gains = {
        code: share for code, share in held.items()
        if code in chosen and _RETAKEN_RE.search(share.cue)
        and (chosen[code].value or 0) + (share.value or 0) < 100 - APART
    }  # fmt: skip
    for code in gains:
        del held[code]
    return gains


def _why_first(best: Share, share: Share) -> str:
    """Why ``best`` is used rather than ``share``, of the same region."""
    if share.disputed and not best.disputed:
        return "no one in the text disputes it"
    if best.currency > share.currency:
        return "the text presents it as current"
    if (best.dated or dt.date.min) > (share.dated or dt.date.min):
        return f"the text gives it for a later date, {best.dated}"
    if _bound(share) and not _bound(best):
        return f"a figure, where '{share.text}' is a bound"
    return "given first in the text"


def share_decisions(shares: list[Share], rows: Rows) -> tuple[dict[str, Share], dict[str, Share]]:
    """Each region's share held by the controlling side and by the defending side; a row for
    every phrase and region."""
    two = sides()
    by_holder: dict[str, dict[str, list[Share]]] = {two.controller: {}, two.defender: {}}
    for share in shares:
        _complement(share)
        if not share.reason:
            for region in share.regions:
                by_holder[share.holder].setdefault(region.code, []).append(share)
    chosen = {}
    for code, items in by_holder[two.controller].items():
        best = _current(items)
        if best.currency >= 0:  # else every figure for it describes an earlier time
            chosen[code] = best
    held = {  # (not one of an earlier time: "Before the invasion, Kyiv held 60% of X")
        code: best
        for code, items in by_holder[two.defender].items()
        if (best := _current(items)).currency >= 0
    }
    contradicted = _contradicted(chosen, held)
    gains = _gains(chosen, held)

    def decision(share: Share, code: str) -> tuple[str, str]:
        if share.reason:
            return IGNORED, share.reason
        if share.holder == two.defender and gains.get(code) is share:
            return IGNORED, (
                f"a gain of {two.defender}'s, not all it holds: {chosen[code].text} is held by "
                f"{two.controller}, which leaves more than {share.text} to {two.defender}"
            )
        if share.holder == two.defender:
            return IGNORED, (
                f"held by {two.defender}: reported as such, "
                f"not as {two.controller_adjective} control"
            )
        best = chosen.get(code)
        if code in contradicted:
            other = contradicted[code]
            return IGNORED, (
                f"{CONTRADICTED}: {two.defender} holds {other.text} "
                f"('{other.sentence.excerpt(other.start, other.end)[0]}')"
            )
        if best is None:
            return IGNORED, "describes an earlier time, not the text's date"
        if best is share:
            return USED, "; ".join(
                n for n in (range_note(share), share.note, disputed_note(share)) if n
            )
        return SUPERSEDED, f"{best.text} ({_why_first(best, share)}) is used instead"

    for share in shares:
        targets: list[Region | None] = [*share.regions] or [None]
        for target in targets:
            verdict, reason = decision(share, target.code) if target else (IGNORED, share.reason)
            rows.add(
                share, target, kind="share", value=share.value, pct_range=share.pct_range,
                hedge=share.hedge, holder=share.holder, decision=verdict, reason=reason,
            )  # fmt: skip
    return chosen, held


def claim_decisions(
    claims: list[Claim], rows: Rows, chosen: dict[str, Share]
) -> tuple[dict[str, Claim], dict[str, Claim]]:
    """Each region's claim (the first given) and the regions held since an earlier annexation
    (the profile's rule: Crimea, annexed in 2014)."""
    claimed: dict[str, Claim] = {}
    inferred: dict[str, Claim] = {}
    denied = _denied_after(claims)
    for claim in claims:
        for region in claim.regions:
            code = region.code
            if claim.reason:
                rows.add(claim, region, kind="claim", claimed=True, reason=claim.reason)
                continue
            if (id(claim), code) in denied:
                why = f"denied after it ({denied[id(claim), code].note})"
                rows.add(claim, region, kind="claim", claimed=True, decision=SUPERSEDED,
                         reason=why)  # fmt: skip
                continue
            if claim.annexed_2014 and code not in chosen and code not in inferred:
                inferred[code] = claim
                rows.add(claim, region, kind="share", value=100.0, holder=sides().controller,
                         decision=USED, reason=claim.note)  # fmt: skip
            if code in claimed:
                why = f"claim “{claimed[code].text}” given first"
                rows.add(claim, region, kind="claim", claimed=claim.claimed,
                         decision=SUPERSEDED, reason=why)  # fmt: skip
                continue
            claimed[code] = claim
            rows.add(claim, region, kind="claim", claimed=claim.claimed, decision=USED,
                     reason=claim.note)  # fmt: skip
    return claimed, inferred


# A word that sets what follows against what came before: "..., but Moscow has made no claim"
_CONTRAST_RE = compiled(r"\b(?:but|yet|though|although|however)\b", re.IGNORECASE)


def _denied_after(claims: list[Claim]) -> dict[tuple[int, str], Claim]:
    """The claims of a region that a denial after it takes back: in its sentence past a word of
    contrast ("Putin calls A and B historically Russian lands, but Moscow has made no formal
    claim to them"), or in the next sentence ("... . Moscow has made no formal claim to them."),
    with the denial, by the claim's identity and the region's code."""
    denials = [c for c in claims if c.claimed is False and not c.reason]
    found: dict[tuple[int, str], Claim] = {}
    for claim in claims if denials else ():
        if not claim.claimed or claim.reason:
            continue
        text, s0, k = claim.sentence.text, claim.sentence.start, claim.sentence.index
        for denial in denials:
            after = denial.sentence.index == k + 1 or (
                denial.sentence.index == k
                and denial.start >= claim.end
                and _CONTRAST_RE.search(text, claim.end - s0, denial.start - s0) is not None
            )
            for region in claim.regions if after else ():
                if region in denial.regions:
                    found.setdefault((id(claim), region.code), denial)
    return found


def range_note(share: Share | None) -> str:
    if share is None or not share.pct_range:
        return ""
    lo, hi = (format_pct(v) for v in share.pct_range)
    return f"a range, {lo}–{hi}%: mapped at its middle, {format_pct(share.value)}%"
