from geomap.cli import run

run()
