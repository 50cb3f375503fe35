"""Stage `encounters`: the diplomatic encounters one article reports.

Reads: the article's parse, time expressions and people (an `ArticleRecord`
after `parse`, `temporal` and `actors`). Adds: `Encounter` records, one per
distinct encounter in the article. `pipeline.py` runs these steps in order:

- `DetectMentions`: every cue read into a mention (`detect`);
- `FoldMentions`: mentions of one encounter folded together (`fold`);
- `DateFromContext`: dates for encounters whose sentence gives none (`dating`);
- `PlaceFromDateline`: the day's news meetings took place where the report was filed (`place`);
- `ShareSummits`: meetings on a summit's days share its forum (`occasion`);
- `FinishEncounters`: the folded mentions as `Encounter` records (`finish`).
"""
from .dating import DateFromContext
from .detect import DetectMentions
from .finish import FinishEncounters
from .fold import FoldMentions
from .occasion import ShareSummits
from .place import PlaceFromDateline

__all__ = ["DetectMentions", "FoldMentions", "DateFromContext", "PlaceFromDateline", "ShareSummits", "FinishEncounters"]
