"""Scoring of predictions against gold records, per ../shared/GOLD_SCHEMA.md ("Scoring").

- Strict match: compatible kinds (meeting ~ visit; call only with call), the
  same participant set after name normalisation, and a date that agrees at
  the gold's granularity (inside date..date_end agrees; a null gold date
  accepts any date).
- Loose match: the same without the date.
- Event precision, recall and F1, micro-averaged over articles; each
  predicted event matches at most one gold event (maximum bipartite
  matching, so the scores do not depend on the order of the events).
- Slot accuracy over loose matches: date exact, status, location city and
  country, occasion (where gold has one), publication date (where gold
  states one).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from contextvars import ContextVar
from pathlib import Path

from .errors import InputError

_TITLES = {"president", "prime", "minister", "mr", "mrs", "ms", "dr", "king", "queen", "chancellor", "premier", "secretary", "general", "sir", "his", "majesty", "prince", "sheikh", "emir", "the"}


_PLAIN_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h"})


def normalise_name(name: str) -> tuple[str, ...]:
    """Name tokens without case, accents, punctuation or titles."""
    text = unicodedata.normalize("NFKD", name)
    # (letters with no decomposition are accented letters too: "Vương Đình Huệ" is "Vuong Dinh Hue")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_PLAIN_LETTERS)
    tokens = re.sub(r"[^a-z0-9 ]+", " ", text.replace("-", " ")).split()
    if "of" in tokens:
        # An office ("Prime Minister of Canada") is compared whole: its title words are the name.
        return tuple(tokens)
    kept = tuple(token for token in tokens if token not in _TITLES)
    return kept or tuple(tokens)


@lru_cache(maxsize=1)
def _spellings() -> dict[tuple[str, ...], str]:
    """Normalised full names and full-name aliases of the office tables -> the person's table name, so that
    two spellings of one person ("Volodymyr Zelensky" and "Volodymyr Zelenskyy", "Serdar Berdimuhamedov"
    and "Serdar Berdimuhamedow") match. One-word aliases are left out (a surname may be a family's), and so
    is a form the tables give to two people."""
    from .knowledge import load_knowledge
    owners: dict[tuple[str, ...], set[str]] = {}
    for term in load_knowledge().terms:
        for form in (term.name, *term.aliases):
            key = normalise_name(form)
            if len(key) >= 2:
                owners.setdefault(key, set()).add(term.name)
    return {key: next(iter(names)) for key, names in owners.items() if len(names) == 1}


# Whether names_match also accepts another spelling of one person (set by `score(..., spellings=True)`).
_SPELLINGS: ContextVar[bool] = ContextVar("spellings", default=False)


def _same_person(a: tuple[str, ...], b: tuple[str, ...], spellings: bool | None) -> bool:
    if not (_SPELLINGS.get() if spellings is None else spellings):
        return False
    table = _spellings()
    return a in table and table[a] == table.get(b)


def names_match(gold: str, predicted: str, spellings: bool | None = None) -> bool:
    """Whether a predicted name matches a gold name or any of its |-alternatives ("Biden" ~ "Joe Biden");
    with `spellings`, also another spelling of the same person that the office tables list."""
    for gold_alternative in gold.split("|"):
        for predicted_alternative in predicted.split("|"):
            a, b = normalise_name(gold_alternative), normalise_name(predicted_alternative)
            if not a or not b:
                continue
            if a == b or _same_person(a, b, spellings):
                return True
            shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
            # Initials stand for given names: "S. Jaishankar" ~ "Subrahmanyam Jaishankar".
            if len(a) == len(b) and a[-1] == b[-1] and all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in zip(a, b)):
                return True
            # A surname (or a shorter form) matches when all its tokens are in the longer name
            # and it ends the same way ("Biden" ~ "Joe Biden", "Lula" ~ "Luiz Inacio Lula da Silva").
            # (A lone word matches any word of the name: East Asian family names come first, "Xi" ~
            # "Xi Jinping", so "Donald" also matches "Donald Tusk"; the participant sets keep that rare.)
            if set(shorter) <= set(longer) and (shorter[-1] == longer[-1] or len(shorter) == 1):
                return True
    return False


def participants_match(gold: list[str], predicted: list[str]) -> bool:
    """Same participant sets: a one-to-one pairing of matching names."""
    if len(gold) != len(predicted):
        return False
    return _max_matching(len(gold), len(predicted), lambda i, j: names_match(gold[i], predicted[j])) == len(gold)


def kinds_match(gold: str, predicted: str) -> bool:
    if gold == "call" or predicted == "call":
        return gold == predicted
    return True


def date_agrees(gold: str | None, gold_end: str | None, predicted: str | None) -> bool:
    """Whether a predicted date agrees with the gold at the gold's granularity."""
    if gold is None:
        return True
    if predicted is None:
        return False
    if gold_end and len(predicted) >= 10 and len(gold) >= 10:
        return gold <= predicted[:10] <= gold_end
    if len(predicted) < len(gold):
        return False
    return predicted.startswith(gold)


def date_exact(gold: dict, predicted: dict) -> bool:
    """The date slot: at least the gold's precision, and agreeing."""
    return date_agrees(gold.get("date"), gold.get("date_end"), predicted.get("date"))


def _max_matching(n_left: int, n_right: int, compatible) -> int:
    """Size of a maximum bipartite matching (Kuhn's augmenting paths)."""
    return len(_matching_pairs(n_left, n_right, compatible))


def _matching_pairs(n_left: int, n_right: int, compatible) -> list[tuple[int, int]]:
    match_of_right: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(n_right):
            if j in seen or not compatible(i, j):
                continue
            seen.add(j)
            if j not in match_of_right or augment(match_of_right[j], seen):
                match_of_right[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return sorted((i, j) for j, i in match_of_right.items())


def loose_match(gold: dict, predicted: dict) -> bool:
    return kinds_match(gold["kind"], predicted["kind"]) and participants_match(gold["participants"], predicted["participants"])


def strict_match(gold: dict, predicted: dict) -> bool:
    return loose_match(gold, predicted) and date_agrees(gold.get("date"), gold.get("date_end"), predicted.get("date"))


@dataclass
class _Counts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict:
        precision = self.true_positives / self.predicted if self.predicted else 0.0
        recall = self.true_positives / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "true_positives": self.true_positives, "predicted": self.predicted, "gold": self.gold}


@dataclass
class _Slot:
    correct: int = 0
    total: int = 0

    def accuracy(self) -> float | None:
        return round(self.correct / self.total, 4) if self.total else None


@dataclass
class Report:
    """Scores of a prediction set against gold."""

    strict: dict
    loose: dict
    slots: dict
    articles: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        return {"strict": self.strict, "loose": self.loose, "slots": self.slots}


def _location_part(event: dict, part: str):
    location = event.get("location") or {}
    return location.get(part) if isinstance(location, dict) else None


def score(gold_records: Iterable[dict], predicted_records: Iterable[dict], spellings: bool = False) -> Report:
    """Score predictions (one record per article) against gold records; with `spellings`, two spellings of
    one office holder that the tables list count as one name (written gold sets disagree on them)."""
    token = _SPELLINGS.set(spellings)
    try:
        return _score(gold_records, predicted_records)
    finally:
        _SPELLINGS.reset(token)


def _score(gold_records: Iterable[dict], predicted_records: Iterable[dict]) -> Report:
    predicted_by_id = {str(record["id"]): record for record in predicted_records}
    strict, loose = _Counts(), _Counts()
    slots = {name: _Slot() for name in ("date", "status", "location_city", "location_country", "occasion", "published")}
    articles = []
    for gold in gold_records:
        gold_events = gold.get("events", [])
        predicted = predicted_by_id.get(str(gold["id"]), {"events": [], "published": None})
        predicted_events = predicted.get("events", [])
        strict_pairs = _matching_pairs(len(gold_events), len(predicted_events), lambda i, j: strict_match(gold_events[i], predicted_events[j]))
        loose_pairs = _matching_pairs(len(gold_events), len(predicted_events), lambda i, j: loose_match(gold_events[i], predicted_events[j]))
        # Slots are read on the best pairing: pairs that also agree on place and status first, then
        # strict pairs, then loose pairs among the rest, so two meetings of one pair (a visit to
        # Djibouti on May 1 and one planned to Sudan that month) are not compared crosswise.
        slot_pairs = _layered_pairs(gold_events, predicted_events, (_close_match, strict_match, loose_match))
        for counts, pairs in ((strict, strict_pairs), (loose, loose_pairs)):
            counts.true_positives += len(pairs)
            counts.predicted += len(predicted_events)
            counts.gold += len(gold_events)
        for i, j in slot_pairs:
            g, p = gold_events[i], predicted_events[j]
            slots["date"].total += 1
            slots["date"].correct += date_exact(g, p)
            slots["status"].total += 1
            slots["status"].correct += g.get("status") == p.get("status")
            if g.get("location") is not None:
                for part in ("city", "country"):
                    if _location_part(g, part) is not None:
                        slot = slots[f"location_{part}"]
                        slot.total += 1
                        slot.correct += names_match(str(_location_part(g, part)), str(_location_part(p, part) or "")) if part == "city" else _location_part(g, part) == _location_part(p, part)
            if g.get("occasion"):
                slots["occasion"].total += 1
                slots["occasion"].correct += (p.get("occasion") or "").lower() == g["occasion"].lower()
        if gold.get("published"):
            slots["published"].total += 1
            slots["published"].correct += predicted.get("published") == gold["published"]
        articles.append({
            "id": gold["id"], "gold": len(gold_events), "predicted": len(predicted_events),
            "strict_matches": len(strict_pairs), "loose_matches": len(loose_pairs),
        })
    return Report(strict.scores(), loose.scores(), {name: slot.accuracy() for name, slot in slots.items()}, articles)


def _close_match(gold: dict, predicted: dict) -> bool:
    """A strict match that also agrees on status and, where both give one, the place's country."""
    if not strict_match(gold, predicted) or gold.get("status") != predicted.get("status"):
        return False
    gold_country, predicted_country = _location_part(gold, "country"), _location_part(predicted, "country")
    return gold_country is None or predicted_country is None or gold_country == predicted_country


def _layered_pairs(gold_events: list[dict], predicted_events: list[dict], layers) -> list[tuple[int, int]]:
    """A matching built layer by layer: the closest pairs first, then looser ones among what is left."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for compatible in layers:
        found = _matching_pairs(
            len(gold_events), len(predicted_events),
            lambda i, j, compatible=compatible: i not in used_gold and j not in used_predicted and compatible(gold_events[i], predicted_events[j]),
        )
        pairs.extend(found)
        used_gold |= {i for i, _ in found}
        used_predicted |= {j for _, j in found}
    return pairs


def read_gold(path: str | Path) -> list[dict]:
    """Gold records from a folder (its `gold/` subfolder or its *.json files), a .json or a .jsonl file."""
    path = Path(path)
    if path.is_dir():
        folder = path / "gold" if (path / "gold").is_dir() else path
        files = sorted(folder.glob("*.json"))
        if not files:
            raise InputError(str(path), "no gold *.json files found")
        return [_load_json(file) for file in files]
    return read_records(path)


def read_records(path: str | Path) -> list[dict]:
    """Records from a .jsonl file (one per line) or a .json file (one object or a list)."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file")
    if path.suffix == ".json":
        data = _load_json(path)
        return data if isinstance(data, list) else [data]
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise InputError(f"{path} line {number}", f"invalid JSON: {error.msg}") from None
    return records


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"invalid JSON at line {error.lineno}: {error.msg}") from None


def evaluate_corpus(corpus: str | Path, settings=None, spellings: bool = False) -> tuple[Report, list[dict]]:
    """Extract the articles of a corpus folder (articles/ + gold/) and score them."""
    from .pipeline import run
    from .serialize import result_to_dict
    from .text import read_paths
    from .model import ArticleResult

    corpus = Path(corpus)
    articles_dir = corpus / "articles"
    if not articles_dir.is_dir():
        raise InputError(str(corpus), "no articles/ folder; a corpus folder holds articles/ and gold/")
    predictions = [result_to_dict(result) for result in run(read_paths([articles_dir]), settings=settings) if isinstance(result, ArticleResult)]
    return score(read_gold(corpus), predictions, spellings=spellings), predictions
