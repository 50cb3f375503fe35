"""Office holders: loads leaders_*.csv and organisation_leaders.csv into OfficeTerms.

Reads: knowledge/data/leaders_*.csv (heads of state and government, heirs,
foreign ministers) and organisation_leaders.csv. Adds: one `OfficeTerm` per row,
and `PersonIndex`, the name/alias/surname index behind `Knowledge.lookup_person`.
"""
from __future__ import annotations


from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..model import OfficeTerm
from .tables import fold, read_table, split_list, without_possessive

LEADER_COLUMNS = ("country", "office", "title", "name", "start", "end", "aliases")
# crown_prince: the heir (crown prince, heir apparent, Prince of Wales), whom news
# treats as a diplomatic actor in the Gulf monarchies and on state visits.
STATE_OFFICES = ("head_of_state", "head_of_government", "head_of_state_and_government", "foreign_minister", "crown_prince")
# Offices of the international organisations (organisation_leaders.csv).
ORGANISATION_OFFICES = ("secretary_general", "council_president", "commission_president", "high_representative")
OFFICES = STATE_OFFICES + ORGANISATION_OFFICES
ORGANISATION_CODES = ("UNO", "NATO", "EUU", "AFU", "ASEAN")

# Which stored offices answer a question about an office: a president who is
# both head of state and of government answers either question.
OFFICE_MATCHES = {
    "head_of_state": ("head_of_state", "head_of_state_and_government"),
    "head_of_government": ("head_of_government", "head_of_state_and_government"),
    "head_of_state_and_government": ("head_of_state_and_government",),
}

# Surnames come first in these countries' names as English news writes them
# ("Xi Jinping" is "Xi", "Yoon Suk-yeol" is "Yoon", "Hun Sen" is "Hun").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "KHM", "VNM"})
# Particles news keeps or drops before a surname ("el-Sisi" / "Sisi").
_SURNAME_PARTICLES = ("el ", "al ", "de ", "da ", "van ", "von ", "bin ", "ben ")


def leader_files(data_dir: Path) -> list[Path]:
    """The office-holder tables in `data_dir`, in a stable order."""
    files = sorted(data_dir.glob("leaders_*.csv"))
    organisation = data_dir / "organisation_leaders.csv"
    if organisation.exists():
        files.append(organisation)
    return files


def read_terms(path: Path, known_codes: Iterable[str] | None = None) -> list[OfficeTerm]:
    """The OfficeTerms of one table; KnowledgeError names the file and line of a bad row."""
    return [term for term, _ in read_located_terms(path, known_codes)]


def read_located_terms(path: Path, known_codes: Iterable[str] | None = None) -> list[tuple[OfficeTerm, str]]:
    """Each OfficeTerm of one table with where it is ("leaders_europe.csv line 12")."""
    codes = set(known_codes) if known_codes is not None else None
    terms = []
    for row in read_table(path, LEADER_COLUMNS):
        country = row.required("country").upper()
        if codes is not None and country not in codes:
            raise row.fail(f"unknown country code {country!r}; use ISO 3166-1 alpha-3 (XKX Kosovo) or an organisation code")
        office = row.required("office")
        if office not in OFFICES:
            raise row.fail(f"unknown office {office!r}; use one of {', '.join(OFFICES)}")
        start = row.date("start", required=True)
        end = row.date("end")
        if end is not None and end < start:
            raise row.fail(f"term ends ({end}) before it starts ({start})")
        term = OfficeTerm(
            name=row.required("name"),
            office=office,
            title=row.get("title") or _default_title(office),
            country=country,
            start=start,
            end=end,
            aliases=split_list(row.get("aliases")),
        )
        terms.append((term, row.where))
    return terms


def _default_title(office: str) -> str:
    return {
        "head_of_state": "Head of State",
        "head_of_government": "Head of Government",
        "head_of_state_and_government": "President",
        "foreign_minister": "Foreign Minister",
        "crown_prince": "Crown Prince",
    }.get(office, office.replace("_", " ").title())


def office_matches(stored: str, asked: str) -> bool:
    """Whether a term of office `stored` answers a question about office `asked`."""
    return stored in OFFICE_MATCHES.get(asked, (asked,))


# A monarch's number after the name ("Abdullah II", "Mohammed VI"), folded: left off as often as not.
REGNAL_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"})


