"""The entity lexicons (resources/*.txt, *.tsv) compiled into one spaCy ``PhraseMatcher``.

Every list is matched case-sensitively on token text (``ORTH``): in news, ``Batu``
is a city and ``batu`` a stone, ``PAN`` a party and ``pan`` a pan. The few heads that
also occur in lower case as venues (``gedung DPR``, ``kantor KPU RI``) get their
lower-case forms added explicitly, under their own key.

A phrase matches where the doc's tokens spell the phrase's tokens, so each phrase is
cut with the pipeline's own tokenizer. Doing that for the ~8,000 gazetteer phrases
cost more than the rest of ``spacy.load`` together (the tokenizer creates a lexeme,
with all its lexical attributes, for every new word), so the tokenizations are saved
with the component (``pemilu_entity_rules/phrases.jsonl`` in the model directory,
written by ``nlp.to_disk`` when the pipeline is packaged) and only read back at load
time, and the matcher takes the phrases as ORTH hash sequences, not ``Doc``s. The
saved table is used only under the tokenizer that wrote it; a phrase it lacks (a
resource edited since packaging, a component added to a fresh pipeline) is tokenized
at first use: a stale table makes the first document slower, never the matches wrong.

Built once per vocabulary and tokenizer (``lru_cache``), lazily at the first
``atoms()`` call: spaCy imports factory modules whenever any pipeline is created, so
nothing here runs at import time, and a loaded pipeline reads its saved tokenizations
(``from_disk``) before anything is built."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import resources

# Atom kinds. The grammar in rules.py combines them into entity spans.
REGION = "REGION"  # province, regency, city, alias: LOC alone
REGION_AMBIGUOUS = "REGION_AMBIGUOUS"  # region name that is also a common word/name: LOC only when qualified
DISTRICT = "DISTRICT"  # kecamatan: LOC after Kecamatan/Kec., or alone when multiword
COUNTRY = "COUNTRY"
REGION_TYPE = "REGION_TYPE"  # Kota, Kabupaten, Provinsi (take a region name)
AREA_TYPE = "AREA_TYPE"  # Kecamatan, Desa, Kelurahan (take any capitalised name)
INSTITUTION_REGIONAL = "INSTITUTION_REGIONAL"  # Bawaslu, KPU, Polres: take a regional qualifier
INSTITUTION_QUALIFIED = "INSTITUTION_QUALIFIED"  # Pemda: a name only with its qualifier
INSTITUTION = "INSTITUTION"  # MK, TNI, Mahkamah Konstitusi: at most "RI"
PARTY = "PARTY"
UNIT = "UNIT"  # Komisi, Fraksi, Banggar, DPP: one span with the parent body after them
UNIT_LOWER = "UNIT_LOWER"  # komisi, fraksi: a unit in lower case, with its number or party
UNIT_ALONE = "UNIT_ALONE"  # Banggar, Bamus: units that are names by themselves too
ORG_HEAD = "ORG_HEAD"  # Kementerian, Badan, Universitas + capitalised name
VENUE = "VENUE"  # Kantor, Gedung, Hotel + name
VENUE_LOWER = "VENUE_LOWER"  # kantor, gedung + organisation name
STREET = "STREET"  # Jalan, Jl.
REGIONAL_TITLE = "REGIONAL_TITLE"  # Bupati, Wali Kota, Kapolres: the region after them is LOC
NAME_BREAK = "NAME_BREAK"  # capitalised words that never continue a name (days, months, roles)

# Atoms that can be a person's name as well: a district (Bambang), an ambiguous region (Bima).
NAME_LIKE = frozenset({REGION_AMBIGUOUS, DISTRICT, VENUE_LOWER, UNIT_LOWER})

# Saved tokenizations: a header line, then one ``[phrase, [token, ...]]`` per line (diffable).
PHRASES_FILE = "phrases.jsonl"


@dataclass
class Lexicon:
    """A phrase matcher over all lists plus the plain sets the grammar needs."""

    vocab: Vocab
    tokenizer: Callable[[str], Doc]
    region_names: dict[str, str] = field(default_factory=dict)  # lower-cased name -> kind, for datelines
    titles_prefix: frozenset[str] = frozenset()
    titles_suffix: frozenset[str] = frozenset()
    titles_rank: frozenset[str] = frozenset()
    titles_role: frozenset[str] = frozenset()
    demonym_cues: frozenset[tuple[str, ...]] = frozenset()  # lower-cased words, one cue each
    type_words: frozenset[str] = frozenset()  # region and area type words, lower-cased, without dots
    campus_heads: frozenset[str] = frozenset()  # organisation heads whose city is part of the name
    numbered_units: frozenset[str] = frozenset()  # military commands named by a number (Kodam XVII/Cenderawasih)
    org_tails: frozenset[str] = frozenset()  # words ending an English-style organisation name (Kyoto University)
    legal_forms: frozenset[str] = frozenset()  # bracketed legal forms of state companies (Persero)
    campaign_teams: tuple[tuple[str, ...], ...] = ()  # lower-cased first words of campaign teams' names
    _saved: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # phrase -> token texts
    _matcher: PhraseMatcher | None = field(default=None, repr=False)

    @property
    def matcher(self) -> PhraseMatcher:
        """The ``PhraseMatcher`` (``ORTH``) of all lists, one match key per atom kind; built at first use."""
        if self._matcher is None:
            self._matcher = self._build()
        return self._matcher

    def atoms(self, doc: Doc) -> list[dict[str, int]]:
        """For each token: {kind: end of the longest atom of that kind starting there}."""
        out: list[dict[str, int]] = [{} for _ in range(len(doc))]
        strings = doc.vocab.strings
        for key, start, end in self.matcher(doc):
            kind = strings[key]
            if out[start].get(kind, 0) < end:
                out[start][kind] = end
        return out

    def tokenizations(self) -> dict[str, tuple[str, ...]]:
        """Every phrase of the lists -> its token texts under this lexicon's tokenizer."""
        phrases = {p for kind_phrases in _phrases().values() for p in kind_phrases}
        out = {p: self._saved[p] for p in phrases if p in self._saved}
        missing = sorted(phrases - out.keys())
        out.update(zip(missing, _tokenize(self.tokenizer, missing)))
        return out

    def _build(self) -> PhraseMatcher:
        # Patterns given as ORTH hash sequences, not Docs: a Doc would create a lexeme
        # (with every lexical attribute) per new word, the cost this module avoids.
        # PhraseMatcher.add takes such sequences as they are (its unpickling path).
        tokens = self.tokenizations()
        as_int = self.vocab.strings.as_int
        matcher = PhraseMatcher(self.vocab, attr="ORTH")
        for kind, phrases in _phrases().items():
            matcher.add(kind, [[as_int(t) for t in tokens[p]] for p in phrases])
        return matcher

    def to_disk(self, path: str | Path) -> None:
        """Save the phrases' tokenizations (``path``: the component's directory).

        The first line names the tokenizer that made them (``_fingerprint``), so a
        pipeline that loads the directory with another tokenizer (the stanza backend,
        an edited tokenizer) tokenizes the phrases itself instead of trusting them."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        header = {"tokenizer": _fingerprint(self.tokenizer)}
        rows = [[phrase, list(tokens)] for phrase, tokens in sorted(self.tokenizations().items())]
        srsly.write_jsonl(path / PHRASES_FILE, [header, *rows])

    def from_disk(self, path: str | Path) -> None:
        """Use the saved tokenizations if this tokenizer made them; without them it still works, slower."""
        file = Path(path) / PHRASES_FILE
        if not file.exists():
            return
        rows = srsly.read_jsonl(file)
        header = next(rows, None)
        fingerprint = _fingerprint(self.tokenizer)
        if fingerprint is not None and isinstance(header, dict) and header.get("tokenizer") == fingerprint:
            self._saved = {phrase: tuple(tokens) for phrase, tokens in rows}
            self._matcher = None


def _tokenize(tokenizer: Callable[[str], Doc], texts: list[str]) -> Iterable[tuple[str, ...]]:
    docs = tokenizer.pipe(texts) if hasattr(tokenizer, "pipe") else map(tokenizer, texts)
    return (tuple(t.text for t in doc) for doc in docs)


def _fingerprint(tokenizer: Callable[[str], Doc]) -> str | None:
    """A digest of a spaCy tokenizer's settings (patterns, special cases); None for other tokenizers.

    Two tokenizers with the same digest segment every text alike, so tokenizations
    saved under one are valid under the other."""
    if not isinstance(tokenizer, Tokenizer):
        return None
    return hashlib.sha1(tokenizer.to_bytes(exclude=["vocab"])).hexdigest()


def _names(file: str) -> list[str]:
    return list(resources.lines(file))


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The names of ``countries.txt``, lower case (states, not their cities)."""
    return frozenset(name.lower() for name in _names("countries.txt"))


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """Indonesia's provinces, lower case, by name and by the short names news use (``Jabar``),
    but those that name a town too (``Jambi``, ``Jakarta`` of ``Jakarta Pusat``): alone they
    say no more than the town."""
    names = {name.lower() for name in _column("regions.tsv", "name", type="provinsi")}
    names |= {row["alias"].lower() for row in resources.table("region_aliases.tsv") if row["canonical"].lower() in names}
    towns = {name.lower() for kind in ("kota", "kabupaten") for name in _column("regions.tsv", "name", type=kind)}
    town_words = {town.split()[0] for town in towns}
    return frozenset(n for n in names if n not in towns and n not in town_words)


