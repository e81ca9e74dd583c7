from geomap.cli import main

main(prog_name="geomap")
