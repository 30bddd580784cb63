"""factionmap: an evidence-backed, time-aware map of armed groups from conflict reporting.

The library API behind the ``factionmap`` command::

    from factionmap import load_resources, read_inputs, extract, extraction_to_json
    res = load_resources()
    for doc in read_inputs(["page.html"]):
        print(extraction_to_json(extract(doc, res)))
"""

from factionmap.clean import clean_document
from factionmap.ingest import read_inputs
from factionmap.output import extraction_to_json
from factionmap.pipeline import extract
from factionmap.resources import Resources, load_resources

__version__ = "0.1.0"
__all__ = ["Resources", "clean_document", "extract", "extraction_to_json", "load_resources",
           "read_inputs", "__version__"]
