"""``python -m zi_eval`` runs the command line."""

import sys

from zi_eval.cli import main

sys.exit(main())
