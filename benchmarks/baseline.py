"""The same job done by hand, as a competent geopandas user would: the benchmark's yardstick.

    python benchmarks/baseline.py OUT_DIR     (run at the project root)

Reads the shipped boundaries and curated figures, joins them by name, and writes a PNG with
``GeoDataFrame.plot`` and an HTML map with ``GeoDataFrame.explore``.
"""

import sys
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
import pandas as pd

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
regions = gpd.read_file("boundaries/ukraine_regions.geojson")
figures = pd.read_csv("seeds/figures.csv")
figures = figures[figures["as_of"] == figures["as_of"].max()]
joined = regions.merge(figures, left_on="name", right_on="region", how="left")
ax = joined.to_crs(3035).plot(
    column="controlled_pct", cmap="OrRd", legend=True, figsize=(11, 8.6), edgecolor="grey",
    missing_kwds={"color": "#eeeeee", "label": "no figure"},
)  # fmt: skip
ax.set_axis_off()
ax.set_title("Share of each region under Russian control")
ax.figure.savefig(out / "baseline.png", dpi=200)
joined.explore(
    column="controlled_pct", cmap="OrRd", tooltip=["name", "controlled_pct", "quote"]
).save(out / "baseline.html")
