"""Knowledge base of armed groups, states, people and places."""

from factionmap.kb.model import Alias, KBEntity, KBLink, KnowledgeBase, load_kb
from factionmap.kb.normalize import normalize_name

__all__ = ["Alias", "KBEntity", "KBLink", "KnowledgeBase", "load_kb", "normalize_name"]