@lru_cache(maxsize=1)
def region_types() -> tuple[str, ...]:
    """Kota, Kabupaten, Provinsi and their abbreviations, as written in ``resources/region_types.tsv``."""
    return tuple(_column("region_types.tsv", "word", kind="region"))


@lru_cache(maxsize=1)
def region_type_words() -> frozenset[str]:
    """The words of :func:`region_types`, lower case (``kota``, ``provinsi``, ``kab.``)."""
    return frozenset(w.lower() for w in region_types())


@lru_cache(maxsize=1)
def org_heads() -> tuple[str, ...]:
    """The words of ``org_heads.txt`` that open an organisation's name (``Kementerian``, ``PT``)."""
    return tuple(_names("org_heads.txt"))


@lru_cache(maxsize=1)
def prefix_titles() -> frozenset[str]:
    """Titles written before a name (``person_titles.tsv``, compared as ``normalise_title``
    gives them: ``dr``, ``prof``, ``kombes``)."""
    return frozenset(r["title"] for r in resources.table("person_titles.tsv") if r["position"] == "prefix")


def _column(file: str, column: str, **where: str) -> list[str]:
    return [row[column] for row in resources.table(file) if all(row.get(k) == v for k, v in where.items())]


def initials(words: Iterable[str]) -> str:
    """The first letters of the capitalised words (``Agus Harimurti Yudhoyono`` -> ``AHY``)."""
    return "".join(w[0] for w in words if w[:1].isupper())


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def is_roman(text: str) -> bool:
    """An upper-case Roman numeral up to XXXIX (``III``, ``XIV``): unit numbers in names."""
    return bool(text) and _ROMAN.fullmatch(text) is not None


