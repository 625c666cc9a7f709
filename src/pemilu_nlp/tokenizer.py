"""A compact Indonesian tokenizer that loads in milliseconds.

``spacy.blank("id")`` builds a tokenizer with ~16,000 special cases, almost all of
them hyphenated reduplications (``anak-anak``, ``sehari-hari``) listed one by one
so that the generic infix rule, which splits every hyphen between letters, does not
break them (spaCy issue #11079: seconds of start-up on every load). We reach the
same segmentation with rules instead of a list (see ``infixes``): a hyphen inside a
word is not an infix, so reduplications no list can enumerate stay whole too, while
a hyphen between a lower-case prefix and a name (``se-Kota``, ``pro-Jokowi``) or
between two capitalised names (``Anies-Sandi``) still splits, so entity spans stay
token-aligned. Abbreviations that end in a period come from
``resources/abbreviations.txt`` (shared with the sentence splitter).

On the UD Indonesian test sets this segmentation matches the surface tokens better
than ``spacy.blank("id")`` does (``bench/bench_tokenize.py``).

Registered as ``pemilu_nlp.tokenizer.v1`` in spaCy's tokenizer registry, so a
pipeline config selects it with::

    [nlp.tokenizer]
    @tokenizers = "pemilu_nlp.tokenizer.v1"
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, HYPHENS
from spacy.lang.id.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import resources

# Whole tokens that must never be split: e-mail addresses, dates written with slashes,
# clock times, decimal/thousand-grouped numbers and a few hyphenated names (spaCy's
# URL matcher is kept as url_match). Written as one flagless pattern on purpose: a saved pipeline stores the
# pattern *string* and spaCy recompiles it with ``re`` and no flags when it loads, so a
# VERBOSE pattern (with spaces and comments) would silently stop matching after
# ``nlp.to_disk()`` / ``spacy.load()``; that is how "25/11/2024" came apart in the
# shipped model.
TOKEN_MATCH_PATTERN = "^(?:" + "|".join(
    [
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail
        r"\d{1,2}/\d{1,2}/\d{2,4}",  # 25/11/2024
        r"\d{1,2}[.:]\d{2}",  # 10.00, 10:00
        r"\d{1,3}(?:\.\d{3})+(?:,\d+)?",  # 1.500.000,50
        r"\d+,\d+",  # 2,5
        # names the hyphen rules below would split but that are one word: a capitalised
        # reduplication ("Perserikatan Bangsa-Bangsa") and an Arabic article glued to a
        # name ("Al-Qaeda", "al-Azhar", "El-Shara", "An-Nur", "As-Syafi'iyah")
        r"(?P<redup>[A-Z][a-z]+)-(?P=redup)",
        r"(?:[AaEe]l|[Aa][dnrstz])-[A-Z][\w']*",
    ]
) + ")$"
_TOKEN_MATCH = re.compile(TOKEN_MATCH_PATTERN).match

# spaCy's generic infix that splits a hyphen (or dash) between two letters, and the
# Indonesian one that splits "/" or "-" before a letter or currency.
_LETTER_HYPHEN = f"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA}])"
_SLASH_HYPHEN = r"[\/-](?="
_LETTER_DIGIT = f"(?<=[{ALPHA}])-(?=[0-9])"
_DIGIT_LETTER = f"(?<=[0-9])-(?=[{ALPHA}])"


def infixes() -> list[str]:
    """spaCy's Indonesian infixes without the ones that split a hyphen inside a word.

    Reduplication (``anak-anak``, ``sehari-hari``), compounds and acronyms
    (``non-migas``, ``APBN-P``, ``PDI-P``), ordinals and decades (``ke-16``,
    ``1870-an``) are one token in the UD Indonesian treebanks; spaCy's blank("id")
    reaches that with ~16,000 listed exceptions, we reach it with these rules. A
    hyphen still splits before a capitalised word that follows a lower-case letter
    (``se-Kota``, ``pro-Jokowi``, ``Anies-Sandi``: each name can be an entity) or a
    number (``2019-BPJS``), and real dashes (``–``, ``—``, ``--``) split words.
    """
    out = []
    for pattern in TOKENIZER_INFIXES:
        if pattern == _LETTER_HYPHEN:
            pattern = f"(?<=[{ALPHA}])(?:–|—|--|---|——|~)(?=[{ALPHA}])"
        elif _SLASH_HYPHEN in pattern:
            pattern = pattern.replace(_SLASH_HYPHEN, r"[\/](?=")  # "dan/atau" splits, "X-Y" not
        elif pattern == _LETTER_DIGIT:
            continue  # "ke-16", "Mobile-8"
        elif pattern == _DIGIT_LETTER:
            pattern = f"(?<=[0-9])-(?=[{ALPHA_UPPER}])"  # "1870-an" stays, "2019-BPJS" splits
        out.append(pattern)
    # a lower-case prefix hyphenated to a name: "se-Kota Makassar", "pro-Jokowi", "anti-Prabowo"
    # (entity spans must stay token-aligned for NER)
    out.append(f"(?<=[{ALPHA_LOWER}])-(?=[{ALPHA_UPPER}])")
    # a bracket glued between words: "menelepon Hasto(Kristiyanto)"
    out.append(f"(?<=[{ALPHA}])[()](?=[{ALPHA}])")
    # a closing quotation glued to the next word, with its punctuation: 'dahulu,”ujar Menteri'
    # (the quotation must close for the quote component to read it)
    out.append(f"(?<=[{ALPHA}])[,.!?](?=[\"”])")
    out.append(f"(?<=[,.!?])[\"”](?=[{ALPHA}])")
    out.append(f"(?<=[{ALPHA}])[\"”](?=[{ALPHA_UPPER}])")  # 'kepada TyC Sport”Saya tinggal ...
    return out


def abbreviation_cases() -> dict[str, list[dict[int, str]]]:
    """Special cases: each listed abbreviation is one token, period included."""
    cases: dict[str, list[dict[int, str]]] = {}
    for abbr in resources.lines("abbreviations.txt"):
        if " " in abbr:
            continue
        cases[abbr] = [{ORTH: abbr}]
    return cases


# Invisible format characters (left-to-right mark, zero-width space, BOM) that web text
# leaves glued to a word or a quotation mark ('\u200e"Kalau'): a token of their own, so
# that the mark and the word are read as they are. The left-to-right mark also comes as the
# three characters its UTF-8 bytes make in Mac Roman ("‚Äé", in some crawled news text).
_FORMAT_CHARS = r"(?:[\u200b-\u200f\u2060\ufeff]|\u201a\u00c4\u00e9)"


def build_tokenizer(nlp: Language) -> Tokenizer:
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    return Tokenizer(
        nlp.vocab,
        rules=abbreviation_cases(),
        prefix_search=compile_prefix_regex([_FORMAT_CHARS, *TOKENIZER_PREFIXES]).search,
        suffix_search=compile_suffix_regex([_FORMAT_CHARS, *TOKENIZER_SUFFIXES]).search,
        infix_finditer=compile_infix_regex(infixes()).finditer,
        token_match=_TOKEN_MATCH,
        url_match=URL_MATCH,
    )


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registry entry point (``pemilu_nlp.tokenizer.v1``)."""
    return build_tokenizer
