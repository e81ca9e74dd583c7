"""The words that state a claim ("annexed", "became part of Russia", "claims ... as its own",
"proclaimed Russian", "wrote X into its constitution"), with the profile's words for the two
sides in their placeholders, and the words without which a sentence states none. How a phrase
is read: :mod:`claims`; why one that reads as a claim states none: :mod:`not_claims`."""

from __future__ import annotations

import re
from functools import cache

from geomap.extract.asides import IN_ASIDE
from geomap.extract.sides import sides
from geomap.patterns import compiled
from geomap.profile import Profile, current

# "them" or "both" as the object of a verb of claiming: "claims both.", "considers them Russian",
# "claims neither of them." (not "claims both sides agreed").
THEM_OR_BOTH = (
    r"(?:all\s+of\s+them|them\s+all|all\s+(?:four|three|two|five)\s+of\s+them|them|it|both"
    r"|(?:either|neither)(?:\s+of\s+them)?)"
    r"(?=\s*[.,;]|\s+(?:(?:as|to\s+be)\s+(?:its|«CA»|part|an?\s+integral)|in\s+full"
    r"|in\s+(?:their|its)\s+entirety|entirely|outright|into|«CA»|part\s+of|its|since|in\s+\d{4})\b)"
)


# The words between "their" and the noun of a taking-in: "their formal incorporation", "its
# so-called accession".
TAKING_IN_WORDS = r"(?:(?:formal|official|illegal|sham|so-called|purported|de\s+jure)\s+)?"


