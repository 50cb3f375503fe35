"""World knowledge: offices and who held them, countries, places, summits.

The bottom layer every stage may import. Tables live in `knowledge/data/`
as CSV files people read and correct; `load_knowledge()` reads them once
per process and answers the questions listed in docs/architecture.md.
"""
from .base import Knowledge, build_knowledge, load_knowledge
from .countries import Country
from .tables import fold

__all__ = ["Country", "Knowledge", "build_knowledge", "fold", "load_knowledge"]
