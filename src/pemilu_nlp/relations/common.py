"""What every relation component needs: mentions as contract dicts, the fullest name of an
entity in the article, one record per fact, and the speakers the quote component (which
runs first) resolved."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from .. import resources
from ..document import RELATION_ARGUMENTS
from ..entities.lexicon import initials, is_acronym, org_heads, region_type_words
from ..extensions import attributions, relations

# The arguments that identify a fact (as in the referee): two records with the same
# core arguments are the same fact, whatever their attributes.
CORE_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "affiliation": ("person", "organization"),
    "attendance": ("attendee", "event"),
    "quote": ("speaker", "content"),
}


def mention(doc: Doc, start: int, end: int, label: str, **extra: Any) -> dict[str, Any]:
    """A relation argument for the character span ``doc.text[start:end]``."""
    return {"start": start, "end": end, "text": doc.text[start:end], "label": label, **extra}


def span_mention(span: Span, label: str | None = None, **extra: Any) -> dict[str, Any]:
    """A relation argument for a token span (an entity, a role phrase, ...)."""
    # span.text, not doc.text[...]: Doc.text rebuilds the whole text on every access
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "label": label or span.label_, **extra}


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences (the whole doc when no sentence boundaries are set)."""
    return list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]


def sentence_numbers(sents: list[Span]) -> list[int]:
    """The output index of each sentence of ``sents``, in one pass: sentences of whitespace
    only are not counted, as in ``pipeline.to_document``."""
    out: list[int] = []
    index = -1
    for sent in sents:
        if any(not t.is_space for t in sent):
            index += 1
        out.append(max(index, 0))
    return out


def sentence_index(doc: Doc, token_i: int) -> int:
    """Index (as in the output document) of the sentence holding token ``token_i``."""
    sents = sentences(doc)
    for sent, index in zip(sents, sentence_numbers(sents)):
        if sent.start <= token_i < sent.end:
            return index
    return sentence_numbers(sents)[-1]


def _name_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in text.replace(",", " ").split())


def fullest_name(ent: Span) -> Span:
    """The fullest mention in the article of the same person/organisation as ``ent``.

    ``Chlara`` -> ``Chlara Febriana`` when the article names her in full somewhere: a
    candidate of the same label whose words contain all of ``ent``'s words, longest first
    (ties: the first in the text); for a one-word name, one that starts with it first.
    """
    key = _name_key(ent.text)
    words = set(key)
    best = ent
    leading: Span | None = None  # the longest candidate that starts with a one-word name
    first_full: Span | None = None  # the first candidate in the text of the most words
    first_full_words = 0
    for other in ent.doc.ents:
        if other.label_ != ent.label_ or len(other.text) <= len(ent.text):
            continue
        other_key = _name_key(other.text)
        if not words <= set(other_key):
            continue
        if len(other.text) > len(best.text):
            best = other
        if len(other_key) > first_full_words:
            first_full, first_full_words = other, len(other_key)
        if len(key) == 1 and other_key[0] == key[0] and (leading is None or len(other.text) > len(leading.text)):
            leading = other
    # two people whose names hold this one ("Cassidy": David Cassidy, then his brother Patrick
    # Cassidy): the one the article named first, whom the bare name goes on meaning
    if first_full is not None and first_full is not best and _other_person(first_full.text, best.text):
        best = first_full
    # a one-word name in the names of two people ("Prabowo": Prabowo Subianto, Listyo Sigit
    # Prabowo): the one it starts, which is how a name is shortened; not when the shorter is
    # the longer written otherwise ("Atut Choisiyah" for Ratu Atut Chosiyah)
    if leading is not None and leading is not best and not _spelt_within(leading.text, best.text):
        return leading
    return best


def _other_person(a: str, b: str) -> bool:
    """Two names of as many words that differ in a word with another initial (``David Cassidy``,
    ``Patrick Cassidy``), not one name spelt two ways (``M. Tito Karnavian``, ``Muhammad Tito
    Karnavian``)."""
    ka, kb = _name_key(a), _name_key(b)
    only_a, only_b = set(ka) - set(kb), set(kb) - set(ka)
    return len(ka) == len(kb) and bool(only_a) and not any(x[:1] == y[:1] for x in only_a for y in only_b)


