"""``python -m factionmap``: the same as the ``factionmap`` command."""

from factionmap.cli import entry

if __name__ == "__main__":
    entry()
