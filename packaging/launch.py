"""The bundle's entry script: the same `main` as the `score-desktop` command."""

import sys

from score_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
