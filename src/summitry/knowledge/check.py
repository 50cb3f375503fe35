"""Integrity report over the knowledge tables, for `summitry knowledge check` and the tests.

Reads: every table in knowledge/data/. Adds: a list of `Issue`s (errors
that make answers wrong, warnings that make them incomplete) and the
coverage figures of `summitry knowledge stats`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from ..errors import KnowledgeError
from ..model import OfficeTerm
from .base import Knowledge, build_knowledge
from .country_codes import load_country_codes
from .leaders import ORGANISATION_CODES, leader_files, read_located_terms
from .tables import DATA_DIR, fold, header_comment

# Codes outside ISO 3166-1 that the tables use on purpose.
EXTRA_CODES = frozenset({"XKX", *ORGANISATION_CODES})
COVERAGE_START = date(2000, 1, 1)
# A country with no head of state on record for longer than this is
# reported: interim gaps of a few weeks are real (caretakers are not always
# listed), a longer one is usually a missing row.
MAX_HOLDER_GAP_DAYS = 60
# Countries whose head of state is a body of several people at once: the
# three-member Presidency of Bosnia and Herzegovina, Andorra's two
# co-princes, San Marino's two Captains Regent, Switzerland's Federal Council.
# Their concurrent terms are the office, not an error.
COLLECTIVE_HEADS_OF_STATE = frozenset({"BIH", "AND", "SMR", "CHE"})
STATE_OFFICE_GROUPS = {
    "head_of_state": ("head_of_state", "head_of_state_and_government"),
    "head_of_government": ("head_of_government", "head_of_state_and_government"),
}


@dataclass(frozen=True)
class Issue:
    """One problem found in the tables."""

    level: str  # error | warning
    where: str  # file and line, or file
    message: str

    def as_row(self) -> dict:
        return {"level": self.level, "where": self.where, "message": self.message}


def is_valid_code(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-3 code or one of our extra codes.

    country_codes.csv lists every ISO code, and the former states that news
    of 2000-2006 still names (Serbia and Montenegro); tests/knowledge checks
    it against pycountry, so pycountry is not needed at run time.
    """
    return code in EXTRA_CODES or code in load_country_codes()


def check_knowledge(data_dir: Path | str | None = None, today: date | None = None) -> list[Issue]:
    """Every integrity problem in the tables of `data_dir`, errors first."""
    folder = Path(data_dir) if data_dir is not None else DATA_DIR
    today = today or date.today()
    issues: list[Issue] = []
    try:
        kb = build_knowledge(folder)
    except KnowledgeError as error:
        return [Issue("error", str(error).split(":")[0], str(error))]
    for path in kb.sources:
        if not header_comment(path):
            issues.append(Issue("error", path.name, "no '#' line saying what the table covers"))
    for name in ("countries.csv", "places.csv", "summits.csv", "summit_series.csv", "titles.csv", "organisation_leaders.csv"):
        if not (folder / name).exists():
            issues.append(Issue("error", name, "table missing"))
    known = {country.code for country in kb.country_list}
    for country in kb.country_list:
        if not is_valid_code(country.code):
            issues.append(Issue("error", "countries.csv", f"{country.code} is not an ISO 3166-1 alpha-3 code"))
    located: list[tuple[OfficeTerm, str]] = []
    for path in leader_files(folder):
        located.extend(read_located_terms(path))
    for term, where in located:
        if term.country not in known or not is_valid_code(term.country):
            issues.append(Issue("error", where, f"unknown country code {term.country!r}"))
        if term.start.year < 1900 or (term.end and term.end > today + timedelta(days=366 * 6)):
            issues.append(Issue("warning", where, f"unlikely dates {term.start}..{term.end}"))
    issues.extend(_overlaps(located))
    issues.extend(_alias_conflicts(located))
    issues.extend(_gaps(kb, today))
    for place in kb.curated_places:
        if place.country not in known:
            issues.append(Issue("error", "places.csv", f"{place.name}: unknown country code {place.country!r}"))
    for summit in kb.summit_list:
        label = f"{summit.label} ({summit.name})"
        if summit.country and summit.country not in known:
            issues.append(Issue("error", "summits.csv", f"{label}: unknown country code {summit.country!r}"))
        if summit.city and kb.resolve_place(summit.city, [summit.country] if summit.country else []) is None:
            issues.append(Issue("warning", "summits.csv", f"{label}: city {summit.city!r} does not resolve to a place"))
    for title in kb.title_list:
        for code in title.countries:
            if code not in known:
                issues.append(Issue("error", "titles.csv", f"{title.title}: unknown country code {code!r}"))
    issues.extend(_index_collisions(kb))
    return sorted(issues, key=lambda issue: (issue.level != "error", issue.where))


