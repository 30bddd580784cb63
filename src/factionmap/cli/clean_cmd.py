"""``factionmap clean``: show how each document is cut into body, comments and boilerplate."""

from __future__ import annotations

import argparse
import json
import os
import sys

from factionmap.clean import clean_document
from factionmap.clean.render import render, sections_json
from factionmap.cli.common import documents
from factionmap.errors import InputError
from factionmap.settings import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``clean`` subcommand."""
    p = sub.add_parser("clean", help="show the body / comments / boilerplate sections of documents")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .html, .jsonl, a directory, or - for stdin")
    p.add_argument("--encoding", default=None, help="encoding of input files (default UTF-8)")
    p.add_argument("--config", default=None, help="TOML settings file")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="colour sections by kind (auto: only on a terminal)")
    p.add_argument("--only", choices=["body", "comments", "boilerplate"], action="append", default=None,
                   help="show only sections of this kind (repeatable)")
    p.add_argument("--format", choices=["text", "jsonl"], default="text",
                   help="readable text, or one JSON object per document with each section's cue and text")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Clean every input and print its sections; report bad inputs and go on."""
    from pathlib import Path

    settings = load_settings(Path(args.config) if args.config else None, encoding=args.encoding)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    kinds = tuple(args.only) if args.only else None
    failures: list[InputError] = []
    for item in documents(args.inputs, settings, failures):
        doc = clean_document(item)
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(sections_json(doc), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render(doc, color=color, kinds=kinds))
        sys.stdout.flush()
    return InputError.exit_code if failures else 0
