"""Entity components that run after the statistical ``ner``.

- ``pemilu_entity_rules`` (rules.py): institutions with their regional qualifier,
  parties, regions from the Kemendagri gazetteer, venues, streets and datelines,
  merged with the model's entities so that the guideline's outermost span wins.
- ``pemilu_person_names`` (person_names.py): titles, ranks, roles and degrees
  trimmed off PER spans.

The lexicons are data files in ``pemilu_nlp/resources`` (lexicon.py compiles them).
"""

from __future__ import annotations

from .person_names import PersonNameCleaner, make_person_name_cleaner
from .rules import EntityRules, make_entity_rules

__all__ = ["EntityRules", "PersonNameCleaner", "make_entity_rules", "make_person_name_cleaner"]