def _spelt_within(short: str, full: str) -> bool:
    """Every word of ``short`` starts like a word of ``full`` (the same name, spelt otherwise)."""
    full_words = _name_key(full)
    return all(any(w[:3] == f[:3] for f in full_words) for w in _name_key(short))


_OWN_STATE = (" RI", " Republik Indonesia")  # "Bawaslu RI", "KPU RI": the national body


@lru_cache(maxsize=1)
def _org_acronyms() -> dict[str, frozenset[str]]:
    """Acronym (lower case) -> the names it is spelt out as (``org_acronyms.tsv``)."""
    out: dict[str, set[str]] = {}
    for row in resources.table("org_acronyms.tsv"):
        out.setdefault(row["acronym"].lower(), set()).add(row["name"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _without_state(text: str) -> str:
    for suffix in _OWN_STATE:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def expanded_org(ent: Span) -> Span:
    """The spelled-out name of an organisation written as an acronym, when the article has it
    as an entity (``MK`` -> ``Mahkamah Konstitusi``, ``Bawaslu RI`` -> ``Badan Pengawas
    Pemilu``): the guidelines want the fullest name the article gives for a person or
    organisation. The initials of the longer name's capitalised words must spell the acronym,
    or ``org_acronyms.tsv`` must give the name; failing both, the name the article itself
    defines the short form as (:func:`_defined_in_article`). A place keeps the form written
    (``Presiden AS``: ``AS``)."""
    if ent.label_ != "ORG":
        return ent
    names = _org_acronyms().get(_without_state(ent.text).lower())
    acronym = ent.text  # initials spell the acronym as written ("KPU RI" stays: gold keeps it)
    head: list[str] = []
    if names is None and not is_acronym(acronym):
        # "Kementerian PANRB": a head word before the acronym, spelt out after the same head
        *head, acronym = ent.text.split()
        # the head is capitalised, an organisation's head word, or a short form itself ("PT IAE",
        # "PT. INKA" for "PT Industri Kereta Api", "PD PPJ" for "PD Pasar Pakuan Jaya")
        head = [w.rstrip(".") for w in head]
        if not head or not is_acronym(acronym) or not all(w.istitle() or w in org_heads() or is_acronym(w) for w in head):
            return _defined_in_article(ent) or ent
    for other in ent.doc.ents:
        if other.label_ != ent.label_ or len(other) < 2 or other.start == ent.start:
            continue
        if names is not None:
            if _without_state(other.text).lower() in names:
                return other
            continue
        words = [t.text for t in other if not t.is_punct]  # "Dinas Ketahanan Pangan, Kelautan, dan Pertanian": no commas
        if words[: len(head)] != head:
            continue
        rest = words[len(head) :]
        spelled = initials(rest)
        # every word gives its initial, but the "dan" of a ministry's two portfolios
        if spelled == acronym and len(rest) - (bool(head) and rest.count("dan")) == len(spelled):
            return other
    return _defined_in_article(ent) or ent


def _name_words(span: Span) -> list[str]:
    """The words of a name after a short form, without region-type words (``Kota Kendari``: ``kendari``)."""
    return [t.lower_ for t in span if t.is_alpha and t.lower_ not in region_type_words()]


def _defined_in_article(ent: Span) -> Span | None:
    """The organisation the article spells out for the short name ``ent`` opens with:
    ``Federasi Serikat Musisi Indonesia (FESMI)`` for ``FESMI``, ``Dewan Perwakilan Rakyat
    Daerah (DPRD) DKI Jakarta`` for ``DPRD DKI Jakarta``, ``PT Toyota Motor Manufacturing
    Indonesia (TMMIN)`` for ``PT TMMIN``. The article's own definition, a name with the short
    form in parentheses after it, says they are one body."""
    doc = ent.doc
    head = ""
    if len(ent) == 2 and ent[0].text.rstrip(".") in org_heads() and is_acronym(ent[1].text):
        head, short, rest = ent[0].text.rstrip("."), ent[1].text, []  # the head word, then the short name
    else:
        short, rest = ent[0].text, _name_words(ent[1:])
    if len(short) < 2 or not short[0].isupper():
        return None
    for other in doc.ents:
        if other.label_ != "ORG" or other.start == ent.start or len(other) < 2:
            continue
        if head and (other[0].text.rstrip(".") != head or other[1].text[0] != short[0]):
            continue  # "PT Toyota Motor ... (TMMIN)", not "Pansus Hak Angket Komisi ... (KPK)" for "Pansus KPK"
        inside = next((j for j in range(other.start, other.end - 2) if doc[j].text == "(" and doc[j + 1].text == short
                       and doc[j + 2].text == ")"), None)
        if inside is not None and inside > other.start and _name_words(doc[inside + 3 : other.end])[: len(rest)] == rest:
            # "Dewan Perwakilan Rakyat Daerah (DPRD) DKI Jakarta" as one mention, for "DPRD DKI
            # Jakarta" or "DPRD" (not "Daerah Kerja (Daker) Bandara Jeddah-Madinah" for "Daker Madinah")
            return other
        after = other.end
        if inside is not None or after + 2 >= len(doc) or doc[after].text != "(" or doc[after + 1].text != short \
                or doc[after + 2].text != ")":
            continue
        # "Federasi Serikat Musisi Indonesia (FESMI)": the name before the parentheses, when it
        # starts as the short name does (a longer short name, "Bawaslu DKI Jakarta", "KPU RI",
        # may be a branch of it) or after the same head word ("PT TMMIN")
        if head or len(ent) == 1 and other.text[0] == short[0]:
            return other
    return None


def argument_key(value: Any) -> Any:
    """What two records must share in an argument to state the same fact: a mention's name
    words (``Joko  Widodo`` = ``joko widodo``), any other value as it is."""
    if isinstance(value, dict):
        return " ".join(_name_key(value.get("text", "")))
    return value


def add_record(doc: Doc, record: dict[str, Any]) -> bool:
    """Append a relation record unless the article already states the same fact.

    Returns True when the record was added.
    """
    kind = record["type"]
    if kind not in RELATION_ARGUMENTS:
        raise ValueError(f"unknown relation type {kind!r}")
    core = CORE_ARGUMENTS[kind]
    key = tuple(argument_key(record.get(arg)) for arg in core)
    records = relations(doc)
    for existing in records:
        if existing["type"] == kind and tuple(argument_key(existing.get(arg)) for arg in core) == key:
            return False
    records.append(record)
    return True


def _person_quotes(doc: Doc) -> Iterator[dict[str, Any]]:
    """The quote component's attributions to a person (attitude verbs included), latest first."""
    return (r for r in reversed(attributions(doc)) if r["speaker"].get("label") == "PER")


def _first_speaker(doc: Doc, records: Iterator[dict[str, Any]]) -> Span | None:
    """The speaker of the first of ``records`` whose speaker is a token span of ``doc``."""
    for record in records:
        speaker = record["speaker"]
        span = doc.char_span(speaker["start"], speaker["end"], label="PER")
        if span is not None:
            return span
    return None


def last_speaker(doc: Doc, before: int) -> Span | None:
    """The person the quote component gave the last quotation attributed before output
    sentence ``before`` (``Hal itu disampaikan olehnya ...``: the one who has just spoken)."""
    return _first_speaker(doc, (r for r in _person_quotes(doc) if r["sentence"] < before))


def quoted_person(doc: Doc, sentence: int, at: int) -> Span | None:
    """The person the quote component made the speaker of a quotation attributed in output
    sentence ``sentence`` (``"...," katanya``, ``ujar Menag``, ``kata politikus Golkar ini``),
    or None; token ``at`` (the phrase being read) must lie outside what was quoted: words
    in the quotation are what the speaker talks about. The quote component resolves such
    speakers across the quotation it closes; components that run after it (the default
    pipeline's order) read who was meant here instead of guessing from the sentences nearby."""
    char = doc[at].idx
    return _first_speaker(
        doc,
        (r for r in _person_quotes(doc) if r["sentence"] == sentence and not r["content"]["start"] <= char < r["content"]["end"]),
    )
