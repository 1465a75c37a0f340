"""`python -m macros`: see macros/cli.py."""

import sys

from .cli import main

sys.exit(main())