def surnames(term: OfficeTerm) -> set[str]:
    """The folded short forms a bare surname mention would use."""
    tokens = term.name.split()
    if len(tokens) < 2:
        return set()
    keys = {fold(tokens[-1])}
    if term.country in FAMILY_NAME_FIRST:
        keys = {fold(tokens[0])}
    if len(tokens) == 2 and fold(tokens[-1]) in REGNAL_NUMBERS:
        keys = {fold(tokens[0])}  # "King Abdullah" for "Abdullah II", "King Mohammed" for "Mohammed VI"
    for key in list(keys):
        for particle in _SURNAME_PARTICLES:
            if key.startswith(particle):
                keys.add(key[len(particle):])
    return {key for key in keys if key}


def name_keys(name: str) -> list[str]:
    """The folded forms under which a written name may be indexed, most literal first.

    Beyond the name itself and without a possessive: initials written apart or
    joined ("K P Sharma Oli", "K.P. Sharma Oli" and "KP Sharma Oli"), and the
    other order of a two-part name, since East Asian names are printed both
    ways ("Kishida Fumio" and "Fumio Kishida").
    """
    key = fold(name)
    keys = [key, without_possessive(key)]
    tokens = keys[-1].split()
    initials = [token for token in tokens if len(token) == 1]
    if len(initials) >= 2:
        joined, run = [], ""
        for token in tokens:
            if len(token) == 1:
                run += token
                continue
            if run:
                joined.append(run)
                run = ""
            joined.append(token)
        keys.append(" ".join(joined + ([run] if run else [])))
    if len(tokens) == 2:
        keys.append(f"{tokens[1]} {tokens[0]}")
    keys += _without_middle_initial_or_suffix(tokens)
    return list(dict.fromkeys(keys))


# Generational suffixes written after a surname ("Joseph R. Biden Jr.", "Lloyd J. Austin III").
NAME_SUFFIXES = ("jr", "sr", "iii")


def _without_middle_initial_or_suffix(tokens: list[str]) -> list[str]:
    """ "Joseph R. Biden Jr.", "Ferdinand R. Marcos Jr.": the name without its middle initial, without its
    suffix, and without both, as tables list a name in only one of these ways."""
    middle = [i for i, token in enumerate(tokens) if len(token) == 1 and 0 < i < len(tokens) - 1]
    if len(tokens) < 3 or len(tokens[0]) == 1 or len(middle) != 1:
        middle = []
    no_initial = [t for i, t in enumerate(tokens) if i not in middle]
    forms = [no_initial]
    if tokens[-1] in NAME_SUFFIXES and len(tokens) >= 3:
        forms += [tokens[:-1], no_initial[:-1]]
    return [" ".join(form) for form in forms if len(form) >= 2 and form != tokens]


