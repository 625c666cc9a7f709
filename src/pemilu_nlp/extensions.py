"""The custom attributes that pemilu_nlp components read and write on a spaCy ``Doc``.

Registered in one place (as medspaCy does) so that every component, and anyone who
adds our components to their own pipeline, sees the same names:

- ``doc._.date``: the article's publication date (ISO ``YYYY-MM-DD`` string or None),
  used to resolve relative dates (``kemarin``, ``pekan lalu``).
- ``doc._.relations``: relation records as plain dicts in the contract's shape
  (plain data, so that docs survive ``nlp.pipe(n_process=...)`` and ``DocBin``).
- ``doc._.attributions``: every quote record the quote component read, in reading order,
  including those of attitude verbs (``berharap``, ``meminta``) that are not output by
  default; later components read who is speaking from it.

Span groups (serialised natively by spaCy):

- ``doc.spans["boilerplate"]``: sentences that are boilerplate lines.
"""

from __future__ import annotations

from spacy.tokens import Doc

BOILERPLATE = "boilerplate"


def register() -> None:
    if not Doc.has_extension("date"):
        Doc.set_extension("date", default=None)
    if not Doc.has_extension("relations"):
        # a getter-less default list would be shared between docs; a per-doc list is created lazily
        Doc.set_extension("relations", default=None)
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", default=None)


def relations(doc: Doc) -> list[dict]:
    """The doc's relation list, created on first use."""
    if doc._.relations is None:
        doc._.relations = []
    return doc._.relations


def attributions(doc: Doc) -> list[dict]:
    """The doc's quote attributions (output or not), created on first use."""
    if doc._.attributions is None:
        doc._.attributions = []
    return doc._.attributions


register()
