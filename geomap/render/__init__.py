"""Renderers: each takes snapshots (:mod:`geomap.snapshot`) and draws one kind of map."""
