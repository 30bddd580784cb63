"""What several commands share: reading documents and reporting bad inputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from factionmap.errors import InputError
from factionmap.ingest import read_inputs
from factionmap.types import Document


def documents(inputs: list[str], settings: dict[str, Any], failures: list[InputError]) -> Iterator[Document]:
    """Documents of the inputs; each bad input is reported as one line on stderr and kept in ``failures``."""
    for item in read_inputs(inputs, encoding=settings["encoding"], max_bytes=settings["max_bytes"]):
        if isinstance(item, InputError):
            print(f"factionmap: error: {item}", file=sys.stderr)
            failures.append(item)
        else:
            yield item
