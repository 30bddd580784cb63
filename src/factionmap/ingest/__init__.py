"""Reading documents from files, directories and standard input."""

from factionmap.ingest.readers import SUPPORTED_SUFFIXES, read_inputs

__all__ = ["SUPPORTED_SUFFIXES", "read_inputs"]
