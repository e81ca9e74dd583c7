"""What reading a text's sentences one after another carries from one to the next (the state),
and what reading a run of them gives (a part): see :class:`geomap.extract.reader.Reader`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from geomap.extract.claims import Claim
from geomap.extract.shares import Share
from geomap.extract.statement import Held
from geomap.extract.text import Sentence
from geomap.regions import Region


@dataclass
class State:
    """What reading a sentence takes from the sentences read before it."""

    holder: str | None = None  # who holds the last share read that has a holder
    last_held: str = ""  # whom the last statement of holding named
    carried: tuple[int, str] = (-1, "")  # a sentence read, and whom its "it" stood for
    previous_claims: list[Claim] = field(default_factory=list)  # of the sentence before
    header: Sentence | None = None  # a line ending with a colon, over the list below it
    over: Sentence | None = None  # the sentence a header with no verb of its own goes on from
    lead: Sentence | None = None  # the last sentence that is no "Luhansk: 99%." of its own
    last_share: Share | None = None  # the last share read with a holder, of a region or all
    # a sentence read, and the units its statements of holding are of ("it" in the next one)
    held_units: tuple[int, tuple[Region, ...]] = (-1, ())

    def seen_from(self, index: int) -> State:
        """The state as reading from sentence ``index`` on can tell it: what only the sentence
        just before may use ("it", the last share, the units just named) is dropped when it is
        of an earlier one, and whom the last statement of holding named once a share has named
        a holder (the holder is then the context). Two states that are equal seen from a
        sentence read every sentence from it the same."""
        before = index - 1
        return replace(
            self,
            carried=self.carried if self.carried[0] == before else (-1, ""),
            held_units=self.held_units if self.held_units[0] == before else (-1, ()),
            last_share=self.last_share
            if self.last_share is not None and self.last_share.sentence.index == before
            else None,
            last_held=self.last_held if self.holder is None else "",
        )


@dataclass
class Part:
    """What reading a run of sentences gives, and the state it leaves."""

    shares: list[Share] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    helds: list[Held] = field(default_factory=list)
    state: State = field(default_factory=State)
