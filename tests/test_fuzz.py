"""Property tests: the extractor and the figures loader on arbitrary input."""

import contextlib
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geomap.errors import GeomapError
from geomap.extract import extract_text, read_document
from geomap.extract.document import unseen
from geomap.figures import COLUMNS, parse_figures
from geomap.profile import gazetteer

NAMES = sorted({r.name for r in gazetteer()} | {"Lugansk", "Zaporozhye", "Crimea", "Kyiv region"})
WORDS = [
    "Russia", "occupies", "controls", "held", "about", "roughly", "nearly", "over", "of", "the",
    "region", "regions", "oblast", "and", "both", "percent", "per cent", "%", "half",
    "two-thirds", "annexed", "in", "2014", "cede", "entirety", "irrevocably lost", "(", ")",
    ",", ".", "’s", "vote", "Ukraine", "Kyiv", "according to", "Institute for the Study of War",
]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)
# Text that looks like news about territory, so the extractor's paths are exercised, mixed
# with arbitrary unicode, huge numbers and nested parentheses.
NEWSLIKE = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(NAMES), NUMBERS, st.text(max_size=8)),
    max_size=60,
).map(" ".join)
NESTED = st.recursive(
    st.sampled_from(NAMES) | NUMBERS.map(lambda n: f"{n}%"),
    lambda inner: st.builds(lambda a, b: f"({a} {b})", inner, inner),
    max_leaves=20,
)

# Hundreds of examples each: too slow to judge every mutant by (see pyproject's [tool.mutmut]).
pytestmark = pytest.mark.fuzz
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _unmarked(quote: str) -> str:
    """A quote without the "…" that mark where a very long sentence was cut."""
    return quote.removeprefix("…").removesuffix("…")


def _seen(text: str) -> str:
    """The text as a reader sees it: without the characters reading passes over (a soft
    hyphen, a zero-width space), "％" as "%". Quotes are of this; spans of the text itself."""
    return "".join("%" if c in "％﹪" else c for c in text if not unseen(c))


def _check(text: str) -> None:
    reading = read_document(text)
    figures = reading.figures
    assert figures == extract_text(text)
    seen = _seen(text)
    for e in reading.evidence:
        assert _seen(text[e.start : e.end]) == e.phrase
        assert _unmarked(e.quote) in seen and len(e.quote) <= 402
        assert e.value is None or 0 <= e.value <= 100
    for f in figures:
        assert f.controlled_pct is None or 0 <= f.controlled_pct <= 100
        assert _unmarked(f.quote) in seen
        if f.span:
            assert _seen(text[f.span[0] : f.span[1]]) == _unmarked(f.quote)
        assert f.region_code in gazetteer().codes


@SETTINGS
@given(st.text())
def test_extract_never_raises_on_arbitrary_text(text):
    _check(text)


@SETTINGS
@given(NEWSLIKE)
@example("half \xad0")  # a soft hyphen: passed over in the quote, kept in the span
def test_extract_on_newslike_text(text):
    _check(text)


@SETTINGS
@given(
    st.lists(NESTED, min_size=1, max_size=5).map(
        lambda parts: "Russia occupies " + ", ".join(parts)
    )
)
def test_extract_on_nested_parentheses_and_huge_numbers(text):
    _check(text)


CELL = st.one_of(
    st.text(alphabet=string.printable, max_size=12),
    st.sampled_from(["2025-02-18", "UA-14", "Donetsk", "70", "101", "-1", "true", "maybe", "reported", '"', ",", ""]),
)  # fmt: skip


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=0, max_size=11), max_size=6), st.booleans())
def test_figures_loader_loads_or_raises_its_own_error(rows, with_header):
    lines = [",".join(COLUMNS)] if with_header else []
    lines += [",".join(cells) for cells in rows]
    text = "\n".join(lines)
    try:
        figures = parse_figures(text, name="fuzz.csv")
    except GeomapError as exc:
        assert str(exc).startswith("fuzz.csv")
    else:
        for f in figures:
            assert f.controlled_pct is None or 0 <= f.controlled_pct <= 100


@SETTINGS
@given(st.text())
def test_figures_loader_on_arbitrary_text(text):
    with contextlib.suppress(GeomapError):  # its own error is fine; anything else fails
        parse_figures(text, name="fuzz.csv")


# --- no build ever touches a file it did not write, whatever its records say -------------------

GEOMAP_NAMES = ["CHANGES.md", "ukraine_control.csv", "ukraine_evidence.csv", "ukraine_control.png"]
USER_NAMES = ["notes.md", "my-map.png", "budget.csv", ".hidden.csv", "README.txt"]
DIGEST = st.one_of(st.just("0" * 64), st.text("0123456789abcdef", min_size=64, max_size=64))
RECORD = st.one_of(
    st.just(""), st.text(max_size=40), st.dictionaries(st.text(max_size=8), st.integers())
    .map(lambda d: __import__("json").dumps({"version": 2, "files": d, "mac": "0" * 64})),
)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    user=st.dictionaries(st.sampled_from(USER_NAMES + GEOMAP_NAMES), st.binary(max_size=20),
                         min_size=1),
    manifest=st.dictionaries(st.sampled_from(USER_NAMES + GEOMAP_NAMES + ["../x", "/etc/x"]),
                             DIGEST),
    digests=RECORD,
)  # fmt: skip
def test_no_build_modifies_or_deletes_a_file_it_did_not_write(tmp_path_factory, user, manifest,
                                                              digests):  # fmt: skip
    import json
    import shutil

    from geomap.build import build
    from geomap.digests import DIGESTS
    from geomap.errors import GeomapError
    from geomap.options import BuildOptions

    from .conftest import ROOT

    folder = tmp_path_factory.mktemp("desk")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    out = folder / "out"
    out.mkdir()
    for name, data in user.items():
        (out / name).write_bytes(data)
    (out / "manifest.json").write_text(
        json.dumps({"fingerprint": {}, "outputs": manifest}), encoding="utf-8"
    )
    (out / DIGESTS).write_text(digests, encoding="utf-8")
    options = BuildOptions(seeds=folder / "seeds", out=out, formats=("csv",))
    with contextlib.suppress(GeomapError):  # a file in the way is one line: fine
        build(options, parallel=False)
    for name, data in user.items():
        assert (out / name).read_bytes() == data, name
