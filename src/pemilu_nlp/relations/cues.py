"""Cue lexicons as spaCy ``PhraseMatcher``s, and token-level views the relation rules share.

Lexicons live in ``resources/`` (one phrase per line, or TSV with ``kind``). A
lexicon is compiled once per vocab and matched once per doc: the rules then walk
tokens and entities, never re-scanning text with regular expressions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .. import resources
from ..entities.lexicon import initials, is_acronym
from .common import fullest_name, sentences


def _entries(name: str, column: str) -> tuple[tuple[str, str], ...]:
    """(phrase, kind) pairs of a lexicon: a TSV with ``column`` and ``kind``, or a plain list."""
    if name.endswith(".tsv"):
        return tuple((row[column].strip(), row.get("kind", "").strip()) for row in resources.table(name))
    return tuple((line, "") for line in resources.lines(name))


@lru_cache(maxsize=32)
def lexicon_matcher(vocab: Vocab, name: str, column: str = "") -> PhraseMatcher:
    """A case-insensitive ``PhraseMatcher`` of a lexicon; the match label is the entry's ``kind``."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    by_kind: dict[str, list[str]] = {}
    for phrase, kind in _entries(name, column):
        by_kind.setdefault(kind or name, []).append(phrase)
    # lexicon phrases are whitespace-separated words, as the pemilu tokenizer splits them
    for kind, phrases in by_kind.items():
        docs = [Doc(vocab, words=phrase.split()) for phrase in phrases]
        matcher.add(kind, docs)
    return matcher


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon match: tokens ``[start, end)`` of kind ``kind``."""

    start: int
    end: int
    kind: str

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def find_cues(
    doc: Doc,
    name: str,
    column: str = "",
    *,
    longest: bool = True,
    outside_entities: bool = False,
) -> list[Cue]:
    """Matches of a lexicon in ``doc`` in text order (longest, non-overlapping by default).

    ``outside_entities`` drops matches that overlap an entity before the longest are
    chosen (``Ketua`` stays a role word in ``Ketua Dewan Kehormatan PAN`` when
    ``Dewan Kehormatan PAN`` is an ORG)."""
    matcher = lexicon_matcher(doc.vocab, name, column)
    spans = [Span(doc, s, e, label=m) for m, s, e in matcher(doc)]
    if outside_entities:
        inside = entity_at(doc)
        spans = [s for s in spans if not any(inside[i] is not None for i in range(s.start, s.end))]
    if longest:
        spans = filter_spans(spans)
    return [Cue(s.start, s.end, s.label_) for s in sorted(spans, key=lambda s: s.start)]


@lru_cache(maxsize=64)
def terms(name: str, column: str = "", kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """The lower-cased phrases of a lexicon (optionally of some kinds only)."""
    wanted = set(kinds) if kinds is not None else None
    return frozenset(p.lower() for p, k in _entries(name, column) if wanted is None or k in wanted)


def entity_at(doc: Doc) -> list[Span | None]:
    """For each token, the entity that covers it (or None): O(1) lookups for the rules."""
    out: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            out[i] = ent
    return out


def sentence_entities(doc: Doc, sents: list[Span]) -> list[list[Span]]:
    """The entities of each sentence, from one read of ``doc.ents`` (``Span.ents`` rebuilds
    the doc's entity list on every call)."""
    out: list[list[Span]] = [[] for _ in sents]
    ents = list(doc.ents)
    i = 0
    for si, sent in enumerate(sents):
        while i < len(ents) and ents[i].start < sent.start:
            i += 1
        j = i
        while j < len(ents) and ents[j].start < sent.end:
            out[si].append(ents[j])
            j += 1
        i = j
    return out


def clause_start(doc: Doc, ent_at: list[Span | None], start: int, end: int) -> int:
    """Where the clause ending at token ``end`` starts, from ``start``: after a preposed
    adverbial, i.e. after the last comma when no entity stands before it (``Untuk diketahui,
    Kapolri ...``, ``Dalam pertemuan tersebut, Wakil Ketua MPR ini ...``)."""
    comma = next((j for j in range(end - 1, start - 1, -1) if doc[j].text == ","), None)
    if comma is not None and not any(ent_at[j] is not None for j in range(start, comma)):
        return comma + 1
    return start


def holder_after_brackets(doc: Doc, ent_at: list[Span | None], k: int, limit: int) -> int | None:
    """Where the title's holder starts when the brackets around token ``k`` spell out a body
    and the name follows them (``Juru Bicara Forum Relawan Amanat (Asep Maoshul untuk Jawa
    Barat), Aminudin``): a person named inside is no holder. None when no name follows."""
    close = next((j for j in range(k, limit) if doc[j].text == ")"), None)
    if close is None or close + 2 >= limit or doc[close + 1].text != ",":
        return None
    return close + 2 if person_starts(ent_at, close + 2) else None


def list_lead_end(doc: Doc, k: int, end: int, leads: frozenset[str]) -> int:
    """The token after a list lead at ``k`` (``di antaranya``, ``antara lain``, ``yakni``,
    ``seperti``: ``leads`` is the word class ``list_lead``), or ``k`` when none is there."""
    j = k + 1 if doc[k].lower_ == "di" and k + 1 < end else k  # "di antaranya"
    if j >= end or doc[j].lower_ not in leads:
        return k
    j += 1
    return j + 1 if j < end and doc[j].lower_ == "lain" else j  # "antara lain"


class ArticleView:
    """An article as the rules read it, built once: its sentences, the entities of each
    sentence, the entity covering each token and the sentence of each token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ent = entity_at(doc)
        self.sents = sentences(doc)
        self.sent_ents = sentence_entities(doc, self.sents)
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = si


def person_starts(ent_at: list[Span | None], j: int) -> bool:
    """A PER mention starts at token ``j`` (``ent_at``: the entity covering each token)."""
    ent = ent_at[j] if 0 <= j < len(ent_at) else None
    return ent is not None and ent.label_ == "PER" and ent.start == j


def coordinated_before(doc: Doc, ent_at: list[Span | None], ent: Span, stop: int, *, closed: bool = False) -> list[Span]:
    """``A dan B``, ``A, B, dan C`` ending at ``ent``: the names of its label coordinated with
    it, in order, from token ``stop`` on. ``closed``: only a list that ``dan``/``serta`` closes
    before ``ent`` (not ``kuasa hukum A, B``, where B is in apposition)."""
    names = [ent]
    k = ent.start
    while k - 2 >= stop:
        j = k - 1
        if doc[j].lower_ in ("dan", "serta") and doc[j - 1].text == "," and j - 2 >= stop:
            j -= 1  # "A, B, dan C"
        if doc[j].lower_ not in ("dan", "serta", ",") or closed and len(names) == 1 and doc[k - 1].lower_ not in ("dan", "serta"):
            break
        left = ent_at[j - 1]
        if left is None or left.label_ != ent.label_ or left.end != j:
            break
        names.insert(0, left)
        k = left.start
    return names


def held_for(doc: Doc, ent_at: list[Span | None], start: int, person: Span) -> Span | None:
    """The holder of a description of someone's person (``kuasa hukum Setya Novanto, Fredrich
    Yunadi``): the name after the comma, when a relational word (``RELATION_WORDS.relational``)
    opens the phrase from ``start`` to ``person`` and no body stands between (``Juru Bicara KPK
    Ipi, Firli dijadwalkan ...``: Ipi speaks for KPK; Firli starts a clause); else None."""
    # "kuasa hukum Setya Novanto lainnya, Firman Wijaya": another of them
    comma = person.end + 1 if person.end < len(doc) and doc[person.end].lower_ == "lainnya" else person.end
    if comma + 1 >= len(doc) or doc[comma].text != "," or not person_starts(ent_at, comma + 1):
        return None
    between = range(start, person.start)
    if not any(doc[k].lower_ in RELATION_WORDS.relational for k in between):
        return None
    if any(ent_at[k] is not None and ent_at[k].label_ == "ORG" for k in between):
        return None
    return ent_at[comma + 1]


def boilerplate_tokens(doc: Doc) -> set[int]:
    """Token indices inside boilerplate sentences (no relations are read there)."""
    out: set[int] = set()
    for span in doc.spans.get("boilerplate", []):
        out.update(range(span.start, span.end))
    return out


# between two PER mentions of the same person: "A (B)", "A atau B", "A --sapaan akrab B--",
# "A yang akrab disapa B", "A atau yang akrab disapa B", "A alias B", "A atau lebih dikenal dengan B"
_ALIAS_LINK = re.compile(
    r"^\s*(?:\(|atau|alias|(?:atau\s+)?,?\s*(?:--|—|–|-)?\s*(?:yang\s+)?(?:akrab\s+|biasa\s+)?"
    r"(?:disapa|sapaan(?:\s+akrab)?|dipanggil)"
    r"|(?:atau\s+)?,?\s*(?:yang\s+)?(?:lebih\s+)?dikenal\s+(?:dengan|sebagai)(?:\s+nama)?)\s*$",
    re.IGNORECASE,
)
# after a name: "Tiko, sapaan akrabnya", "Emil, panggilan karibnya"
_NICKNAME_AFTER = re.compile(r"\s*,?\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\b", re.IGNORECASE)
# before a name no other name precedes: "Pria yang akrab disapa Ibas ini"
_NICKNAME_BEFORE = re.compile(r"\b(?:(?:akrab|biasa|kerap|sering)\s+)?(?:disapa|dipanggil)\s*$", re.IGNORECASE)
# a nickname quoted inside a name: Munafri 'Appi' Arifuddin
_QUOTED_NICKNAME = re.compile(r"""['‘"“](\w+)['’"”]""")


