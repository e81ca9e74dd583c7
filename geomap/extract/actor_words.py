"""The words that name a side as an actor: its name, its forces, its adjective before the
subject's noun, its rivals ("the army's rivals"), with the profile's placeholders (see
:mod:`geomap.extract.sides`); :mod:`geomap.extract.actors` finds them."""

from __future__ import annotations

from geomap.extract.asides import IN_ASIDE

# "The army's rivals", "Ukraine's enemies", "Moscow's foes": the other side (see find_actors).
RIVAL_WORDS = r"(?:rivals?|opponents?|enem(?:y|ies)|foes?|adversar(?:y|ies))\b"
_RIVALS = r"['’]s(?=\s+(?:\w+\s+)?" + RIVAL_WORDS + ")"
# A side's adjective before the subject's noun and its verb of holding: "Ukrainian formations
# occupy a quarter of X", "Russian assault groups hold" (whatever the noun; not what a source
# says: "Ukrainian officials say ...").
_SUBJECT_NOUNS = (
    r"(?:(?!(?:officials?|sources?|estimates?|data|figures|analysts?|media|reports?|maps?"
    r"|says?|said|claims?|to|of|the|an?|and|or|in|on|at|by|for|with|from|that|which|who|has|have"
    r"|had|is|are|was|were|be|been|will|would|must|can|could|should|may|might|does|do|did|not"
    r"|cede[sd]?|ceding|lose|loses|lost|give|gives|gave|hand|hands|handed|take|took|retake"
    r"|regain|wants?|agreed?)\b)[a-z][\w-]*\s+){1,2}?"
    r"(?=(?:still\s+|now\s+|only\s+|currently\s+)?(?:(?:fully|completely|entirely)\s+)?"
    r"(?:holds?|controls?|occup(?:y|ies)|retains?"
    r"|keeps?|defends?)\b)"
)
# The controlling side named by what it does: "the occupiers", "the invaders", "the occupation
# forces control 79.5%", "occupying troops".
OCCUPIERS = (
    r"occupier\w*|invader\w*"
    r"|occup(?:ation|ying)\s+(?:forces|troops|army|units|authorities|administration)"
)
# A side named as an actor.
CONTROLLER_ACTOR = (
    r"\b(?:«C»|«CF»|«CB»|separatist\w*|" + OCCUPIERS + r"|the\s+enemy|the\s+aggressor"
    r"|pro-(?:«CA»|«C»|«CCAP»)"
    r"|«CCAP»-backed|(?:«C»|«CCAP»)(?=" + _RIVALS + r")"
    r"|«CA»\s+" + _SUBJECT_NOUNS + r")\b"
)


