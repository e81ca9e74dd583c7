"""The words of a figure in a sentence: "70%", "70 per cent", "83–85%", "two-thirds", "9/10",
"all of", "the entire", "fully", "seventy per cent", "the remaining quarter", "all but 1.8%"; and
the words that make one no share held ("from 60% to 99%": a change). :mod:`geomap.extract.shares`
reads what each is a share of, who holds it, and when."""

from __future__ import annotations

import re

from geomap.extract.asides import LEFT_OUT
from geomap.patterns import compiled

# A percentage in words, as some outlets write it: "seventy per cent", "forty-five percent".
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {  # "seventy": 70.0, as "seventy per cent" says it
    **{w: float(k + 1) for k, w in enumerate(_UNITS)},
    **{w: float(k + 10) for k, w in enumerate(_TEENS)},
    **{w: float(10 * k + 20) for k, w in enumerate(_TENS)},
}
FRACTIONS = {
    "half": 50.0, "one half": 50.0, "a third": 33.3, "one third": 33.3, "two thirds": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0,
    "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
    "a fourth": 25.0, "one fourth": 25.0, "three fourths": 75.0, "a tenth": 10.0, "one tenth": 10.0,
    **{f"{n} tenths": 10.0 * k for k, n in enumerate(_UNITS[1:], 2)},  # "eight tenths"
    "a sixth": 16.7, "one sixth": 16.7, "five sixths": 83.3, "an eighth": 12.5, "one eighth": 12.5,
    "three eighths": 37.5, "five eighths": 62.5, "seven eighths": 87.5,
    # the fraction characters some outlets set: "¾ of the Donetsk region"
    "½": 50.0, "⅓": 33.3, "⅔": 66.7, "¼": 25.0, "¾": 75.0, "⅕": 20.0, "⅘": 80.0, "⅒": 10.0,
}  # fmt: skip
_FRAC = "|".join(k.replace(" ", r"[\s-]+") for k in sorted(FRACTIONS, key=lambda k: (-len(k), k)))
# "66.5", and "99,5" as much of Europe writes it (not "17,804": a comma before three digits)
_NUM = r"\d+(?:\.\d+|,\d{1,2}(?![\d,]))?"
# "70pc": some British papers; "99-percent occupied"
_PCT = r"(?:\s*|-)(?:%|percent\b|per[\s-]*cent\b|pct\b|pc\b)"
_BARE = r"\d{1,3}(?:\.\d+)?(?!\d|,\d)"
SHARE_RE = compiled(
    rf"(?:(?:\bbetween\s+)?(?<![\w.,])(?P<lo>{_NUM})(?:{_PCT})?\s*(?:-|–|—|to)\s*(?P<hi>{_NUM}){_PCT}"
    rf"|\bbetween\s+(?P<blo>{_NUM})(?:{_PCT})?\s+and\s+(?P<bhi>{_NUM}){_PCT}"
    rf"|(?<![\w,])(?<!\d\.)(?P<num>{_NUM})(?P<plus>-(?:plus|odd)(?=\s+per))?{_PCT}(?P<plus2>\+|-plus\b)?"
    # "73 and 75 percent of A and B respectively": the unit said once, after the last
    rf"|(?<![\w.,])(?P<bare>{_BARE})(?=(?:\s*,\s*|\s+and\s+)(?:{_BARE}(?:\s*,\s*|\s+and\s+))*{_BARE}{_PCT})"
    rf"|\bbetween\s+(?P<flo>{_FRAC})\s+and\s+(?P<fhi>{_FRAC})\b"  # "between a quarter and a third"
    # "less than half a percent", "a tenth of one per cent": a fraction of one percent
    rf"|\b(?P<fpct>{_FRAC})\s+(?:of\s+)?(?:a|one)(?:{_PCT})"
    rf"|\b(?P<frac>{_FRAC})\b"
    # "9/10 of the Luhansk region", "3/4th of" (a fraction before "of": not a date or a score)
    r"|(?<![\w/.,])(?P<over>[1-9])/(?P<under>10|[2-9])(?:th|rd|ths|rds)?(?![\w/.,])(?=\s+of\b)"
    r"|(?P<almost>\b(?:nearly|almost|virtually|practically|essentially|basically|effectively"
    r"|not\s+quite|most)\s+)?"
    r"(?P<all>\ball\s+of|\bthe\s+entirety\s+of|\bthe\s+(?:entire|whole)(?:\s+of)?"
    # ... "- Entire Luhansk region", a list's or a headline's (no article)
    r"|(?<!\ba\s)\bentire(?=(?:\s+[\w'’-]+){1,3}\s+(?:region|oblast|province|state)\b)"
    r"|\b(?:full|complete|total)\s+control[’'\"”]?\s+(?:of|over)"  # ("'in full control' of")
    # "The RSF's control over Central Darfur has been complete since ...": full control
    r"|\b(?:control\s+(?:of|over)|(?:hold|grip)\s+(?:of|over|on))"
    r"(?=\s[^.;:%]{1,60}?\s(?:is|was|has\s+been|had\s+been|remains?"
    r"|became)\s+(?:now\s+)?(?:complete|total)\b))\b"
    r"|(?P<almost2>\b(?:nearly|almost|virtually|practically|all\s+but)\s+)?"
    r"(?P<adverb>\b(?:completely|fully|entirely|wholly)\b)(?=\s+(?:been\s+)?[“\"‘]?(?:liberated|freed|occupied"
    r"|captured|seized|taken|retaken|recaptured|under|controlled|held|in\s+(?:the\s+)?\w+\s+(?:hands|control)"
    r"|controls?|occup(?:y|ies)|holds?)\b)"  # "Russia fully controls X": the verb's object
    # "is now under full RSF control" ("under Ukraine's (its, our) full control"): the whole
    r"|\bunder\s+(?:(?:the\s+)?[\w-]+['’]s\s+|(?:its|their|our)\s+)?"
    r"(?P<adverb2>(?:the\s+)?(?:full|complete|total)\b)(?=\s+(?:[\w-]+\s+)?(?:control|occupation)\b)"
    r")",
    re.IGNORECASE,
)
# Looked for apart, and only in a sentence that has "cent" in it: most have none, and the
# alternatives would slow every other search.
WORDS_RE = compiled(
    rf"\b(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_TEENS)}|{'|'.join(_UNITS)}|(?:a|one)\s+hundred)\s*(?:percent|per\s*cent)\b",
    re.IGNORECASE,
)
# "Ukraine holds the remaining quarter", "... the other half": looked for apart, and only in a
# sentence that has "remaining" or "other" in it (a fraction's name alone is too common a start).
REST_RE = compiled(
    r"(?<=\bthe\s)(?:remaining|other)\s+(?P<rest>quarter|third|fifth|tenth|half)\b", re.IGNORECASE
)
SHARE_OF_RE = compiled(r"\b(?:share|proportion|percentage|portion|fraction)\s+of\s+$", re.I)
# Without one of these a sentence holds no share: one scan of a text finds the sentences to read.
# Two scans: ``re`` skips to a digit at once, where one pattern would try every position.
CUES = (
    compiled(r"\d[\s-]*(?:%|per|pct?\b)|\d/\d|per\s*cent\b", re.IGNORECASE),  # "75-per-cent"
    compiled(
        rf"\b(?:{_FRAC}|(?:remaining|other)\s+(?:quarter|third|fifth|tenth)"
        r"|all\s+of|entire|entirety|whole|(?:full|complete|total)\s+control"
        r"|completely|fully|entirely|wholly|under\s+(?:the\s+)?(?:full|complete|total)"
        r"|(?:is|was|been|remains?|became)\s+(?:now\s+)?(?:complete|total))\b",
        re.IGNORECASE,
    ),
)
# "all but 1%", "all but the remaining 30%", "all except 1%"
ALL_BUT_RE = compiled(
    r"\b(?:(?:all|everything)(?P<of>\s+of\s+[^,;.%]{1,60}?)?"
    r"|the\s+(?:whole|entire(?:ty)?)(?P<of2>\s+(?:of\s+)?[^,;.%]{1,60}?)?)"
    rf"\s+{LEFT_OUT}\s+(?:the\s+)?(?:(?:remaining|last|final)\s+)?$",
    re.IGNORECASE,
)
# ... "all of X but 0.5%": not where the figure is of something else ("all of X but 70% of Y")
OF_AFTER_RE = compiled(
    r"\s+of\s+(?!(?:its|the|their)\s+(?:territory|area|land|region|oblast|province|state)\b"
    r"|it\b)",
    re.IGNORECASE,
)


YEAR_RE = compiled(r"(?:19|20)\d\d")
# "from 60% to 99%": no range, but a change (see _figure)
FROM_TO_RE = compiled(
    r"\b(?:rose|risen|rising|grew|grown|growing|increased|jumped|climbed|expanded|fell|fallen"
    r"|dropped|shrunk|shrank|went|gone|up|down|moved|changed|extended|raised|pushed|cut|reduced)"
    r"\s+(?:[\w'’-]+\s+){0,6}?from\s+"  # "expanded its control of X from 57% to 79%"
    # "went from holding about 57% to 79%"
    r"(?:(?:holding|controlling|occupying|about|around|roughly|some|nearly|almost|just|over|under"
    r"|approximately|less\s+than|more\s+than)\s+)*$",
    re.IGNORECASE,
)


def fraction(words: str) -> float:
    """ "two-thirds", "a Quarter" → 66.7, 25.0."""
    return FRACTIONS[" ".join(re.split(r"[\s-]+", words.casefold()))]


def number(digits: str) -> float:
    """ "66.5", "99,5" → 66.5, 99.5."""
    return float(digits.replace(",", "."))