def _short_form(key: str, words: list[str]) -> bool:
    """Is the one-word name ``key`` a short form of the name ``words``: the start or end of one
    word ("Alex", "Harsono" for Suharsono), one word misspelt by one letter ("Yasona" for
    Yasonna, "Arief" for Arif), or the starts of words run together ("Jokowi" for Joko Widodo, "Zulhas",
    "NoRiYu" for Nova Riyanti Yusuf, "Bamsoet" for Bambang Soesatyo)?"""
    for i, w in enumerate(words):
        if w.startswith(key) or len(key) >= 4 and w.endswith(key):
            return True
        if len(key) >= 5 and len(w) >= 4 and _one_edit(key, w):  # "Arief" for Arif Al-Bantani
            return True
    return _run_together(key, words)


def _run_together(key: str, words: list[str]) -> bool:
    """``key`` is the start of one word followed by the starts of later words (the last one
    may be one letter off: "soet" for Soesatyo; "Aher" for Ahmad Heryawan)."""
    for i, w in enumerate(words):
        # one letter of the first word only before three of the next ("Aher": Ahmad Heryawan)
        for cut in range(1 if len(key) >= 4 else 2, min(len(w), len(key) - 2) + 1):
            if not key.startswith(w[:cut]):
                break
            rest = key[cut:]
            if cut == 1 and len(rest) < 3:
                continue
            for j, v in enumerate(words[i + 1 :], start=i + 1):
                if v.startswith(rest) or len(rest) >= 3 and _one_edit(rest, v[: len(rest)]):
                    return True
                if len(rest) > 3 and _run_together(rest, words[j:]):
                    return True  # three or more words: "NoRiYu"
    return False


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted, replaced or two swapped letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1 :]


