"""Launcher: the same program as the `engagetrack` console script."""

import sys

from engagetrack.cli import main

if __name__ == "__main__":
    sys.exit(main())
