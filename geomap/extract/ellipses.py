"""Names that share the rest of the last name in a list: "West, Central and South Darfur",
"North and South Kordofan", "Northern and River Nile states" (each unit named in full)."""

from __future__ import annotations

from geomap.extract.text import Mention, Token, expand, name_at, nouns, token_at
from geomap.regions import Region

_ONES_VERBS = frozenset({"is", "was", "has", "remains", "remained", "stays", "lies"})


def ellipsis_at(toks: list[Token], i: int) -> tuple[tuple[Region, ...], int]:
    """ "West, Central and South Darfur", "North and South Kordofan": first words that share
    the rest of the last name in a list; the units they name (each one of its own, in order)
    and the tokens used, or ((), 0). Also "Northern and River Nile states": a word that is a
    name with the unit noun closing the list ("Northern State")."""
    shared = _shares_the_noun(toks, i)
    if shared[1]:
        return shared
    firsts: list[str] = []
    k = i
    while k < len(toks) and len(firsts) < 8:
        if not toks[k].text[:1].isupper():
            return (), 0
        regions, n = name_at(toks, k)
        if n >= 2 and firsts:
            rest = " ".join(t.text for t in toks[k + 1 : k + n])
            if rest.lower() in nouns() and k + n < len(toks) and toks[k + n].key in _ONES_VERBS:
                return (), 0  # "holds A and B and C state is under ...": C's own clause
            named = [expand(f"{first} {rest}") for first in firsts]
            if not all(len(r) == 1 for r in named):
                return (), 0
            return tuple(r for found in [*named, regions] for r in found), k + n - i
        if n:
            return (), 0  # a name of its own: not the first word of a shared one
        firsts.append(toks[k].text)
        k += 1
        separators = 0
        while k < len(toks) and toks[k].key in (",", "and", "&") and separators < 2:
            k, separators = k + 1, separators + 1
        if not separators:
            return (), 0
    return (), 0


def ellipsis_before(toks: list[Token], first: Mention) -> tuple[Region, ...]:
    """ "West, Central and South Darfur are ...": the units of the first words before a name
    that share the rest of it (see :func:`ellipsis_at`), ``first`` that name; () for none."""
    return ellipsis_from(toks, first)[1]


def ellipsis_from(toks: list[Token], first: Mention) -> tuple[int, tuple[Region, ...]]:
    """The token the ellipsis that ends with the name ``first`` starts at, and its units (see
    :func:`ellipsis_before`); (-1, ()) for none."""
    k = token_at(toks, first.start)
    found: tuple[int, tuple[Region, ...]] = (-1, ())
    for j in range(k - 2, max(-1, k - 12), -1):  # the furthest back that ends at the name
        regions, used = ellipsis_at(toks, j)
        if used and toks[j + used - 1].end == first.end:
            found = (j, regions)
    return found


def _shares_the_noun(toks: list[Token], i: int) -> tuple[tuple[Region, ...], int]:
    """ "Northern" in "Northern, River Nile and Red Sea states": a capitalised word, no name on
    its own, in a list of names closed by a unit noun in the plural, that is a name with that
    noun ("Northern State"). The unit and one token, or ((), 0)."""
    if not toks[i].text[:1].isupper():
        return (), 0
    generic = nouns()
    k = i + 1
    while k < len(toks) and k - i < 24:
        word = toks[k]
        if word.key in (",", "and", "&"):
            k += 1
            continue
        if word.text[:1].isupper():
            k += name_at(toks, k)[1] or 1  # a name, or another word such as this one
            word = toks[k - 1]  # a name may end with the noun: "River Nile states"
        if word.key in generic and word.key.endswith("s"):
            regions = expand(f"{toks[i].text} {word.key[:-1]}")
            return (regions, 1) if len(regions) == 1 else ((), 0)
        if not word.text[:1].isupper():
            break
    return (), 0
