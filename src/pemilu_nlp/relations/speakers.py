"""Who is speaking: resolve a quote's attribution to a named person or organisation.

News attributes most quotations through a pronoun or clitic (``ujarnya``, ``kata dia``,
``Ia menambahkan``), a role phrase (``Panglima TNI menyampaikan``) or a short or
familiar name (``Yasir``, ``Emil``), while the guidelines want the speaker "given by
name", in the fullest form the article uses (section 3.3). :class:`SpeakerContext`
holds what a reader holds while reading an article from left to right:

- the last speaker a record was given to, and the PER subject of a sentence read after
  it (a newly introduced person is the likelier referent of the next ``ujarnya``);
- the title phrase written before each person's name (``Kepala BPBD Kota Palu`` before
  ``Presly Tampubolon``), so that the role phrase alone finds the person again;
- the article's own aliases (``cues.person_aliases``): ``Saifullah Yusuf (Gus Ipul)``,
  ``Joko Widodo atau Jokowi``, ``Emil --sapaan akrab Ridwan Kamil--``.

Everything is computed once per document in a linear pass over its entities (title
phrases on first use); a query looks at a bounded window of tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .. import resources
from ..entities.lexicon import prefix_titles
from .common import expanded_org, fullest_name
from .cues import RELATION_WORDS as W
from .cues import name_key as _words
from .cues import person_aliases

SPEAKER_LABELS = frozenset({"PER", "ORG"})
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# before the one spoken to, who is no subject: "kata A kepada B", "berterima kasih kepada B"
ADDRESSEE_MARKERS = frozenset({"kepada", "terhadap"})

_TITLE_TOKENS = 8
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "H.", "H.M.": a pilgrim's honorific and the like


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.lines("speaker_pronouns.txt"))


@lru_cache(maxsize=1)
def person_heads() -> frozenset[str]:
    """Words that head a phrase naming a person by role or description (``Ketua``, ``politikus``).

    Role words come from the affiliation lexicon (``roles.tsv``, first word of each role
    that is not a mere rank or honorific), the role aliases (``role_aliases.tsv``: ``Menag``)
    plus ``person_nouns.txt``.
    """
    words = {w.lower() for w in resources.lines("person_nouns.txt")}
    words |= {phrase.split()[0] for phrase in role_aliases()}
    for row in resources.table("roles.tsv"):
        role = (row.get("role") or "").strip().lower()
        if role and row.get("kind", "").strip() != "title":
            words.add(role.split()[0].rstrip("."))
    return frozenset(words)


@lru_cache(maxsize=1)
def role_pairs() -> frozenset[tuple[str, str]]:
    """Adjacent words inside a role of several (``ketua umum``, ``juru bicara``): a role
    written in lower case reads on through them to the name (``ketua umum Persipura X``)."""
    pairs: set[tuple[str, str]] = set()
    for row in resources.table("roles.tsv"):
        words = (row.get("role") or "").strip().lower().split()
        pairs.update(zip(words, words[1:]))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def role_aliases() -> dict[str, tuple[str, ...]]:
    """Role phrases news uses for a title written before a name (``kepala negara`` ->
    ``presiden``), from ``role_aliases.tsv``."""
    out: dict[str, list[str]] = {}
    for row in resources.table("role_aliases.tsv"):
        out.setdefault(row["phrase"].strip().lower(), []).append(row["title"].strip().lower())
    return {k: tuple(v) for k, v in out.items()}


def _clipped(short: str, words: list[str]) -> bool:
    """``short`` joins clipped starts of ``words`` in order, every word clipped (``kominfo``
    from ``komunikasi dan informatika``; ``dan`` may be left out)."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word == "dan" and _clipped(short, rest):
        return True
    return any(short.startswith(word[:n]) and _clipped(short[n:], rest) for n in range(1, min(len(word), len(short)) + 1))


def _clipped_title(words: list[str], title: list[str]) -> bool:
    """``Menteri Kominfo`` names the holder of ``Menteri Komunikasi dan Informatika``: the
    role word, then one word clipped from the title's words after it (Indonesian acronyms
    join word starts: Kominfo, Menkopolhukam's Polhukam); ``Menperin`` clips the role word
    too (Menteri Perindustrian)."""
    if len(words) == 1 and len(words[0]) >= 5:
        # "ujar Menperin" for "Menteri Perindustrian X": role word and portfolio clipped in one
        heads = person_heads()
        return any(
            _clipped(words[0], title[i:j])
            for i in range(len(title)) if title[i] in heads
            for j in range(i + 2, min(len(title), i + 5) + 1)
        )
    if len(words) != 2 or len(words[1]) < 4:
        return False
    for i, word in enumerate(title):
        if word == words[0]:
            for j in range(i + 2, min(len(title), i + 6) + 1):
                if _clipped(words[1], title[i + 1 : j]):
                    return True
    return False


