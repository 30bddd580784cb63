"""The ``factionmap`` command: a thin layer that parses options and calls the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from factionmap.errors import FactionmapError

# Command modules, each with ``register(subparsers)``; the parser sets ``args.run``.
COMMAND_MODULES = ("extract_cmd", "clean_cmd", "kb_cmd", "eval_cmd")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    import importlib

    from factionmap import __version__

    parser = argparse.ArgumentParser(
        prog="factionmap",
        description="Evidence-backed, time-aware map of armed groups from conflict reporting.",
    )
    parser.add_argument("--version", action="version", version=f"factionmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"factionmap.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"factionmap.cli.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; bad input gives one line on stderr and a non-zero exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except FactionmapError as exc:
        print(f"factionmap: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factionmap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
