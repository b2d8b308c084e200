"""`python -m facilitator` runs the same entry point as the `facilitator` command."""

import sys

from facilitator.cli import main

sys.exit(main())
