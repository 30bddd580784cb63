"""Cleaning: cut a page's text into body, comments and boilerplate sections."""

from factionmap.clean.core import clean_document

__all__ = ["clean_document"]