# The words between "claims" and the names it claims: "the whole of", "Ukraine's eastern",
# "the war-torn".
CLAIMED_WORDS = (
    r"(?:\s+(?:sovereignty\s+over|the|all|two|three|four|five|both|these|those|«D»['’]s|«DA»|whole"
    r"|either|neither|latter"
    r"|entire|entirety|rest|regions?|provinces?|oblasts?|territories|areas|lands|peninsula|of|eastern"
    r"|western|southern|northern"
    r"|[a-z]+(?:-[a-z]+)+))*"
)
# What "claims" is followed by where it states a claim: regions, or the end of its clause.
_CLAIMED_WHAT = (  # "claims the whole oblast, although ...", "claims Kherson", "claims all four."
    rf"(?={CLAIMED_WORDS}(?:\s+(?-i:[A-Z])"
    r"|\s*(?:[,.;:)—–-]|$|\s+(?:are|is|as|were|was|but|although|though|while"
    # ... "has claimed both regions since 2022", "claims the rest of the oblast too"
    r"|in\s+(?:full|(?:their|its)\s+entirety)|entirely|outright|since|in\s+\d{4}|too"
    r"|(?:last|this)\s+(?:year|month|week|autumn|spring|summer|winter))\b))"
    rf"|\s+{THEM_OR_BOTH}"
    # "claims the four regions it partly occupies: A, B, C and D": the units listed after
    rf"|{CLAIMED_WORDS}\s+(?:that\s+|which\s+)?it\s+(?:\w+\s+){{0,2}}?"
    r"(?:occupies|holds|controls|annexed|seized|occupied|held|controlled)\s*[:—–]\s*(?-i:[A-Z]))"
)
# Where a region is taken into: the controlling side's state ("into the Russian Federation"), or
# its jurisdiction; not "admitted to Russian schools".
_INTO = r"(?:«CS»(?![\w-])|«CA»\s+(?:jurisdiction|sovereignty|federation)\b)"
# The other words of ceding than "cede": "hand over", "give up", "surrender", "relinquish"
CEDING = (
    r"(?:hand(?:s|ed|ing)?\s+over|giv(?:e|es|ing)\s+up|gave\s+up|surrender(?:s|ed|ing)?"
    r"|relinquish(?:es|ed|ing)?)\b"
)
# How much of it is claimed, after what it is said to be: "(are Russian) within their
# administrative borders", "in their entirety", "in full"
_EXTENT = r"within\s+(?:their|its)\s+(?:\w+\s+)?borders|in\s+(?:their|its)\s+entirety|in\s+full"
# «C», «CS», «CA», «D», «DA»: the profile's words for the two sides (see geomap.extract.sides);
# «INTO», _INTO.
_CUE = (
    r"\bannex\w*"
    r"|\b(?:(?:integral|constituent|inalienable|indivisible|inseparable|historic(?:al)?)\s+parts?"
    r"|part)\s+of"
    r"\s+«CS»\b"
    r"|\bas\s+parts\s+of\s+«CS»\b"  # "considers Crimea and these territories as parts of Russia"
    r"|\bjoin(?:ed|ing|s)?\s+«CS»\b|\bacced(?:ed|es|e|ing)\s+to\s+«CS»\b"
    # "Crimea was absorbed by Russia", "Crimea had been incorporated in 2014": the passive, with
    # the controlling side as its agent, or with its year after a name (not "a firm was
    # incorporated in 2019")
    r"|\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:absorbed|incorporated)\s+by\s+(?:the\s+)?«C»"
    # (a name its subject: see claims.py)
    r"|(?P<passive>\b(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?(?:absorbed|incorporated)"
    r"\s+in\s+\d{4}\b)"
    # "the accession of ... to Russia", "absorbing four provinces - A, B, C and D - into Russia"
    r"|\b(?:accession|incorporat\w*|absorb\w*|admission|admitt\w*|admits?|acceptance|accepted|entry)"
    r"[\"”'’]?\s+"
    r"(?:[\w\"“”'’,()–—-]+\s+){0,20}?[\"“'‘]?(?:into|to)\s+«INTO»"
    # "the Russian Federation incorporated Luhansk and Donetsk": the controlling side doing it.
    # "Russia's parliament voted to absorb A and B"
    # (not "Moscow declined to absorb X", "Russia refused to ...": see not_claims)
    r"|\b«C»(?:['’]s)?\s+(?:(?!(?:refus|declin|reluctan|fail)\w*\s)\w+\s+){0,3}?"
    r"(?:incorporat(?:ed|es|e|ing)|absorb(?:ed|s|ing)?)\b"
    # "declared the regions of A and B to be Russian"
    r"|\b(?:declar(?:ed|ing)|proclaim(?:ed|ing)|deem(?:s|ed)?|considers?|considered|regards?"
    r"|regarded)\s+(?:[^.;:]{1,120}?"
    r"\b)?(?:to\s+be\s+(?:part\s+of\s+«CS»|«CA»(?:\s+(?:territory|land|soil|regions?))?)"
    # "considers Zaporizhzhia and Kherson its own territory", "... Russian land", "which Russia
    # proclaimed its territory in 2022"
    # ("... to be its sovereign territory")
    r"|(?:to\s+be\s+)?(?:its(?:\s+own)?|«CA»)\s+(?:(?:sovereign|rightful|historic(?:al)?"
    r"|constitutional)\s+)?(?:territor(?:y|ies)|lands?|soil))"
    # "... to be Russian regions under its constitution"
    r"(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|for\s*ever\b|in\s+\d{4}\b|under\s|by\s+law\b|$"
    r"|(?:even\s+)?(?:though|although|if)\s|(?:but|while|whereas|despite)\s))"  # a contrast
    # "the four regions it proclaimed Russian in 2022", "declared Donetsk Russian", "declared
    # Kherson a Russian region"
    r"|\b(?:declar(?:ed|ing)|proclaim(?:ed|ing)|deemed)\s+(?:[^.;:]{1,80}?\s+)?«CA»"
    r"(?:\s+(?:territory|land|soil|regions?|provinces?|«UNIT»))?"
    r"(?=\s*[\"”'’]?\s*(?:(?:in|after|following|last|this)\s|[.,;:!?)]|$))"
    # "completing the absorption of the Donetsk, Luhansk, Kherson and Zaporizhzhia regions"
    # ... "announced the incorporation of the four Russian-occupied regions — A, B, C and D"
    # ... "the so-called accession of the Kherson region" (not "the accession of Ukraine to the
    # EU": the country is no unit, and a unit acceding elsewhere says so)
    r"|\b(?:absorption|incorporation|accession)\s+of\s+(?:the\s+)?(?:(?:two|three|four|five)\s+)?"
    r"(?-i:[A-Z])(?![^.;:]{0,60}?\bto\s+(?!«CS»)(?:the\s+)?(?-i:[A-Z]))"
    r"|\baccession\s+treat(?:y|ies)\b|\btreat(?:y|ies)\s+(?:on|of)\s+(?:the\s+)?accession\b"
    r"|\b(?:the|their|its)\s+accession\b(?!\s+(?:of\s+[^.;:]{1,60}?\s+)?to\s+(?!«CS»))"
    # "... followed by their formal incorporation": the regions before (claim_refs)
    rf"|\b(?:their|its)\s+{TAKING_IN_WORDS}"
    r"(?:incorporation|absorption)\b(?!\s+(?:of|into|in|as)\b)"
    # "Moscow's (sham) accession of A and B"
    r"|\b«C»['’]s\s+(?:[\w\"“”'‘’-]+\s+)?[\"“'‘]?(?:accession|incorporation|absorption)[\"”'’]?"
    r"\s+of\b"
    r"|\binclusion\s+(?:[\w'’(),-]+\s+){0,14}?in(?:to)?\s+«INTO»"
    r"|\bbelong(?:s|ed|ing)?\s+to\s+«CS»\b"
    # "Russia says the whole of X belongs to it": "it" the side named last before (claims.py)
    r"|(?P<belongs>\bbelong(?:s|ed|ing)?\s+to\s+it)\b"
    # "Putin declared A and B new subjects of the federation"
    r"|\b(?:declared|proclaimed|made|named)\s+[^.;:]{1,100}?\b(?:new\s+)?(?:federal\s+)?subjects?\s+of"
    r"\s+(?:the\s+)?(?:«CS»|federation)\b"
    # "which it considers Russian territory", ending its clause ("... a target" is another thing)
    r"|\b(?:considers?|considered|regards?|regarded|deems?|deemed)\s+(?:(?:it|them)\s+)?(?:as\s+)?"
    r"«CA»\s+(?:territory|land|soil)\b(?=\s*(?:[.,;:)!?]|$|(?:even\s+)?(?:though|although)\s"
    r"|(?:but|while|whereas|despite)\s))"
    # "X is Russian territory", "X and Y are 'forever' Russian" (not "are Russian regions": the
    # Kursk and Belgorod regions are, beside a Ukrainian region named in the same clause)
    r"|\b(?:is|are|was|were|as|(?:has|have)\s+always\s+been"
    r"|call(?:s|ed|ing)?\s+[^.;:]{1,80}?)\s+[\"“'‘]?"  # "Putin calls X 'historically Russian land'"
    r"(?:(?:now|legally|officially|constitutionally|historically|ancestral|primordially"
    r"|originally|fully|entirely|wholly|rightfully)\b\s*){0,2}"
    r"(?:,[^,.;]{1,40},\s*)?"
    r"(?:«CA»\s+(?:territory|land|lands|soil)\b"
    r"|[\"“'‘]?forever[\"”'’]?\s+«CA»(?:\s+(?:territory|land|soil))?\b)"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:a\s+|the\s+)?[\"“'‘]?subjects?[\"”'’]?\s+of\s+«CS»"
    # "became subjects of the Russian Federation" (looked for from "subject", a rarer start)
    r"|(?:(?<=became\s)|(?<=become\s)|(?<=becomes\s)|(?<=became\snew\s))\bsubjects?\s+of\s+«CS»"
    # ... "became the 86th to 89th subjects of the federation", "became federal subjects of Russia"
    r"|\bbec(?:ame|ome|omes)\s+(?:the\s+)?(?:(?:new|federal|\d+(?:st|nd|rd|th))\s+"
    r"|(?:to|and|through)\s+(?=\d)|[-–]\s*(?=\d))+subjects?\s+of\s+(?:the\s+)?"
    r"(?:«CS»|(?:«CA»\s+)?federation)\b"
    # "treats the Luhansk region as a constituent entity of the Russian Federation"
    r"|\bconstituent\s+(?:entity|entities|subjects?|republics?|regions?)[\"”'’]?\s+of\s+"
    r"(?:the\s+)?«CS»"
    # "Moscow counts Kherson and Zaporizhzhia among its regions", "... amended to list A and B
    # among the subjects of the federation"
    r"|\b(?:count|list)(?:s|ed|ing)?\s+[^.;:]{1,120}?\s+among\s+(?:(?:its(?:\s+own)?|«CA»"
    r"|the\s+country['’]s)\s+(?:regions|provinces"
    r"|territories|subjects|lands)\b|the\s+(?:federal\s+)?subjects\s+of\s+(?:the\s+)?(?:«CS»"
    r"|federation)\b)"
    # "considers the DPR and LPR its constituent entities"
    r"|\b(?:its|«CS»['’]s)\s+(?:constituent|federal)\s+(?:entity|entities|subjects?|republics?)\b"
    # "Crimea is Russian", "the Donetsk region is Russian": only after a name that is its subject
    # (see _named_subject)
    r"|\b(?P<russian>(?:is|are|became|(?:has|have)\s+become)\s+(?:(?:now|legally|officially"
    r"|constitutionally|formally"
    r"|rightfully)\s+){0,2}[\"“'‘]?«CA»[\"”'’]?(?:\s+«UNIT»)?"
    # ... '"Kherson is Russia," Putin said'; "would be (remain) Russian 'forever'"
    r"|(?:is|are)\s+(?:now\s+)?«CS»(?=\s*[\"”'’]?\s*[.,;!?]|\s*$)"
    r"|(?:will|would|shall)\s+(?:be|remain|stay)\s+(?:part\s+of\s+«CS»|«CA»)(?=\s+[\"“'‘]?for\s*ever)"
    r"|is\s+(?:now\s+)?a\s+«CA»\s+«UNIT»"
    # "... have become Russian regions" (a change: not Kursk and Belgorod, which always were)
    r"|(?:(?:has|have)\s+(?:now\s+)?become|became|becomes?)\s+(?:an?\s+)?[\"“'‘]?«CA»\s+(?:«UNIT»"
    r"|regions|provinces|territory|land)[\"”'’]?)(?:\s+now|\s+[\"“'‘]?for\s*ever[\"”'’]?"
    r"|\s+under\s+(?:its|the\s+«CA»|«CS»['’]s)\s+constitution)?"  # ... "under its constitution"
    # ending its clause, or before another verb of the claimant's: "... is Russian and wants
    # Ukraine to withdraw" (not "Russian and Ukrainian", nor "Russian and Ukrainian-speaking")
    r"(?=\s*(?:[.,;:!?)]|$)|\s+and\s+(?!«DA»|(?:\w+-)?speaking\b|«CA»)"
    # ... or its time: "became Russian regions in 2022", "after the votes"
    # (a year of this state's: not "became Russian in 1783", a history)
    r"|\s+(?:in\s+(?:199\d|20\d\d)|after|since|following)\b"
    # ... "on 30 September 2022"
    r"|\s+on\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+(?:\s+\d{1,2})?,?\s+(?:199\d|20\d\d)\b"
    # ... or its extent: "are Russian within their administrative borders", "in their entirety"
    rf"|\s+(?:{_EXTENT})\b"
    # ... or a noun's clause before its verb: "Moscow's claim that X is Russian has no basis"
    # (not "... is not accepted by ...": whose acceptance, the words do not say)
    r"|\s+(?:has|have|had|lacks?)\s+(?:no|little|any)\b"
    # ... "Moscow's claim that Crimea is Russian rests on a 2014 vote"
    r"|\s+(?:rests?|rested|relies|relied|hinges|hinged|depends|depended)\s+on\b)"
    # "Kherson has been a region of the Russian Federation since 2022"
    r"|\b(?P<russian2>(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:an?\s+)?(?:«UNIT»|subjects?)"
    r"\s+of\s+(?:the\s+)?«CS»)(?=\s*(?:[.,;:!?)]|$|(?:since|after|following)\b|in\s+\d{4}\b))"
    # "five regions Moscow calls Russian", ending its clause (the side named last before it the
    # controlling one: see claims.py)
    # ("Moscow calls Crimea Russian.")
    r"|(?P<calls>\bcall(?:s|ed)\s+(?:[^.;:]{1,80}?\s+)?[\"“'‘]?«CA»[\"”'’]?)(?=\s*(?:[.,;:!?)]|$))"
    # "calls A and B its 'new regions'", "refers to A and B as 'new territories'": the side named
    # last before it the controlling one (see claims.py)
    r"|(?P<newcalled>\b(?:call(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|describ(?:e|es|ed|ing))\s+"
    r"[^.;:]{1,80}?\s+(?:as\s+)?(?:its\s+|«CS»['’]s\s+)?[\"“'‘]?new\s+(?:regions|territories|lands)\b"
    # ... "describes X as a 'new region' of Russia"
    r"|\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing))\s+[^.;:]{1,80}?\s+(?:as\s+)?(?:a|one\s+of\s+the)"
    r"\s+[\"“'‘]?new\s+(?:region|territor(?:y|ies)|regions)[\"”'’]?\s+of\s+«CS»\b"
    # ... or what it calls "new territories": A, B and C
    r"|\bcall(?:s|ed)\s+(?:its\s+)?[\"“'‘]?new\s+(?:regions|territories|lands)\b[\"”'’]?"
    r"(?=\s*[:(]|\s+[-–—]\s))"
    r"|\btreat(?:y|ies)\s+(?:on\s+)?(?:(?:\w+day|\d{1,2}\s+\w+)\s+)?(?:absorb|incorporat)\w*"
    r"|\birrevocably\s+lost\b"
    # "the Russian-claimed Zaporizhzhia region", "Moscow-claimed territory" (as "Russian-annexed")
    r"|\b(?:«CA»|«C»)-claimed\b"
    # "a claim on X" ("claimed on Sunday that ..." is a date)
    r"|\bclaims?\s+(?:over|on)\b(?!\s+(?:\w+day\b|\d|the\s+\d|(?-i:[A-Z][a-z]{2,8})\s+\d))"
    r"|\bclaim(?:s|ed|ing)?\s+(?:to\s+have\s+annexed|as\s+(?:its|«CA»|part)"
    r"|to\s+(?:the\s+)?(?:whole|entire|entirety|all)|to(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # ... "no claim to either region", "a claim to both (them, these areas)"
    r"|to(?=\s+(?:either|neither|both|them|these|those)\b)"
    r"|the\s+(?:whole|entirety|entire)|all\s+of)"
    r"|\b(?:lay|lays|laid)\s+claim"
    r"|\bclaimed\s+by\s+«C»"
    # "Moscow claims the whole of ...", "the regions Moscow claims are ...", "Putin has claimed the
    # regions of ...": Russia claiming, followed by the regions or ending its clause; not "Russia
    # claimed that ...", "claimed to have captured", "claimed advances".
    # "Russia, which claims A", "Russia, despite its losses, claims A", "Russia (...) claims"
    r"|\b«C»(?:['’]s)?(?:\s*,\s*(?:which|who)|\s*,(?!\s*(?:and|but|or|while)\b)"
    rf"{IN_ASIDE}{{1,80}},"  # (a number's comma inside: ", despite 1,000 dead,")
    r"|\s*\([^()]{1,80}\)"
    r"|\s+[-—–]\s[^—–;]{1,80}?\s[-—–])?\s+(?:\w+\s+){0,3}?"
    rf"claim(?:s|ed)?{_CLAIMED_WHAT}"
    # "It claims these territories.": the side the sentence before names (claims.py)
    # (its words before "claim" looked behind for: a match starts at "claim", the scan's cue)
    r"|\b(?:(?<=\bit\s)|(?<=\bthey\s)|(?<=\bit\shas\s)|(?<=\bthey\shave\s)|(?<=\bit\salso\s)"
    r"|(?<=\bthey\salso\s)|(?<=\bit\snow\s)|(?<=\bit\sstill\s)|(?<=\bit\sonly\s)|(?<=\bit\sthen\s)"
    r"|(?<=\bit\slater\s)|(?<=\bit\sformally\s)|(?<=\bit\sofficially\s)"
    # ... "it has never claimed X", "it does not claim X": not claimed
    r"|(?<=\bit\shas\snot\s)|(?<=\bit\shas\snever\s)|(?<=\bit\snever\s)|(?<=\bit\sdoes\snot\s)"
    r"|(?<=\bit\sdid\snot\s)|(?<=\bthey\shave\snot\s)|(?<=\bthey\shave\snever\s)"
    r"|(?<=\bthey\snever\s)|(?<=\bthey\sdo\snot\s)|(?<=\bit\shas\snot\sformally\s)"
    r"|(?<=\bit\shas\snever\sformally\s)|(?<=\bit\sdoes\snot\sformally\s)"
    r"|(?<=\bit\shas\snot\sofficially\s))"
    rf"(?P<pronoun>claim)(?:s|ed)?{_CLAIMED_WHAT}"
    # "It formally absorbed the two regions in 2022": "It" opening the sentence (claims.py)
    r"|\b(?P<itverb>incorporated|absorbed)\b"
    # "Russia annexed Crimea in 2014 and has since claimed A and B": the subject before's
    rf"|(?P<joined>\band\s+(?:(?:has|have|had|also|since|now|later)\s+){{0,2}})claim(?:s|ed)?{_CLAIMED_WHAT}"
    # "Russia, which claims A, has never claimed B": the clause's subject's, its verb denied
    rf"|(?P<denied>\b(?:has|have|had|does|do|did)\s+(?:never|not)\s+)claim(?:s|ed)?{_CLAIMED_WHAT}"
    r"|\bpart\s+of\s+(?:its|«CS»['’]s|«CA»)\s+(?:own\s+)?territory"
    r"|\bas\s+(?:its\s+own|its\s+(?:sovereign\s+)?(?:territory|land|soil)"
    r"|(?:an?\s+)?[\"“'‘]?«CA»\s+(?:territory|land|regions?|«UNIT»))\b"  # as a "Russian region"
    # "brought Crimea into Russia", "bringing A and B into the federation" (the names alone
    # between: not "brought children from the Kherson region into Russia")
    r"|\b(?:brought|brings|bringing)(?:\s+(?:the|and|four|two|regions?"
    r"|provinces?|oblasts?|peninsula)\b|\s*,|\s+(?-i:[A-Z])[\w'’-]*)+\s+into"
    r"\s+(?:the\s+)?(?:«CS»|(?:«CA»\s+)?federation)\b"
    # "describes A and B as 'historical Russian lands'", "defines A and B as subjects of the
    # federation" (the side named last before it the controlling one: see claims.py)
    r"|(?P<described>\bas\s+[\"“'‘]?(?:historic(?:al)?|ancestral|primordial|original|age-old)\s+"
    r"«CA»\s+(?:territor(?:y|ies)|lands?|soil|regions?)\b"
    r"|\bas\s+(?:new\s+)?subjects?\s+of\s+(?:the\s+)?(?:«CS»|(?:«CA»\s+)?federation)\b)"
    # "refers to A and B as its “new territories”", "recognise Russian sovereignty over X",
    # "treats X as a federal subject"
    r"|\bas\s+(?:its|«CS»['’]s)\s+[\"“'‘]?new\s+(?:regions|territories|lands)\b"
    r"|\b(?:«CA»|«CS»['’]s)\s+sovereignty\s+(?:over|of)\b"
    # "declared sovereignty over X" (the side declaring it the controlling one: see claims.py)
    r"|(?P<sovereignty>\b(?:declar|proclaim|assert|extend|impos)(?:ed|es|s|ing)?\s+(?:its\s+|«CA»\s+)?"
    r"sovereignty\s+(?:over|on)\b"
    r"|\bits\s+sovereignty\s+over\b"  # "demands recognition of its sovereignty over X"
    # "considers X to lie within its borders", "X lies inside Russia's borders", "its claimed
    # borders include X" (as above)
    r"|\b(?:lie|lies|lay|lying|is|are|be|was|were|remains?|falls?|fell)\s+(?:(?:now|\w+ly)\s+)?"
    r"(?:within|inside)\s+(?:its|«CS»['’]s|the\s+«CA»)\s+(?:(?:own|new|constitutional|official"
    r"|claimed|legal)\s+)?borders\b"
    r"|\bits\s+(?:(?:claimed|new|self-declared|constitutional|official)\s+)?borders"
    r"\s+(?:now\s+)?(?:include|encompass|take\s+in)\b)"
    r"|\b«C»['’]s\s+(?:(?:claimed|new|self-declared|constitutional|official)\s+)?borders"
    r"\s+(?:now\s+)?(?:include|encompass|take\s+in)\b"
    r"|\bas\s+(?:a\s+)?(?:new\s+)?(?:«CA»\s+)?federal\s+subjects?\b"
    # "the reunification of A and B with Russia", "reunited with Russia"
    r"|\breunifi\w*[\"”’']?\s+(?:of\s+[^.;:]{1,150}?\s+)?with\s+«CS»|\breunit\w*\s+with\s+«CS»"
    # "regards A and B as “new regions” of the Russian Federation", "as a federal city of Russia"
    r"|\bas\s+(?:an?\s+|the\s+)?[\"“'‘]?(?:an?\s+)?(?:new\s+)?(?:regions?|territor(?:y|ies)|subjects?"
    r"|(?:federal\s+)?cit(?:y|ies))[\"”'’]?\s+of\s+(?:the\s+)?«CS»"
    # "which Moscow regards as Russian", "regards X as Russian", ending its clause (or "... after
    # the 2022 votes")
    r"|(?P<regards>\b(?:regards?|regarded|considers?|considered|sees|saw|views?|viewed|deems?"
    r"|deemed|describes?|described)\s+(?:(?:it|them)\s+|[^.;:]{1,80}?\s+)?(?:as\s+)?"
    # "considers X Russian", "describes X as “liberated Russian lands”"
    r"[\"“'‘]?(?:(?:historic(?:al)?|liberated|ancestral|primordial|original)\s+)?«CA»"
    # "... a Russian region"
    r"(?:\s+(?:«UNIT»|regions?|provinces?|territory|lands?|soil))?[\"”'’]?)"
    rf"(?=\s*(?:[.,;:)!?]|$|(?:after|since|following|and|but|{_EXTENT})\b))"
    # "Russia ... declared four regions its own": the controlling side the one declaring.
    # "Russia, which considers the Zaporizhzhia and Kherson regions its own after ...": the
    # controlling side the one who says so (named last before the verb: see claims.py), what
    # it says ending its clause.
    r"|(?P<own>\b(?:declared|proclaimed|considers?|considered|regards?|regarded|deems?|deemed)"
    r"\s+(?:[\w,—–-]+\s+){0,14}?(?:its|their)\s+own\b)"  # ("A and four others — B, C, D and E —")
    r"(?=\s*[\"”'’]?\s*(?:[.,;:!?)–—]|\s-\s|$|(?:after|since|following|in|territory|land|soil)\b))"
    # "Moscow says Kherson became part of the country in 2022": the country the side named
    # last before the verb's (see claims.py)
    r"|(?P<country>\b(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?"
    r"[^.;:]{1,100}?\s+(?:became|become|becomes|has\s+become|(?:is|are)\s+now)\s+(?:an?\s+)?"
    r"(?:integral\s+|inalienable\s+)?part\s+of\s+the\s+country\b)"
    # "the Kherson region, which Russia says is its own" (as above)
    r"|(?P<says>\b(?:says?|said|insists?|maintains?)\s+(?:(?:it|they)\s+)?(?:is|are)"
    r"\s+(?:now\s+)?its\s+own\b)(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|$))"
    # "X, which Moscow says is Russian": the region the relative clause is on; "which it says
    # is Russian", where "it" is the controlling side (see claims.py)
    r"|(?P<whichsays>\bwhich\s+(?:«C»|(?P<whichit>it|they))\s+(?:says|said|claims|insists|maintains)"
    r"\s+(?:is|are|was|were)"
    r"\s+(?:now\s+)?(?:«CA»|part\s+of\s+«CS»))(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|$))"
    # "Russia says the A and B regions are its own (territory)", "insists that X is Russian land"
    r"|\b(?:says?|said|insists?|insisted|maintains?|maintained|asserts?|asserted)\s+(?:that\s+)?"
    r"[^.;:]{1,100}?\s+(?:is|are)\s+(?:now\s+|all\s+)?(?:its\s+own(?:\s+(?:territory|land|soil))?"
    r"|its\s+(?:sovereign\s+)?(?:territory|land|soil)|«CA»\s+(?:territory|land|soil))"
    r"(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|$))"
    # "the Donetsk region, all of which it claims": "it" the controlling side (see claims.py)
    # ... "which it does not claim", "which they have never claimed": claimed = false
    # ... "X, a region it has never claimed"
    # ... "the four regions it claimed in 2022 — A, B, C and D —"
    r"|(?P<it>\b(?:(?:which|that|(?<=,\s)an?\s+«UNIT»(?:\s+(?:that|which))?)\s+|(?<=regions\s)"
    r"|(?<=oblasts\s)|(?<=provinces\s)|(?<=territories\s))(?:it|they)\s+(?:also\s+|now\s+|still\s+"
    r"|(?:does|do|did)\s+(?=claim)"  # "which it does claim"
    r"|(?:(?:does|do|has|have)\s+(?:not|never)|(?:does|do|has|have)n['’]t|never)\s+)?claim(?:s|ed)?\b)"
    r"(?=\s*(?:[.,;:!?)]|$|as\b|in\s+full\b)|(?:\s+in\s+[\w ]{1,25}?)?\s*(?:[—–(]|\s-\s))"
    # "the 'new regions' - as Moscow calls A, B, C and D -"
    r"|\bnew\s+(?:regions|territories|lands)[\"”'’]?\s*[-–—,(]?\s*as\s+«C»\s+(?:now\s+)?"
    r"(?:calls?|describes?|refers\s+to)\b"
    # "withdraw from the 'new Russian regions' of Donetsk and Luhansk": whose, they say
    r"|\bnew\s+«CA»\s+(?:regions|territories|lands)\b(?=[\"”'’]?\s+of\s)"
    # "Russia's claimed 'new territories' - A, B, C and D -" (what comes before: see claims.py)
    # ... "Russia's so-called new regions include A and B"
    r"|(?P<new>\bnew\s+(?:regions|territories|lands)\b)(?=[\"”'’]?\s*(?:[-–—(:,.]|$|of\s"
    r"|(?:include|are|were|comprise)\s))"
    r"|\bced(?:e|es|ed|ing)\b"
    # "Moscow demands all of A, B, C and D": the whole of land demanded (not "wants": an aim
    # others may ascribe to it, "critics say Putin wants all of X")
    r"|\bdemand(?:s|ed|ing)?(?=\s+(?:all|the\s+(?:whole|entirety))\s+of\b)"
    # "wants Kyiv to hand over (give up, surrender) the rest of X": as "cede"
    rf"|\b{CEDING}"
    # "wrote Donetsk and Luhansk into its constitution", "lists A and B in its constitution"
    # ("the regions it has included in its constitution": the regions before)
    r"|\b(?:written|wrote|writ(?:es|ing)|enshrined|enshrin(?:es|ing)|included|added|lists?|listed"
    r"|listing|names|named|includes)\s+(?:[^.;:]{1,120}?"
    r"\s)?(?:in|into|to)\s+(?:its|«CS»['’]s|the\s+«CA»)\s+constitution\b"
    # "Russia's constitution was amended in 2022 to include A and B"
    r"|\b(?:its|«CS»['’]s|the\s+«CA»)\s+constitution\s+(?:\w+\s+){0,6}?includ(?:e|es|ed|ing)\b"
    # "The Russian constitution now names A and B among the country's regions"
    r"|\b(?:its|«CS»['’]s|the\s+«CA»)\s+constitution\s+(?:now\s+)?(?:names|lists|counts)\b"
    r"(?=[^.;:]{1,120}?\samong\s+(?:its|the\s+country['’]s|«CS»['’]s|the\s+federation['’]s)"
    r"\s+(?:regions|subjects|territories)\b)"
    # "demands that Ukraine recognise A and B as Russian"
    r"|\brecogni(?:[sz]\w*|tion)\s+[^.;:]{1,120}?\bas\s+(?:part\s+of\s+«CS»|«CA»(?:\s+(?:territory|land"
    r"|soil|regions?))?)(?=\s*[\"”'’]?\s*(?:[.,;:!?)]|$"
    # ... "before any ceasefire", "as a condition of peace", "in exchange for ..."
    r"|(?:before|until|unless|in\s+(?:exchange|return)|as\s+(?:a\s+)?(?:pre)?condition"
    r"|and)\b))"  # ... "recognition of Crimea as Russian and a freeze of the front"
)
CUE = _CUE.replace("«INTO»", _INTO)
# Words without which a sentence holds no claim: one scan of a text finds the sentences to read.
# The verbs of which an opening "It" or "They" is the subject in a claim ("It then annexed them",
# "They formally announced their incorporation"): a pronoun there is the claimant, not the
# regions (see claim_refs and claimants, which each add their own forms).
CLAIMING_VERBS = (
    r"claim|annex|consider|regard|absorb|incorporat|proclaim|insist|say|announc|complet"
    r"|formali[sz]|finali[sz]|approv|ratif|enshrin"
)
# Each begins a word: a pattern that can match only at a word's start is tried at the others in
# one step, where these words would each be tried at every position.
_CUES = (
    r"\b(?:annex|parts?\s+of\s+(?:the\s+|its\s+)?«CS»|part\s+of\s+(?:its|the\s+country)"
    r"|as\s+(?:its\s+(?:own|sovereign|territory|land|soil)|[\"“'‘]?«CA»)"
    r"|inclusion|(?:«CA»|its)\s+(?:(?:sovereign|rightful|historic(?:al)?|constitutional)\s+)?"
    r"(?:territor(?:y|ies)|land|soil|«UNIT»)|belong|subject|constituent|forever"
    r"|admi(?:ssion|tt|ts?\b)|(?:acceptance|entry)(?=[\"”'’]?\s+of\b)"
    r"|join|accession|acced|incorporat|absorb|absorption|irrevocably|claim|own\b|to\s+be\s+«CA»"
    r"|(?:within|inside)\s+(?:its|«CS»['’]s|the\s+«CA»)\s|borders\s+(?:now\s+)?(?:include|encompass"
    r"|take\s+in)\b"
    r"|reunifi|reunit|among\s+(?:its|«CA»|the\s+country['’]s)|into\s+(?:the\s+)?(?:«CS»|federation)"
    # "proclaimed Russian", "declared its territory" (not "the self-proclaimed republics")
    r"|(?<!-)(?:declared|proclaimed|deemed)(?=[^.;:]{0,80}?\b(?:«CA»|its)\b)"
    r"|ced(?:e|es|ed|ing)\b|(?:is|are|calls|called|became)\s+(?:now\s+)?[\"“'‘]?«CA»\b"
    r"|(?:is|are)\s+«CS»\b"
    r"|demand(?:s|ed|ing)?\s+(?:all|the\s+(?:whole|entirety))\s+of\b"
    # "calls (considers) Crimea Russian.", "... Russian after the votes"
    r"|«CA»[\"”'’]?(?=\s*(?:[.,;:!?)]|$|(?:after|since|following|and)\b))"
    r"|(?:regions?|territor(?:y|ies)|cit(?:y|ies))[\"”'’]?\s+of\s+(?:the\s+)?«CS»|constitution"
    r"|new\s+(?:«CA»\s+)?(?:regions?|territor(?:y|ies)|lands)|sovereignty|federal\s+subject)"
)


