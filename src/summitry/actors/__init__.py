"""Stage `actors`: who is who in one article.

Reads: the spaCy `Doc` of an article, its publication date and the knowledge
base. Adds: an `ArticleActors` registry of the people the article names, each
with a canonical name, a role and a country (`names`), and a way to turn any
noun phrase of the article into the people it denotes (`roles`): a name
("Xi Jinping", "Xi"), a role ("the Chinese leader", "his Chinese
counterpart", "the US president"), a pronoun ("he"), or a group ("the two
leaders").
"""
from ..text.published import dateline_place
from .names import NameRegistry
from .people import HONORIFIC_NOUNS, LEADER_OFFICES, Person, fold, leading_offices, role_words
from .roles import RoleResolver


class ArticleActors(NameRegistry, RoleResolver):
    """The people of one article, and the resolution of noun phrases to them."""


class FindActors:
    """Stage: the people of one article. Reads: doc, article.published, the dateline. Adds: actors."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, record) -> None:
        record.actors = ArticleActors(record.doc, self.kb, record.article.published, home=self._home(record.article.text))

    def _home(self, text: str) -> str | None:
        """The country of the dateline's place ("NAIROBI —" -> KEN): where "the president" of a local report is."""
        name = dateline_place(text)
        place = self.kb.resolve_place(name.title()) if name else None
        return place.country if place is not None and place.city is not None else None


__all__ = ["ArticleActors", "FindActors", "LEADER_OFFICES", "Person", "fold", "leading_offices", "role_words"]
