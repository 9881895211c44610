"""kg: policy news in, an RDF knowledge graph of posts, agreements, meetings and statements out.

The data's way through the package, one module a stage (see `kg.pipeline`):
ingest -> nlp -> extract -> resolve -> rdf -> store -> queries -> analysis -> cli.
"""
from __future__ import annotations

__version__ = "0.1.0"
