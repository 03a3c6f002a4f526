"""``python -m casemgmt.cli``: the same command as ``casemgmt``."""

import sys

from casemgmt.cli import main

if __name__ == "__main__":
    sys.exit(main())
