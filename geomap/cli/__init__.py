"""The ``geomap`` command line: one thin function per command, a module per group of them.

Results go to stdout, messages to stderr. Bad input exits with 2, other failures with 1.
"""

from geomap.cli import archive, build, project, read, review
from geomap.cli.app import main, run
from geomap.cli.build import watched

__all__ = ["archive", "build", "main", "project", "read", "review", "run", "watched"]
