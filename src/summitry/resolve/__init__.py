"""Stage `resolve`: merge encounters from many articles into events.

Reads: `Encounter` records, from any number of articles. Adds: `Event`
records, one per real encounter, with every encounter that reports it.
`merge.py` holds the merge rules (docs/store.md), `names.py` who a name
stands for.
"""
from .merge import DAY_SLIP_DAYS, date_interval, encounter_reach, event_id_for, event_reach, merge_encounters
from .names import NameBook, name_aliases, normalise_name

__all__ = [
    "merge_encounters", "normalise_name", "date_interval", "event_id_for", "NameBook", "name_aliases",
    "encounter_reach", "event_reach", "DAY_SLIP_DAYS",
]
