"""Cleaning: cut a page's text into body, comments and boilerplate sections."""

from factionmap.clean.core import clean_document
from factionmap.clean.html import clean_html
from factionmap.clean.text import clean_text

__all__ = ["clean_document", "clean_html", "clean_text"]