def name_key(text: str) -> str:
    """A name compared as its lower-cased words (``Gus Ipul``, ``gus  ipul,`` -> ``gus ipul``)."""
    return " ".join(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """Nickname -> full name (both as ``name_key``), from ``person_nicknames.tsv``."""
    return {name_key(row["nickname"]): name_key(row["name"]) for row in resources.table("person_nicknames.tsv")}


def person_aliases(persons: list[Span], text: str | None = None) -> dict[str, Span]:
    """Second names the article gives a person, keyed by ``name_key``: the shorter of two
    linked names stands for the longer (``Saiful Yusuf (Gus Ipul)``, ``Joko Widodo atau
    Jokowi``, ``Emil --sapaan akrab Emil Santoso--``, ``Munafri 'Appi' Arifuddin``).

    ``persons``: the PER mentions in text order; ``text``: the doc's text (pass it when the
    caller has it: ``Doc.text`` rebuilds the text on each access)."""
    if not persons:
        return {}
    if text is None:
        text = persons[0].doc.text
    out: dict[str, Span] = {}
    for ent in persons:
        for nick in _QUOTED_NICKNAME.findall(ent.text):
            out.setdefault(nick.lower(), ent)
    for a, b in zip(persons, persons[1:]):
        if b.start - a.end > 6:
            continue
        if not _ALIAS_LINK.match(text[a.end_char : b.start_char]):
            continue
        # by the fullest name each stands for: "Bambang alias Bamsoet", where "Bambang" is
        # Bambang Soesatyo named in full before, makes "Bamsoet" the second name
        short, full = sorted((a, b), key=lambda e: (len((f := fullest_name(e).text).split()), len(f)))
        if name_key(short.text) != name_key(full.text):
            out.setdefault(name_key(short.text), full)
    keys = [name_key(p.text) for p in persons]
    first_of: dict[str, Span] = {}  # each name as first written
    for key, ent in zip(keys, persons):
        first_of.setdefault(key, ent)
    # a public figure's known nickname ("Emil" for Ridwan Kamil) when the article names them
    for key in first_of:
        full = _nicknames().get(key)
        if key not in out and full is not None and full in first_of:
            out[key] = first_of[full]
    # "ujar Tiko, sapaan akrabnya, ...", "Pria yang akrab disapa Ibas ini": the nickname of
    # the person the article is about, the latest one named in full before it
    for i, (key, ent) in enumerate(zip(keys, persons)):
        if key in out or not (_NICKNAME_AFTER.match(text, ent.end_char) or _NICKNAME_BEFORE.search(text[max(0, ent.start_char - 30) : ent.start_char])):
            continue
        named = [p for p, k in zip(reversed(persons[:i]), reversed(keys[:i])) if k != key]
        # a name in full, else a one-word name ("Kepala BPS Suhariyanto ... ujar pria yang disapa Ketjuk ini")
        earlier = [p for p in named if len(p.text.split()) >= 2] or named
        # the name the nickname is made from ("Tiko" from Kartika), else the latest one
        full = next((p for p in earlier if key[:3] in name_key(p.text)), earlier[0] if earlier else None)
        if full is not None:
            out[key] = full
    # initials the article never spells out: "JK" for Jusuf Kalla, "AHY" for Agus Harimurti
    # Yudhoyono; only when one name in the article has those initials
    by_initials: dict[str, set[str]] = {}
    for key, ent in zip(keys, persons):
        words = ent.text.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_initials.setdefault(initials(words).lower(), set()).add(key)
    for key, ent in zip(keys, persons):
        if key in out or not is_acronym(ent.text, longest=4):
            continue
        names = by_initials.get(ent.text.lower(), set())
        if len(names) == 1:
            out[key] = first_of[next(iter(names))]
    # a short form of one word of a fuller name: "Alex" for Alexander Marwata, "Harsono" for
    # Suharsono; only when exactly one name in the article fits (each name tried once)
    for key in first_of:
        if key in out or " " in key or len(key) < 3:
            continue
        if any(key in other.split() for other in first_of if other != key):
            continue  # "Nonato" is a word of "Nonato Da Purificacao Sarmento", not a misspelt "Nanato"
        fits = {other for other in first_of if key not in other.split() and _short_form(key, other.split())}
        full_fits = {f for f in fits if " " in f}  # a fuller name first: "Yasona" -> Yasonna H Laoly, not "Yassona"
        fits = full_fits or fits
        if len(fits) == 1:
            other = fits.pop()
            # two spellings of a one-word name ("Afifuddin", "Affifuddin"), neither fuller: each
            # record keeps the spelling of its own sentence (guidelines 3.3)
            if " " not in other and _one_edit(key, other):
                continue
            out[key] = first_of[other]
    # a name of several words with one misspelt ("Said Agil" for Said Aqil Siradj, "Facry Ali"
    # for Fachry Ali): the fuller or more often written spelling, when only one fits
    counts = Counter(keys)
    for key in first_of:
        if key in out or " " not in key:
            continue
        fits = {other for other in first_of if other != key and _misspelt(key.split(), other.split())}
        if len(fits) == 1:
            other = fits.pop()
            if len(other.split()) > len(key.split()) or counts[other] > counts[key]:
                out[key] = first_of[other]
    return out


def _misspelt(words: list[str], other: list[str]) -> bool:
    """Each of ``words`` is a word of ``other`` or one letter off one (4 letters or more), and
    at least one is off: ``said agil`` / ``said aqil siradj``."""
    if len(words) > len(other):
        return False
    off = 0
    for w in words:
        if w in other:
            continue
        if len(w) >= 4 and any(len(o) >= 4 and _one_edit(w, o) for o in other):
            off += 1
            continue
        return False
    return off > 0


def doc_person_aliases(doc: Doc) -> dict[str, Span]:
    """``person_aliases`` of all PER entities of ``doc``."""
    return person_aliases([e for e in doc.ents if e.label_ == "PER"])


def canonical_person(ent: Span, aliases: dict[str, Span]) -> Span:
    """The mention to report for a person: the name an alias stands for, in its fullest form."""
    return fullest_name(aliases.get(name_key(ent.text), ent))


def previous_person(sent_ents: list[list[Span]], si: int, before: int | None = None, back: int = 2) -> Span | None:
    """The person sentence ``si`` points back to (``Ia ...``, ``Politikus PAN itu ...``): the
    first person, usually the subject, of the nearest earlier sentence naming one, at most
    ``back`` sentences back. With ``before``, persons of sentence ``si`` itself before that
    token come first."""
    if before is not None:
        own = [e for e in sent_ents[si] if e.label_ == "PER" and e.end <= before]
        if own:
            return own[0]
    for prev in range(si - 1, max(si - 1 - back, -1), -1):
        people = [e for e in sent_ents[prev] if e.label_ == "PER"]
        if people:
            return people[0]
    return None


class WordClasses:
    """Closed-class word lists of a ``word``/``class`` TSV resource, as attributes
    (``WordClasses("relation_words.tsv").stop``), read on first use, not at import."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, cls: str) -> frozenset[str]:
        if cls.startswith("_"):
            raise AttributeError(cls)
        table = _word_classes(self._name)
        if cls not in table:
            raise AttributeError(f"{self._name} has no word class {cls!r}")
        # kept on the instance: the rules read these lists at every token, and an instance
        # attribute is found before ``__getattr__`` is called again
        setattr(self, cls, table[cls])
        return table[cls]


@lru_cache(maxsize=8)
def _word_classes(name: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in resources.table(name):
        classes.setdefault(row["class"].strip(), set()).add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in classes.items()}


# The closed-class words the relation components share, by class (stop, demonstrative, generic,
# linker, ...): resources/relation_words.tsv, read on first use.
RELATION_WORDS = WordClasses("relation_words.tsv")
