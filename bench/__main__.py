"""``python -m bench`` from a source checkout: the same run as ``voices bench``."""

from __future__ import annotations

import argparse
import sys

from bench.cli import add_arguments, run


def main() -> int:
    """Parse the ``voices bench`` options and run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
