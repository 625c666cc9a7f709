"""A compact Indonesian tokenizer that loads in milliseconds.

``spacy.blank("id")`` builds a tokenizer with ~16,000 special cases, almost all of
them hyphenated reduplications (``anak-anak``, ``sehari-hari``) listed one by one
so that the generic infix rule, which splits every hyphen between letters, does not
break them (spaCy issue #11079: seconds of start-up on every load). We reach the
same segmentation with a rule instead of a list: a hyphen between two letters is
not an infix, so any ``X-Y`` word stays one token, including the reduplications no
list can enumerate. Abbreviations that end in a period come from
``resources/abbreviations.txt`` (shared with the sentence splitter).

Registered as ``pemilu_nlp.tokenizer.v1`` in spaCy's tokenizer registry, so a
pipeline config selects it with::

    [nlp.tokenizer]
    @tokenizers = "pemilu_nlp.tokenizer.v1"
"""

from __future__ import annotations

from typing import Callable

import regex
from spacy.lang.id.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import resources

# Whole tokens that must never be split: URLs, e-mail addresses, dates written with
# slashes, clock times and decimal/thousand-grouped numbers. (spaCy's URL matcher is
# kept as url_match; this one covers the Indonesian number and date formats.)
_TOKEN_MATCH = regex.compile(
    r"""^(?:
        [\w.+-]+@[\w-]+(?:\.[\w-]+)+            # e-mail
      | \d{1,2}/\d{1,2}/\d{2,4}                 # 25/11/2024
      | \d{1,2}[.:]\d{2}                        # 10.00, 10:00
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?            # 1.500.000,50
      | \d+,\d+                                 # 2,5
    )$""",
    regex.VERBOSE,
).match


def _infixes() -> list[str]:
    out = []
    for pattern in TOKENIZER_INFIXES:
        if r"[\/-](?=" in pattern:
            # letter/letter: split at "/" only, never at "-" (reduplication, compounds)
            pattern = pattern.replace(r"[\/-](?=", r"[\/](?=")
        out.append(pattern)
    return out


def abbreviation_cases() -> dict[str, list[dict[int, str]]]:
    """Special cases: each listed abbreviation is one token, period included."""
    cases: dict[str, list[dict[int, str]]] = {}
    for abbr in resources.lines("abbreviations.txt"):
        if " " in abbr:
            continue
        cases[abbr] = [{ORTH: abbr}]
    return cases


def build_tokenizer(nlp: Language) -> Tokenizer:
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    return Tokenizer(
        nlp.vocab,
        rules=abbreviation_cases(),
        prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
        suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
        infix_finditer=compile_infix_regex(_infixes()).finditer,
        token_match=_TOKEN_MATCH,
        url_match=URL_MATCH,
    )


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registry entry point (``pemilu_nlp.tokenizer.v1``)."""
    return build_tokenizer
