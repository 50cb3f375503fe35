"""Part of stage `parse`: faster stand-ins for spaCy's `attribute_ruler` and `lemmatizer`, same output.

Reads: a spaCy pipeline's own `attribute_ruler` and `lemmatizer`. Adds:
components that set exactly the same POS, morphology and lemma on every
token, from caches. In en_core_web_sm both components do per-token Python
work: the attribute ruler builds a `Span` and sets attributes once per
matching rule for every token, and the rule lemmatizer reads the token's
morphology into a dict before it looks at its cache. Measured over the 161
articles of benchmarks/throughput.py they cost 14 % and 10 % of the parse,
more than the tagger and the parser together.

What either component gives a token depends only on a few of its
attributes: the ruler on the token's tag, lower-case form, dependency label
and whether it is white space (and, for its few two-token rules such as
"there is" or "gon na", on the next token's), the lemmatizer on the token's
form, POS and morphology. So each answer is worked out once, with the
components' own rules and tables, and then looked up.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

ATTRIBUTES = "attribute_ruler"
LEMMATIZER = "lemmatizer"
# The token attributes the ruler's patterns may test; a pattern testing anything else keeps the original component.
_KNOWN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}


class _TokenSpec:
    """One token of an attribute-ruler pattern: its conditions on TAG, LOWER, DEP and IS_SPACE."""

    def __init__(self, spec: dict):
        if set(spec) - _KNOWN_KEYS:
            raise ValueError(f"pattern tests {sorted(set(spec) - _KNOWN_KEYS)}")
        self.tests = [(key, _condition(value)) for key, value in spec.items()]
        # The lower-case forms the spec allows when it names them (most rules are for a few words).
        lower = spec.get("LOWER")
        self.lowers = {lower} if isinstance(lower, str) else set(lower["IN"]) if isinstance(lower, dict) and set(lower) == {"IN"} else None
        self.tests_lower = "LOWER" in spec

    def matches(self, values: dict) -> bool:
        return all(test(values[key]) for key, test in self.tests)


class _SpecIndex:
    """Specs by what they test, so a new token is checked only against the specs that may match it."""

    def __init__(self, rules: list):
        self.by_lower: dict[str, list] = {}
        self.other_lower = []  # specs with a pattern on LOWER (REGEX, NOT_IN)
        self.no_lower = []  # specs that do not look at the word: checked once per (tag, dep, is_space)
        for rule in rules:
            spec = rule.specs[0]
            if spec.lowers is not None:
                for lower in spec.lowers:
                    self.by_lower.setdefault(lower, []).append(rule)
            elif spec.tests_lower:
                self.other_lower.append(rule)
            else:
                self.no_lower.append(rule)
        self._no_lower_cache: dict[tuple, list] = {}

    def matching(self, values: dict) -> list:
        """The rules whose first token spec matches a token with these values, in the ruler's order."""
        key = (values["TAG"], values["DEP"], values["IS_SPACE"])
        general = self._no_lower_cache.get(key)
        if general is None:
            general = self._no_lower_cache[key] = [rule for rule in self.no_lower if rule.specs[0].matches(values)]
        found = general + [rule for rule in self.by_lower.get(values["LOWER"], []) + self.other_lower if rule.specs[0].matches(values)]
        return sorted(found, key=lambda rule: rule.order)


def _condition(value):
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            allowed = set(value["IN"])
            return lambda found: found in allowed
        if set(value) == {"NOT_IN"}:
            excluded = set(value["NOT_IN"])
            return lambda found: found not in excluded
        if set(value) == {"REGEX"}:
            pattern = re.compile(value["REGEX"])
            return lambda found: isinstance(found, str) and pattern.search(found) is not None
        raise ValueError(f"pattern operator {sorted(value)}")
    return lambda found: found == value


class _Rule:
    """One pattern of the ruler, with the attributes it sets and which of its tokens gets them."""

    def __init__(self, order: int, pattern: list[dict], attrs: dict, index: int):
        self.order = order
        self.specs = [_TokenSpec(spec) for spec in pattern]
        self.attrs = attrs
        self.index = index if index >= 0 else len(pattern) + index


def _values(token) -> dict:
    return {"TAG": token.tag_, "LOWER": token.lower_, "DEP": token.dep_, "IS_SPACE": token.is_space}


class CachedAttributes:
    """The attribute ruler's rules, applied per token from a cache keyed on what the rules test."""

    def __init__(self, ruler):
        self.ruler = ruler
        rules = []
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                rules.append(_Rule(order, pattern, ruler.attrs[order], ruler.indices[order]))
        self.single = _SpecIndex([rule for rule in rules if len(rule.specs) == 1 and rule.index == 0])
        self.multi = _SpecIndex([rule for rule in rules if not (len(rule.specs) == 1 and rule.index == 0)])
        # (tag, lower, dep, is_space) -> (the single-token rules that match, the multi-token rules whose first token does)
        self.cache: dict[tuple, tuple[list[_Rule], list[_Rule]]] = {}
        self.merged: dict[tuple, dict] = {}

    def _lookup(self, token) -> tuple[list[_Rule], list[_Rule]]:
        key = (token.tag, token.lower, token.dep, token.is_space)
        found = self.cache.get(key)
        if found is None:
            values = _values(token)
            found = (self.single.matching(values), self.multi.matching(values))
            self.cache[key] = found
            self.merged[key] = _merge(found[0])
        return found

    def __call__(self, doc: Doc) -> Doc:
        extra: dict[int, list[_Rule]] = {}
        for token in doc:
            single, starting = self._lookup(token)
            for rule in starting:
                end = token.i + len(rule.specs)
                if end <= len(doc) and all(spec.matches(_values(doc[token.i + offset])) for offset, spec in enumerate(rule.specs[1:], 1)):
                    extra.setdefault(token.i + rule.index, []).append(rule)
        for token in doc:
            key = (token.tag, token.lower, token.dep, token.is_space)
            if token.i in extra:
                # Rules apply in the order they were added, later ones winning, whatever their length.
                rules = sorted(self.cache[key][0] + extra[token.i], key=lambda rule: rule.order)
                attrs = _merge(rules)
            else:
                attrs = self.merged[key]
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _merge(rules: list[_Rule]) -> dict:
    attrs: dict = {}
    for rule in rules:
        attrs.update(rule.attrs)
    return attrs


