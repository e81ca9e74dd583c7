"""Renderers: each takes a ControlMap (:func:`geomap.control.join`) and writes one kind of map."""
