"""`python -m score_desktop` runs the same entry point as the `score-desktop` command."""

import sys

from .app import main

sys.exit(main())