def is_acronym(text: str, longest: int = 6) -> bool:
    """Capital letters only, two to ``longest`` of them (``MK``, ``BNPB``)."""
    return 2 <= len(text) <= longest and text.isalpha() and text.isupper()


def normalise_title(text: str) -> str:
    """``S.H.`` -> ``sh``, ``M.Si`` -> ``msi``, ``Kombes`` -> ``kombes``: titles compared without dots."""
    return text.replace(".", "").replace(",", "").lower()


@lru_cache(maxsize=8)
def _phrases() -> dict[str, tuple[str, ...]]:
    """kind -> phrases, from the resource files (shared by every vocabulary)."""
    ambiguous = set(_names("region_ambiguous.txt"))
    regions: dict[str, list[str]] = defaultdict(list)
    for row in resources.table("regions.tsv"):
        name, kind = row["name"], row["type"]
        if kind == "kecamatan":
            regions[DISTRICT].append(name)
        elif name in ambiguous:
            regions[REGION_AMBIGUOUS].append(name)
        else:
            regions[REGION].append(name)
    for alias in _column("region_aliases.tsv", "alias"):
        regions[REGION_AMBIGUOUS if alias in ambiguous else REGION].append(alias)
    # a district that shares its name with a regency or city is that regency or city
    known = set(regions[REGION]) | set(regions[REGION_AMBIGUOUS])
    regions[DISTRICT] = [d for d in regions[DISTRICT] if d not in known and d not in ambiguous]
    titles = resources.table("person_titles.tsv")
    return {
        REGION: tuple(sorted(set(regions[REGION]))),
        REGION_AMBIGUOUS: tuple(sorted(set(regions[REGION_AMBIGUOUS]))),
        DISTRICT: tuple(sorted(set(regions[DISTRICT]))),
        COUNTRY: tuple(_names("countries.txt")) + tuple(_names("world_cities.txt")) + tuple(_names("landmarks.txt")),
        REGION_TYPE: region_types(),
        AREA_TYPE: tuple(_column("region_types.tsv", "word", kind="area")),
        INSTITUTION_REGIONAL: tuple(_column("institutions.tsv", "name", regional="1")),
        INSTITUTION_QUALIFIED: tuple(_column("institutions.tsv", "name", regional="2")),
        # "DPR-RI", "KPU-RI": the national qualifier hyphenated onto a one-word name
        INSTITUTION: tuple(_column("institutions.tsv", "name", regional="0"))
        + tuple(f"{n}-RI" for n in _column("institutions.tsv", "name", regional="1") if " " not in n),
        PARTY: tuple(_names("parties.txt")),
        UNIT: tuple(_column("org_units.tsv", "name")),
        UNIT_ALONE: tuple(_column("org_units.tsv", "name", alone="1")),
        UNIT_LOWER: tuple(n.lower() for n in _column("org_units.tsv", "name") if n.istitle() and " " not in n),
        ORG_HEAD: org_heads(),
        VENUE: tuple(_column("venues.tsv", "head")),
        VENUE_LOWER: tuple(h.lower() for h in _column("venues.tsv", "head", lower="1")),
        STREET: tuple(_names("streets.txt")),
        REGIONAL_TITLE: tuple(_names("regional_titles.txt")),
        NAME_BREAK: tuple(_names("name_breaks.txt"))
        + tuple(r["title"].capitalize() for r in titles if r["kind"] in ("rank", "role")),
    }


