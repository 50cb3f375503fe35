"""Stage `actors`: who is who in one article.

Reads: the spaCy `Doc` of an article, its publication date and the knowledge
base. Adds: an `ArticleActors` registry of the people the article names, each
with a canonical name, a role and a country (`names`), and a way to turn any
noun phrase of the article into the people it denotes (`roles`): a name
("Xi Jinping", "Xi"), a role ("the Chinese leader", "his Chinese
counterpart", "the US president"), a pronoun ("he"), or a group ("the two
leaders").
"""
from .names import NameRegistry
from .people import Person, fold, leading_offices, role_words
from .roles import RoleResolver


class ArticleActors(NameRegistry, RoleResolver):
    """The people of one article, and the resolution of noun phrases to them."""


__all__ = ["ArticleActors", "Person", "fold", "leading_offices", "role_words"]