DEFENDER_ACTOR = (
    r"\b(?:«DA»\s+(?:(?:armed|defen[cs]e)\s+forces|forces|troops|army|military|side|defenders"
    r"|government|units?|soldiers"
    r"|convoys?|columns?|brigades?|battalions?|divisions?|regiments?|patrols?|commanders?"
    # the other side's words for them: "liberated from Ukrainian nationalists (militants)"
    r"|nationalists|neo-?nazis|militants|formations|militias?"
    r"|fighters|artillery|navy|marines|paratroopers|officials|officers|generals|leaders"
    r"|spokes(?:man|woman|person))"
    # "the Ukrainians still hold 20% of X": the side's people, before a verb of holding
    r"|the\s+«DA»s(?=\s+(?:still\s+|now\s+|only\s+)?(?:hold|control|occupy|retain|keep|defend)\b)"
    # "Ukraine forces", "Testland troops": the side's name before its forces' noun
    r"|«D»(?=\s+(?:forces|troops|army|military|soldiers|units|fighters|defenders)\b)"
    # "army-aligned forces hold 60% of X": its allies, on its side
    r"|(?:«DA»|«D»)-(?:aligned|allied|backed)\s+(?:forces|troops|fighters|militias?|groups?|units)"
    # "Kyiv's forces", "the Kyiv regime's forces"; "Ukrainian control of X has grown to 96%"
    r"|«DF»|«DB»|«D»(?:\s+(?:regime|government|authorities|leadership))?['’]s\s+"
    r"(?:(?:armed\s+|defen[cs]e\s+)?forces|troops|army|military|soldiers"
    r"|defenders|(?=(?:control|grip|hold)\s+(?:of|over|on)\b)"
    # "Ukraine's share of X is down to 30%", "Kyiv's grip now extends over 30% of X"
    r"|(?=(?:shares?|foothold|bridgehead)\b|(?:control|grip|hold)\s+(?:now\s+)?(?:extends|covers"
    r"|stretches|spans)\b))"
    r"|«DA»(?=\s+(?:(?:control|grip|hold)\s+(?:of|over|on)\b|control\s+(?:has|had|is|was|now"
    r"|rose|grew|stands|stood|remains)\b))"
    # a headline's "Army regains control of ...": at its start, before a verb of taking
    r"|(?:^|(?<=:\s))(?:«DBH»)(?=\s+(?:\w+\s+)?(?:regains?|recaptur\w*|retak\w*|retook|seiz\w*"
    r"|captur\w*|takes|took|controls|holds|liberat\w*|wins|won|enters|entered|declares|declared)\b)"
    # "... and Ukraine 30% of Y": the verb left out
    r"|«D»(?=\s+(?:(?:about|roughly|around|some|nearly|almost|over|just)\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent))"
    r"|«D»(?:(?:['’]s)?\s+(?:regime|government|authorities|leadership)\b)?"  # "Kyiv's regime"
    rf"(?=(?:\s*,{IN_ASIDE}{{1,150}},|\s*\([^()]{{1,150}}\)|\s+[—–][^—–]{{1,150}}[—–]"
    r"|\s+-\s[^—–;]{1,150}?\s-)?"  # " - ": a dash typed as a hyphen
    r"\s+(?:still\s+|now\s+|only\s+|currently\s+|no\s+longer\s+|(?:does|did)\s+not\s+)?"
    r"(?:(?:fully|completely|entirely|wholly|firmly)\s+)?(?:holds?|held"  # ("now fully controls")
    r"|controls?|controlled|retains?|maintains?|keeps?|kept|has|had|lost|is|was|remains?"
    r"|took|takes|seized|captured|recaptured|retook|regained|won|liberated|declared|declares"
    r"|clings|clung|owns|governs|administers|defends|defended|claims|claimed"
    r"|holding|controlling|retaining|keeping"  # "With Ukraine holding 25% of X, ..."
    # "Ukraine defeated Russia and now holds ...": a verb done to the other side
    r"|defeated|pushed|drove|repelled|repulsed|routed|expelled|attacked|struck|launched|freed"
    r"|withdrew|retreated|pulled"  # "Ukraine withdrew from X": a side put out
    r"|abandoned|evacuated|surrendered|gave\s+up"  # "... abandoned its last positions in X"
    r"|recovered|reclaimed|advanced|gained|beat"
    # "Russia says Ukraine must leave ...": the subject of a modal's verb
    r"|cannot|can['’]t|can|must|should|will|would|could|may|might|won['’]t|wouldn['’]t"
    r"|(?:refuses?|wants?|needs?|has|have|is|are|continues?|continued|manages?|managed)\s+to"
    r"|(?:is|was)\s+(?:being\s+)?(?:asked"
    r"|told|forced|pressed|urged|expected)\s+to)\b)"
    # "Russia accuses Ukraine of seizing 30% of X": the one accused of the verb its subject
    r"|«D»(?=\s+of\s+(?:(?:still|illegally|now)\s+)?(?:seiz|hold|controll|occupy|captur|tak|retak"
    r"|keep|recaptur)ing\b)"
    # "failed to dislodge Ukraine, which holds 30% of X": the subject of the relative clause
    # ("Ukraine, which Russia says holds 20% of X": a side that says it between)
    r"|«D»(?=\s*,\s*(?:which|who)\s+(?:[^,;]{1,40}?\s(?:says?|said|claims?|claimed)\s+)?"
    r"(?:(?:still|now|only|currently)\s+)?(?:holds?|controls?|retains?|keeps?|has|had)\b)"
    # "It is Ukraine, not Russia, that controls ...", "It is Ukraine that holds ..."
    r"|(?:(?<=\bis\s)|(?<=\bwas\s))«D»(?=\s*,\s*not\b|\s+(?:that|who)\b)"
    r"|(?<=\bby\s)«D»|(?:«D»|«DCAP»)(?=" + _RIVALS + r")"  # "held by Ukraine"; "Kyiv's foes"
    r"|(?:«DA»|«D»)\s+" + _SUBJECT_NOUNS + r")\b"  # "Kiev regime forces still occupy ..."
)


# Nouns that name no side themselves but stand for one named before: "giving the group control
# of", "completing the group's conquest of" (and "it", "them" after a verb).
GROUP_NOUNS = (
    "the group", "the militia", "the paramilitaries", "the paramilitary", "the rebels",
    "the insurgents", "the separatists", "the fighters",
)  # fmt: skip
