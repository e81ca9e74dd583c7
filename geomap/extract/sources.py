"""Who a sentence says its statement comes from: "according to the Institute for the Study of
War", "Ukraine's general staff said". The evidence shows it beside each figure."""

from __future__ import annotations

import re

_ACCORDING_RE = re.compile(
    r"\b(?i:according to) (?:the )?"
    r"(?P<src>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w’'.&-]*))*)"
)
# A name of capitalised words, which may be joined by "of", "for", "the", "and", "on": "the
# Institute for the Study of War said" names the institute, not "War".
_SAID_RE = re.compile(
    r"(?P<src>[A-Z][\w’'-]+(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w’'-]+)*)\s+"
    r"(?:said|says|estimated|estimates|reported|reports|told|stated)\b"
)

# The body a possessive source names, up to the clause's end: "Ukraine's (general staff),".
_BODY_RE = re.compile(r"\s+([a-z]+(?:\s+[a-z]+){0,2})(?=\s*(?:[,.;:)]|$))")


def _source(pattern: re.Pattern, sentence: str) -> str:
    """The name ``pattern`` finds as a sentence's source, without trailing small words."""
    match = pattern.search(sentence)
    if not match:
        return ""
    words = match.group("src").split()
    while words and words[-1].islower():
        words.pop()
    name = " ".join(words).rstrip(",.")
    if name.endswith(("'s", "’s")) and name == match.group("src").rstrip():
        # A possessive names whose body: "according to Ukraine's general staff".
        body = _BODY_RE.match(sentence, match.end())
        if body:
            name += " " + " ".join(body.group(1).split())
    return name


def according_to(sentence: str) -> str:
    """The source an "according to X" names in a sentence, or ""."""
    return _source(_ACCORDING_RE, sentence)


def attribution(sentence: str) -> str:
    """Who a sentence attributes its statement to ("according to X", "X said"), or ""."""
    return _source(_ACCORDING_RE, sentence) or _source(_SAID_RE, sentence)
