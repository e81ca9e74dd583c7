"""How much the reading depends on the words it was developed against: the development corpus's
passages, each rewritten in ways that keep its meaning, should read the same.

    python benchmarks/rewrites.py [--verbose]      (at the project root; needs ../shared)

Three kinds of rewrite, each applied to every passage where it changes the text:

* wordings that say the same ("controls" and "holds", "Russian forces" and "Moscow's forces",
  "the Donetsk region" and "Donetsk Oblast", "about" and "roughly", "%" and "per cent", an
  aside after the actor, "Meanwhile, Russia's army, ..." for "Russia", double quotes as single,
  paragraphs joined or split into lines, an unrelated paragraph before or after): the figures
  and claims must not change;
* two units' names swapped throughout, with every spelling the profile knows (Zaporizhzhia and
  Kherson; Donetsk and Luhansk, "DPR" and "LPR"): the figures and claims must swap with them;
* every whole percentage from 20 to 95 lowered by 3 (ranges at both ends): the figures must
  follow, and nothing else change.

A last rewrite that changes the meaning (Russia and Ukraine swapped) shows that the comparison
can fail: most passages must read differently. Prints each passage that reads differently and
a line per kind; exits 1 where a meaning-keeping rewrite changed a reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from geomap.extract import read_document
from geomap.profile import current

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "extract-dev"
Reading = tuple[dict[str, float], dict[str, bool]]

_VERBS = {"controls": "control", "holds": "hold", "occupies": "occupy"}
_REGION = r"(Donetsk|Luhansk|Zaporizhzhia|Kherson|Kharkiv)"
_ABOUT = r"\b(?:about|around|roughly|approximately) (\d)"
_PERCENT = r"(\d) ?(?:percent|per cent)\b"
_HOLDS = r"\bRussia (controls|holds|occupies)\b"
# What says the same: (the rewrite, the pattern, what each match becomes)
SAME: list[tuple[str, str, str | Callable[[re.Match], str]]] = [
    ("'%' as 'percent'", r"(\d)%", r"\1 percent"),
    ("'percent' as 'per cent'", _PERCENT, r"\1 per cent"),
    ("'percent' as '%'", _PERCENT, r"\1%"),
    ("'X region' as 'X Oblast'", rf"\b{_REGION} region\b", r"\1 Oblast"),
    ("'X region' as 'X province'", rf"\b{_REGION} (?:region|oblast|Oblast)\b", r"\1 province"),
    ("'the X region' as 'the region of X'", rf"\bthe {_REGION} region\b", r"the region of \1"),
    ("'Oblast' in lower case", r"\bOblast\b", "oblast"),
    ("'controls' as 'holds'", r"\bcontrols\b", "holds"),
    ("'holds' as 'controls'", r"\bholds\b", "controls"),
    ("'controlled by' as 'held by'", r"\bcontrolled by\b", "held by"),
    ("'now' before a verb of holding", r"\b(controls|holds|occupies)\b", r"now \1"),
    ("'Russian forces' as 'Russian troops'", r"\bRussian forces\b", "Russian troops"),
    ("'Russian troops' as 'Russian forces'", r"\bRussian troops\b", "Russian forces"),
    ("'Russian forces' as 'Moscow's forces'", r"\bRussian forces\b", "Moscow's forces"),
    ("Russia's forces as 'the Russian army'", r"\bRussian (?:forces|troops)\b", "the Russian army"),
    (
        "Russia's forces as 'Russia's military'",
        r"\bRussian (?:forces|troops)\b",
        "Russia's military",
    ),
    ("'Russia' as 'the Russian Federation'", r"\bRussia\b(?!['’])", "the Russian Federation"),
    (
        "'Russia' as 'Moscow' before a verb",
        r"\bRussia (controls|holds|occupies|claims|annexed|has|says)\b",
        r"Moscow \1",
    ),
    (
        "'Russia' as 'Russian forces' before a verb",
        _HOLDS,
        lambda m: f"Russian forces {_VERBS[m.group(1)]}",
    ),
    ("an aside after 'Russia'", _HOLDS, r"Russia, which invaded in February 2022, \1"),
    (
        "'Meanwhile,' and an owner's forces before a sentence's verb of holding",
        r"(?:(?<=[.!?] )|(?<=\n)|\A)(?:Russia|Moscow)(?= (?:now |currently |still )?"
        r"(?:controls|holds|occupies)\b)",
        "Meanwhile, Russia's army, which has pressed on,",
    ),
    ("'percent' as 'pc'", _PERCENT, r"\1pc"),
    ("'Ukrainian forces' as 'Ukrainian troops'", r"\bUkrainian forces\b", "Ukrainian troops"),
    ("'Ukrainian troops' as 'Ukrainian forces'", r"\bUkrainian troops\b", "Ukrainian forces"),
    ("'about' as 'roughly'", _ABOUT, r"roughly \1"),
    ("'about' as 'approximately'", _ABOUT, r"approximately \1"),
    ("'about' as 'an estimated'", _ABOUT, r"an estimated \1"),
    ("'about' as 'some'", _ABOUT, r"some \1"),
    ("'more than' as 'over'", r"\bmore than (\d)", r"over \1"),
    ("'75%' as 'three-quarters'", r"\b75 ?(?:%|percent|per cent)", "three-quarters"),
    ("straight apostrophes as curly", r"'", "’"),
    ("curly quotes as straight", r"[’“”]", lambda m: "'" if m.group() == "’" else '"'),
    (
        "double quotes as single (the British style)",
        r"\"([^\"\n]{1,300})\"|“([^”\n]{1,300})”",
        lambda m: f"'{m.group(1)}'" if m.group(1) is not None else f"‘{m.group(2)}’",
    ),
    ("' - ' as ' — '", r" - ", " — "),
    ("a space before 'percent' unbreakable", r"(\d) (percent|per cent)", "\\1\u00a0\\2"),
    ("an unrelated paragraph before", r"\A", "Air raid sirens sounded overnight.\n\n"),
    ("an unrelated paragraph after", r"\s*\Z", "\n\nTalks resume next week, officials said.\n"),
    ("paragraphs joined", r"\n\s*\n", "\n"),
    ("each sentence on a line", r"(?<=[a-z]\.) (?=[A-Z])", "\n"),
]
SWAPS = [("UA-23", "UA-65"), ("UA-14", "UA-09")]
_ABBREVIATIONS = {"DPR": "LPR", "LPR": "DPR", "DNR": "LNR", "LNR": "DNR"}


def read(text: str, date: str | None) -> Reading:
    as_of = dt.date.fromisoformat(date) if date else None
    reading = read_document(text, as_of=as_of, document="passage.txt")
    shares = {
        f.region_code: round(f.controlled_pct, 1)
        for f in reading.figures
        if f.controlled_pct is not None
    }
    claims = {f.region_code: f.claimed for f in reading.figures if f.claimed is not None}
    return shares, claims


def swapper(a: str, b: str) -> Callable[[str], str]:
    """A rewrite that swaps every spelling of units ``a`` and ``b`` the profile knows."""
    spellings = {r["code"]: [r["name"], *r.get("aliases", ())] for r in current().regions}
    to = {n: spellings[b][0] for n in spellings[a]} | {n: spellings[a][0] for n in spellings[b]}
    to |= {k: v for k, v in _ABBREVIATIONS.items() if k in to}
    alternatives = "|".join(map(re.escape, sorted(to, key=len, reverse=True)))
    names = re.compile(rf"\b({alternatives})\b")
    return lambda t: names.sub(lambda m: to[m.group()], t)


def _lowered(match: re.Match) -> str:
    value = int(match.group())
    return str(value - 3) if 20 <= value <= 95 else match.group()


def shifted(text: str) -> str:
    """Every whole percentage from 20 to 95 lowered by 3, both ends of a range."""
    figure = r"(?<!\d[-–])(?<!\d\s[-–]\s)\b\d{2}(?=(?:\s?[-–]\s?\d{2})?\s?(?:%|percent|per cent))"
    upper = r"(?<=\d[-–])\d{2}(?=\s?(?:%|percent|per cent))|(?<=\d\s[-–]\s)\d{2}(?=\s?%)"
    return re.sub(figure, _lowered, re.sub(upper, _lowered, text))


def _follows(base: Reading, got: Reading) -> bool:
    """Whether ``got`` is ``base`` with its whole figures from 20 to 95 lowered by 3."""
    if got[1] != base[1] or set(got[0]) != set(base[0]):
        return False
    return all(
        abs(got[0][k] - v) < 0.01 or abs(got[0][k] - (v - 3)) < 0.6 for k, v in base[0].items()
    )


def _differs(text: str, date: str | None, rewritten: str, want: Callable[[Reading], bool]):
    """None where the rewrite changed nothing; else the reading that ``want`` refuses, or ()."""
    if rewritten == text:
        return None
    got = read(rewritten, date)
    return () if want(got) else got


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print each reading that differs")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no development corpus at {CORPUS}: this benchmark needs ../shared", file=sys.stderr)
        return 2
    cases = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
    meaning = "(meaning changed) Russia and Ukraine swapped"
    kinds = [kind for kind, *_ in SAME] + [f"{a} and {b} swapped" for a, b in SWAPS]
    counts = {kind: [0, 0] for kind in [*kinds, "figures lowered by 3", meaning]}
    for case in cases:
        text = (CORPUS / "texts" / case["file"]).read_text(encoding="utf-8")
        date = case.get("date")
        base = read(text, date)
        tried: list[tuple[str, str, Callable[[Reading], bool]]] = [
            (kind, re.sub(pattern, to, text), base.__eq__) for kind, pattern, to in SAME
        ]
        for a, b in SWAPS:
            to = {a: b, b: a}
            want = tuple({to.get(k, k): v for k, v in part.items()} for part in base)
            tried.append((f"{a} and {b} swapped", swapper(a, b)(text), want.__eq__))
        tried.append(("figures lowered by 3", shifted(text), partial(_follows, base)))
        sides = re.sub(r"\b(Russia|Ukraine)\b", lambda m: "Ukraine" if m[0] == "Russia"
                       else "Russia", text)  # fmt: skip
        tried.append((meaning, sides, base.__eq__))
        for kind, rewritten, want_it in tried:
            got = _differs(text, date, rewritten, want_it)
            if got is None:
                continue
            counts[kind][1] += 1
            if got:
                counts[kind][0] += 1
                if args.verbose:
                    print(f"{kind}: {case['file']}: {base} -> {got}")
    changed = 0
    for kind, (differ, total) in counts.items():
        print(f"{differ:3d} of {total:3d} read differently: {kind}")
        changed += differ * (kind != meaning)
    print(f"meaning-keeping rewrites that changed a reading: {changed}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
