from geomap.cli import run

# Guarded: a worker process (the forkserver's) imports this module again, and must not run the
# command a second time.
if __name__ == "__main__":
    run()
