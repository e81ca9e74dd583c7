"""The articles of an archive, one record at a time, whatever the archive's kind.

An archive is JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``; news-please and CC-News
field names by default), Parquet (read a batch of rows at a time), WARC (``.warc``,
``.warc.gz``: each HTML response through the same article extraction as a saved web page), or a
folder of the texts ``seeds/`` takes. Nothing loads a whole file: each reader yields a
:class:`Record` (or a :class:`Skip` saying why a record cannot be read) as it goes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geomap import limits
from geomap.dates import date_in_line, date_in_name
from geomap.errors import InputError

# The fields of a record, by their news-please / CC-News names.
DEFAULT_FIELDS = {
    "text": "maintext",
    "date": "date_publish",
    "url": "url",
    "outlet": "source_domain",
    "title": "title",
}
KINDS = ("jsonl", "parquet", "warc", "folder")
_SUFFIXES = {
    ".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".jsonl.zst": "jsonl", ".ndjson": "jsonl",
    ".parquet": "parquet", ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip
_BATCH_ROWS = 512  # Parquet rows read at a time


@dataclass(frozen=True)
class Record:
    """One article: its id (``FILE:LINE``, ``FILE:ROW``, a WARC record's id or a text's
    name), text, publication date and where it was published."""

    id: str
    text: str
    date: dt.date
    url: str = ""
    outlet: str = ""
    title: str = ""
    size: int = 0  # bytes read for it


@dataclass(frozen=True)
class Skip:
    """A record that was not read: where it is and why (no text, no date, not parsed)."""

    id: str
    reason: str
    size: int = 0


@dataclass(frozen=True)
class Fields:
    """The names of a record's fields in JSON Lines and Parquet archives, and the largest record
    and page read (MB; larger ones are skipped), set where the run starts, for every worker."""

    names: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    record_mb: int = field(default_factory=lambda: limits.DOCUMENT_MB.value)
    page_mb: int = field(default_factory=lambda: limits.WEB_PAGE_MB.value)

    @classmethod
    def with_renames(cls, renames: dict[str, str]) -> Fields:
        unknown = sorted(set(renames) - set(DEFAULT_FIELDS))
        if unknown:
            raise InputError(
                f"no field called {unknown[0]!r}", where="--field",
                hint=f"rename one of {', '.join(DEFAULT_FIELDS)}: --field text=body",
            )  # fmt: skip
        return cls({**DEFAULT_FIELDS, **renames})

    def __getitem__(self, key: str) -> str:
        return self.names[key]


def kind_of(path: Path) -> str:
    """The kind of archive at ``path``; anything else is an error naming it."""
    if path.is_dir():
        return "folder"
    name = path.name.casefold()
    for suffix, kind in sorted(_SUFFIXES.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return kind
    raise InputError(
        "is not an archive geomap reads", where=str(path),
        hint="give .jsonl(.gz|.zst), .parquet, .warc(.gz) files or a folder of texts",
    )  # fmt: skip


def records(path: Path, kind: str, fields: Fields, name: str = "") -> Iterator[Record | Skip]:
    """The records of one archive file, streamed; ``name`` (default: the file's) begins their
    ids ("2024/day-001.jsonl:12")."""
    reader = {"jsonl": _jsonl, "parquet": _parquet, "warc": _warc, "folder": _folder}[kind]
    yield from reader(path, fields, name or path.name)


def parse_date(value: object) -> dt.date | None:
    """A publication date as archives write it: a date, a datetime, ISO text with or without a
    time ("2025-02-18 10:00:00", "2025-02-18T10:00:00Z") or a date written out."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return date_in_line(text)


def _checked(
    rid: str, text: object, date: object, size: int, url: object = "", outlet: object = "",
    title: object = "",
) -> Record | Skip:  # fmt: skip
    if not isinstance(text, str) or not text.strip():
        return Skip(rid, "no text", size)
    day = parse_date(date)
    if day is None:
        return Skip(rid, "no date" if not date else f"date {str(date)[:40]!r} is not a date", size)
    if day > dt.date.today() or day.year < 1900:
        return Skip(rid, f"dated {day.isoformat()}, in the future or before 1900", size)
    outlet = outlet or (urlsplit(url).hostname if isinstance(url, str) and url else "") or ""
    return Record(
        rid, text, day, url if isinstance(url, str) else "", str(outlet)[:100],
        title if isinstance(title, str) else "", size,
    )  # fmt: skip


def _open_lines(path: Path) -> Any:  # a binary stream: a file, gzip's or zstandard's reader
    name = path.name.casefold()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        return _Zstd(path)
    return open(path, "rb")


class _Zstd(io.RawIOBase):
    """A zstd file's bytes, frame after frame; one that ends inside a frame (a crawl cut off
    mid-write) is an EOFError, not an end: zstandard's stream reader would just stop."""

    def __init__(self, path: Path) -> None:
        import zstandard

        self._new = zstandard.ZstdDecompressor().decompressobj
        self._file = open(path, "rb")  # noqa: SIM115 (closed by close())
        self._frame = self._new()
        self._pending = b""
        self._started = False  # within a frame

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = self._frame.unused_data if self._frame.eof else b""
            if self._frame.eof:
                self._frame, self._started = self._new(), False
            chunk = chunk or self._file.read(1 << 16)
            if not chunk:
                if self._started:
                    raise EOFError("the zstd stream ends inside a frame")
                return 0
            self._started = True
            self._pending = self._frame.decompress(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def close(self) -> None:
        self._file.close()
        super().close()


def _jsonl(path: Path, fields: Fields, name: str) -> Iterator[Record | Skip]:
    number = 0
    try:
        with _open_lines(path) as raw:
            for number, line in enumerate(io.BufferedReader(raw, 1 << 16), start=1):
                yield from _json_record(f"{name}:{number}", line, fields)
    except (EOFError, OSError, ValueError) as exc:  # gzip's, zlib's and zstandard's errors
        # A file cut off (a crawl stopped mid-write): what came before it counts.
        first = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
        yield Skip(f"{name}:{number + 1}", f"the file is cut off or corrupt ({first})")


def _json_record(rid: str, line: bytes, fields: Fields) -> Iterator[Record | Skip]:
    if not line.strip():
        return
    if len(line) > fields.record_mb * 1_000_000:
        yield Skip(rid, f"over {fields.record_mb} MB", len(line))
        return
    try:
        item = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        item = None
    if not isinstance(item, dict):
        yield Skip(rid, "not a JSON object", len(line))
        return
    yield _checked(
        rid, item.get(fields["text"]), item.get(fields["date"]), len(line),
        item.get(fields["url"], ""), item.get(fields["outlet"], ""), item.get(fields["title"], ""),
    )  # fmt: skip


def _parquet(path: Path, fields: Fields, name: str) -> Iterator[Record | Skip]:
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow's ArrowInvalid and OSError alike
        raise InputError(
            f"cannot read the Parquet file ({str(exc).splitlines()[0][:120]})",
            where=str(path),
            hint="check that the file is whole",
        ) from exc
    have = set(source.schema_arrow.names)
    if fields["text"] not in have:
        raise InputError(
            f"has no column {fields['text']!r} for the text", where=str(path),
            hint=f"name it with --field text=NAME (columns: {', '.join(sorted(have))})",
        )  # fmt: skip
    wanted = [fields[k] for k in DEFAULT_FIELDS if fields[k] in have]
    row = 0
    for batch in source.iter_batches(batch_size=_BATCH_ROWS, columns=wanted):
        for item in batch.to_pylist():
            row += 1
            text = item.get(fields["text"])
            yield _checked(
                f"{name}:{row}", text, item.get(fields["date"]),
                len(text.encode("utf-8")) if isinstance(text, str) else 0,
                item.get(fields["url"]) or "", item.get(fields["outlet"]) or "",
                item.get(fields["title"]) or "",
            )  # fmt: skip


def _warc(path: Path, fields: Fields, name: str) -> Iterator[Record | Skip]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    read, last = 0, 0
    with open(path, "rb") as stream:
        try:
            records = ArchiveIterator(stream)
            for record in records:
                read += 1
                if record.format != "warc":  # warcio reads any text as an old ARC file
                    raise ArchiveLoadFailed(f"a record in {record.format} format")
                yield from _warc_page(record, fields)
                last = records.get_record_offset()  # (reads the rest of the record first)
        except (ArchiveLoadFailed, EOFError, OSError) as exc:
            if read > 1:  # a crawl cut off mid-write: what came before it counts
                yield Skip(f"{name}: record {read}", "the file is cut off or corrupt")
                return
            raise InputError(
                f"is not a WARC file ({str(exc).splitlines()[0][:120]})", where=str(path),
                hint="give WARC files (.warc, .warc.gz) as crawlers write them",
            ) from exc  # fmt: skip
        if path.name.casefold().endswith(".gz") and read and not _whole_gzip(stream, last):
            # warcio ends quietly at a record cut off mid-write: said here, and counted.
            yield Skip(f"{name}: after record {read}", "the file is cut off or corrupt")


def _whole_gzip(stream, offset: int) -> bool:
    """Whether the gzip members from ``offset`` (the last record read) to the end are whole."""
    stream.seek(offset)
    try:
        gzip.decompress(stream.read())
    except (EOFError, OSError, zlib.error):
        return False
    return True


def _warc_page(record, fields: Fields) -> Iterator[Record | Skip]:
    """The article of a WARC record, if it is an HTML response."""
    from geomap.documents import article_of_page

    if record.rec_type != "response" or record.http_headers is None:
        return
    kind = record.http_headers.get_header("Content-Type") or ""
    if "html" not in kind.casefold():
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    rid = record.rec_headers.get_header("WARC-Record-ID") or url
    body = record.content_stream().read(fields.page_mb * 1_000_000 + 1)
    if len(body) > fields.page_mb * 1_000_000:
        yield Skip(rid, f"page over {fields.page_mb} MB", len(body))
        return
    page = body.decode("utf-8", errors="replace")
    try:
        text, outlet, published, title = article_of_page(page, where=rid)
    except InputError as exc:
        yield Skip(rid, exc.message, len(body))
        return
    yield _checked(rid, text, published, len(body), url, outlet, title)


def texts_in(folder: Path) -> list[Path]:
    """The texts of a folder (at any depth, in order of their paths) that ``seeds/`` would take."""
    from geomap.documents import SUFFIXES

    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.casefold() in SUFFIXES and not p.name.startswith(".")
    )  # fmt: skip


def _folder(path: Path, fields: Fields, name: str) -> Iterator[Record | Skip]:
    from geomap.documents import load

    for item in texts_in(path):
        rid = item.relative_to(path).as_posix()
        size = item.stat().st_size
        try:
            document = load(item)
        except InputError as exc:
            yield Skip(rid, exc.message, size)
            continue
        date = date_in_name(item) or document.published
        yield _checked(rid, document.text, date, size, "", document.outlet, "")
