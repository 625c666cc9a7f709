"""Relation extraction components: affiliation, attendance, quote (annotation guidelines, section 3).

Each component reads sentences and entities from the ``Doc`` and appends records in the
contract's shape to ``doc._.relations`` through :func:`pemilu_nlp.relations.common.add_record`,
which keeps one record per fact.
"""
