"""``factionmap extract``: documents to the contract's JSON Lines, no state."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from factionmap.cli.common import documents
from factionmap.errors import InputError
from factionmap.output import extraction_to_json
from factionmap.pipeline import extract
from factionmap.resources import load_resources
from factionmap.settings import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``extract`` subcommand."""
    p = sub.add_parser("extract", help="extract entities, relations and events as JSON Lines")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .html, .jsonl, a directory, or - for stdin")
    p.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    add_common_options(p)
    p.add_argument("--with-text", action="store_true", default=None, help="include text for plain-text input too")
    p.add_argument("--min-confidence", type=float, default=None, help="drop relations below this confidence")
    p.add_argument("--explain", action="store_true",
                   help="print how each mention was linked, readably, instead of JSON")
    p.set_defaults(run=run)


def add_common_options(p: argparse.ArgumentParser) -> None:
    """Options shared by commands that read documents."""
    p.add_argument("--encoding", default=None, help="encoding of input files (default UTF-8)")
    p.add_argument("--kb", action="append", type=Path, default=None, metavar="FILE",
                   help="extra knowledge-base JSON Lines file overlaid on the bundled one (repeatable)")
    p.add_argument("--config", type=Path, default=None, help="TOML settings file")


def run(args: argparse.Namespace) -> int:
    """Extract every input and print one JSON object per document; report bad inputs and go on."""
    settings = load_settings(args.config, encoding=args.encoding, with_text=args.with_text,
                             min_confidence=args.min_confidence,
                             kb=[str(p) for p in args.kb] if args.kb else None)
    resources = load_resources(settings=settings)
    failures: list[InputError] = []
    for item in documents(args.inputs, settings, failures):
        extraction = extract(item, resources)
        if args.explain:
            from factionmap.link.explain import explain

            sys.stdout.write(explain(extraction))
        else:
            obj = extraction_to_json(extraction, with_text=bool(settings["with_text"]))
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return InputError.exit_code if failures else 0