def cues() -> re.Pattern:
    """The pattern without a match of which a sentence holds no claim (but of a cession: see
    :func:`cession_cues`)."""
    return sides().pattern(_CUES)


def cession_cues() -> tuple[re.Pattern, ...]:
    """The other words of ceding than "cede" ("hand over", "give up", "surrender"), after a
    demand ("wants Kyiv to hand over", "insisting that Ukraine give up"; a cession only
    demanded or urged is a claim) and where land follows them in the clause (a unit's name or noun,
    "territory", "the rest"; not "give up its ambition") or the clause ends: each scanned for
    from the demand's word (``re`` finds a pattern that opens with letters at once; in
    :func:`cues`, they would have it tried at many more places)."""
    return _cession_cues(current())


@cache
def _cession_cues(profile: Profile) -> tuple[re.Pattern, ...]:
    names = {n for r in profile.regions for n in (r.get("name", ""), *r.get("aliases", ())) if n}
    units = sorted({*names, *profile.units.nouns, *profile.groups}, key=lambda w: (-len(w), w))
    land = "|".join(re.escape(w) for w in units if not w.startswith("_"))
    land += r"|territor\w*|lands?|rest|remainder|whole|entire\w*|all\s+of"
    # (or its clause's end: "X, which Russia wants Kyiv to hand over")
    ahead = rf"(?=[^.;:]{{0,80}}?\b(?:{land})\b|\s*(?:[.,;:)]|$))"
    return tuple(
        compiled(rf"{demand}\w*\b[^.;:]{{0,80}}?\b{CEDING}{ahead}", re.IGNORECASE)
        for demand in ("demand", "want", "insist", "call", "urg")
    )


# Whose "new territories" they are: "Russia's claimed", "its so-called"; the side that speaks of
# them: "Moscow said the 'new regions' ...".
NEW_OF = (
    r"(?:(?:«C»['’]s|\bits)\s+(?:(?:claimed|so-called)\s+)?"
    # ... "Moscow says the", "Russian officials insist that the"
    r"|\b(?:«C»|«CA»\s+(?:officials|authorities|leaders|diplomats|lawmakers|media))\s+(?:\w+\s+){0,2}?"
    r"(?:says?|said|insists?|insisted|argues?|argued)\s+(?:that\s+)?"
    r"the\s+)[\"“'‘]?$"
)
# ... or named after them: "the new regions of Russia - A, B, C and D -"
NEW_OF_AFTER = r"[\"”'’]?\s+of\s+(?:the\s+)?(?:«CS»|«C»)\b"
