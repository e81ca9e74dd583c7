"""Whether a side named in a sentence may be the subject of a verb after it: not a verb's
object ("pushed Russian forces back"), nor in an aside or a clause that opens the sentence ("As
Russia regroups, ..."), unless a relative clause on it has that verb ("Russia, which occupies
99% of X")."""

from __future__ import annotations

import re

from geomap.extract.asides import in_aside, subject_past_asides
from geomap.patterns import compiled

# A side named just after a verb done to it, or a preposition, is that verb's object and no actor:
# "The Ukrainian army has pushed Russian forces back and now controls 40%" (Ukraine controls).
_OBJECT_OF_RE = compiled(
    r"\b(?:push(?:ed|es|ing)?|drove|drive[sn]?|driving|repel\w*|repuls\w*|defeat\w*|attack\w*"
    r"|rout(?:ed|s|ing)?|ambush\w*|encircl\w*|surround\w*|outflank\w*|stopp\w*|halt(?:ed|s|ing)?"
    r"|block(?:ed|s|ing)?|expell?\w*|oust\w*|fought|fight(?:s|ing)?|beat(?:en|s|ing)?|struck"
    r"|strik(?:es|ing)|shell(?:ed|s|ing)|bomb(?:ed|s|ing)|forc(?:ed|es|ing)|pinn(?:ed|ing)"
    r"|(?:fend\w*|held|hold\w*)\s+off|pursu\w*|chas(?:ed|es|ing)|trapp(?:ed|ing)|kill(?:ed|s|ing)"
    r"|target(?:ed|s|ing)|confront\w*|fac(?:ed|es|ing)|resist(?:ed|s|ing)|against|than|with"
    r"|overr[au]n|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|storm(?:ed|s|ing)|besieg\w*"
    # "to the army" ("lost X to the army but remains ..."), not "loyal to Hemedti"
    r"|unlike|despite|amid|amidst|notwithstanding|from|according\s+to|(?<!loyal\s)(?<!allied\s)(?<!aligned\s)(?<!linked\s)to)"
    r"(?:\s+(?:back|off|out|away))?\s+(?:the\s+|its\s+|their\s+|an?\s+)?$",
    re.IGNORECASE,
)


def an_object(text: str, at: int) -> bool:
    """Whether a side named at ``at`` is a verb's object ("pushed the RSF out")."""
    return bool(_OBJECT_OF_RE.search(text, max(0, at - 24), at))


# A side with a relative clause whose verb follows: "to the RSF, which now holds".
_WHICH_RE = compiled(r"[^,;]{0,40}?,\s*(?:which|who)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def may_be_subject(text: str, at: int, pos: int, *, pronoun: bool = False) -> bool:
    """Whether a side named at ``at`` may be the subject of a verb at ``pos``: the one a relative
    clause on it has ("unlike Russia, which occupies 99% of X"), else one outside any insertion
    before the verb and any clause that opens the sentence ("As Russia regroups, ..."), and no
    verb's object; for a ``pronoun`` at ``pos``, the subject of a clause that opens the sentence
    too ("After Russia took Avdiivka, it ...")."""
    if text and _SAID_IN_RE.match(text, at, pos) and _WHICH_BEFORE_RE.search(text, 0, at):
        return False  # "Ukraine, which Russia says holds 20% of X": the one who says it
    if text and _WHICH_RE.match(text, at, pos):
        return True
    opening = _OPENING_RE.match(text) if text and not pronoun else None
    if opening and at < opening.end() <= pos:
        return False
    return (not in_aside(text, at, pos) or subject_past_asides(text, at, pos)) and (
        not (text and an_object(text, at))
        or bool(_WHICH_RE.match(text, at, pos))  # "to the RSF, which now holds X"
        # "With the army in control of X", "with Russia controlling X": the side after "with"
        # is the one in control
        or bool(
            _IN_CONTROL_RE.match(text, at) and _WITH_BEFORE_RE.search(text, max(0, at - 24), at)
        )
    )


# In a relative clause, the side that says what its verb says: "which Russia says holds".
_WHICH_BEFORE_RE = compiled(r",\s*(?:which|who|whom)\s+(?:the\s+)?\Z", re.IGNORECASE)
_SAID_IN_RE = compiled(
    r"[^,;]{0,40}?\s(?:says?|said|claims?|claimed|believes?|estimates?|reports?|insists?"
    r"|maintains?|thinks?|argues?)\s+(?:(?:now|still|only|just|currently|already)\s+)?$",
    re.IGNORECASE,
)
_WITH_BEFORE_RE = compiled(r"\bwith\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# A clause that opens a sentence, with a subject of its own: "As Russia regroups, ...".
_OPENING_RE = compiled(
    r"\s*(?:as|while|when|after|before|since|although|though|because|if|once|until|unless"
    r"|whereas|according\s+to)\b[^,;:]{1,120},",
    re.IGNORECASE,
)
_IN_CONTROL_RE = compiled(
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:in\s+(?:(?:full|complete|total|firm|effective)\s+)?control\b"
    # "with Russia controlling roughly three quarters of each": the subject of the participle
    r"|(?:(?:now|still|already)\s+)?(?:controlling|holding|occupying|retaining|keeping)\b)",
    re.IGNORECASE,
)
