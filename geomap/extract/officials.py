"""The units a profile's officials speak for: "Pushilin said 60% of the republic had been
liberated" is of Donetsk, whose head he is. Each unit of the profile may list ``officials``, the
names the news gives its heads (on either side); a text's "the region" that names no unit is
the unit of the one official the sentence names."""

from __future__ import annotations

import re
from functools import cache

from geomap.patterns import compiled
from geomap.profile import Profile, current, gazetteer
from geomap.regions import Region


@cache
def _officials(profile: Profile) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of ``profile``'s officials' names and the unit code of each."""
    units = {
        name.casefold(): region["code"]
        for region in profile.regions
        for name in region.get("officials", ())
    }
    if not units:
        return None, {}
    names = "|".join(re.escape(n) for n in sorted(units, key=len, reverse=True))
    return compiled(rf"\b(?:{names})\b", re.IGNORECASE), units


def officials_unit(text: str) -> tuple[Region, ...]:
    """The unit of the officials ``text`` names, where they are all one unit's; else ()."""
    pattern, units = _officials(current())
    if pattern is None:
        return ()
    codes = {units[m.group().casefold()] for m in pattern.finditer(text)}
    return (gazetteer().get(codes.pop()),) if len(codes) == 1 else ()