@lru_cache(maxsize=1)
def member_roles() -> frozenset[str]:
    """Roles many people hold at once (``anggota``): the phrase names no single person."""
    return frozenset(w.lower() for w in resources.lines("member_roles.txt"))


def names_one_person(word: str) -> bool:
    """``word`` heads a phrase naming one person (``Ketua``, ``politikus``; not ``anggota``)."""
    return word in person_heads() and word not in member_roles()


class TokenView:
    """The token attributes the quote rules read, as plain lists filled in one pass.

    Reading a spaCy ``Token`` attribute costs a ``Token`` object per access; the rules look
    at each token several times, so they read these lists instead. ``text`` is the
    document text, rebuilt from the same pass (``Doc.text`` joins all tokens per access).
    """

    __slots__ = ("text", "word", "low", "idx", "sent_start")

    def __init__(self, doc: Doc) -> None:
        words: list[str] = []
        idx: list[int] = []
        pieces: list[str] = []
        offset = 0
        for tok in doc:
            word, ws = tok.text, tok.whitespace_
            words.append(word)
            idx.append(offset)
            pieces.append(word)
            offset += len(word)
            if ws:
                pieces.append(ws)
                offset += len(ws)
        self.text = "".join(pieces)
        self.word = words
        self.low = [w.lower() for w in words]
        self.idx = idx
        self.sent_start = [False] * len(words)

    def end(self, i: int) -> int:
        """Character offset just after token ``i``."""
        return self.idx[i] + len(self.word[i])

    def is_space(self, i: int) -> bool:
        return self.word[i].isspace()

    def is_punct(self, i: int) -> bool:
        w = self.word[i]
        return not w.isspace() and not any(c.isalnum() for c in w)

    def is_cap(self, i: int) -> bool:
        """A capitalised or upper-case word (a name, a title, an acronym)."""
        w = self.word[i]
        return w.isalpha() and w[0].isupper()

    def is_abbreviation(self, i: int) -> bool:
        """A capitalised word abbreviated with a dot (``Capt.``, ``Prof.``, ``Ir.``), or a title
        written in lower case (``dr.``, ``drg.``: ``kata dr. Alya``)."""
        w = self.word[i]
        return len(w) > 2 and w[-1] == "." and w[:-1].isalpha() and (w[0].isupper() or self.low[i][:-1] in prefix_titles())

    def is_lower_word(self, i: int) -> bool:
        w = self.word[i]
        return w.isalpha() and w.islower()


