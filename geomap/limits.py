"""Bounds on the work one input may cost, so that a hostile or broken file stops with one line
instead of taking the machine. Each is settable by an environment variable of the same name
(``GEOMAP_MAX_DOCUMENT_MB=200 geomap build``); docs/bad-input.md lists them."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    name: str  # the environment variable
    default: int
    what: str  # for the message: "MB of a document"

    @property
    def value(self) -> int:
        raw = os.environ.get(self.name, "")
        try:
            value = int(raw)
        except ValueError:
            return self.default
        return value if value > 0 else self.default


# A document's file (text, page, PDF, Word), and what a Word document unpacks to.
DOCUMENT_MB = Limit("GEOMAP_MAX_DOCUMENT_MB", 50, "MB of a document")
# A saved web page: taking its article out costs far more per byte than reading plain text.
WEB_PAGE_MB = Limit("GEOMAP_MAX_WEB_PAGE_MB", 10, "MB of a saved web page")
UNPACKED_MB = Limit("GEOMAP_MAX_UNPACKED_MB", 200, "MB unpacked from a Word document")
PDF_PAGES = Limit("GEOMAP_MAX_PDF_PAGES", 2_000, "pages of a PDF")
# A text option (title, subtitle, credit): words for a map, not a document.
TEXT_OPTION_CHARS = Limit("GEOMAP_MAX_TEXT_OPTION_CHARS", 500, "characters of a text option")
# A control layer.
LAYER_FEATURES = Limit("GEOMAP_MAX_LAYER_FEATURES", 20_000, "features of a control layer")
LAYER_VERTICES = Limit("GEOMAP_MAX_LAYER_VERTICES", 1_000_000, "vertices of a control layer")
# What measuring costs: a layer's vertices once its edges are followed every 0.01° (a jagged
# outline of long edges grows many times over; intersecting it grows faster still).
MEASURED_VERTICES = Limit(
    "GEOMAP_MAX_MEASURED_VERTICES", 1_200_000, "vertices of a control layer being measured"
)
# A settings, profile or figures file.
SMALL_FILE_MB = Limit("GEOMAP_MAX_SMALL_FILE_MB", 20, "MB of a settings, profile or figures file")

ALL = (
    DOCUMENT_MB, WEB_PAGE_MB, UNPACKED_MB, PDF_PAGES, TEXT_OPTION_CHARS, LAYER_FEATURES,
    LAYER_VERTICES, MEASURED_VERTICES, SMALL_FILE_MB,
)  # fmt: skip


def hint(limit: Limit) -> str:
    """How to go past a limit, for an error's hint."""
    return f"geomap reads at most {limit.value:,} {limit.what}; set {limit.name} to allow more"
