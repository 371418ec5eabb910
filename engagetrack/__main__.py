"""Allows `python -m engagetrack`, the same program as main.py and the console script."""

import sys

from engagetrack.cli import main

sys.exit(main())
