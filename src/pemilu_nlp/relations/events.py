"""The events of an article (guidelines 3.2: the ``event`` of an attendance record).

Every event noun (``resources/event_nouns.txt``) starts an event phrase (``rapat koordinasi``,
``Rapat Dalam Kantor (RDK)``, ``Ritech Expo``); a presence cue whose object names an occasion
with no event noun (``membuka Gerakan Pangan Murah``) starts one too. Mentions are grouped into
events for the whole article: an anaphoric mention (``rapat ini``, ``Rakor tersebut``, a bare
``Pelantikan``, an acronym the article defined) joins the earlier event with the same head, so
that the record's event is the phrase as first written. While attendees are read, a meeting or
visit named only by its verb (``bertemu dengan X``, ``mengunjungi Gedung DPRD``) or by a
passive cue's subject (``Peresmian Posko Pemilu dihadiri ...``) becomes an event of its own.
Each event gets its venue and date from :mod:`.event_setting`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from .. import resources
from . import dates
from .cues import RELATION_WORDS as W, ArticleView, Cue, find_cues, list_lead_end, person_starts, terms
from .event_setting import EventSetting
from .speakers import pronouns

EVENTS = "event_nouns.txt"
ROLES = "roles.tsv"

# verbal prefixes (meN-, di-, ber-, ter-): a lower-case word with one is read as a verb
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_MAX_EVENT_WORDS = 12
_MAX_LOWER = 4
_MAX_TITLE_WORDS = 25  # a quoted title after "bertajuk"/"bertema"
# English ordinals in event names ("The 37th Conference ...", "1st Taiwan-Indonesia Summit")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _expansions() -> dict[str, frozenset[str]]:
    return {row["acronym"].lower(): frozenset(row["expansion"].lower().split()) for row in resources.table("event_acronyms.tsv")}


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Title words that start a role before a name (``Ketua``, ``Gubernur``, ``Duta`` of ``Duta
    Besar``): no part of an event's name. Read one token at a time, so a phrase gives its first word."""
    phrases = terms(ROLES, "role", ("office", "occupation", "regional", "national", "portfolio", "party", "modifier"))
    return frozenset(phrase.split()[0] for phrase in phrases)


def is_verb(token: Token) -> bool:
    low = token.lower_
    return token.is_lower and low.startswith(_VERB_PREFIXES) and len(low) > 5 and low not in W.not_verb


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
    # sentence -> the first tokens of the mentions naming it there, sentences in text order
    named_at: dict[int, list[int]] = field(default_factory=dict)
    resolved: bool = False  # location and date looked up (on the first record)
    planned: bool = False  # first named as to be held ("Munas Golkar, yang rencananya akan digelar ...")

    @property
    def sentences(self) -> list[int]:
        """The sentences that mention it."""
        return list(self.named_at)