class CachedLemmas:
    """The rule lemmatizer's lemma for each (form, POS, morphology), worked out once.

    The work is the lemmatizer's own (`rule_lemmatize`), with one change
    that leaves every answer as it was: its table of known lemmas is a list
    of some 57,000 nouns, searched from the start for every new word; here
    it is a set.
    """

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple, str] = {}
        self._base: dict[tuple, bool] = {}
        self._forms: dict[tuple, list[str]] = {}
        index_table = lemmatizer.lookups.get_table("lemma_index", {})
        exc_table = lemmatizer.lookups.get_table("lemma_exc", {})
        rules_table = lemmatizer.lookups.get_table("lemma_rules", {})
        self._tables: dict[str, tuple[set, dict, list]] = {}
        for univ_pos in {str(key) for table in (index_table, exc_table, rules_table) for key in _table_keys(table)} | _UNIVERSAL_POS:
            if any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
                self._tables[univ_pos] = (set(index_table.get(univ_pos, ())), exc_table.get(univ_pos, {}), rules_table.get(univ_pos, []))

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            # Lemmas the attribute ruler set stay, as with the original component (overwrite=False).
            if token.lemma != 0 and not overwrite:
                continue
            key = (token.orth, token.pos, token.morph.key)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self._lemma(token)
            token.lemma_ = lemma
        return doc

    def _lemma(self, token) -> str:
        """`rule_lemmatize(token)[0]`, step for step."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.lemmatizer.lemmatize(token)[0]  # the original, with its warning for a missing POS
        base_key = (token.pos, token.morph.key)
        is_base = self._base.get(base_key)
        if is_base is None:
            is_base = self._base[base_key] = self.lemmatizer.is_base_form(token)
        if is_base:
            return string.lower()
        tables = self._tables.get(univ_pos)
        if tables is None:
            return string if univ_pos == "propn" else string.lower()
        lower = string.lower()
        forms = self._forms.get((lower, univ_pos))
        if forms is None:
            forms = self._forms[(lower, univ_pos)] = _rule_forms(lower, *tables)
        return forms[0] if forms else string

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


# The POS names rule_lemmatize asks the tables for (token.pos_.lower()).
_UNIVERSAL_POS = {"adj", "adp", "adv", "aux", "cconj", "conj", "det", "intj", "noun", "num", "part", "pron", "propn",
                  "punct", "sconj", "sym", "verb", "x"}


def _table_keys(table) -> list:
    return list(table.keys()) if hasattr(table, "keys") else []


def _rule_forms(string: str, index: set, exceptions: dict, rules: list) -> list[str]:
    """The lemma candidates `rule_lemmatize` finds for a lower-case word, in its order (empty: the word itself)."""
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if string.endswith(old):
            form = string[: len(string) - len(old)] + new
            if not form:
                pass
            elif form in index or not form.isalpha():
                if form in index:
                    forms.insert(0, form)
                else:
                    forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(string, []):
        if form not in forms:
            forms.insert(0, form)
    if not forms:
        forms.extend(oov_forms)
    return forms


@Language.factory("summitry_cached_attributes")
def _make_cached_attributes(nlp: Language, name: str):
    return _Pending(CachedAttributes)


@Language.factory("summitry_cached_lemmas")
def _make_cached_lemmas(nlp: Language, name: str):
    return _Pending(CachedLemmas)


class _Pending:
    """A component whose original is handed over after `replace_pipe` made it."""

    def __init__(self, kind):
        self.kind = kind
        self.component = None

    def __call__(self, doc: Doc) -> Doc:
        return self.component(doc)

    def pipe(self, docs, batch_size: int = 128):
        return self.component.pipe(docs, batch_size=batch_size)


def use_cached_pipes(nlp: Language) -> Language:
    """Swap `nlp`'s attribute ruler and rule lemmatizer for their cached stand-ins, in place.

    A component this module does not know (another model's ruler testing
    other attributes, a lookup lemmatizer) is left as it is.
    """
    if ATTRIBUTES in nlp.pipe_names and type(nlp.get_pipe(ATTRIBUTES)).__name__ == "AttributeRuler":
        original = nlp.get_pipe(ATTRIBUTES)
        try:
            cached = CachedAttributes(original)
        except ValueError:
            cached = None
        if cached is not None:
            nlp.replace_pipe(ATTRIBUTES, "summitry_cached_attributes")
            nlp.get_pipe(ATTRIBUTES).component = cached
    if LEMMATIZER in nlp.pipe_names and getattr(nlp.get_pipe(LEMMATIZER), "mode", None) == "rule":
        original = nlp.get_pipe(LEMMATIZER)
        nlp.replace_pipe(LEMMATIZER, "summitry_cached_lemmas")
        nlp.get_pipe(LEMMATIZER).component = CachedLemmas(original)
    return nlp