def _overlaps(located: list[tuple[OfficeTerm, str]]) -> list[Issue]:
    """Two terms of one office in one country that overlap by more than the handover day."""
    issues = []
    by_office: dict[tuple[str, str], list[tuple[OfficeTerm, str]]] = defaultdict(list)
    for term, where in located:
        groups = [group for group, offices in STATE_OFFICE_GROUPS.items() if term.office in offices] or [term.office]
        for group in groups:
            by_office[(term.country, group)].append((term, where))
    for (country, office), terms in by_office.items():
        if country in COLLECTIVE_HEADS_OF_STATE and office == "head_of_state":
            continue
        terms.sort(key=lambda item: item[0].start)
        for (first, first_where), (second, second_where) in zip(terms, terms[1:]):
            if first.end is None or first.end > second.start:
                issues.append(
                    Issue(
                        "error",
                        second_where,
                        f"{country} {office}: {second.name} from {second.start} overlaps {first.name} "
                        f"({first.start}..{first.end or 'today'}, {first_where}); a term may end on the day the next starts",
                    )
                )
    return issues


def _terms_overlap(first: OfficeTerm, second: OfficeTerm) -> bool:
    first_end = first.end or date.max
    second_end = second.end or date.max
    return first.start < second_end and second.start < first_end


def _alias_conflicts(located: list[tuple[OfficeTerm, str]]) -> list[Issue]:
    """An alias naming two people in the same office of one country at the same time."""
    issues = []
    by_alias: dict[str, list[tuple[OfficeTerm, str]]] = defaultdict(list)
    for term, where in located:
        for alias in {fold(alias) for alias in (term.name, *term.aliases)}:
            by_alias[alias].append((term, where))
    for alias, terms in by_alias.items():
        for (first, _), (second, second_where) in combinations(terms, 2):
            if first.name == second.name or first.country != second.country or not _terms_overlap(first, second):
                continue
            same_office = first.office == second.office or {first.office, second.office} & {"head_of_state_and_government"} and {
                first.office,
                second.office,
            } <= {"head_of_state", "head_of_government", "head_of_state_and_government"}
            if same_office:
                issues.append(
                    Issue("error", second_where, f"alias {alias!r} names both {first.name} and {second.name} in {first.country} {first.office}")
                )
    return issues


def _gaps(kb: Knowledge, today: date) -> list[Issue]:
    """Countries with a long stretch and no head of state on record (only those with any rows)."""
    issues = []
    for code in sorted({term.country for term in kb.terms} - set(ORGANISATION_CODES)):
        terms = sorted(kb.holders(code, "head_of_state"), key=lambda term: term.start)
        cursor = COVERAGE_START
        for term in terms:
            if (term.start - cursor).days > MAX_HOLDER_GAP_DAYS:
                issues.append(Issue("warning", code, f"no head of state on record {cursor}..{term.start}"))
            cursor = max(cursor, term.end or today)
        if (today - cursor).days > MAX_HOLDER_GAP_DAYS:
            issues.append(Issue("warning", code, f"no head of state on record since {cursor}"))
    return issues


def _index_collisions(kb: Knowledge) -> list[Issue]:
    """A word that names two countries, or a metonym that is also another country's name."""
    issues = []
    seen: dict[str, str] = {}
    for country in kb.country_list:
        for word in {fold(word) for word in (country.name, *country.aliases)}:
            if word in seen and seen[word] != country.code:
                issues.append(Issue("warning", "countries.csv", f"{word!r} names both {seen[word]} and {country.code}; the first wins"))
            seen.setdefault(word, country.code)
    return issues


def coverage(kb: Knowledge, today: date | None = None) -> dict:
    """Coverage figures: countries, rows, office holders per year, summits per series."""
    today = today or date.today()
    state_codes = [country.code for country in kb.country_list if country.code not in ORGANISATION_CODES]
    with_heads = {term.country for term in kb.terms if term.office.startswith("head_of")}
    with_ministers = {term.country for term in kb.terms if term.office == "foreign_minister"}
    per_year = []
    for year in range(COVERAGE_START.year, today.year + 1):
        day = date(year, 7, 1)
        if day > today:
            day = today
        heads = sum(1 for code in state_codes if kb.holders(code, "head_of_state", day) or kb.holders(code, "head_of_government", day))
        ministers = sum(1 for code in state_codes if kb.holders(code, "foreign_minister", day))
        per_year.append({"year": year, "countries_with_leader": heads, "countries_with_foreign_minister": ministers, "of": len(state_codes)})
    return {
        "countries": len(state_codes),
        "organisations": len(kb.country_list) - len(state_codes),
        "countries_with_leaders": len(with_heads & set(state_codes)),
        "countries_with_foreign_ministers": len(with_ministers & set(state_codes)),
        "terms": len(kb.terms),
        "people": len({term.name for term in kb.terms}),
        "rows_per_file": {path.name: _rows(path) for path in kb.sources},
        "places": len(kb.curated_places),
        "summits_per_series": dict(sorted(Counter(summit.series for summit in kb.summit_list).items())),
        "per_year": per_year,
    }


def _rows(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return max(0, sum(1 for line in handle if line.strip() and not line.startswith("#")) - 1)
