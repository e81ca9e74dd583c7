"""A generated news archive: filler prose with figure and claim sentences of our own, in many
phrasings, some stories carried by several outlets (word for word or lightly edited), written as
JSON Lines (plain, gzip, zstd), Parquet, WARC and a folder of texts.

The tests read small ones; ``benchmarks/archive.py`` writes about a gigabyte.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import io
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REGIONS = ("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv")
SOURCES = ("the Institute for the Study of War", "Ukraine's general staff", "a Pentagon official")
OUTLETS = ("kyiv-daily.example", "wire.example", "east-post.example", "morning-star.example",
           "harbour-times.example", "plains-gazette.example")  # fmt: skip
SHARES = (
    "Russian forces now control about {p}% of the {r} region, according to {s}.",
    "According to {s}, Moscow holds roughly {p} percent of {r} oblast.",
    "Around {p}% of the {r} region remains under Russian occupation, {s} said.",
    "Russia occupies some {p}% of {r} Oblast, {s} said on Tuesday.",
    "The Russian army controls approximately {p} per cent of the {r} region.",
)
CLAIMS = (
    "Moscow claims the whole of the {r} region as Russian territory.",
    "Russia declared the annexation of the {r} region in September 2022.",
)
FILLER = (
    "the council met on Monday to discuss the budget and the new school term while farmers "
    "waited for rain and traders in the market spoke about prices of grain bread fuel and the "
    "weather that had turned cold early this year as the river rose along the old bridge"
)
FILLER_WORDS = FILLER.split()


@dataclass(frozen=True)
class Article:
    id: int
    text: str
    date: dt.date
    url: str
    outlet: str
    title: str


def _filler(rng: random.Random, words: int) -> str:
    sentences, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 22))
        sentence = " ".join(rng.choice(FILLER_WORDS) for _ in range(n))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        left -= n
    return " ".join(sentences)


def articles(
    n: int, *, seed: int = 7, start: dt.date = dt.date(2024, 1, 1), days: int = 365,
    words: int = 800, figure_share: float = 0.3, copies: int = 3,
) -> Iterator[Article]:  # fmt: skip
    """``n`` articles: about ``figure_share`` of them carry a figure (and some a claim); every
    fifth figure story is carried again by up to ``copies`` other outlets within two days, one
    copy in three lightly edited."""
    rng = random.Random(seed)
    # A pool of filler paragraphs, drawn from for each article: a million articles are made as
    # fast as they are written out.
    pool = [_filler(rng, max(1, words // 3)) for _ in range(min(n * 3, 3000))]
    made = 0
    while made < n:
        date = start + dt.timedelta(days=rng.randrange(days))
        outlet = rng.choice(OUTLETS)
        paragraphs = [rng.choice(pool) for _ in range(3)]
        story = ""
        if rng.random() < figure_share:
            region = rng.choice(REGIONS)
            story = rng.choice(SHARES).format(p=rng.randint(5, 99), r=region, s=rng.choice(SOURCES))
            if rng.random() < 0.3:
                story += " " + rng.choice(CLAIMS).format(r=region)
            paragraphs.insert(1, story)
        body = "\n\n".join(paragraphs)
        yield Article(made, body, date, f"https://{outlet}/{made}", outlet, f"Report {made}")
        made += 1
        if story and rng.random() < 0.2:
            for k in range(rng.randint(1, copies)):
                if made >= n:
                    break
                other = OUTLETS[(OUTLETS.index(outlet) + 1 + k) % len(OUTLETS)]
                text = body if k % 3 != 2 else body.replace("Russian forces", "Russia's forces")
                when = date + dt.timedelta(days=rng.randint(0, 2))
                yield Article(made, text, when, f"https://{other}/{made}", other, f"Report {made}")
                made += 1


def _record(a: Article) -> dict:
    return {"maintext": a.text, "date_publish": f"{a.date.isoformat()} 08:00:00", "url": a.url,
            "source_domain": a.outlet, "title": a.title}  # fmt: skip


def write_jsonl(path: Path, items: list[Article], *, bad: bool = False) -> Path:
    """JSON Lines; compressed by the name's suffix (.gz, .zst). With ``bad``, three broken
    records follow: a cut line, one with no date, one with no text."""
    lines = [json.dumps(_record(a)) for a in items]
    if bad:
        lines += ['{"maintext": "cut off', json.dumps({"maintext": "Some text."}),
                  json.dumps({"date_publish": "2024-02-02"})]  # fmt: skip
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    elif path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def write_parquet(path: Path, items: list[Article]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [_record(a) for a in items]
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=1000)
    return path


def page(a: Article) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in a.text.split("\n\n"))
    return (
        "<!doctype html><html><head>"
        f"<title>{html.escape(a.title)}</title>"
        f'<meta property="og:site_name" content="{a.outlet}">'
        f'<meta property="article:published_time" content="{a.date.isoformat()}">'
        "</head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>{html.escape(a.title)}</h1>\n{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def write_warc(path: Path, items: list[Article]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for a in items:
            body = page(a).encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                a.url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{a.date.isoformat()}T09:00:00Z",
                                   "WARC-Record-ID": f"<urn:uuid:geomap-{a.id:08d}>"},
            )  # fmt: skip
            writer.write_record(record)
    return path


def write_texts(folder: Path, items: list[Article]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for a in items:
        (folder / f"{a.date.isoformat()}-{a.id:06d}.txt").write_text(
            f"Source: {a.outlet}\n\n{a.text}\n", encoding="utf-8"
        )
    return folder
