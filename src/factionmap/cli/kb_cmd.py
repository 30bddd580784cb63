"""``factionmap kb``: show, import, add, alias and export knowledge-base entities.

Every subcommand reads the bundled KB, then each ``--kb FILE`` overlay, then the user KB file
(``--kb-file``, default ./factionmap-kb.jsonl) when it exists; commands that change the KB write
only to the user KB file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factionmap.kb import user
from factionmap.kb.model import KnowledgeBase, load_kb


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``kb`` command and its subcommands."""
    p = sub.add_parser("kb", help="inspect and extend the knowledge base")
    kb_sub = p.add_subparsers(dest="kb_command", metavar="SUBCOMMAND")
    p.set_defaults(run=lambda args: (p.print_help(), 0)[1])

    show = kb_sub.add_parser("show", help="show the entities found by any of their names, or an id")
    show.add_argument("name", metavar="NAME")
    _common(show)
    show.set_defaults(run=run_show)

    imp = kb_sub.add_parser("import",
                            help="import a UCDP, OFAC, CAMEO or Gade source file into the user KB file")
    imp.add_argument("format", choices=user.IMPORT_FORMATS)
    imp.add_argument("file", type=Path, metavar="FILE")
    _common(imp)
    imp.set_defaults(run=run_import)

    add = kb_sub.add_parser("add", help="add your own entity to the user KB file")
    add.add_argument("--id", required=True, dest="entity_id", help="kb:<slug>")
    add.add_argument("--name", required=True)
    add.add_argument("--type", required=True,
                     help="armed_group, coalition, state, state_actor, person, place, organization")
    add.add_argument("--alias", action="append", default=[], help="another name (repeatable)")
    add.add_argument("--country", default=None, help="ISO 3166 alpha-2 code")
    add.add_argument("--link", action="append", default=[], metavar="'TYPE TARGET [START..END]'",
                     help="static structure, e.g. 'member_of kb:syrian-national-army 2018..' (repeatable)")
    add.add_argument("--description", default=None)
    _common(add)
    add.set_defaults(run=run_add)

    alias = kb_sub.add_parser("alias", help="give an entity another name, in the user KB file")
    alias.add_argument("name", metavar="NAME", help="a name or the id of the entity")
    alias.add_argument("alias", metavar="ALIAS")
    alias.add_argument("--kind", default="name", choices=user.ALIAS_KINDS)
    alias.add_argument("--start", default=None, help="first date the name was used (YYYY[-MM[-DD]])")
    alias.add_argument("--end", default=None, help="last date the name was used")
    _common(alias)
    alias.set_defaults(run=run_alias)

    export = kb_sub.add_parser("export", help="write the whole knowledge base (with overlays) as JSON Lines")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--type", action="append", default=[], dest="types",
                        help="only entities of this type (repeatable)")
    export.add_argument("--output", "-o", type=Path, default=None, help="file to write (default stdout)")
    _common(export)
    export.set_defaults(run=run_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kb", action="append", type=Path, default=[], metavar="FILE",
                   help="knowledge-base JSON Lines file overlaid on the bundled one (repeatable)")
    p.add_argument("--kb-file", type=Path, default=user.DEFAULT_USER_KB, metavar="FILE",
                   help=f"your own KB file, read last and written by changes (default {user.DEFAULT_USER_KB})")


def _load(args: argparse.Namespace) -> KnowledgeBase:
    """Bundled KB, the --kb overlays, then the user KB file if it exists."""
    return load_kb(*args.kb, *([args.kb_file] if args.kb_file.exists() else []))


def run_show(args: argparse.Namespace) -> int:
    """Print the description of every entity with that name; exit 3 (with suggestions) if none."""
    kb = _load(args)
    sys.stdout.write("\n".join(user.describe(kb, entity) for entity in user.lookup(kb, args.name)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import a source file into the user KB file."""
    from factionmap.errors import KnowledgeBaseError

    if not args.file.exists():
        raise KnowledgeBaseError(f"{args.file}: file not found")
    entities = user.import_into(_load(args), args.format, args.file)
    count = user.save_entities(entities, args.kb_file)
    print(f"imported {count} entities from {args.file} into {args.kb_file}", file=sys.stderr)
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Add an entity to the user KB file."""
    entity = user.add_entity(args.kb_file, entity_id=args.entity_id, name=args.name, type=args.type,
                             aliases=args.alias, country=args.country, links=args.link,
                             description=args.description)
    print(f"added {entity.id} ({entity.name}) to {args.kb_file}", file=sys.stderr)
    return 0


def run_alias(args: argparse.Namespace) -> int:
    """Record a new alias for an entity in the user KB file."""
    kb = _load(args)
    entity = user.add_alias(kb, args.kb_file, args.name, args.alias, kind=args.kind,
                            start=args.start, end=args.end)
    print(f"{args.alias!r} is now an alias of {entity.id} ({entity.name}) in {args.kb_file}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the merged knowledge base as JSON Lines."""
    kb = _load(args)
    lines = user.export_records(kb, types=args.types)
    if args.output is None:
        for line in lines:
            sys.stdout.write(line + "\n")
    else:
        with args.output.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
    return 0