class ArticleEvents:
    """The events of one article: ``mentions`` in text order, each pointing at one of ``events``.

    ``cues`` are the article's attendance cues (a cue's object may name an event); ``quoted``
    gives the tokens inside quotation marks of a sentence (a speaker describing an occasion
    again in other words)."""

    def __init__(self, view: ArticleView, cues: list[Cue], quoted: Callable[[Span], set[int]]) -> None:
        self.doc = view.doc
        self.ent = view.ent
        self.sents = view.sents
        self.sent_ents = view.sent_ents
        self.sent_of = view.sent_of
        self.setting = EventSetting(view)
        self.role_words = role_words()
        self.expansions = _expansions()
        self.cues = cues
        self.quoted = quoted
        # the first sentence with a cue that may name an event by its verb (visit, meet)
        self._first_verb_cue_sentence = min(
            (self.sent_of[c.start] for c in cues if c.kind in ("visit", "meet")), default=len(self.sents)
        )
        self.mentions = self._event_mentions()
        self.events: list[Event] = []
        self._cluster()
        self.mentions = [m for m in self.mentions if m.event >= 0]
        self._event_sentences()
        self.verb_events: list[tuple[int, int]] = []  # (token, event) of events named by a verb
        self._speech: dict[int, set[int]] = {}  # sentence -> the tokens a speaker says there

    def __getitem__(self, ei: int) -> Event:
        return self.events[ei]

    def _attended_relative(self, end: int) -> bool:
        """A relative clause after the phrase says who attended it (``hasil rapat koordinasi pada
        9 September yang dihadiri A, B``): the meeting itself is reported, not only its result."""
        doc = self.doc
        stop = doc[end - 1].sent.end
        for j in range(end, min(end + 8, stop - 1)):
            if doc[j].is_punct and doc[j].text not in "-/":  # "9-10 September", "(15/7)" stay inside
                return False
            if doc[j].lower_ == "yang":
                return any(c.start == j + 1 and c.kind == "passive" for c in self.cues)
        return False

    def _event_mentions(self) -> list[EventMention]:
        doc = self.doc
        out: list[EventMention] = []
        covered = -1
        nouns = find_cues(doc, EVENTS, outside_entities=True)
        self._event_starts = {c.start: c.end for c in nouns}
        for cue in nouns:
            if cue.start < covered:
                continue
            head = doc[cue.start : cue.end].text.lower()
            end = self._phrase_end(cue.start, cue.end)
            # head-final names ("Ritech Expo", "Indotrans Expo 2019") take the capitalised words
            # before the noun; a head-initial one ("Sidang Bersama DPR") starts at the noun,
            # unless an ordinal opens the name ("The 37th Conference ASEAN ...")
            head_final = end == cue.end or doc[cue.end].like_num
            start = self._name_start(cue.start)
            if not head_final and not any(_ORDINAL.match(doc[j].lower_) for j in range(start, cue.start)):
                start = cue.start
            after = doc[end].lower_ if end < len(doc) else ""
            bare = end == cue.end
            # a bare generic noun ("pertemuan") points back, unless a verb introduces it as a
            # new event ("menggelar pertemuan dengan ...")
            introduced = cue.start > 0 and is_verb(doc[cue.start - 1])
            anaphoric = after in W.demonstrative or head in W.anaphora_only or (bare and head in W.generic and not introduced)
            if head in W.anaphora_only and after not in W.demonstrative:
                org = self.ent[cue.end] if cue.end < len(doc) else None
                # "mendampingi X dalam kegiatan senam sehat": an occasion described in lower-case
                # words where attendance is reported; "pada acara Heritage Foundation": a body's
                # occasion. Both are headed by the word after the generic noun: no anaphor
                if not bare and self._described_occasion(cue.start, end) \
                        or head == "acara" and org is not None and org.label_ == "ORG" and org.start == cue.end:
                    out.append(EventMention(cue.start, end, doc[cue.end].lower_, False))
                    covered = end
                    continue
                if bare and self._placing(cue.start, end):
                    # "Kegiatan dilaksanakan di Wisma X", "di acara yang digelar di Kantor BKN":
                    # the event in view, placed
                    out.append(EventMention(cue.start, end, head, True))
                    covered = end
                    continue
                if not bare and doc[cue.end].is_quote:
                    # "kegiatan 'Ignite The Nation'": the quoted title names the event (the
                    # phrase ends at the closing quote)
                    out.append(EventMention(cue.start, end, doc[cue.end + 1].lower_, False))
                    covered = end
                    continue
                if bare or not (doc[cue.end].is_title or doc[cue.end].is_upper or doc[cue.end].like_num) or self.ent[cue.end] is not None:
                    continue
                inner = next((j for j in range(cue.end, end + 1) if self._event_noun_at(j)), None)
                if inner is not None and (inner == cue.end or self._phrase_end(inner, inner + 1) == inner + 1):
                    continue  # "kegiatan Ritech Expo": the event noun's own mention names it
                if inner is not None:
                    # "acara The 37th Conference ASEAN ...": the name starts before its event
                    # noun, which takes the words after it (its own mention would lose "The 37th")
                    end = self._phrase_end(inner, inner + 1)
                # "dalam acara Efektivitas Kebijakan Moneter ...": the name after "acara" is the event
                start, anaphoric, head = cue.end, False, doc[cue.end if inner is None else inner].lower_
            if head == "rapat" and cue.start > 0 and doc[cue.start - 1].lower_ in W.shut:
                continue  # "masih menutup rapat daftar nama": "rapat" is "tightly", no meeting
            if head in W.named_only and bare and after not in W.demonstrative:
                continue  # "memberikan nasihat dan peringatan": a warning; "Peringatan HUT ..." is an event
            if cue.start > 0 and doc[cue.start - 1].lower_ in self.setting.venue_words \
                    and not any(c.end == cue.start for c in self.cues):
                continue  # "ruang rapat Komisi III", "gedung pertemuan": a place, not an event ("tuan rumah rapat" is one)
            if cue.start > 0 and doc[cue.start - 1].lower_ in W.event_modifier and doc[cue.start].is_lower \
                    and not self._attended_relative(end):
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

    def _placing(self, start: int, end: int) -> bool:
        """A bare noun at ``start`` (sentence-initial, or after a preposition) whose verb (or
        relative clause) says where or when it was held: ``Kegiatan dilaksanakan di ...``,
        ``Acara yang digelar dalam rangka ...``, ``di acara yang digelar di ...``."""
        doc = self.doc
        sent = self.sents[self.sent_of[start]]
        k = end + 1 if end < sent.end and doc[end].lower_ == "yang" else end
        if k >= sent.end or doc[k].lower_ not in W.setting_verb:
            return False
        return start == sent.start or doc[start - 1].lower_ in ("di", "dalam", "pada", "saat")

    def _described_occasion(self, start: int, end: int) -> bool:
        """``dalam kegiatan senam sehat``, ``menghadiri acara kelulusan siswa``: a generic event
        noun after a presence preposition or verb, with lower-case nouns and no event noun of
        their own after it, names the occasion."""
        doc = self.doc
        if start == 0:
            return False
        if doc[start - 1].lower_ not in W.occasion_lead \
                and not any(c.end == start and c.kind in ("active", "front") for c in self.cues) \
                and not self._attended_relative(end):
            return False
        words = doc[start + 1 : end]
        return doc[start + 1].is_lower and all(self._common_noun(t) or t.lower_ == "bersama" for t in words if t.is_alpha) \
            and not any(self._event_noun_at(j) for j in range(start + 1, end))

    def _name_start(self, i: int) -> int:
        """``Ritech Expo``, ``Indotrans Expo``: capitalised words right before a capitalised
        event noun belong to the event's name (not a role, an entity or the sentence's first word)."""
        doc = self.doc
        if not doc[i].is_title:
            return i
        sent_start = self.sents[self.sent_of[i]].start
        j = i
        while j - 1 > sent_start and self.ent[j - 1] is None and (doc[j - 1].is_title and doc[j - 1].is_alpha or _ORDINAL.match(doc[j - 1].lower_)) \
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
        sent_end = self.sents[self.sent_of[start]].end
        limit = min(len(doc), start + _MAX_EVENT_WORDS, sent_end)
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
                if ent.label_ == "LOC" and ent.start == k == end and doc[start].lower_ in W.inauguration:
                    k = ent.end  # "peresmian Grha Suara Muhammadiyah": what was opened
                    continue
                break
            if k in self._event_starts:
                if doc[start].lower_ in W.generic:
                    break  # "acara focus group discussion": the named event is its own mention
                if k == end:
                    # "Upacara serah terima jabatan (Sertijab)": the ceremony of the event noun after it
                    k = self._event_starts[k]
                    continue
            if t.lower_ in self.role_words and t.is_title and k > start and self._title_of_name(k, limit):
                break  # "pelantikan Ketua KPU X": the name list starts ("Rapat Pimpinan (Rapim)" goes on)
            if t.lower_ in self.role_words and t.is_title and k == end and doc[start].is_lower and doc[start].lower_ in W.party_noun:
                break  # "menerima kunjungan Duta Besar Amerika Serikat": the visitor, not the visit's name
            if t.is_title and k > start and person_starts(self.ent, k + 1):
                break  # "pemakaman Pak Habibie": an honorific before a name is no part of the event's name
            if low in W.titled and k > start and k + 1 < len(doc):
                # "sosialisasi bertajuk “Peningkatan Upaya ...”", "pameran teknologi bertajuk ID.Connect":
                # the title the event is given is part of its name (a quoted one may be long)
                nxt = doc[k + 1]
                if nxt.is_quote:
                    close = self._quote_close(k + 1, sent_end)
                    if close is not None:
                        k = close + 1
                        limit = max(limit, k)
                        continue
                elif nxt.text[:1].isupper() and self.ent[k + 1] is None:
                    k += 2  # the title's first word ("ID.Connect"); capitalised words go on
                    limit = max(limit, min(sent_end, k + _MAX_EVENT_WORDS))
                    continue
                break
            if t.is_quote and k > start and k + 1 < sent_end and doc[k + 1].text[:1].isupper():
                # "kegiatan 'Ignite The Nation'", "Penyerahan KUR "Naik Kelas"": a quoted title right
                # after the event noun names it; a quote that ends on punctuation is speech
                close = self._quote_close(k, sent_end)
                if close is not None and not doc[close - 1].is_punct:
                    k = close + 1
                    limit = max(limit, k)
                    continue
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
                if low == "tahun" and doc[k - 1].lower_ == "ulang":
                    k += 1  # "perayaan ulang tahun": a birthday, not a year
                    continue
                if low == "dan" and k + 1 < limit and (doc[k + 1].is_title or doc[k + 1].is_upper) and doc[k - 1].is_title and self.ent[k + 1] is None:
                    k += 1  # "Pengawasan dan Pencegahan"
                    continue
                if low == "dan" and k + 1 < limit and doc[k - 1].is_lower and self._common_noun(doc[k + 1]) and lower < _MAX_LOWER:
                    k += 1  # "penjaringan dan pendaftaran", "pelantikan dan pengambilan sumpah": one occasion
                    continue
                if low == "bersama" and doc[k - 1].is_lower and self._together(k + 1):
                    k += 1  # "buka bersama di PTIK", "doa dan zikir bersama": together, not "with" someone
                    continue
                break
            if _YEAR.fullmatch(t.text) and k + 1 < limit and doc[k + 1].is_title and self.ent[k + 1] is None \
                    and doc[k + 1].lower_ not in self.role_words:
                k += 1  # "acara 2019 Hajj Appreciation Night": a year opening the name
                continue
            if low.startswith("ke-") or (t.like_num or _ORDINAL.match(low)) and not doc[k - 1].is_lower:
                k += 1  # "HUT ke-59", "Expo Indonesia 2025"; not "pelantikan 25 anggota"
                continue
            if (t.like_num or low in W.quantifier) and not t.is_title:
                break  # "pertemuan satu jam lebih": a measure, not the name ("diskusi Empat Pilar MPR" is one)
            if low in W.title_joiner and doc[k - 1].is_title and k + 1 < limit and doc[k + 1].is_title \
                    and self.ent[k + 1] is None:
                k += 1  # "MPR Goes to Campus", "Chiefs of Defence Conference": an English name
                continue
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

    def _quote_close(self, i: int, sent_end: int) -> int | None:
        """The quote mark closing the one at ``i`` within a title's length, if any."""
        return next((j for j in range(i + 1, min(sent_end, i + 1 + _MAX_TITLE_WORDS)) if self.doc[j].is_quote), None)

    def _title_of_name(self, k: int, limit: int) -> bool:
        """The role word at ``k`` opens a title before a person's name: capitalised words or
        bodies lead from it to a PER (``Ketua KPU Budi``, ``Wakil Wali Kota Bogor, Dedie``), not
        to brackets or a lower-case word."""
        doc = self.doc
        j = k + 1
        while j < min(limit + 4, len(doc), k + 10):
            ent = self.ent[j]
            if ent is not None:
                if ent.label_ == "PER":
                    return True
                j = ent.end
                continue
            if doc[j].text == "," and j > k + 1 and person_starts(self.ent, j + 1):
                return True
            if not (doc[j].is_title or doc[j].is_upper) or doc[j].is_punct:
                return False
            j += 1
        return False

    def _together(self, k: int) -> bool:
        """``bersama`` before token ``k`` means "together": the sentence ends, or a preposition
        follows (``buka bersama di PTIK``); not before a comma that lists the partners
        (``sidang bersama, DPR dan DPD``) or a demonstrative (``rapat bersama ini``)."""
        doc = self.doc
        if k >= len(doc):
            return True
        nxt = doc[k]
        if nxt.is_punct:
            return nxt.text != ","
        return nxt.lower_ in W.stop and nxt.lower_ not in W.demonstrative

    def _common_noun(self, t) -> bool:
        """A lower-case word that can go on a noun phrase: not a verb, a function word, a
        measure, a pronoun (``Usai salat ia mengenang``) or an adverb in ``-nya`` (``Sidang
        akhirnya digantikan``)."""
        low = t.lower_
        return t.is_lower and t.is_alpha and not is_verb(t) and low not in W.stop and low not in W.quantifier \
            and low not in pronouns() and not low.endswith("nya")

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
                elif self.events and doc[m.start].is_lower and not (m.start > 0 and is_verb(doc[m.start - 1])) \
                        and self._event_noun_at(m.start):
                    # "Fokus utama diskusi adalah ...", after the Rapat Dalam Kantor was named: a
                    # bare noun is definite in Indonesian, the event in view (a verb before it
                    # introduces a new one: "menggelar diskusi"; so does a presence cue's object
                    # that is no event noun: "hadir dalam drawing")
                    target = self.latest_event(m.start)
            if target is None and m.anaphoric:
                # "acara kelulusan ini" after "menghadiri acara kelulusan ...": the event named in those words
                target = self._named_in(words)
            if target is None and m.anaphoric:
                same = [ei for ei, ev in enumerate(self.events) if ev.first.head == m.head]
                if same:
                    target = self._first_named_with(same)  # the latest event with that head ("rapat ini")
                elif self.events and (m.head in W.generic or m.head in W.anaphora_only or self._demonstrative_after(m)) \
                        and not self._verb_named_since(m):
                    target = self.latest_event(m.start)  # "Diskusi ini" after the FGD was named
            if target is None and not m.anaphoric and m.end - m.start == 2 and doc[m.start + 1].is_lower:
                # "Pemakaman Presiden ketiga RI BJ Habibie berlangsung hikmat. Upacara pemakaman
                # dipimpin ...": the ceremony of an event already named is that event
                same = [ei for ei, ev in enumerate(self.events) if ev.first.head == doc[m.start + 1].lower_]
                if same:
                    target = same[-1]
            if target is None and not m.anaphoric:
                target = self._named_in(words)
            # described in lower-case words, with no name of its own ("sidang doktor hukum")
            described = all(t.is_lower for t in doc[m.start : m.end] if t.is_alpha)
            if target is None and described and m.start in self.quoted(self.sents[self.sent_of[m.start]]):
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
                self.events.append(Event(m, acronyms, words, planned=self._planned(m)))
                target = len(self.events) - 1
            m.event = target
            places.setdefault(target, set()).update(self._places(self.sent_of[m.start]))

    def _named_in(self, words: frozenset[str]) -> int | None:
        """The first event whose name holds all of two or more ``words`` (``Rapat Pleno`` in
        ``Rapat Pleno Terbuka Rekapitulasi``), or, failing that, all of them but a generic noun
        (``acara penghitungan mundur Asian Games 2018 itu`` after ``penghitungan mundur Asian
        Games 2018``); None when there is none."""
        for named in (words, words - W.generic):
            if len(named) >= 2:
                found = next((ei for ei, ev in enumerate(self.events) if named <= ev.words), None)
                if found is not None:
                    return found
        return None

    def _first_named_with(self, same: list[int]) -> int:
        """Of events ``same`` (in order), the latest -- or, when it was named together with the
        one before it (``Pameran Alpahan dan Pameran SP3T. Pameran tersebut ...``), the first
        of those: as for ``acara tersebut`` (:meth:`latest_event`), the occasion named first."""
        k = len(same) - 1
        while k > 0 and self.joins(self.events[same[k - 1]].first.end, self.events[same[k]].first.start):
            k -= 1
        return same[k]

    def _planned(self, m: EventMention) -> bool:
        """The clause right after the mention says the event is still to be held (``Munas
        Golkar, yang rencananya akan digelar pada Desember``, ``Rakernas akan digelar``):
        nobody attended it yet, so a later ``pertemuan``/``Tampak hadir`` means another one."""
        doc = self.doc
        end = self.sents[self.sent_of[m.start]].end
        k = m.end
        # (past an ordinal the name leaves out: "HUT PMI ke 74 yang akan jatuh pada ...")
        while k < end and (doc[k].lower_ in (",", "yang", "ke", "-") or doc[k].like_num or doc[k].lower_.startswith("ke-")):
            k += 1
        return any(doc[j].lower_ in W.planned for j in range(k, min(k + 2, end)))

    def _verb_named_since(self, m: EventMention) -> bool:
        """A visit or meeting named by its verb after the last event mention before ``m``
        (``... debat Pilgub. Megawati meresmikan Kantor BMI. Acara tersebut dihadiri ...``):
        the pointing mention means that occasion (resolved through :meth:`antecedent`)."""
        last = max((x.start for x in self.mentions if x.start < m.start and x.event >= 0), default=-1)
        return any(c.kind in ("visit", "meet") and last < c.start < m.start for c in self.cues)

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

    def latest_event(self, before: int, since: int = 0, *, said: bool = False) -> int | None:
        """The event of the last mention in tokens [since, before). Of events named together
        (``Sidang Tahunan MPR dan Sidang Bersama DPR-DPD``), the first: a later ``acara
        tersebut`` means the occasion, named first. With ``said``, not one named inside a
        quotation of the sentence of ``before`` (what the speaker talks about)."""
        quoted = self.quoted(self.sents[self.sent_of[before]]) if said else set()
        latest = None
        prev_end = -1
        for m in self.mentions:
            if m.start >= before:
                break
            if m.start >= since and m.event >= 0 and not (said and m.start in quoted) and not self.events[m.event].planned:
                if latest is None or not self.joins(prev_end, m.start):
                    latest = m.event
                prev_end = m.end
        return latest

    def joins(self, end: int, start: int) -> bool:
        """Only ``,``/``dan``/``serta`` between tokens ``end`` and ``start``: names given together."""
        between = self.doc[end:start]
        return len(between) > 0 and all(t.lower_ in (",", "dan", "serta") for t in between)

    def _event_sentences(self) -> None:
        for m in self.mentions:
            self.events[m.event].named_at.setdefault(self.sent_of[m.start], []).append(m.start)

    def resolve(self, ev: Event) -> None:
        """One venue and one date per event, from the sentences about it, else (as the date
        falls back to the article's day) the venue the article gives with a day (looked up
        once, when the event gets its first record)."""
        if not ev.resolved:
            ev.resolved = True
            sents = ev.sentences
            first = self.sent_of[ev.first.start]
            candidates: list[Span] = []
            # "Bertempat di X, rapat ini diadakan ...": a venue sentence right after the first mention
            extra = [first + 1] if first + 1 < len(self.sents) and self.setting.starts_with_venue(first + 1) else []
            spoken: set[int] = set()
            for si in sents + extra:
                said = self._spoken(si, ev.named_at.get(si, []))
                candidates.extend(self._venues(si, said))
                spoken |= said
            ev.location = self.setting.most_specific(candidates)
            if ev.location is None:
                ev.location = self.setting.dated_venue
            ev.date = self.setting.event_date(sents, said=lambda d: d.start in spoken)

    def _venues(self, si: int, spoken: set[int]) -> list[Span]:
        """The venues of sentence ``si``, not the places a speaker talks about (``"...
        berkantor di IKN," kata X dalam konferensi pers di NasDem Tower``)."""
        return [v for v in self.setting.venues(si) if v.start not in spoken]

    def _spoken(self, si: int, at: list[int]) -> set[int]:
        """The tokens of sentence ``si`` a speaker says, for an event named there at tokens
        ``at``: none when the event is named inside the quotation too."""
        if any(i in self.quoted(self.sents[si]) for i in at):
            return set()
        if si not in self._speech:
            self._speech[si] = self._read_speech(self.sents[si])
        return self._speech[si]

    def _read_speech(self, sent: Span) -> set[int]:
        """Quoted words whose quotation closes with punctuation (``... di IKN," kata X``), not a
        quoted title (``latihan "Dharma Yudha 2019" di ...``)."""
        doc = self.doc
        quoted = self.quoted(sent)
        spoken: set[int] = set()
        speech = False  # the next quotation mark closes speech
        for j in range(sent.end - 1, sent.start - 1, -1) if quoted else ():
            if doc[j].is_quote:
                speech = j > sent.start and doc[j - 1].is_punct and not doc[j - 1].is_quote
            elif speech and j in quoted:
                spoken.add(j)
        return spoken

    def _new_event(self, start: int, end: int, head: str) -> tuple[int, bool]:
        """An event named by a phrase that has no event noun, and whether it is new: such an
        event is found again by its words and head."""
        doc = self.doc
        words = frozenset(t.lower_ for t in doc[start:end] if t.is_alpha)
        for ei, ev in enumerate(self.events):
            if ev.words == words and ev.first.head == head:
                return ei, False
            if head in W.sick_visit and ev.first.head in W.sick_visit and ev.words - {ev.first.head} == words - {head}:
                return ei, False  # "membesuk Habibie" ... "menjenguk Habibie": one visit, as first named
        m = EventMention(start, end, head, False)
        ev = Event(m, set(), words)
        ev.named_at = {self.sent_of[start]: []}
        self.events.append(ev)
        m.event = len(self.events) - 1
        return m.event, True

    def subject_event(self, cue: Cue, sent: Span) -> int | None:
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
        if any(doc[j].is_punct or is_verb(doc[j]) or doc[j].lower_ in W.stop for j in range(start, end)):
            return None
        # "Kegiatan penghitungan mundur Asian Games dihadiri ...": the generic noun heads nothing
        head = start + 1 if first in W.anaphora_only | W.generic and end - start > 1 else start
        return self._new_event(start, end, doc[head].lower_)[0]

    def _object_phrase(self, cue: Cue) -> tuple[int, int] | None:
        """``hadir dalam penyelenggaraan Gebyar Demokrasi``, ``membuka Gerakan Pangan Murah``:
        a presence cue whose object names an event with no event noun; the phrase, or None."""
        doc = self.doc
        sent = self.sents[self.sent_of[cue.start]]
        k = cue.end
        text = cue.text(doc).lower()
        if cue.kind == "organise" and text in W.event_object:
            # "menggelar Sesi Pertama Ekspose Manajemen Talenta", "menggelar donor darah
            # serentak", 'menggelar "Surveyors Summit"': what is organised is an event
            if k < sent.end and doc[k].is_quote:
                k += 1
            # (a year may open the name: "menggelar 2019 Hajj Appreciation Night")
            named_year = k + 1 < sent.end and _YEAR.fullmatch(doc[k].text) is not None and doc[k + 1].is_title
            if k >= sent.end or self.ent[k] is not None or not (doc[k].is_alpha or named_year) \
                    or doc[k].lower_ in W.not_event | W.stop | W.quantifier | W.generic | W.anaphora_only:
                return None
            return k, self._phrase_end(k, k + 1)
        if cue.kind != "active":
            return None
        if k + 1 < sent.end and doc[k].lower_ in W.after_cue:
            k += 1  # "memimpin langsung Pengecekan Titik Api": in person
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
        if is_verb(doc[k]) and doc[k].lower_.startswith(("mem", "men")):
            return None  # "negara hadir dalam menjaga keamanan": a purpose, not an occasion
        end = self._phrase_end(k, k + 1)
        if end - k < 2 and not text.startswith(("menghadiri", "mengikuti", "hadir")):
            return None  # "menutup Telegram": one capitalised word after "membuka/menutup" is a thing, not an event
        return k, end

    def verb_event(self, cue: Cue, sent: Span, required: bool = True) -> int | None:
        """An event named by its verb phrase (``bertemu``, ``menemui X``,
        ``mengunjungi kantor DPW ...``): a new event of its own. With ``required``, a verb
        with no place, body or person after it names no event (``untuk berkunjung``)."""
        doc = self.doc
        k = cue.end
        if k < sent.end and doc[k].lower_ == "dengan":
            k += 1
        elif k + 1 < sent.end and doc[k].lower_ == "ke" and self.ent[k + 1] is not None and cue.kind == "visit":
            k += 1  # "berkunjung ke Bank NTB Syariah": the place visited is part of the phrase
        # "meninjau langsung lokasi karhutla": an inspection is the occasion whatever its object
        inspection = cue.text(doc).lower() in W.inspection
        if inspection and k + 1 < sent.end and doc[k].lower_ in W.after_cue:
            k += 1
        # the phrase is the verb alone unless what follows it extends it ("bertemu dengan ..." -> "bertemu")
        verb_end = end = cue.end - 1 if doc[cue.end - 1].lower_ == "dengan" else cue.end
        # "bertemu Komisi Yudisial": a body met is the other side, not part of the event's name
        intransitive = cue.kind == "meet" and doc[cue.start].lower_.startswith("ber")
        has_name = False
        j = k
        while j < sent.end and j - k < 8:
            t = doc[j]
            ent = self.ent[j]
            if ent is not None:
                if ent.label_ == "PER" and j == k and not intransitive:
                    end = ent.end  # "menemui X" (with "bertemu dengan X" the event is the verb)
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
            if t.is_punct or t.lower_ in W.stop or is_verb(t):
                break
            if (t.is_title or t.is_upper) and not (j > k and doc[j - 1].lower_ in self.setting.venue_words):
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
        if end > k and doc[k - 1].lower_ == "dengan" and self._names_after(end, sent):
            # "bertemu dengan pendiri e-commerce asal China, Jack Ma", "bertemu dengan tokoh Tanah
            # Abang seperti A": the description is the person met, and the event is the verb
            end = verb_end
        if inspection and end <= k:
            return None  # "meninjau kembali putusan": a review, no visit
        if inspection and not has_name and not any(self.ent[j] is not None for j in range(cue.end, end)) \
                and any(m.start < cue.start and self.sent_of[m.start] == self.sent_of[cue.start] for m in self.mentions):
            return None  # "Dalam kunjungannya ke Lahat, X meninjau pasar": part of the visit just named
        if required and not inspection and not has_name and not any(self.ent[j] is not None for j in range(cue.end, end)):
            return None
        place = self.ent[k] if k < end else None
        if cue.text(doc).lower() in W.arrival and place is not None and place.end == end and place.label_ == "LOC" \
                and self.setting.is_country(place):
            return None  # "sudah beberapa kali datang ke Indonesia": travel to a country, no occasion
        ei, new = self._new_event(cue.start, end, cue.text(doc).lower())
        if new:
            # placed and dated by its own sentence only (no later mention names it)
            ev = self.events[ei]
            si = self.sent_of[cue.start]
            spoken = self._spoken(si, [cue.start])
            places = [e for e in self.sent_ents[si] if e.label_ == "LOC" and cue.start <= e.start < end] + self._venues(si, spoken)
            ev.location = self.setting.most_specific(places)
            ev.date = self.setting.event_date([si], article=False, said=lambda d: d.start in spoken)
            ev.resolved = True
            self.verb_events.append((cue.start, ei))
        return ei

    def _names_after(self, k: int, sent: Span) -> bool:
        """A person is named at ``k``, after a comma, a list lead or ``yang bernama`` (``, Jack Ma``,
        ``seperti A``)."""
        doc = self.doc
        if k < sent.end and doc[k].text == ",":
            k += 1
        if k + 1 < sent.end and doc[k].lower_ == "yang" and doc[k + 1].lower_ in W.naming:
            k += 2  # "bertemu dengan pengendara yang bernama Tavipuddin"
        k = list_lead_end(doc, k, sent.end, W.list_lead) if k < sent.end else k
        return k < sent.end and person_starts(self.ent, k)

    def place_named_with(self, m: EventMention) -> Span | None:
        """The venue of the sentence of mention ``m`` (not a place a speaker talks about)."""
        si = self.sent_of[m.start]
        return self.setting.most_specific(self._venues(si, self._spoken(si, [m.start])))

    def antecedent(self, ei: int) -> int:
        """An anaphoric event phrase with no event noun before it (``Pertemuan itu``) names the
        latest meeting or visit named by its verb before it (``A menemui pimpinan MPR dalam
        lawatan resminya``: the visit is that meeting)."""
        first = self.events[ei].first
        if not first.orphan:
            return ei
        before = [e for pos, e in self.verb_events if pos < first.start]
        return before[-1] if before else ei
