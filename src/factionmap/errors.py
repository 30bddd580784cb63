"""Errors a user can cause, each with a distinct exit code and a one-line message."""

from __future__ import annotations


class FactionmapError(Exception):
    """Base of errors reported as one line on stderr, never as a traceback."""

    exit_code = 1


class InputError(FactionmapError):
    """An input file or record cannot be read: the message names it and says what to do."""

    exit_code = 2


class KnowledgeBaseError(FactionmapError):
    """A knowledge-base file or command is invalid."""

    exit_code = 3


class StoreError(FactionmapError):
    """The store cannot be opened or written."""

    exit_code = 4


class EvalError(FactionmapError):
    """A gold file is invalid, or scores fall below the pinned floors."""

    exit_code = 5