class SpeakerContext:
    """Reading state for speaker resolution in one document."""

    def __init__(self, doc: Doc, tokens: TokenView, skip: list[bool] | None = None) -> None:
        """``skip``: tokens whose entities are not candidates (boilerplate lines)."""
        self.tokens = tokens
        self.ent_at: list[Span | None] = [None] * len(doc)
        persons: list[Span] = []
        for ent in doc.ents:
            # a mention across a line break or in a boilerplate line is a tagging error, not a speaker
            if (skip is not None and skip[ent.start]) or "\n" in ent.text:
                continue
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
            if ent.label_ == "PER":
                persons.append(ent)
        self._persons = persons
        self._by_word: dict[str, list[Span]] = {}  # name word -> persons whose name has it
        for person in persons:
            for word in set(_words(person.text).split()):
                self._by_word.setdefault(word, []).append(person)
        self._titles: list[str] | None = None
        self._aliases = person_aliases(persons, tokens.text)
        self._canonical: dict[str, Span] = {}
        self.last_speaker: Span | None = None
        self._last_speaker_at = -1
        self._subject: Span | None = None
        self._subject_at = -1

    # -- names -----------------------------------------------------------------------

    def canonical(self, ent: Span) -> Span:
        """The fullest name in the article for the person ``ent`` names (``Yasir`` -> ``Andi
        Muhammad Yasir Arafat``, ``Emil`` -> ``Ridwan Kamil``).

        An organisation is not widened to a longer ORG that contains it, usually another body
        (``Bawaslu`` vs ``Bawaslu Kota Pagaralam``, ``Muhammadiyah`` vs ``Pimpinan Pusat
        Muhammadiyah``); a short name is spelt out as affiliation does (``expanded_org``: ``BPS``
        -> ``Badan Pusat Statistik`` when the article names it so).
        """
        if ent.label_ != "PER":
            return expanded_org(ent)
        found = self._canonical.get(ent.text)
        if found is None:
            found = fullest_name(self._aliases.get(_words(ent.text), ent))
            self._canonical[ent.text] = found
        return found

    # -- reading state ---------------------------------------------------------------

    def said(self, speaker: Span, at: int) -> None:
        """``speaker`` was given a record (or named by ``Hal itu disampaikan X``) at token ``at``."""
        self.last_speaker = speaker
        self._last_speaker_at = at

    def read_subject(self, subject: Span, at: int) -> None:
        """A person is the subject of a sentence just read (``Suroto telah mengutus ...``)."""
        self._subject = subject
        self._subject_at = at

    def resolve(self, before: int, quoted: tuple[str, ...] = ()) -> Span | None:
        """The person a pronoun or clitic at token ``before`` refers to, or None. A person the
        ``quoted`` words (lower case) the pronoun attributes speak of is not the one speaking
        them: named in full ('"Total lima kali ketemu Jack Ma ...," ujarnya' after "Menurut Jack
        Ma, ...") but not by the speaker as "saya X", or addressed ("Pak Jonan", "mba Angela")."""

        def named(person: Span) -> bool:
            words = tuple(w.lower() for w in person.text.split())
            n = len(words)
            for i in range(len(quoted)):
                if quoted[i : i + n] == words and (i == 0 or quoted[i - 1] not in W.first_person):
                    return True
                if i > 0 and quoted[i - 1] in W.address and len(quoted[i]) > 2 and quoted[i] in words:
                    return True
            return False

        if self._subject is not None and self._last_speaker_at < self._subject_at < before and not named(self._subject):
            return self.canonical(self._subject)
        if self.last_speaker is not None and self.last_speaker.label_ == "PER" and not named(self.last_speaker):
            return self.last_speaker
        # nobody has spoken yet, or the one in view is named in the quotation: the latest
        # person named otherwise
        for person in reversed(self._persons):
            if person.end <= before and not named(person):
                return person
        return None

    def by_name(self, words: list[str]) -> Span | None:
        """The person whose name has all ``words``: a name the entity layer missed in one
        place (``kata Uu``) but found elsewhere (``Uu Ruzhanul Ulum``). Longest name wins."""
        if not words or words[0] in person_heads():
            return None
        candidates = self._by_word.get(words[0], [])
        found = [p for p in candidates if set(words) <= set(_words(p.text).split())]
        return max(found, key=lambda p: len(p.text)) if found else None

    def by_role(self, words: list[str], before: int) -> Span | None:
        """The latest person before token ``before`` whose title phrase contains ``words``.

        ``Panglima TNI menyampaikan`` -> the person written as ``Panglima TNI Marsekal TNI
        Hadi Tjahjanto`` earlier. The phrase must start with a role or person word.
        """
        if not words or words[0] not in person_heads():
            return None
        if self._titles is None:
            self._titles = [self._title_before(p) for p in self._persons]
        phrase = " ".join(words)
        queries = [" " + phrase + " "] + [" " + t + " " for t in role_aliases().get(phrase, ())]
        for person, title in zip(reversed(self._persons), reversed(self._titles)):
            if person.start < before and (any(q in title for q in queries) or _clipped_title(words, title.split())):
                return person
        return None

    def _title_before(self, person: Span) -> str:
        """The title phrase right before a person's name, as `` w1 w2 ... `` (lower case)."""
        tokens, ent_at = self.tokens, self.ent_at
        words: list[str] = []
        i = person.start - 1
        # "Wali Kota Parepare, H.M. Taufan Pawe": honorifics the name keeps outside it
        while i >= 0 and (tokens.is_abbreviation(i) or _INITIALS.fullmatch(tokens.word[i])):
            i -= 1
        if i >= 0 and tokens.word[i] == "," and not tokens.sent_start[person.start]:
            i -= 1
        while i >= 0 and len(words) < _TITLE_TOKENS:
            ent = ent_at[i]
            word = tokens.word[i]
            if word in ("(", ")"):
                pass
            elif (ent is not None and ent.label_ != "PER") or tokens.is_cap(i) or tokens.low[i] in person_heads():
                words.append(tokens.low[i])
            elif tokens.low[i] == "dan" and words and i > 0 and tokens.is_cap(i - 1):
                words.append("dan")  # "Menteri Komunikasi dan Informatika X": one title
            else:
                break
            if tokens.sent_start[i]:
                break
            i -= 1
        return " " + " ".join(reversed(words)) + " "