# Letter groups that transliterations of one name write differently ("Sisi" and "Sissi", "Zelenskiy" and
# "Zelenskyy", "Berdimuhamedov" and "Berdimuhamedow", "Qadhafi" and "Gaddafi"), each mapped to one form.
_TRANSLITERATION_FORMS = (("kh", "h"), ("dh", "d"), ("ph", "f"), ("ou", "u"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"))


def spelling_key(word: str) -> str:
    """A folded surname with the letters that transliterations vary on made one, and doubled letters single."""
    key = fold(word).replace(" ", "").replace("-", "")
    for written, form in _TRANSLITERATION_FORMS:
        key = key.replace(written, form)
    return "".join(letter for i, letter in enumerate(key) if i == 0 or letter != key[i - 1])


class PersonIndex:
    """Folded full names, aliases and surnames -> the OfficeTerms of the people they name."""

    # How a key matched, best first; lookups return only the best level found.
    FULL_NAME, ALIAS, SURNAME = 0, 1, 2

    def __init__(self, terms: Iterable[OfficeTerm]):
        self.terms = list(terms)
        self.by_key: dict[str, dict[int, list[OfficeTerm]]] = defaultdict(lambda: defaultdict(list))
        self.by_name: dict[str, list[OfficeTerm]] = defaultdict(list)
        self.by_country_office: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        for term in self.terms:
            self.by_country_office[(term.country, term.office)].append(term)
            self.by_name[fold(term.name)].append(term)
            self.by_key[fold(term.name)][self.FULL_NAME].append(term)
            for alias in term.aliases:
                self.by_key[fold(alias)][self.ALIAS].append(term)
            for surname in surnames(term):
                self.by_key[surname][self.SURNAME].append(term)
        self.by_key = {key: dict(levels) for key, levels in self.by_key.items()}
        self._by_spelling: dict[str, list[OfficeTerm]] | None = None  # built on first need
        self.by_name = dict(self.by_name)
        # Offices held jointly (Andorra's two co-princes) rank after sole ones,
        # so "Emmanuel Macron" is France's president, not Andorra's co-prince,
        # whatever the order of a set (it differs between processes).
        self.shared = {
            term for term in self.terms
            if any(other is not term and other.country == term.country and other.office == term.office
                   and other.start < (term.end or date.max) and term.start < (other.end or date.max)
                   for other in self.by_country_office.get((term.country, term.office), ()))
        }

    def lookup(self, name: str, on: date | None = None, country: str | None = None) -> list[OfficeTerm]:
        """Terms of the people `name` may mean: preferred country first, then terms covering `on`, then the most recent."""
        levels = next((self.by_key[key] for key in name_keys(name) if key in self.by_key), None)
        if not levels:
            found = self._given_name_and_other_spelling(name) or self._other_transliteration(name)
            if not found:
                return []
        else:
            found = levels[min(levels)]
        # A full name or alias also brings in the person's other terms.
        names = {term.name for term in found}
        terms = [term for name in names for term in self.by_name.get(fold(name), [])]
        return sorted(set(terms), key=lambda term: (*_preference(term, on, country), term in self.shared, term.country))

    def _given_name_and_other_spelling(self, name: str) -> list[OfficeTerm]:
        """ "Volodymyr Zelenskiy": the given name of the table's name with a spelling of the surname that the
        table lists as an alias; only one person may fit."""
        tokens = without_possessive(fold(name)).split()
        if len(tokens) < 2 or tokens[-1] not in self.by_key:
            return []
        levels = self.by_key[tokens[-1]]
        found = [term for term in levels.get(self.ALIAS, []) + levels.get(self.SURNAME, [])
                 if fold(term.name).split()[0] == tokens[0]]
        return found if len({term.name for term in found}) == 1 else []

    def by_spelling(self) -> dict[str, list[OfficeTerm]]:
        """Surnames (and the last words of aliases) under their transliteration key, for spellings no table lists
        ("el-Sissi"); built the first time a name is not found otherwise."""
        if self._by_spelling is None:
            index: dict[str, list[OfficeTerm]] = defaultdict(list)
            for term in self.terms:
                for surname in surnames(term) | {fold(alias).split()[-1] for alias in term.aliases if alias.strip()}:
                    if len(surname) >= 4:
                        index[spelling_key(surname)].append(term)
            self._by_spelling = dict(index)
        return self._by_spelling

    def _other_transliteration(self, name: str) -> list[OfficeTerm]:
        """ "Abdel Fattah el-Sissi", "Sissi": a surname (or an alias's last word) written with another
        transliteration, whose given names, where written, start the table's name; only one person may fit."""
        tokens = without_possessive(fold(name)).split()
        if not tokens or len(tokens[-1]) < 4:
            return []
        found = self.by_spelling().get(spelling_key(tokens[-1]), [])
        given = [token for token in tokens[:-1] if token not in ("el", "al", "de", "da", "van", "von", "bin", "ben")]
        if given:
            found = [term for term in found if spelling_key(fold(term.name).split()[0]) == spelling_key(given[0])]
        return found if len({term.name for term in found}) == 1 else []

    def terms_of(self, name: str) -> list[OfficeTerm]:
        # (of two taken up the same day, a sole office before a jointly held one: Macron is French first, then an
        # Andorran co-prince)
        return sorted(self.by_name.get(fold(name), []), key=lambda term: (term.start, term in self.shared, term.office))


def _preference(term: OfficeTerm, on: date | None, country: str | None) -> tuple:
    return (
        country is not None and term.country != country,
        on is not None and not term.covers(on),
        # then the most recent: still in office first, then latest end
        -(term.end or date.max).toordinal(),
        -term.start.toordinal(),
        term.name,
        term.office,
    )