def lexicon(nlp: Language) -> Lexicon:
    """The lexicon for ``nlp``'s vocabulary and tokenizer (cached, shared by the entity components).

    Its phrase matcher is built at the first ``atoms()`` call, from the tokenizations a
    saved pipeline brings (``Lexicon.from_disk``) or else with the tokenizer."""
    return _lexicon(nlp.vocab, nlp.tokenizer)


@lru_cache(maxsize=8)
def _lexicon(vocab: Vocab, tokenizer: Callable[[str], Doc]) -> Lexicon:
    region_names = {}
    for kind in (DISTRICT, REGION_AMBIGUOUS, COUNTRY, REGION):  # later kinds win
        for name in _phrases()[kind]:
            region_names[name.lower()] = kind
    titles = resources.table("person_titles.tsv")
    return Lexicon(
        vocab=vocab,
        tokenizer=tokenizer,
        region_names=region_names,
        titles_prefix=prefix_titles(),
        titles_suffix=frozenset(r["title"] for r in titles if r["position"] == "suffix"),
        titles_rank=frozenset(r["title"] for r in titles if r["kind"] == "rank"),
        titles_role=frozenset(r["title"] for r in titles if r["kind"] == "role"),
        demonym_cues=frozenset(tuple(cue.lower().split()) for cue in _names("demonym_cues.txt")),
        type_words=frozenset(w.lower().rstrip(".") for w in _phrases()[REGION_TYPE] + _phrases()[AREA_TYPE]),
        campus_heads=frozenset(_names("campus_heads.txt")),
        numbered_units=frozenset(_names("numbered_units.txt")),
        org_tails=frozenset(_names("org_tails.txt")),
        legal_forms=frozenset(_names("legal_forms.txt")),
        campaign_teams=tuple(tuple(name.lower().split()) for name in _names("campaign_teams.txt")),
    )
