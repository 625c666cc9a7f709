"""pemilu_nlp: structured facts from Indonesian news.

>>> import pemilu_nlp
>>> nlp = pemilu_nlp.load()
>>> doc = nlp("Ketua KPU Sumsel Andika Pranata Jaya menghadiri rapat koordinasi di Palembang.")
>>> [(e.text, e.label) for e in doc.entities]
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .document import (
    Affiliation,
    Attendance,
    DateMention,
    Document,
    Entity,
    Mention,
    Quote,
    Relation,
    Sentence,
)
from .display import render
from .pipeline import Pipeline, load
from .tables import to_frames  # pandas is imported only when it is called

__all__ = [
    "__version__",
    "load",
    "render",
    "Pipeline",
    "Document",
    "Sentence",
    "Entity",
    "Mention",
    "DateMention",
    "Relation",
    "Affiliation",
    "Attendance",
    "Quote",
    "to_frames",
]
