"""``attendance`` records: a person or organisation attends, leads or takes part in an event
(guidelines 3.2).

Three layers, all over tokens, entities and two lexicons matched once per doc
(``resources/event_nouns.txt``, ``resources/attendance_cues.tsv``):

1. Events. Every event noun starts an event phrase (``rapat koordinasi``, ``Rapat Dalam
   Kantor (RDK)``). Mentions are grouped into events for the whole article: an anaphoric
   mention (``rapat ini``, ``Rakor tersebut``, a bare ``Pelantikan``, an acronym the
   article defined) joins the earlier event with the same head, so the record's event is
   the phrase as first written. Each event gets one venue (the most specific place after
   ``di``/``bertempat di``/``ke`` in a sentence about it) and one date.
2. Attendees, by cue kind: the subject of an active cue (``X menghadiri ...``), the names
   after a passive or sentence-opening cue (``... dihadiri oleh A, B``, ``Turut hadir A``),
   the organiser (``KPU menggelar rapat``, ``rapat yang digelar oleh KPU``), both sides of a
   meeting (``bertemu dengan``, ``audiensi dengan``), companions (``didampingi``), and the
   speaker of a sentence set at an event (``kata X dalam rapat kerja``). A representative
   attends instead of the one represented (``diwakili``).
3. Negation: a planned, cancelled or denied attendance (``akan bertemu``, ``batal hadir``,
   ``tidak hadir``) gives no record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import resources
from . import dates
from .common import add_record, last_speaker, quoted_person, sentence_numbers, sentences, span_mention
from .quote import lexicon as quote_lexicon
from .speakers import ADDRESSEE_MARKERS, SpeakerContext, TokenView, member_roles, pronouns
from .cues import (
    Cue,
    boilerplate_tokens,
    clause_start,
    canonical_person,
    entity_at,
    find_cues,
    doc_person_aliases,
    list_lead_end,
    previous_person,
    sentence_entities,
    terms,
    WordClasses,
)

EVENTS = "event_nouns.txt"
CUES = "attendance_cues.tsv"
VENUES = "venue_nouns.txt"
ROLES = "roles.tsv"

# closed-class words by class (stop, demonstrative, generic, ...): resources/relation_words.tsv
W = WordClasses("relation_words.tsv")
# verbal prefixes (meN-, di-, ber-, ter-): a lower-case word with one is read as a verb
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_MAX_EVENT_WORDS = 12
_MAX_LOWER = 4


@lru_cache(maxsize=1)
def _expansions() -> dict[str, frozenset[str]]:
    return {row["acronym"].lower(): frozenset(row["expansion"].lower().split()) for row in resources.table("event_acronyms.tsv")}


@dataclass
class EventMention:
    start: int
    end: int
    head: str
    anaphoric: bool
    event: int = -1  # index of the event (cluster) it refers to
    # "pertemuan itu" with no event of its own before it: it may point back to a meeting
    # named by its verb ("A bertemu B. Pertemuan itu dihadiri ..."), known only while reading
    orphan: bool = False


@dataclass
class Event:
    first: EventMention
    acronyms: set[str] = field(default_factory=set)
    words: frozenset[str] = frozenset()
    location: Span | None = None
    date: Span | None = None
    sentences: list[int] = field(default_factory=list)  # sentences that mention it
    resolved: bool = False  # location and date looked up (on the first record)


class AttendanceComponent:
    """spaCy component: appends ``attendance`` records to ``doc._.relations``."""

    def __init__(self, nlp: Language, name: str = "pemilu_attendance") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        _Article(doc).run()
        return doc


_LIST_HEAD = 8  # tokens of a noun phrase before a list lead ("Sementara perwakilan dari BIG antara lain")


def _is_verb(token) -> bool:
    low = token.lower_
    return token.is_lower and low.startswith(_VERB_PREFIXES) and len(low) > 5 and low not in W.not_verb


class _Article:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ent = entity_at(doc)
        self.boiler = boilerplate_tokens(doc)
        self.aliases = doc_person_aliases(doc)
        self.sents = sentences(doc)
        self.sent_ents = sentence_entities(doc, self.sents)
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = si
        self.venue_words = terms(VENUES)
        self.speech = quote_lexicon()  # speech verbs and inverted attribution stems (kata, ujarnya)
        self.expansions = _expansions()
        self.negations = terms(CUES, "cue", ("negation",))
        self.represent_words = frozenset(w for p in terms(CUES, "cue", ("represent",)) for w in p.split() if w != "oleh")
        self.role_words = terms(ROLES, "role", ("office", "regional", "national", "portfolio", "party", "modifier"))
        self.cues = [c for c in find_cues(doc, CUES, "cue") if self.ent[c.start] is None]
        # the first sentence with a cue that may name an event by its verb (visit, meet)
        self._first_verb_cue_sentence = min(
            (self.sent_of[c.start] for c in self.cues if c.kind in ("visit", "meet")), default=len(self.sents)
        )
        self._quoted_in: dict[int, set[int]] = {}  # sentence start -> tokens inside quotation marks
        self.mentions = self._event_mentions()
        self.events: list[Event] = []
        self._cluster()
        self.mentions = [m for m in self.mentions if m.event >= 0]
        self._dates: dict[int, list[Span]] = {}
        self._event_sentences()
        self.numbers = sentence_numbers(self.sents)
        self.verb_events: list[tuple[int, int]] = []  # (token, event) of events named by a verb
        self._people: SpeakerContext | None = None

    # -- events ---------------------------------------------------------------------
    def _event_mentions(self) -> list[EventMention]:
        doc = self.doc
        out: list[EventMention] = []
        covered = -1
        nouns = find_cues(doc, EVENTS, outside_entities=True)
        self._event_starts = {c.start for c in nouns}
        for cue in nouns:
            if cue.start < covered:
                continue
            head = doc[cue.start : cue.end].text.lower()
            end = self._phrase_end(cue.start, cue.end)
            # head-final names ("Ritech Expo", "Indotrans Expo 2019") take the capitalised words
            # before the noun; a head-initial one ("Sidang Bersama DPR") starts at the noun
            head_final = end == cue.end or doc[cue.end].like_num
            start = self._name_start(cue.start) if head_final else cue.start
            after = doc[end].lower_ if end < len(doc) else ""
            bare = end == cue.end
            # a bare generic noun ("pertemuan") points back, unless a verb introduces it as a
            # new event ("menggelar pertemuan dengan ...")
            introduced = cue.start > 0 and _is_verb(doc[cue.start - 1])
            anaphoric = after in W.demonstrative or head in W.anaphora_only or (bare and head in W.generic and not introduced)
            if head in W.anaphora_only and after not in W.demonstrative:
                if bare or not (doc[cue.end].is_title or doc[cue.end].is_upper or doc[cue.end].like_num) or self.ent[cue.end] is not None:
                    continue
                if any(self._event_noun_at(j) for j in range(cue.end, end + 1)):
                    continue  # "kegiatan Ritech Expo": the event noun's own mention names it
                # "dalam acara Efektivitas Kebijakan Moneter ...": the name after "acara" is the event
                start, anaphoric, head = cue.end, False, doc[cue.end].lower_
            if head in W.named_only and bare and after not in W.demonstrative:
                continue  # "memberikan nasihat dan peringatan": a warning; "Peringatan HUT ..." is an event
            if cue.start > 0 and doc[cue.start - 1].lower_ in self.venue_words:
                continue  # "ruang rapat Komisi III", "gedung pertemuan": a place, not an event
            if cue.start > 0 and doc[cue.start - 1].lower_ in W.event_modifier and doc[cue.start].is_lower:
                continue  # "biaya kampanye", "hasil rapat": the event noun qualifies another noun
            if head in W.generic and bare and after and self._event_noun_at(end):
                continue  # "acara Hari Ulang Tahun ...": the named event is the mention
            if not anaphoric and bare and cue.end - cue.start == 1 and cue.start > 0 and doc[cue.start - 1].lower_ in ("dalam", "saat", "usai", "seusai", "sela"):
                anaphoric = True  # "seusai rapat": the meeting already named
            out.append(EventMention(start, end, head, anaphoric))
            covered = end
        # events a presence cue names by its object, with no event noun ("membuka Gerakan Pangan
        # Murah"): mentions like the others, so that later sentences can point back to them
        starts = {m.start for m in out}
        for cue in self.cues:
            phrase = self._object_phrase(cue)
            if phrase is not None and not any(j in starts for j in range(cue.end, phrase[1])):
                # "menghadiri perayaan itu": an object closed by a demonstrative points back
                pointing = phrase[1] < len(doc) and doc[phrase[1]].lower_ in W.demonstrative
                out.append(EventMention(phrase[0], phrase[1], doc[phrase[0]].lower_, pointing))
        out.sort(key=lambda m: m.start)
        return out

    def _name_start(self, i: int) -> int:
        """``Ritech Expo``, ``Indotrans Expo``: capitalised words right before a capitalised
        event noun belong to the event's name (not a role, an entity or the sentence's first word)."""
        doc = self.doc
        if not doc[i].is_title:
            return i
        sent_start = self.sents[self.sent_of[i]].start
        j = i
        while j - 1 > sent_start and self.ent[j - 1] is None and doc[j - 1].is_title and doc[j - 1].is_alpha \
                and doc[j - 1].lower_ not in self.role_words and doc[j - 1].lower_ not in W.stop and not self._event_noun_at(j - 1):
            j -= 1
        return j

    def _event_noun_at(self, i: int) -> bool:
        return i in self._event_starts

    def _phrase_end(self, start: int, end: int) -> int:
        """Extend an event noun over its name: capitalised words, numbers, parenthesised
        acronyms, ORG names, and a few lower-case modifiers (``rapat koordinasi``)."""
        doc = self.doc
        k = end
        lower = 0
        limit = min(len(doc), start + _MAX_EVENT_WORDS, self.sents[self.sent_of[start]].end)
        while k < limit:
            t = doc[k]
            low = t.lower_
            ent = self.ent[k]
            if ent is not None:
                # an ORG names the event ("rapat paripurna DPRD Bali", "Rakernas PAN") unless it
                # follows a bare common noun, where it is the other party ("audiensi LSM Pemilu")
                if ent.label_ == "ORG" and ent.start == k and not (k == end and doc[start].is_lower and doc[start].lower_ in W.party_noun):
                    k = ent.end
                    continue
                if ent.label_ == "LOC" and ent.start == k and doc[k - 1].lower_.startswith("ke-"):
                    k = ent.end  # "HUT ke-72 Republik Indonesia": whose anniversary
                    continue
                break
            if k in self._event_starts and doc[start].lower_ in W.generic:
                break  # "acara focus group discussion": the named event is its own mention
            if t.lower_ in self.role_words and t.is_title and k > start:
                break  # "pelantikan Ketua KPU X": the name list starts
            if t.text == "(":
                close = next((j for j in range(k + 1, min(k + 8, len(doc))) if doc[j].text == ")"), None)
                if close is None or any(doc[j].text in ",.;" for j in range(k + 1, close)):
                    break
                k = close + 1
                continue
            if t.text == "&" and k + 1 < limit and doc[k - 1].is_title and (doc[k + 1].is_title or doc[k + 1].is_upper):
                k += 1  # "Inamarine & Railwaytech Indonesia"
                continue
            if (low in W.stop and not t.is_title) or low in dates.weekdays() or low in dates.months() or t.is_punct or t.is_quote:
                if low == "dan" and k + 1 < limit and (doc[k + 1].is_title or doc[k + 1].is_upper) and doc[k - 1].is_title and self.ent[k + 1] is None:
                    k += 1  # "Pengawasan dan Pencegahan"
                    continue
                if low == "dan" and k + 1 < limit and doc[k - 1].is_lower and self._common_noun(doc[k + 1]) and lower < _MAX_LOWER:
                    k += 1  # "penjaringan dan pendaftaran", "pelantikan dan pengambilan sumpah": one occasion
                    continue
                break
            if low.startswith("ke-") or t.like_num and not doc[k - 1].is_lower:
                k += 1  # "HUT ke-59", "Expo Indonesia 2025"; not "pelantikan 25 anggota"
                continue
            if t.like_num or low in W.quantifier:
                break  # "pertemuan satu jam lebih": a measure, not the name
            if t.is_title or t.is_upper:
                k += 1
                continue
            if self._common_noun(t) and lower < _MAX_LOWER and (k == end or doc[k - 1].is_lower):
                lower += 1
                k += 1
                continue
            break
        # trailing "dan" never ends a name
        while k > end and doc[k - 1].lower_ == "dan":
            k -= 1
        return k

    def _common_noun(self, t) -> bool:
        """A lower-case word that can go on a noun phrase: not a verb, a function word, a
        measure or an adverb in ``-nya`` (``Sidang akhirnya digantikan``)."""
        low = t.lower_
        return t.is_lower and t.is_alpha and not _is_verb(t) and low not in W.stop and low not in W.quantifier and not low.endswith("nya")

    def _cluster(self) -> None:
        doc = self.doc
        places: dict[int, set[str]] = {}  # event -> the places named in its sentences
        for m in self.mentions:
            words = frozenset(t.lower_ for t in doc[m.start : m.end] if t.is_alpha and t.lower_ not in W.stop)
            target = None
            first_word = doc[m.start].lower_
            for ei, ev in enumerate(self.events):
                if first_word in ev.acronyms:
                    target = ei
                    break
            expansion = self.expansions.get(first_word)
            if target is None and expansion:
                for ei, ev in enumerate(self.events):
                    if expansion <= ev.words:
                        target = ei
                        break
            if target is None and not m.anaphoric and m.end - m.start == 1:
                # a bare event noun after an event with that head names it again ("Rapat dimulai ...")
                same = [ei for ei, ev in enumerate(self.events) if ev.first.head == m.head]
                if same:
                    target = same[-1]
                elif self.events and doc[m.start].is_lower and not (m.start > 0 and _is_verb(doc[m.start - 1])):
                    # "Fokus utama diskusi adalah ...", after the Rapat Dalam Kantor was named: a
                    # bare noun is definite in Indonesian, the event in view (a verb before it
                    # introduces a new one: "menggelar diskusi")
                    target = self._latest_event(m.start)
            if target is None and m.anaphoric:
                same = [ei for ei, ev in enumerate(self.events) if ev.first.head == m.head]
                if same:
                    target = same[-1]  # the latest event with that head ("rapat ini")
                elif self.events and (m.head in W.generic or m.head in W.anaphora_only or self._demonstrative_after(m)):
                    target = self._latest_event(m.start)  # "Diskusi ini" after the FGD was named
            if target is None and not m.anaphoric and len(words) >= 2:
                for ei, ev in enumerate(self.events):
                    if words <= ev.words:
                        target = ei
                        break
            # described in lower-case words, with no name of its own ("sidang doktor hukum")
            described = all(t.is_lower for t in doc[m.start : m.end] if t.is_alpha)
            if target is None and described and m.start in self._quoted(self.sents[self.sent_of[m.start]]):
                # '"... itu sidang doktor hukum," katanya' after the sidang was reported: a speaker
                # describing the occasion again in other words, not a new event (a name, such as
                # "Rapat Terbatas", may be another one)
                same = [ei for ei, ev in enumerate(self.events) if ev.first.head == m.head]
                if same:
                    target = same[-1]
            if target is None and not m.anaphoric and described:
                # "menghadiri upacara bendera di Universitas Bung Karno tersebut" after the HUT was
                # placed there: an occasion described in other words at the venue pointed back
                # to is the same event
                here = self._places(self.sent_of[m.start], pointed=True)
                same = [ei for ei in range(len(self.events)) if here & places.get(ei, set())]
                if same:
                    target = same[-1]
            if target is None and m.head in W.anaphora_only and not self._verb_event_before(m.start):
                m.event = -1  # "kegiatan itu" with no event named before it
                continue
            if target is None:
                m.orphan = m.anaphoric
                acronyms = {doc[j + 1].lower_ for j in range(m.start, m.end - 2) if doc[j].text == "(" and doc[j + 2].text == ")"}
                self.events.append(Event(m, acronyms, words))
                target = len(self.events) - 1
            m.event = target
            places.setdefault(target, set()).update(self._places(self.sent_of[m.start]))

    def _places(self, si: int, pointed: bool = False) -> set[str]:
        """The places named in sentence ``si`` (with ``pointed``, only those a demonstrative
        follows: ``di Universitas Bung Karno tersebut``)."""
        doc = self.doc
        return {
            e.text.lower() for e in self.sent_ents[si]
            if e.label_ == "LOC" and (not pointed or e.end < len(doc) and doc[e.end].lower_ in W.demonstrative)
        }

    def _verb_event_before(self, i: int) -> bool:
        """A cue that may name an event by its verb (``meresmikan X``, ``bertemu``) in an
        earlier sentence: ``acara itu`` may point back to it."""
        return self._first_verb_cue_sentence < self.sent_of[i]

    def _demonstrative_after(self, m: EventMention) -> bool:
        return m.end < len(self.doc) and self.doc[m.end].lower_ in W.demonstrative

    def _latest_event(self, before: int, since: int = 0, *, said: bool = False) -> int | None:
        """The event of the last mention in tokens [since, before). Of events named together
        (``Sidang Tahunan MPR dan Sidang Bersama DPR-DPD``), the first: a later ``acara
        tersebut`` means the occasion, named first. With ``said``, not one named inside a
        quotation of the sentence of ``before`` (what the speaker talks about)."""
        quoted = self._quoted(self.sents[self.sent_of[before]]) if said else set()
        latest = None
        prev_end = -1
        for m in self.mentions:
            if m.start >= before:
                break
            if m.start >= since and m.event >= 0 and not (said and m.start in quoted):
                if latest is None or not self._joins(prev_end, m.start):
                    latest = m.event
                prev_end = m.end
        return latest

    def _joins(self, end: int, start: int) -> bool:
        """Only ``,``/``dan``/``serta`` between tokens ``end`` and ``start``: names given together."""
        between = self.doc[end:start]
        return len(between) > 0 and all(t.lower_ in (",", "dan", "serta") for t in between)

    def _event_sentences(self) -> None:
        for m in self.mentions:
            sents = self.events[m.event].sentences
            si = self.sent_of[m.start]
            if si not in sents:
                sents.append(si)

    def _resolve(self, ev: Event) -> None:
        """One venue and one date per event, from the sentences about it (looked up once, when
        the event gets its first record)."""
        if not ev.resolved:
            ev.resolved = True
            sents = ev.sentences
            first = self.sent_of[ev.first.start]
            candidates: list[Span] = []
            # "Bertempat di X, rapat ini diadakan ...": a venue sentence right after the first mention
            extra = [first + 1] if first + 1 < len(self.sents) and self._starts_with_venue(first + 1) else []
            for si in sents + extra:
                candidates.extend(self._venues(si))
            ev.location = self._most_specific(candidates)
            ev.date = self._event_date(sents)

    def _event_date(self, sents: list[int], article: bool = True) -> Span | None:
        """The first dated phrase in the sentences about the event (a written date before a
        relative one); else the article's first written day (news report the day's events)."""
        in_sents = [d for si in sorted(sents) for d in self._dates_in(si)]
        written = [d for d in in_sents if any(t.like_num for t in d)]
        weekdays = [d for d in in_sents if d[0].lower_ in dates.weekdays()]
        for choice in (written, weekdays):
            if choice:
                return choice[0]
        # "hari ini" says only that it was the day of the report: the day the article writes
        # out is the same date, given in words a reader can use
        today = bool(in_sents) and all(d.text.lower().endswith(" ini") for d in in_sents)
        if article or today:
            for si in range(len(self.sents)):
                days = [d for d in self._dates_in(si) if any(t.like_num and len(t) <= 2 or "/" in t.text for t in d)]
                if days:
                    return days[0]
        return in_sents[0] if in_sents else None

    def _dates_in(self, si: int) -> list[Span]:
        """Date phrases of a sentence that can date an event (not ``sejak September 2024``, not
        a date in a name: ``Universitas 17 Agustus 1945``), matched on first use: most
        sentences never need it."""
        if si not in self._dates:
            doc = self.doc
            self._dates[si] = [
                d for d in dates.date_spans(self.sents[si])
                if not (d.start > 0 and doc[d.start - 1].lower_ in W.not_event_date)
                and not any(self.ent[j] is not None for j in range(d.start, d.end))
            ]
        return self._dates[si]

    def _starts_with_venue(self, si: int) -> bool:
        words = [t.lower_ for t in self.sents[si][:2]]
        return words in (["bertempat", "di"], ["berlokasi", "di"], ["berlangsung", "di"])

    def _venues(self, si: int) -> list[Span]:
        """Places of a sentence that can be an event's venue: after ``di``/``ke``, or a named venue."""
        doc = self.doc
        sent = self.sents[si]
        out = []
        for ent in self.sent_ents[si]:
            if ent.label_ != "LOC" or ent.start == sent.start:
                continue
            prev = doc[ent.start - 1].lower_
            if prev in ("kawasan", "lokasi", "area", "sekitar", "halaman") and ent.start > 1:
                prev = doc[ent.start - 2].lower_  # "di kawasan Monas"
            if prev in ("di", "ke") or self._is_venue(ent) and prev not in W.subject_matter or self._place_of_body(ent):
                out.append(ent)
        return out

    def _place_of_body(self, ent: Span) -> bool:
        """``di DPP Partai Golkar Jakarta Barat``: a body named as the venue is an ORG; the
        place right after it is the location (not after a comma: ``ke Pemkot Bogor, Jawa
        Barat`` names the body's province, less specific than the place itself)."""
        doc = self.doc
        k = ent.start - 1
        body = self.ent[k] if k >= 0 else None
        return body is not None and body.label_ == "ORG" and body.start > 0 and doc[body.start - 1].lower_ in ("di", "ke")

    def _is_venue(self, span: Span) -> bool:
        words = span.text.lower().split()
        return words[0] in self.venue_words or " ".join(words[:2]) in self.venue_words

    def _most_specific(self, candidates: list[Span]) -> Span | None:
        if not candidates:
            return None
        venues = [c for c in candidates if self._is_venue(c)]
        return venues[0] if venues else candidates[0]

    # -- attendees -------------------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        cues_by_sent: dict[int, list[Cue]] = {}
        for c in self.cues:
            cues_by_sent.setdefault(self.sent_of[c.start], []).append(c)
        mentions_by_sent: dict[int, list[EventMention]] = {}
        for m in self.mentions:
            mentions_by_sent.setdefault(self.sent_of[m.start], []).append(m)
        reported: dict[int, int] = {}  # sentence -> the event it reports attendance of
        attended: dict[int, set[int]] = {}  # event -> first tokens of its attendees
        for si, sent in enumerate(self.sents):
            if sent.start in self.boiler:
                continue
            cues = cues_by_sent.get(si, [])
            events = mentions_by_sent.get(si, [])
            found: list[tuple[Span, int | None]] = []
            # "... menerima petinggi partai. Mereka adalah A, B": the list goes on with the
            # attendees the sentence before reported (a cue read in the lead, such as the "Di"
            # of "Di antaranya", is no cue)
            listed = self._list_start(sent) if not events and si - 1 in reported else None
            if listed is not None and all(c.end <= listed for c in cues):
                found = [(a, reported[si - 1]) for a in self._items(listed, sent.end)]
                cues = []
            elif not cues and not events:
                continue
            quoted = self._quoted(sent)
            if self._future(sent, quoted):
                continue  # "... Rabu mendatang": a planned event, nobody has attended it yet
            for cue in cues:
                if cue.start in quoted and not self._named_at(cue):
                    continue
                if self._negated(cue, cues):
                    continue
                found.extend(self._by_cue(cue, si, events, cues))
                if cue.kind in ("passive", "front", "active"):
                    # "Rapat itu dihadiri para bupati.": attended by a group the next sentence may list
                    in_view = self._event_in_view(si)
                    if in_view is not None:
                        reported.setdefault(si, self._antecedent(in_view))
            for m in events:
                if m.start not in quoted:
                    found.extend((a, m.event) for a in self._between(m, sent))
            found.extend(self._companions(found, cues, sent))
            seen: set[tuple[int, int]] = set()
            for attendee, ei in found:
                if ei is None:
                    continue
                ei = self._antecedent(ei)
                if self.events[ei].first.head in W.anaphora_only:
                    continue  # "acara itu" with no event named before it, not even by a verb
                if (attendee.start, ei) in seen:
                    continue
                seen.add((attendee.start, ei))
                add_record(doc, self._record(attendee, ei, si))
                reported[si] = ei
                attended.setdefault(ei, set()).add(attendee.start)
        self._holders(attended)

    def _holders(self, attended: dict[int, set[int]]) -> None:
        """``rapat paripurna DPR``, ``Rapat Pleno PBNU``: a body whose own meeting someone
        attended took part in it as a body (guidelines 3.2: an ORG attends as such)."""
        for m in self.mentions:
            ei = self._antecedent(m.event)
            if ei not in attended or m.anaphoric or m.head not in W.body_meeting:
                continue
            si = self.sent_of[m.start]
            if self.sents[si].start in self.boiler:
                continue
            for ent in self.sent_ents[si]:
                # right after the noun and its type word ("paripurna"), not a topic further on
                # ("Rapat Kerja Pembahasan Anggaran Kementerian X"); an acronym in brackets is
                # the same body again
                if ent.label_ != "ORG" or not m.start < ent.start <= m.start + 2 or ent.end > m.end or self._in_parens(ent):
                    continue
                if ent.start not in attended[ei]:
                    attended[ei].add(ent.start)
                    add_record(self.doc, self._record(ent, ei, si))

    def _quoted(self, sent: Span) -> set[int]:
        """Tokens inside quotation marks: what a speaker says is not the report of who attended.

        A mark right after punctuation (``adil," kata X``) or a typographic closing mark
        closes a quotation, even one opened in an earlier sentence. Read once per sentence."""
        out = self._quoted_in.get(sent.start)
        if out is None:
            out = self._quoted_in[sent.start] = self._read_quoted(sent)
        return out

    def _read_quoted(self, sent: Span) -> set[int]:
        doc = self.doc
        out: set[int] = set()
        opened: int | None = None
        for t in sent:
            if not t.is_quote or t.text in ("'", "’", "‘"):
                continue
            closing = t.text == "”" or (t.i > sent.start and doc[t.i - 1].is_punct and not doc[t.i - 1].is_quote)
            if closing:
                out.update(range(sent.start if opened is None else opened, t.i))
                opened = None
            elif opened is None:
                opened = t.i + 1
        if opened is not None:
            out.update(range(opened, sent.end))
        return out

    def _future(self, sent: Span, quoted: set[int]) -> bool:
        """The sentence dates its event in the future (``besok``, ``Senin mendatang``, ``pekan
        depan``, ``nanti malam``)."""
        doc = self.doc
        for t in sent:
            if t.i in quoted:
                continue
            if t.lower_ in W.future:
                return True
            if t.lower_ in W.future_after:
                near = [doc[j].lower_ for j in (t.i - 1, t.i + 1) if sent.start <= j < sent.end]
                if any(w in dates.weekdays() or w in W.period for w in near):
                    return True
        return False

    def _named_at(self, cue: Cue) -> bool:
        """``Presiden X dalam Rapat Terbatas``: a name right before an event preposition is a
        report of attendance even inside a quotation."""
        prev = self.ent[cue.start - 1] if cue.start > 0 else None
        return cue.kind == "context" and prev is not None and prev.label_ == "PER"

    def _negated(self, cue: Cue, cues: list[Cue]) -> bool:
        if cue.kind in ("negation", "companion", "represent"):
            return False
        doc = self.doc
        if self._irrealis(cue):
            return True
        if cue.kind == "context":
            return False
        if cue.kind in ("meet", "visit", "organise") and cue.start > 0 and doc[cue.start - 1].lower_ in W.intent:
            return True  # "datang untuk bertemu pimpinan KPK", "untuk melakukan sosialisasi": the purpose, not a meeting held
        k = cue.start - 1
        skipped = 0
        while k >= 0 and skipped < 3 and doc[k].lower_ in W.before_cue:
            k -= 1
            skipped += 1
        if k >= 0 and any(c.kind == "negation" and c.end == k + 1 for c in cues):
            return True
        if k >= 1 and doc[k].lower_ == "dan":
            # "batal menghadiri dan membuka acara": the negation covers both verbs
            before = next((c for c in cues if c.end == k and c.kind != "negation"), None)
            return before is not None and self._negated(before, cues)
        return False

    def _irrealis(self, cue: Cue) -> bool:
        """A wish, request or purpose governs the cue in its clause (``ingin agar ICW hadir``,
        ``meminta Menteri hadir``; for ``kata X dalam rapat``: ``tidak ... ketika sidang``), or
        the clause says there was nobody (``tak ada perwakilan PAN tampak hadir``): nothing took place."""
        doc = self.doc
        sent = self.sents[self.sent_of[cue.start]]
        words = W.irrealis | W.planned | (self.negations if cue.kind == "context" else frozenset())
        window = 20 if cue.kind == "context" else 10  # "kata X dalam rapat" reaches over the clause
        for j in range(cue.start - 1, max(sent.start, cue.start - window) - 1, -1):
            t = doc[j]
            if t.text in (",", ";", ":") or t.is_quote or t.lower_ in W.subject_boundary:
                return False
            if t.lower_ in words or t.lower_ == "ada" and j > sent.start and doc[j - 1].lower_ in W.nobody:
                return True
        return False

    def _event_after(self, pos: int, sent: Span, events: list[EventMention], within: int) -> EventMention | None:
        for m in events:
            if pos <= m.start < min(pos + within, sent.end):
                return m
        return None

    def _event_before(self, pos: int, events: list[EventMention]) -> int | None:
        before = [m for m in events if m.start < pos]
        return before[-1].event if before else None

    def _by_cue(self, cue: Cue, si: int, events: list[EventMention], cues: list[Cue]) -> list[tuple[Span, int | None]]:
        doc = self.doc
        sent = self.sents[si]
        kind = cue.kind
        at_start = self._opens(sent, cue.start) or self._after_adverbial(sent, cue.start) or self._inverted(cue, sent)
        if kind == "active" and at_start and cue.text(doc).lower().startswith(("hadir", "turut")):
            kind = "front"
        elif kind == "front" and not at_start:
            kind = "active"  # "X tampak hadir", "X turut hadir dalam ...": the subject attends
        if kind == "front":  # "Turut hadir A, B", "Hadir dalam pelantikan A, B"
            m = self._event_after(cue.end, sent, events, within=3)
            ei = m.event if m is not None else self._latest_event(sent.start)
            return [(a, ei) for a in self._items(m.end if m is not None else cue.end, sent.end)]
        if kind in ("active", "visit"):
            m = self._event_after(cue.start, sent, events, within=cue.end - cue.start + 3)
            if m is not None:
                ei = m.event
            elif kind == "visit":
                ei = self._verb_event(cue, sent)
                if ei is None:
                    return []
            elif cue.text(doc).lower().split()[-1] in ("hadir", "pula"):  # "X (turut) hadir": the event in view
                ei = self._event_before(cue.start, events)
                ei = ei if ei is not None else self._latest_event(sent.start)
            else:
                return []  # events named by a verb's object were made mentions up front (_object_phrase)
            subjects = self._subject(cue, si, cues)
            if m is not None and cue.start > sent.start and doc[cue.start - 1].lower_ == "yang":
                # "Lima Capim yang menjalani Fit and Proper Test pada Rabu adalah A, B, ...": the
                # names after the copula are who the relative clause describes
                subjects = self._listed_after(m.end, sent, W.copula) or subjects
            elif m is not None and any(t.lower_ in W.quantifier for t in doc[sent.start : cue.start]):
                # "Sejumlah petinggi Gerindra juga hadir dalam upacara ini, antara lain A, B": the
                # group is the names listed, not the body that qualifies it
                subjects = self._listed_after(m.end, sent, W.list_lead) or subjects
            out = [(a, ei) for a in subjects]
            if m is not None:
                out += [(a, ei) for a in self._other_party(m, sent)]
                # "menghadiri Sidang Tahunan MPR dan Sidang Bersama DPR-DPD": both events
                out += [(a, other.event) for other in self._coordinated(m, events) for a in subjects]
            # "X hadir bersama ... dan didampingi Y": companions named after the cue
            for c in cues:
                if c.kind == "companion" and c.start >= cue.end:
                    out += [(a, ei) for a in self._accompanying(c, sent)]
                    break
            return out
        if kind == "accompany":  # "A mendampingi B dalam rapat kerja": both attend
            m = self._event_after(cue.end, sent, events, within=12)
            ei = m.event if m is not None else self._event_before(cue.start, events)
            if ei is None:
                return []
            objects = [a for a in self._items(cue.end, sent.end, first_only=True, clause=True) if a.label_ == "PER"]
            return [(a, ei) for a in self._subject(cue, si, cues) + objects]
        if kind == "joint":  # "kunjungan kerja ke Bogor ... untuk berkoordinasi dengan X"
            ei = self._event_before(cue.start, events)
            if ei is None:
                return []
            return [(a, ei) for a in self._items(cue.end, sent.end, first_only=True)]
        if kind == "meet":  # both sides of "bertemu dengan", "menemui"
            m = self._event_after(cue.end, sent, events, within=2)
            ei = m.event if m is not None else self._event_before(cue.start, events)
            if ei is None:
                ei = self._verb_event(cue, sent, required=False)
            objects = self._items(cue.end, sent.end, first_only=True, clause=True)
            return [(a, ei) for a in self._subject(cue, si, cues) + objects]
        if kind == "passive":  # "rapat ini dihadiri oleh A, B"
            ei = self._event_before(cue.start, events)
            if ei is None and cue.text(doc).lower().startswith(("dihadiri", "diikuti", "dipimpin", "dibuka")):
                ei = self._subject_event(cue, sent)  # "Peresmian Posko Pemilu dihadiri oleh ..."
            if ei is None and self._opens(sent, cue.start):
                # "Dipimpin langsung oleh X, apel siaga digelar ...": the event the clause after
                # the comma names, else the event in view ("Dihadiri pula oleh ...")
                comma = next((j for j in range(cue.end, sent.end) if doc[j].text == ","), None)
                later = [m for m in events if comma is not None and m.start > comma]
                ei = later[0].event if later else self._latest_event(sent.start)
            if ei is None:
                ei = self._event_in_view(si)  # "Adapun dari Pemda X dihadiri oleh A, B": the event just reported
            return [(a, ei) for a in self._items(cue.end, sent.end)]
        if kind == "organise":  # "KPU menggelar rapat pleno"
            m = self._event_after(cue.end, sent, events, within=2)
            if m is None or doc[m.start - 1].lower_ in W.quantifier:
                return []  # "melakukan berbagai pelatihan": activities, not one event
            # "menggelar audiensi dengan DPRD Banten": the other side takes part too
            return [(a, m.event) for a in self._subject(cue, si, cues, organiser=True) + self._other_party(m, sent)]
        if kind == "organised":  # "rapat yang digelar oleh KPU"
            before = [m for m in events if m.end <= cue.start and cue.start - m.end <= 10]
            k = cue.end
            if k < sent.end and doc[k].lower_ == "oleh":
                k += 1
            ent = self.ent[k] if k < sent.end else None
            if not before or ent is None or ent.start != k or ent.label_ not in ("ORG", "PER"):
                return []
            # "dilakukan oleh BEM Semarang Raya dan GERAM Jateng": every organiser named
            return [(a, before[-1].event) for a in self._items(k, sent.end, clause=True) or [ent]]
        if kind == "context":
            return self._context(cue, si, events)
        if kind == "participate":
            return self._participants(cue, si, events, cues)
        if kind == "companion":
            return self._attributed_companions(cue, si, cues)
        return []

    def _listed_after(self, start: int, sent: Span, leads: frozenset[str]) -> list[Span]:
        """The names listed after the first of ``leads`` (a copula, ``antara lain``) from ``start``."""
        lead = next((e for j in range(start, sent.end) if (e := list_lead_end(self.doc, j, sent.end, leads)) > j), None)
        return self._items(lead, sent.end) if lead is not None else []

    def _participants(self, cue: Cue, si: int, events: list[EventMention], cues: list[Cue]) -> list[tuple[Span, int | None]]:
        """``Deddy Mizwar duduk di sebelah Amien Rais``, ``lima forkopimda yang bertindak sebagai
        saksi ialah A, B``: an act done at the event; its doers attend the event of the
        sentence, else the one reported in the last sentences (an article's scene)."""
        doc = self.doc
        sent = self.sents[si]
        m = self._event_after(cue.end, sent, events, within=4)
        ei = m.event if m is not None else self._event_before(cue.start, events)
        if ei is None:
            ei = self._event_in_view(si)
        if ei is None:
            return []
        doers = self._subject(cue, si, cues)
        if not doers:
            copula = next((j for j in range(cue.end, sent.end) if doc[j].lower_ in W.copula), None)
            if copula is not None:
                doers = self._items(copula + 1, sent.end)
        return [(a, ei) for a in doers]

    def _event_in_view(self, si: int, back: int = 3) -> int | None:
        """The latest event named in this sentence or the ``back`` sentences before it."""
        return self._latest_event(self.sents[si].end, since=self.sents[max(0, si - back)].start)

    def _companions(self, found: list[tuple[Span, int | None]], cues: list[Cue], sent: Span) -> list[tuple[Span, int | None]]:
        """``Dalam acara tersebut, Jusuf Kalla didampingi oleh Menteri X``: whoever accompanies
        an attendee of the sentence attends the same event."""
        out: list[tuple[Span, int | None]] = []
        for cue in cues:
            if not self._didampingi(cue):
                continue
            before = [ei for a, ei in found if ei is not None and a.end <= cue.start]
            if before:
                out += [(a, before[-1]) for a in self._accompanying(cue, sent)]
        return out

    def _didampingi(self, cue: Cue) -> bool:
        return cue.kind == "companion" and cue.text(self.doc).lower().startswith("didampingi")

    def _accompanying(self, cue: Cue, sent: Span) -> list[Span]:
        """The people named after a companion cue (``didampingi A dan B``)."""
        return [a for a in self._items(cue.end, sent.end) if a.label_ == "PER"]

    def _attributed_companions(self, cue: Cue, si: int, cues: list[Cue]) -> list[tuple[Span, int | None]]:
        """``"...," jelas Mu'ti didampingi Gubernur NTB Lalu Muhamad Iqbal di Mataram``: a
        speaker quoted with a companion at the event being reported; both were there."""
        doc = self.doc
        sent = self.sents[si]
        if not self._didampingi(cue):
            return []
        if any(c.kind not in ("companion", "context", "negation") for c in cues):
            return []  # another cue reads the sentence (and its companions)
        if not any(self._attribution_word(t) for t in doc[sent.start : cue.start]):
            return []
        ei = self._latest_event(cue.start)
        if ei is None:
            return []
        speaker = self._speaker(cue.start, si)
        out = [(speaker, ei)] if speaker is not None and speaker.label_ == "PER" else []
        return out + [(a, ei) for a in self._accompanying(cue, sent)]

    def _attribution_word(self, t) -> bool:
        return t.lower_ in self.speech.speech or self.speech.stem(t.lower_) is not None

    def _context(self, cue: Cue, si: int, events: list[EventMention]) -> list[tuple[Span, int | None]]:
        """``kata X dalam rapat kerja``, ``setelah menerima audiensi Y``, ``Dalam agenda tersebut, A ...``:
        the speaker (or the subject of the clause that follows) was at the event."""
        doc = self.doc
        sent = self.sents[si]
        k = cue.end
        occasion = self._occasion_end(k, sent)
        m: EventMention | None = None
        if occasion is not None:
            # "tutur X dalam kesempatan yang sama", "Di tempat yang sama, X menyebutkan ...":
            # the event in view, the one just reported
            ei, phrase_end = self._latest_event(cue.start, said=True), occasion
            if ei is None:
                return []
        else:
            if k < sent.end and doc[k].lower_ in ("menerima", "acara", "kegiatan"):
                k += 1
            nxt = [m for m in events if k <= m.start <= k + 1]
            if not nxt or doc[nxt[0].start].lower_ == "kesempatan":
                return []
            m = nxt[0]
            if m.start > 0 and doc[m.start - 1].lower_ in W.quantifier:
                return []  # "dalam setiap rapat DPRD": any meeting, not one attended
            ei, phrase_end = m.event, m.end
        at_start = self._opens(sent, cue.start)
        if at_start:
            # "Dalam rapat yang dihadiri X itu, DPRD Lahat mengusulkan ...": the clause after the comma
            comma = next((j for j in range(phrase_end, sent.end) if doc[j].text == ","), None)
            start = comma + 1 if comma is not None else phrase_end
            verb = next((j for j in range(start, sent.end) if _is_verb(doc[j])), sent.end)
            if any(doc[j].lower_ in self.negations for j in range(start, verb)):
                return []  # "Dalam kunjungan itu, X akan membahas ...": planned
            party = self._other_party(m, sent) if m is not None else []
            subjects = self._items(start, sent.end, clause=True)
            if not subjects and start < sent.end and doc[start].lower_ in pronouns():
                # "Dalam sidang kabinet, ia mengapresiasi ...": the person just spoken of
                person = self._last_reported_person(si)
                subjects = [person] if person is not None else []
            return [(a, ei) for a in subjects + party]
        speaker = self._speaker(cue.start, si)
        out = [(speaker, ei)] if speaker is not None else []
        return out + ([(a, ei) for a in self._other_party(m, sent)] if m is not None else [])

    def _occasion_end(self, k: int, sent: Span) -> int | None:
        """End of ``kesempatan yang sama`` / ``tempat itu`` starting at ``k`` (None if not there)."""
        doc = self.doc
        if k >= sent.end or doc[k].lower_ not in W.occasion:
            return None
        if k + 2 < sent.end and doc[k + 1].lower_ == "yang" and doc[k + 2].lower_ == "sama":
            return k + 3
        if k + 1 < sent.end and doc[k + 1].lower_ in W.demonstrative:
            return k + 2
        if k + 1 < sent.end and doc[k + 1].lower_ == "sama":
            return k + 2  # "dalam kesempatan sama"
        return None

    def _between(self, m: EventMention, sent: Span) -> list[Span]:
        """``rapat kerja Komisi II DPR dengan KPU``: an event named with the body holding it and
        the party it was held with; both took part (unless the sentence plans it)."""
        doc = self.doc
        if m.end >= sent.end or doc[m.end].lower_ != "dengan" or m.end + 1 >= sent.end or doc[m.end + 1].lower_ in W.topic:
            return []
        holders = [e for e in self.sent_ents[self.sent_of[m.start]] if e.label_ == "ORG" and m.start < e.start and e.end <= m.end]
        if not holders:
            return []
        unrealised = W.planned | W.intent | W.irrealis | self.negations
        if any(t.lower_ in unrealised for t in doc[sent.start : m.start]):
            return []
        return holders + self._items(m.end + 1, sent.end, clause=True)

    def _coordinated(self, m: EventMention, events: list[EventMention]) -> list[EventMention]:
        """Event mentions joined to ``m`` by ``dan``/``serta`` (``A dan B``, ``A, B, dan C``)."""
        out: list[EventMention] = []
        end = m.end
        for other in events:
            if other.start < end:
                continue
            if not self._joins(end, other.start):
                break
            out.append(other)
            end = other.end
        return out

    def _other_party(self, m: EventMention, sent: Span) -> list[Span]:
        """``audiensi dengan A dan B``, ``audiensi LSM Pemilu``: who the event was held with."""
        doc = self.doc
        if m.end >= sent.end:
            return []
        if doc[m.end].lower_ in ("dengan", "bersama"):
            if m.end + 1 < sent.end and doc[m.end + 1].lower_ in W.topic:
                return []  # "diskusi dengan topik ...": a subject, not a party
            return self._items(m.end + 1, sent.end)
        if doc[m.end].lower_ == "antara":
            # "rapat kerja antara Badan Legislatif (Baleg) dengan pemerintah": both sides
            sep = next((j for j in range(m.end + 1, min(sent.end, m.end + 12)) if doc[j].lower_ == "dengan"), None)
            if sep is None:
                return self._items(m.end + 1, sent.end)
            return self._items(m.end + 1, sep) + self._items(sep + 1, sent.end)
        ent = self.ent[m.end]
        if ent is not None and ent.start == m.end and ent.label_ == "ORG" and m.end - m.start == 1:
            return [ent]
        return []

    def _inverted(self, cue: Cue, sent: Span) -> bool:
        """``Pada kegiatan tersebut turut hadir A, B``: a presence cue with no name or pronoun
        before it in the sentence has its subject after it (inverted order)."""
        doc = self.doc
        if not cue.text(doc).lower().startswith(("hadir", "turut", "tampak")):
            return False
        return not any(
            self.ent[j] is not None and self.ent[j].label_ in ("PER", "ORG") or doc[j].lower_ in pronouns() or doc[j].is_quote
            for j in range(sent.start, cue.start)
        )

    def _after_adverbial(self, sent: Span, pos: int) -> bool:
        """Only a preposed adverbial without names before ``pos`` and a comma
        (``Sebagai informasi tambahan, hadir ...``, ``Pada kesempatan itu, turut hadir ...``):
        the cue opens the clause and the names after it are its subject."""
        doc = self.doc
        if pos == sent.start or doc[pos - 1].text != ",":
            return False
        return not any(self.ent[j] is not None and self.ent[j].label_ in ("PER", "ORG") for j in range(sent.start, pos))

    def _list_start(self, sent: Span) -> int | None:
        """Where the names start in a sentence that only lists them: ``Mereka adalah A, B``,
        ``Di antaranya (adalah) A, B``, ``Antara lain A, B`` (None for any other sentence)."""
        doc = self.doc
        k = sent.start
        lead = list_lead_end(doc, k, sent.end, W.list_lead)
        if doc[k].lower_ in W.list_subject:
            k += 1
        elif lead > k:
            k = lead
        else:
            # "Sementara perwakilan dari BIG antara lain A, B": a noun phrase (no verb, no
            # name) before the lead says whose list it is
            for j in range(k + 1, min(sent.end, k + _LIST_HEAD)):
                t = doc[j - 1]
                if _is_verb(t) or t.is_punct or self.ent[j - 1] is not None and self.ent[j - 1].label_ == "PER":
                    return None
                lead = list_lead_end(doc, j, sent.end, W.list_lead)
                if lead > j:
                    k = lead
                    break
            else:
                return None
        while k < sent.end and (doc[k].lower_ in W.copula or doc[k].text == ":"):
            k += 1
        return k if k < sent.end and (self.ent[k] is not None or doc[k].is_title) else None

    def _opens(self, sent: Span, pos: int) -> bool:
        """Only punctuation and sentence adverbs before ``pos``: the cue opens the sentence."""
        return all(t.is_punct or t.lower_ in W.opener for t in self.doc[sent.start : pos])

    def _new_event(self, start: int, end: int, head: str) -> int:
        """An event named by a phrase that has no event noun; it is found again by its words."""
        doc = self.doc
        words = frozenset(t.lower_ for t in doc[start:end] if t.is_alpha)
        for ei, ev in enumerate(self.events):
            if ev.words == words and ev.first.head == head:
                return ei
        m = EventMention(start, end, head, False)
        ev = Event(m, set(), words)
        si = self.sent_of[start]
        ev.sentences = [si]
        self.events.append(ev)
        m.event = len(self.events) - 1
        return m.event

    def _subject_event(self, cue: Cue, sent: Span) -> int | None:
        """The subject of a passive cue names the event when it has no event noun."""
        doc = self.doc
        end = cue.start
        while end > sent.start and doc[end - 1].lower_ in W.demonstrative | {"juga", "pun", "turut", "telah", "sudah", "yang"}:
            end -= 1
        start = sent.start
        while start < end and (doc[start].is_punct or doc[start].lower_ in W.opener):
            start += 1
        if not (1 <= end - start <= 8) or self.ent[start] is not None or not doc[start].is_alpha:
            return None
        first = doc[start].lower_
        if first in W.group_noun:
            return None  # "Delegasi Indonesia dipimpin oleh X": who came, not the event
        if end - start == 1 and not (first.startswith("pe") and first.endswith("an")):
            return None  # one word names an event only as a pe-...-an noun ("Pemusnahan", "Peresmian")
        if any(doc[j].is_punct or _is_verb(doc[j]) or doc[j].lower_ in W.stop for j in range(start, end)):
            return None
        return self._new_event(start, end, doc[start].lower_)

    def _object_phrase(self, cue: Cue) -> tuple[int, int] | None:
        """``hadir dalam penyelenggaraan Gebyar Demokrasi``, ``membuka Gerakan Pangan Murah``:
        a presence cue whose object names an event with no event noun; the phrase, or None."""
        doc = self.doc
        if cue.kind != "active":
            return None
        sent = self.sents[self.sent_of[cue.start]]
        k = cue.end
        text = cue.text(doc).lower()
        if not (text.startswith(("menghadiri", "mengikuti", "hadir")) or k < sent.end and doc[k].is_title and self.ent[k] is None):
            return None
        if text in ("hadir di", "hadir"):
            return None  # "hadir di tengah aksi": a place or a circumstance, not an event name
        if k < sent.end and doc[k].lower_ in W.generic | W.anaphora_only and doc[k].is_lower:
            k += 1  # "menghadiri acara pentas budaya": the words after "acara" name it
        if k >= sent.end or self.ent[k] is not None or not doc[k].is_alpha:
            return None
        if doc[k].lower_ in W.not_event or doc[k].is_lower and doc[k].lower_ in W.stop | W.generic | W.anaphora_only:
            return None  # "mengikuti proses hukum"
        end = self._phrase_end(k, k + 1)
        if end - k < 2 and not text.startswith(("menghadiri", "mengikuti", "hadir")):
            return None  # "menutup Telegram": one capitalised word after "membuka/menutup" is a thing, not an event
        return k, end

    def _verb_event(self, cue: Cue, sent: Span, required: bool = True) -> int | None:
        """An event named by its verb phrase (``bertemu``, ``menemui X``,
        ``mengunjungi kantor DPW ...``): a new event of its own. With ``required``, a verb
        with no place, body or person after it names no event (``untuk berkunjung``)."""
        doc = self.doc
        k = cue.end
        if k < sent.end and doc[k].lower_ == "dengan":
            k += 1
        elif k + 1 < sent.end and doc[k].lower_ == "ke" and self.ent[k + 1] is not None and cue.kind == "visit":
            k += 1  # "berkunjung ke Bank NTB Syariah": the place visited is part of the phrase
        # the phrase is the verb alone unless what follows it extends it ("bertemu dengan ..." -> "bertemu")
        end = cue.end - 1 if doc[cue.end - 1].lower_ == "dengan" else cue.end
        # "bertemu Komisi Yudisial": a body met is the other side, not part of the event's name
        intransitive = cue.kind == "meet" and doc[cue.start].lower_.startswith("ber")
        has_name = False
        j = k
        while j < sent.end and j - k < 8:
            t = doc[j]
            ent = self.ent[j]
            if ent is not None:
                if ent.label_ == "PER" and j == k:
                    end = ent.end  # "menemui X", "bertemu dengan X"
                elif ent.label_ in ("LOC", "ORG") and (j == k or end > k) and not (intransitive and ent.label_ == "ORG"):
                    end = ent.end  # "mengunjungi kantor DPW ...", "mengunjungi Gedung DPRD"
                    j = ent.end
                    continue
                break
            if t.lower_ in self.role_words and t.is_title:
                if k != cue.end or not cue.text(doc).lower().startswith("me"):
                    break  # "bertemu dengan Presiden X": the event is the verb ("bertemu")
                # "menemui mantan Gubernur NTB Muhammad Zainul Majdi": the title leads to the person met
                person = next((self.ent[x] for x in range(j, min(sent.end, j + 8)) if self.ent[x] is not None and self.ent[x].label_ == "PER"), None)
                if person is not None and all(
                    doc[x].is_title or doc[x].is_upper or self.ent[x] is not None or doc[x].like_num for x in range(j, person.start)
                ):
                    end = person.end
                break
            if t.is_punct or t.lower_ in W.stop or _is_verb(t):
                break
            if (t.is_title or t.is_upper) and not (j > k and doc[j - 1].lower_ in self.venue_words):
                if cue.kind == "visit" and j > k and end == j and doc[j - 1].is_lower:
                    # "meresmikan pengoperasian Kereta Api Bandara X": the name of what the
                    # visit was for (no entity) ends the phrase
                    named = j
                    while named < sent.end and named - j < 8 and (doc[named].is_title or doc[named].is_upper):
                        inner = self.ent[named]
                        if inner is not None and inner.label_ == "PER":
                            break
                        named = inner.end if inner is not None else named + 1  # "... Bandara Lahat"
                    end = named
                    has_name = True
                break  # a capitalised word that is no entity: a title ("bertemu Wali Kota ...")
            if j == cue.end and doc[j - 1].lower_ != "dengan" and (t.like_num or t.lower_ in W.quantifier):
                break  # "bertemu dua kali": how often, not whom ("bertemu dengan 10 orang ...")
            if t.is_alpha:
                end = j + 1
            j += 1
        if required and not has_name and not any(self.ent[j] is not None for j in range(cue.end, end)):
            return None
        m = EventMention(cue.start, end, cue.text(doc).lower(), False)
        words = frozenset(t.lower_ for t in doc[cue.start : end] if t.is_alpha)
        for ei, ev in enumerate(self.events):
            if ev.words == words and ev.first.head == m.head:
                return ei
        ev = Event(m, set(), words)
        si = self.sent_of[cue.start]
        places = [e for e in self.sent_ents[si] if e.label_ == "LOC" and cue.start <= e.start < end] + self._venues(si)
        ev.location = self._most_specific(places)
        ev.date = self._event_date([si], article=False)
        ev.resolved = True
        self.events.append(ev)
        m.event = len(self.events) - 1
        self.verb_events.append((cue.start, m.event))
        return m.event

    def _antecedent(self, ei: int) -> int:
        """An anaphoric event phrase with no event noun before it (``Pertemuan itu``) names the
        latest meeting or visit named by its verb in an earlier sentence."""
        first = self.events[ei].first
        if not first.orphan:
            return ei
        si = self.sent_of[first.start]
        before = [e for pos, e in self.verb_events if self.sent_of[pos] < si]
        return before[-1] if before else ei

    def _subject(self, cue: Cue, si: int, cues: list[Cue], organiser: bool = False) -> list[Span]:
        """The names before the cue in its clause: the nearest person and those joined to it
        (``A dan B``, ``A, didampingi B``, ``A, Kepala BNPB B``); someone represented by
        another (``diwakili``) is left out. Without a person: the organisation(s)."""
        doc = self.doc
        sent = self.sents[si]
        start = sent.start
        for j in range(cue.start - 1, sent.start - 1, -1):
            t = doc[j]
            boundary = t.lower_ in W.subject_boundary or self._reported_clause_at(j)
            if boundary and all(w.lower_ in W.ellipsis for w in doc[j + 1 : cue.start]):
                continue  # "X mengatakan sudah beberapa kali bertemu ...": X is the subject still
            if t.is_quote or t.text in (";", ":", "-", "–", "—") or boundary:
                start = j + 1
                break
        for c in cues:
            if c.kind == "represent" and start <= c.start < cue.start:
                start = c.end
        j = cue.start - 1
        while j > start and doc[j].lower_ in W.before_cue:
            j -= 1
        if j > start and doc[j].lower_ == "yang" and doc[j - 1].is_lower and doc[j - 1].is_alpha and self.ent[j - 1] is None:
            return []  # "menerima perwakilan mahasiswa yang menggelar aksi": the clause's subject is unnamed
        # not the one spoken to ('"...," kata A kepada B saat menjalani uji kelayakan' -> A),
        # unless a relative clause makes it the subject ("kepada Agus yang mendampingi X")
        people = [
            e for e in self.sent_ents[si]
            if e.label_ == "PER" and start <= e.start and e.end <= cue.start
            and not (self._addressed(e) and doc[e.end].lower_ != "yang")
        ]
        if people:
            chosen = [people[-1]]
            for left in reversed(people[:-1]):
                if not self._joined(left.end, chosen[0].start):
                    break
                chosen.insert(0, left)
            return chosen
        referent = self._referent(start, cue.start, si)
        if referent is not None:
            return [referent]
        orgs = [
            e for e in self.sent_ents[si]
            if e.label_ == "ORG" and start <= e.start and e.end <= cue.start and not self._in_parens(e) and (organiser or not self._in_role(e))
            and not (e.start > 0 and doc[e.start - 1].lower_ in ("di", "ke", "dari"))  # "direktorat di KPK": a place
        ]
        if orgs:
            # the nearest body and those coordinated with it ("KPU dan Bawaslu menggelar ..."),
            # not every body named before ("ISPPI menyesalkan sikap KPK yang menggelar ...")
            chosen = [orgs[-1]]
            for left in reversed(orgs[:-1]):
                between = self._outside_parens(left.end, chosen[0].start)
                if not between or any(w not in (",", "dan", "serta") for w in between):
                    break
                chosen.insert(0, left)
            return chosen
        if start == sent.start and self._refers_back(sent, cue.start):
            previous = self._previous_person(si)
            return [previous] if previous is not None else []
        return []

    def _referent(self, start: int, end: int, si: int) -> Span | None:
        """A subject that names a person without a name (guidelines 3: arguments are given by
        name): a pronoun (``Ia menghadiri ...``, ``beliau``), a role phrase written before a
        name earlier (``Ketua KPU Sumsel memimpin ...``), or a role phrase pointing back
        (``Politikus PAN itu hadir ...``) -> the person meant."""
        doc = self.doc
        start = clause_start(doc, self.ent, start, end)  # "Untuk diketahui, Kapolri juga melakukan ..."
        words = [t for t in doc[start:end] if not t.is_punct and t.lower_ not in W.opener and t.lower_ not in W.before_cue and t.lower_ != "yang"]
        if not words:
            return None
        if len(words) == 1 and words[0].lower_ in pronouns():
            return previous_person(self.sent_ents, si, before=words[0].i)
        if not (words[0].lower_ in self.role_words and (words[0].is_title or words[0].is_upper)):
            return None
        if words[0].lower_ in member_roles():
            return None  # "Anggota KPU hadir": one of many, no single person
        if any(self.ent[t.i] is not None and self.ent[t.i].label_ == "PER" for t in words) or len(words) > 8:
            return None
        found = self._people_context().by_role([t.lower_ for t in words if t.lower_ not in W.demonstrative], words[0].i)
        if found is not None:
            return found
        if words[-1].lower_ in W.demonstrative:
            return self._previous_person(si)
        return None

    def _people_context(self) -> SpeakerContext:
        """The quote layer's reading of who is who (title phrases before names), built on first use."""
        if self._people is None:
            tokens = TokenView(self.doc)
            for sent in self.sents:
                tokens.sent_start[sent.start] = True
            self._people = SpeakerContext(self.doc, tokens)
        return self._people

    def _reported_clause_at(self, j: int) -> bool:
        """Token ``j`` opens a reported clause: ``X menuturkan, <clause>``, ``X mengatakan
        bahwa <clause>``; the clause has its own subject."""
        doc = self.doc
        return j > 0 and doc[j].lower_ in (",", "bahwa") and doc[j - 1].lower_ in self.speech.speech

    def _joined(self, a: int, b: int) -> bool:
        """Tokens a..b link two names of one subject: a conjunction or companion cue, or a role
        phrase after a comma; a bare comma is an apposition (``Menantu Presiden A, B``)."""
        doc = self.doc
        linked = False
        for j in range(a, b):
            t = doc[j]
            low = t.lower_
            if low in ("dan", "serta", "bersama", "didampingi", "beserta"):
                linked = True
            elif self.ent[j] is not None and self.ent[j].label_ in ("ORG", "LOC") or low in self.role_words:
                linked = linked or doc[a].text == ","
            elif not (t.is_punct or low in ("oleh", "sejumlah", "para") or t.is_title or t.is_upper):
                return False
        return linked

    def _outside_parens(self, start: int, end: int) -> list[str]:
        """The lower-cased tokens of ``[start, end)`` outside parentheses (``(KLHK), BNPB``)."""
        out, depth = [], 0
        for t in self.doc[start:end]:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(depth - 1, 0)
            elif not depth:
                out.append(t.lower_)
        return out

    def _in_role(self, ent: Span) -> bool:
        """The body of a role phrase (``anggota BPK yang hadir``): the people attend, not the
        body (an organiser is kept: ``Ketua DPRD yang menggelar rapat`` -> the DPRD holds it)."""
        return ent.start > 0 and self.doc[ent.start - 1].lower_ in self.role_words

    def _in_parens(self, ent: Span) -> bool:
        doc = self.doc
        return ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"

    def _refers_back(self, sent: Span, pos: int) -> bool:
        """``Hal itu disampaikannya saat ...``: the sentence points back to the last speaker."""
        doc = self.doc
        if any(t.lower_ == "olehnya" for t in doc[sent.start : pos]):
            return True  # "Hal itu diampaikan olehnya saat ...": the agent is the one just named
        return any(t.lower_.startswith(tuple(W.reported)) for t in doc[sent.start : pos]) and (
            doc[sent.start].lower_ in ("hal", "perihal", "pernyataan", "informasi")
            or any(t.lower_.endswith("nya") and t.lower_.startswith(tuple(W.reported)) for t in doc[sent.start : pos])
        )

    def _pronoun_attribution(self, sent: Span, pos: int) -> bool:
        """``"...," katanya usai rapat``, ``kata dia saat ...``: the speech is attributed by a
        clitic or pronoun, so the speaker is the person the sentence points back to."""
        doc = self.doc
        for t in doc[sent.start : pos]:
            stem = self.speech.stem(t.lower_)
            if stem is not None and stem[1]:
                return True  # "katanya"
            if t.lower_ in pronouns() and t.i > sent.start and self.speech.stem(doc[t.i - 1].lower_) is not None:
                return True  # "kata dia"
        return False

    def _last_reported_person(self, si: int) -> Span | None:
        """The last person named before sentence ``si`` outside quotation marks (a name inside a
        quote is what the speaker talked about, not who the story follows)."""
        for sj in range(si - 1, -1, -1):
            quoted = self._quoted(self.sents[sj])
            people = [e for e in self.sent_ents[sj] if e.label_ == "PER" and e.start not in quoted]
            if people:
                return people[-1]
        return None

    def _previous_person(self, si: int) -> Span | None:
        return previous_person(self.sent_ents, si)

    def _speaker(self, pos: int, si: int) -> Span | None:
        sent = self.sents[si]
        ents = self.sent_ents[si]
        # not the one spoken to: "kata Nawawi kepada Desmond saat ..." -> Nawawi
        people = [e for e in ents if e.label_ == "PER" and e.end <= pos and not self._addressed(e)]
        orgs = [e for e in ents if e.label_ == "ORG" and e.end <= pos and not self._in_parens(e)]
        if orgs and self._next_to(orgs[-1], pos) and (not people or people[-1].end < orgs[-1].start) and (
            orgs[-1].start > 0 and self.doc[orgs[-1].start - 1].lower_ == "oleh"
        ):
            return orgs[-1]  # "diketuk oleh MKMK dalam sidang ...", "disahkan oleh DPR pada rapat paripurna"
        if people:
            return people[-1]
        # '"...," katanya dalam acara X', 'ujar Menag usai acara X': the person the quotation
        # attributed here was given to
        quoted = quoted_person(self.doc, self.numbers[si], pos)
        if quoted is not None:
            return quoted
        if self._refers_back(sent, pos) or self._pronoun_attribution(sent, pos):
            return self._previous_person(si) or last_speaker(self.doc, self.numbers[si])
        after = [e for e in ents if e.label_ == "PER" and e.start >= pos]
        return after[0] if after else None

    def _addressed(self, ent: Span) -> bool:
        """``ent`` is the one spoken to (``kata A kepada B``), no subject."""
        return ent.start > 0 and self.doc[ent.start - 1].lower_ in ADDRESSEE_MARKERS

    def _next_to(self, ent: Span, pos: int) -> bool:
        """``ent`` ends at most two tokens before ``pos``, not counting its acronym in brackets
        (``oleh Majelis Kehormatan MK (MKMK) dalam sidang``)."""
        doc = self.doc
        end = ent.end
        if end + 2 < pos and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3
        return pos - end <= 2

    def _items(self, start: int, end: int, *, first_only: bool = False, clause: bool = False) -> list[Span]:
        """Names listed from ``start``: each comma/``dan``-separated item gives its PER names,
        or its ORG when the item names no person and is not a role phrase (``Forkopimda Riau``),
        or the person a role phrase alone stands for (``Ketua KPU Sumsel`` named in full before)."""
        doc = self.doc
        out: list[Span] = []
        item_people: list[Span] = []
        item_org: Span | None = None
        item_role = False
        item_desc = False  # the item opens with a description: "ahli hukum pidana UI"
        item_empty = True
        item_start = start
        k = start
        paren = 0

        described: list[Span] = []  # the body of the item just closed, when it was a description

        def restart(at: int) -> None:
            """A new item begins at token ``at``."""
            nonlocal item_people, item_org, item_role, item_desc, item_empty, item_start
            item_people, item_org, item_role, item_desc, item_empty = [], None, False, False, True
            item_start = at

        def close() -> None:
            nonlocal described
            if item_people:
                # "ahli hukum pidana UI, Gandjar ...": a description before a name is an
                # apposition and its body does not attend ("santri Ponpes X" alone does)
                for body in described:
                    if body in out:
                        out.remove(body)
                out.extend(item_people)
            elif item_org is not None and not item_role:
                out.append(item_org)
            elif item_role:
                person = self._titled(item_start, k)
                if person is not None:
                    out.append(person)
            if not item_empty:
                described = [item_org] if item_org is not None and item_desc and not item_people else []
            restart(k + 1)

        while k < end:
            t = doc[k]
            ent = self.ent[k]
            if ent is not None and ent.start == k:
                if ent.label_ == "PER":
                    item_people.append(ent)
                elif ent.label_ == "ORG" and item_org is None and not paren:
                    item_org = ent
                item_empty = False
                k = ent.end
                continue
            low = t.lower_
            if not paren and (low in self.represent_words or low == "yang" and k + 1 < end and doc[k + 1].lower_ in self.represent_words):
                # "pemerintah yang diwakili oleh Mendagri X": the one represented is not there
                k += 2 if low == "yang" else 1
                if k < end and doc[k].lower_ == "oleh":
                    k += 1
                restart(k)
                continue
            if item_empty and low in self.role_words and low not in W.group_lead:
                item_role = True  # (not "perwakilan Kementerian X": the body attends)
            elif item_empty and t.is_lower and t.is_alpha and low not in W.group_lead and low not in W.stop:
                item_desc = True
            if t.text == "(":
                paren += 1
            elif t.text == ")":
                paren = max(paren - 1, 0)
            elif not paren and low in (",", "dan", "serta", ";", "bersama"):
                close()
                if first_only and out:
                    break
                k += 1
                continue
            elif not paren and not item_people and item_org is None and (lead := list_lead_end(doc, k, end, W.list_lead)) > k:
                # "dan sejumlah pengurus di antaranya A, B": the group's members are named next
                k = lead
                restart(k)
                continue
            elif not paren and low == "yang" and k + 2 < end and doc[k + 1].lower_ == "terdiri" and doc[k + 2].lower_ in ("atas", "dari"):
                # "majelis yang terdiri atas Ketua X serta anggota Y": the members are the ones there
                k += 3
                restart(k)
                continue
            elif not paren and (_is_verb(t) or low in W.item_stop and not t.is_title):  # not "Menteri Dalam Negeri"
                if out or item_people or item_org is not None or clause or item_desc and low == "yang":
                    break  # (a described group ends at its relative clause: "pelajar asing yang ...")
            elif t.is_quote or low in (".", "!", "?"):
                break
            if not t.is_punct and not (item_empty and low in W.group_lead):
                item_empty = False  # "sejumlah Menteri Kabinet Kerja": the role still opens the item
            k += 1
        close()
        if first_only:
            return out[:1]
        return out

    def _titled(self, start: int, end: int) -> Span | None:
        """The person a role phrase with no name stands for (``Turut hadir Ketua KPU Sumsel dan
        ...``): one written with that title before. Not when a name follows the phrase after a
        comma (``Ketua KPU Sumsel, Andika``): that name is the next item."""
        doc = self.doc
        nxt = end + 1
        if end < len(doc) and doc[end].text == "," and nxt < len(doc) and self.ent[nxt] is not None and self.ent[nxt].label_ == "PER":
            return None
        words = [t for t in doc[start:end] if not t.is_punct and t.lower_ not in ("para", "sejumlah", "juga", "pula")]
        if not words or len(words) > 8 or words[0].lower_ in member_roles() or not (words[0].is_title or words[0].is_upper):
            return None
        return self._people_context().by_role([t.lower_ for t in words], words[0].i)

    def _record(self, attendee: Span, ei: int, si: int) -> dict[str, Any]:
        doc = self.doc
        ev = self.events[ei]
        self._resolve(ev)
        if attendee.label_ == "PER":
            who = span_mention(canonical_person(attendee, self.aliases), "PER")
        else:
            who = span_mention(attendee, attendee.label_)
        first = ev.first
        return {
            "type": "attendance",
            "sentence": self.numbers[si],
            "attendee": who,
            "event": span_mention(doc[first.start : first.end], "EVENT"),
            "location": span_mention(ev.location, "LOC") if ev.location is not None else None,
            "date": dates.date_mention(ev.date, doc._.date) if ev.date is not None else None,
        }


@Language.factory("pemilu_attendance", default_config={})
def make_attendance(nlp: Language, name: str) -> AttendanceComponent:
    """The ``attendance`` relation component (needs sentences and PER/ORG/LOC entities)."""
    return AttendanceComponent(nlp, name)
