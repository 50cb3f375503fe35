"""Stage `encounters`: cue words, parties, status, occasion, and the finder that combines them."""
from .detect import EncounterFinder

__all__ = ["EncounterFinder"]
