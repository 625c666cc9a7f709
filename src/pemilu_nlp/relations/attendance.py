"""``attendance`` records: a person or organisation attends, leads or takes part in an event
(guidelines 3.2).

The article's events, with their venues and dates, are read first (:mod:`.events`,
:mod:`.event_setting`); this module reads who attended them, over tokens, entities and the cue
lexicon matched once per doc (``resources/attendance_cues.tsv``):

1. Attendees, by cue kind: the subject of an active cue (``X menghadiri ...``), the names
   after a passive or sentence-opening cue (``... dihadiri oleh A, B``, ``Turut hadir A``),
   the organiser (``KPU menggelar rapat``, ``rapat yang digelar oleh KPU``), both sides of a
   meeting (``bertemu dengan``, ``audiensi dengan``), companions (``didampingi``), and the
   speaker of a sentence set at an event (``kata X dalam rapat kerja``). A representative
   attends instead of the one represented (``diwakili``).
2. Negation: a planned, cancelled or denied attendance (``akan bertemu``, ``batal hadir``,
   ``tidak hadir``) gives no record.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import dates
from .common import add_record, last_speaker, quoted_person, sentence_numbers, span_mention
from .quote import lexicon as quote_lexicon
from .speakers import ADDRESSEE_MARKERS, SpeakerContext, TokenView, member_roles, pronouns
from .cues import (
    ArticleView,
    Cue,
    boilerplate_tokens,
    clause_start,
    canonical_person,
    find_cues,
    doc_person_aliases,
    list_lead_end,
    name_key,
    person_starts,
    previous_person,
    terms,
    RELATION_WORDS as W,
)
from .events import ArticleEvents, EventMention, is_verb, role_words

CUES = "attendance_cues.tsv"


class AttendanceComponent:
    """spaCy component: appends ``attendance`` records to ``doc._.relations``."""

    def __init__(self, nlp: Language, name: str = "pemilu_attendance") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        _Article(doc).run()
        return doc


_SAID_ON_WITHIN = 12  # tokens after an attribution word ("ujar X di Gedung Y, Jakarta, Selasa (10/9)")
_LIST_HEAD = 8  # tokens of a noun phrase before a list lead ("Sementara perwakilan dari BIG antara lain")
# words that join a body to the subject person ("A bersama rombongan OASE KK menghadiri ...")
_JOINING = frozenset({"dan", "serta", "bersama", "beserta"})
_GROUP = frozenset({"rombongan", "jajaran", "para", "pengurus", ","})


class _Article(ArticleView):
    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.boiler = boilerplate_tokens(doc)
        self.aliases = doc_person_aliases(doc)
        self.speech = quote_lexicon()  # speech verbs and inverted attribution stems (kata, ujarnya)
        self.negations = terms(CUES, "cue", ("negation",))
        # words before an event or a decision that say it has not taken place
        self.unrealised = W.planned | W.intent | W.irrealis | self.negations
        self.represent_words = frozenset(w for p in terms(CUES, "cue", ("represent",)) for w in p.split() if w != "oleh")
        self.role_words = role_words()
        self.cues = [c for c in find_cues(doc, CUES, "cue") if self.ent[c.start] is None]
        self._quoted_in: dict[int, set[int]] = {}  # sentence start -> tokens inside quotation marks
        self.events = ArticleEvents(self, self.cues, self._quoted)
        self._event_of: dict[str, int] = {}  # a person reported at an event (name key) -> the latest such event
        self.numbers = sentence_numbers(self.sents)
        self._people: SpeakerContext | None = None

    def run(self) -> None:
        doc = self.doc
        cues_by_sent: dict[int, list[Cue]] = {}
        for c in self.cues:
            cues_by_sent.setdefault(self.sent_of[c.start], []).append(c)
        mentions_by_sent: dict[int, list[EventMention]] = {}
        for m in self.events.mentions:
            mentions_by_sent.setdefault(self.sent_of[m.start], []).append(m)
        reported: dict[int, int] = {}  # sentence -> the event it reports attendance of
        made: list[tuple[dict[str, Any], int]] = []  # the records added, with their events
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
            before = self._reported_before(si, reported, cues_by_sent, mentions_by_sent)
            listed = self._list_start(sent) if not events and before is not None else None
            # (a place or time in the list, "penyedia hotel di Mekkah", is no cue of its own)
            if listed is not None and before is not None and all(c.end <= listed or c.kind == "context" for c in cues):
                found = [(a, before) for a in self._items(listed, sent.end)]
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
                by_cue = self._by_cue(cue, si, events, cues)
                found.extend(by_cue)
                if cue.kind == "visit" and not by_cue:
                    # "Sejumlah mantan pimpinan KPK mendatangi Gedung KPK. Mereka yang hadir
                    # ialah A, B": a visit by a group the next sentence lists
                    visit = next((ei for pos, ei in self.events.verb_events if pos == cue.start), None)
                    if visit is not None:
                        reported.setdefault(si, visit)
                if cue.kind in ("passive", "front", "active", "participate"):
                    # "Rapat itu dihadiri para bupati.", "Puluhan aktris turut menyaksikan pelantikan
                    # tersebut. Ada A, B": attended by a group the next sentence may list
                    in_view = self._event_in_view(si)
                    if in_view is not None:
                        reported.setdefault(si, self.events.antecedent(in_view))
            for m in events:
                if m.start not in quoted:
                    found.extend((a, m.event) for a in self._between(m, sent))
            found.extend(self._companions(found, cues, sent))
            seen: set[tuple[int, int]] = set()
            for attendee, ei in found:
                if ei is None:
                    continue
                ei = self.events.antecedent(ei)
                if self.events[ei].first.head in W.anaphora_only:
                    continue  # "acara itu" with no event named before it, not even by a verb
                if self.events[ei].planned:
                    continue  # "saat Munas Golkar, yang rencananya akan digelar Desember": not held yet
                if (attendee.start, ei) in seen:
                    continue
                seen.add((attendee.start, ei))
                record = self._record(attendee, ei, si)
                if add_record(doc, record):
                    made.append((record, ei))
                reported[si] = ei
                attended.setdefault(ei, set()).add(attendee.start)
                if attendee.label_ == "PER":
                    self._event_of[name_key(canonical_person(attendee, self.aliases).text)] = ei
        self._holders(attended)
        self._deciding_bodies(attended)
        self._placed_when_pointed_back(made)
        self._settings_said_at(made, mentions_by_sent)

    def _reported_before(self, si: int, reported: dict[int, int], cues_by_sent: dict[int, list[Cue]],
                         mentions_by_sent: dict[int, list[EventMention]]) -> int | None:
        """The event whose attendance the sentence before reported, looking past one sentence
        that names no event and has no cue (``Mantan pimpinan KPK mendatangi Gedung KPK.
        Kedatangan mereka untuk membahas ... . Mereka yang hadir ialah A, B``)."""
        if si - 1 in reported:
            return reported[si - 1]
        if si >= 2 and si - 2 in reported and not cues_by_sent.get(si - 1) and not mentions_by_sent.get(si - 1):
            return reported[si - 2]
        return None

    def _placed_when_pointed_back(self, made: list[tuple[dict[str, Any], int]]) -> None:
        """``Trump bertemu Jack Ma. Pertemuan dilakukan di Trump Tower.``: a meeting named by its
        verb, with no venue in its own sentence, takes the venue of a later sentence whose noun
        points back to it."""
        unplaced = {ei for record, ei in made if record["location"] is None}
        venue: dict[int, Span] = {}
        for m in self.events.mentions:
            if not m.orphan:
                continue
            ei = self.events.antecedent(m.event)
            if ei == m.event or ei not in unplaced or ei in venue:
                continue
            place = self.events.place_named_with(m)
            if place is not None:
                venue[ei] = place
        for record, ei in made:
            if record["location"] is None and ei in venue:
                record["location"] = span_mention(venue[ei], "LOC")

    def _settings_said_at(self, made: list[tuple[dict[str, Any], int]], mentions_by_sent: dict[int, list[EventMention]]) -> None:
        """'"...," ujar Jokowi di Istana Negara, Jakarta, Selasa (10/9).': news gives the venue
        and the day of an event in the attribution of what an attendee said there. An event with
        no venue (or no date) of its own takes the place (the date) where one of its attendees
        was quoted, when that attendee attended no other event of the article and the sentence
        names no other event."""
        doc = self.doc
        events_of: dict[str, set[int]] = {}
        for record, ei in made:
            if record["attendee"]["label"] == "PER":
                events_of.setdefault(name_key(record["attendee"]["text"]), set()).add(ei)
        unset = {ei for record, ei in made if record["location"] is None or record["date"] is None}
        if not unset:
            return
        si_of = {number: si for si, number in enumerate(self.numbers)}
        venue: dict[int, Span] = {}
        day: dict[int, Span] = {}
        for said in doc._.attributions or ():  # (None without the quote component)
            speaker = said["speaker"]
            si = si_of.get(said["sentence"])
            span = doc.char_span(speaker["start"], speaker["end"]) if speaker["label"] == "PER" else None
            if si is None or span is None:
                continue
            attended = events_of.get(name_key(canonical_person(span, self.aliases).text), set())
            if len(attended) != 1 or not attended <= unset:
                continue
            ei = next(iter(attended))
            if any(self.events.antecedent(m.event) != ei for m in mentions_by_sent.get(si, ())):
                continue
            at = self._attribution_at(si, said.get("cue") or "")
            if at is None:
                continue
            if ei not in venue:
                place = self._place_said_at(si, at)
                if place is not None:
                    venue[ei] = place
            if ei not in day:
                # "ujar Tito dalam keterangannya, Selasa (14/10/2025)": the day it was said, written
                # out (not "pekan lalu" of what was said)
                when = [d for d in self.events.setting.dates_in(si) if at < d.start <= at + _SAID_ON_WITHIN
                        and (d[0].lower_ in dates.weekdays() or any(t.like_num for t in d))]
                if when:
                    day[ei] = when[0]
        for record, ei in made:
            if record["location"] is None and ei in venue:
                record["location"] = span_mention(venue[ei], "LOC")
            if record["date"] is None and ei in day:
                record["date"] = dates.date_mention(day[ei], doc._.date)

    def _attribution_at(self, si: int, cue: str) -> int | None:
        """The token of the attribution word ``cue`` (``ujar``, ``kata``) in sentence ``si``."""
        cue = cue.lower()
        if not cue:
            return None
        return next((t.i for t in self.sents[si] if t.lower_.startswith(cue) and self.ent[t.i] is None), None)

    def _place_said_at(self, si: int, at: int) -> Span | None:
        """The place of ``ujar X di LOC, LOC`` after the attribution word at token ``at`` of
        sentence ``si`` (the most specific of the places listed), or None."""
        doc = self.doc
        sent = self.sents[si]
        j, stop = at + 1, min(at + 8, sent.end - 1)
        while j < stop:
            if doc[j].lower_ == "di" and doc[j + 1].lower_ == "hadapan":
                # "ujar Jokowi di hadapan para insinyur se-ASEAN di JIExpo": past whom he spoke to
                j = next((k for k in range(j + 2, min(j + 10, sent.end - 1)) if doc[k].lower_ == "di"), sent.end)
                stop = min(j + 1, sent.end - 1)
                continue
            if doc[j].lower_ == "di":
                places: list[Span] = []
                k = j + 1
                while k < sent.end and self.ent[k] is not None and self.ent[k].start == k and self.ent[k].label_ == "LOC":
                    places.append(self.ent[k])
                    k = self.ent[k].end
                    if k + 1 < sent.end and doc[k].text == ",":
                        k += 1
                return self.events.setting.most_specific(places)
            if is_verb(doc[j]) and doc[j].lower_ not in W.met_by_press or doc[j].is_quote or doc[j].text in ".;:":
                return None  # (not "ujarnya saat ditemui di Kantor X": where the press met him)
            j += 1
        return None

    def _holders(self, attended: dict[int, set[int]]) -> None:
        """``rapat paripurna DPR``, ``Rapat Pleno PBNU``: a body whose own meeting someone
        attended took part in it as a body (guidelines 3.2: an ORG attends as such)."""
        for m in self.events.mentions:
            ei = self.events.antecedent(m.event)
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
                self._attend_as_body(attended, ent, ei, si)

    def _deciding_bodies(self, attended: dict[int, set[int]]) -> None:
        """``Rapat Dewan Gubernur (RDG) Bank Indonesia memutuskan ...``, ``Bank Indonesia dalam
        RDG memutuskan ...``, ``DPR mengesahkan revisi UU KPK dalam rapat paripurna``: a body's
        meeting that decided something was held, and the body (named in the meeting's phrase,
        or the subject that decided in it) took part as a body. Not a decision to come (``untuk
        disahkan``, ``akan memutuskan``)."""
        doc = self.doc
        to_come = self.unrealised | W.before_cue  # "untuk disahkan", "akan memutuskan"
        for m in self.events.mentions:
            if m.head not in W.body_meeting:
                continue
            si = self.sent_of[m.start]
            sent = self.sents[si]
            if sent.start in self.boiler:
                continue
            verb = next((j for j in range(sent.start, sent.end) if doc[j].lower_ in W.decision), None)
            if verb is None or doc[verb - 1].lower_ in to_come \
                    or any(doc[j].lower_ in self.negations for j in range(sent.start, verb)):
                continue
            # the sentence's subject: its first entity, with no verb before it ("Sebelumnya BI ...")
            first = self.sent_ents[si][0] if self.sent_ents[si] else None
            subject = first if first is not None and first.label_ == "ORG" and not any(
                is_verb(doc[j]) for j in range(sent.start, first.start)) else None
            inside = [e for e in self.sent_ents[si] if e.label_ == "ORG" and m.start < e.start and e.end <= m.end and not self._in_parens(e)]
            passive = doc[verb].lower_.startswith("di")
            if inside and (passive or verb >= m.end and not any(is_verb(doc[j]) for j in range(m.end, verb))):
                # the meeting decided, or something was decided in it: the body in its phrase
                body = inside[0]
            elif subject is not None and subject.end <= m.start and doc[m.start - 1].lower_ in ("dalam", "pada") \
                    and (not passive or doc[verb - 1].lower_ == "yang"):
                # "BI dalam RDG memutuskan", "DPR mengesahkan X dalam rapat paripurna", "BI
                # melakukan X yang diputuskan dalam RDG" (not "UU X disahkan dalam rapat ...")
                body = subject
            else:
                continue
            self._attend_as_body(attended, body, self.events.antecedent(m.event), si)

    def _attend_as_body(self, attended: dict[int, set[int]], body: Span, ei: int, si: int) -> None:
        """Record that ``body`` took part in event ``ei`` as a body, once."""
        if body.start not in attended.setdefault(ei, set()):
            attended[ei].add(body.start)
            add_record(self.doc, self._record(body, ei, si))

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
        """The sentence dates its event in the future (``besok``, ``Senin mendatang``, ``27 Oktober
        mendatang``, ``18 September 2019 mendatang``, ``pekan depan``, ``nanti malam``)."""
        doc = self.doc
        for t in sent:
            if t.i in quoted:
                continue
            if t.lower_ in W.future:
                return True
            if t.lower_ in W.future_after:
                near = [doc[j].lower_ for j in (t.i - 1, t.i + 1) if sent.start <= j < sent.end]
                if any(w in dates.weekdays() or w in dates.months() or w in W.period for w in near):
                    return True
                if t.lower_ == "mendatang" and t.i > sent.start and doc[t.i - 1].like_num:
                    return True  # "Rabu, 18 September 2019 mendatang"
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
        # one walk back over the words that may stand before the cue (at most three)
        k = cue.start - 1
        skipped = 0
        while k >= 0 and skipped < 3 and doc[k].lower_ in W.before_cue and doc[k].lower_ not in W.intent:
            k -= 1
            skipped += 1
        if cue.kind in ("meet", "visit", "organise", "receive") and k >= 0 and doc[k].lower_ in W.intent:
            # "datang untuk bertemu pimpinan KPK", "untuk melakukan sosialisasi", "untuk dapat
            # bertemu langsung": the purpose, not a meeting held
            return True
        while k >= 0 and skipped < 3 and doc[k].lower_ in W.before_cue:  # on past "untuk": "batal untuk hadir"
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
            if t.text == "," and person_starts(self.ent, j + 1):
                continue  # "tidak akan ada pertemuan antara Presiden Iran, Hassan Rouhani dan ...": a name in apposition
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
            # "Dalam pertemuan tersebut hadir A": the event the opening adverbial names
            ei = m.event if m is not None else self._event_before(cue.start, events)
            ei = ei if ei is not None else self.events.latest_event(sent.start)
            return [(a, ei) for a in self._items(m.end if m is not None else cue.end, sent.end)]
        if kind in ("active", "visit"):
            m = self._event_after(cue.start, sent, events, within=cue.end - cue.start + 3)
            if m is not None:
                ei = m.event
            elif kind == "visit":
                ei = self.events.verb_event(cue, sent)
                if ei is None:
                    return []
            elif cue.text(doc).lower().split()[-1] in ("hadir", "pula"):  # "X (turut) hadir": the event in view
                ei = self._event_before(cue.start, events)
                ei = ei if ei is not None else self.events.latest_event(sent.start)
            else:
                return []  # events named by a verb's object were made mentions up front (_object_phrase)
            subjects = self._subject(cue, si, cues)
            if m is not None and cue.start > sent.start and doc[cue.start - 1].lower_ == "yang":
                # "Lima Capim yang menjalani Fit and Proper Test pada Rabu adalah A, B, ...": the
                # names after the copula are who the relative clause describes
                subjects = self._listed_after(m.end, sent, W.copula | W.list_lead) or self._named_after_relative(m.end, sent) or subjects
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
            if ei is None and at_start:
                ei = self._event_in_view(si)  # "Turut mendampingi Presiden dalam peninjauan ini, ..."
            if ei is None:
                return []
            objects = [a for a in self._items(cue.end, sent.end, first_only=True, clause=True) if a.label_ == "PER"]
            if at_start:
                # "Turut menyertai Presiden dalam penerbangan menuju Afghanistan, Menteri A, B",
                # "Turut mendampingi Presiden dalam kunjungan ini di antaranya A, B": the subject
                # comes last, listed after a lead or after the comma that closes the object
                companions = self._listed_after(cue.end, sent, W.list_lead | W.copula) or self._listed_after_comma(cue.end, sent)
                return [(a, ei) for a in objects + companions]
            return [(a, ei) for a in self._subject(cue, si, cues) + objects]
        if kind == "joint":  # "kunjungan kerja ke Bogor ... untuk berkoordinasi dengan X"
            ei = self._event_before(cue.start, events)
            if ei is None:
                return []
            return [(a, ei) for a in self._items(cue.end, sent.end, first_only=True)]
        if kind == "meet":  # both sides of "bertemu dengan", "menemui"
            if doc[cue.start].lower_ == "bertemu" and any(t.lower_ in W.match for t in sent):
                return []  # "saat bertemu Bali United" in a match report: playing against, no meeting
            m = self._event_after(cue.end, sent, events, within=2)
            ei = m.event if m is not None else self._event_before(cue.start, [e for e in events if not self._earlier(e, cue.start)])
            if ei is None and cue.start > sent.start and doc[cue.start - 1].lower_ == "termasuk":
                # "menemui petinggi Juventus termasuk bertemu dengan CEO Juve, X": part of the
                # meeting just named by its verb
                ei = next((e for pos, e in reversed(self.events.verb_events) if sent.start <= pos < cue.start), None)
            if ei is None:
                ei = self.events.verb_event(cue, sent, required=False)
            listed = self._group_list_start(cue.end, sent)
            if listed is not None:  # "bertemu politikus PKS seperti A, B dan C": everyone listed
                objects = self._items(listed, sent.end)
            else:
                k = cue.end
                while k < sent.end and (doc[k].lower_ in ("langsung", "kembali") or doc[k].lower_ == "dengan" and k > cue.end):
                    k += 1  # "bertemu langsung dengan Panglima TNI": the one met comes after the adverb
                objects = self._items(k, sent.end, clause=True)
            return [(a, ei) for a in self._subject(cue, si, cues) + objects]
        if kind == "passive":  # "rapat ini dihadiri oleh A, B"
            k = cue.start - 1
            led = self.ent[k - 1] if k > sent.start and doc[k].lower_ == "yang" else None
            if led is not None and led.end == k and led.label_ in ("ORG", "PER") and cue.text(doc).lower().startswith("dipimpin"):
                return []  # "Partai Liberal yang dipimpin Trudeau": the body led, no event
            ei = self._event_before(cue.start, events)
            if ei is None and cue.text(doc).lower().startswith(("dihadiri", "diikuti", "dipimpin", "dibuka")):
                ei = self.events.subject_event(cue, sent)  # "Peresmian Posko Pemilu dihadiri oleh ..."
            if ei is None and self._opens(sent, cue.start):
                # "Dipimpin langsung oleh X, apel siaga digelar ...": the event the clause after
                # the comma names, else the event in view ("Dihadiri pula oleh ...")
                comma = next((j for j in range(cue.end, sent.end) if doc[j].text == ","), None)
                later = [m for m in events if comma is not None and m.start > comma]
                ei = later[0].event if later else self.events.latest_event(sent.start)
            if ei is None:
                ei = self._event_in_view(si)  # "Adapun dari Pemda X dihadiri oleh A, B": the event just reported
            return [(a, ei) for a in self._items(cue.end, sent.end)]
        if kind == "receive":  # "Bea Cukai menerima kunjungan US ICE": the host and the visitors
            m = self._event_after(cue.end, sent, events, within=1)
            if m is None:
                return []  # "menerima laporan": no visit received
            k = m.end + 1 if m.end < sent.end and doc[m.end].lower_ == "dari" else m.end
            return [(a, m.event) for a in self._subject(cue, si, cues) + self._items(k, sent.end, clause=True)]
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
            if not before:
                return []
            if ent is None or ent.start != k or ent.label_ not in ("ORG", "PER"):
                if doc[k - 1].lower_ != "oleh":
                    return []
                # "dilakukan oleh Wakil Gubernur Provinsi Lampung, Chusnunia Chalim": a title first
                named = [a for a in self._items(k, sent.end, first_only=True, clause=True) if a.label_ == "PER"]
                return [(a, before[-1].event) for a in named]
            # "dilakukan oleh BEM Semarang Raya dan GERAM Jateng": every organiser named
            return [(a, before[-1].event) for a in self._items(k, sent.end, clause=True) or [ent]]
        if kind == "context":
            return self._context(cue, si, events)
        if kind == "participate":
            return self._participants(cue, si, events, cues)
        if kind == "companion":
            return self._attributed_companions(cue, si, events, cues)
        return []

    def _earlier(self, m: EventMention, cue_start: int) -> bool:
        """The event is named in an opening clause about what came before (``Usai melaksanakan
        salat, Imam bertemu ...``)."""
        doc = self.doc
        for j in range(m.start - 1, max(0, m.start - 3) - 1, -1):
            if doc[j].lower_ in W.earlier_clause:
                return any(doc[k].text == "," for k in range(m.end, cue_start))
            if not doc[j].is_alpha:
                return False
        return False

    def _named_after_relative(self, end: int, sent: Span) -> list[Span]:
        """``salah seorang tokoh yang mengikuti pertemuan tersebut, Albert Yoku``: the person the
        relative clause describes is named right after its event and demonstrative."""
        doc = self.doc
        k = end
        if not (k < sent.end and doc[k].lower_ in W.demonstrative):
            return []  # without "tersebut/itu" the clause may go on ("yang menghadiri rapat Budi")
        k += 1
        if k < sent.end and doc[k].text == ",":
            k += 1
        return [self.ent[k]] if k < sent.end and person_starts(self.ent, k) else []

    def _listed_after(self, start: int, sent: Span, leads: frozenset[str]) -> list[Span]:
        """The names listed after the first of ``leads`` (a copula, ``antara lain``) from ``start``."""
        lead = next((e for j in range(start, sent.end) if (e := list_lead_end(self.doc, j, sent.end, leads)) > j), None)
        return self._items(lead, sent.end) if lead is not None else []

    def _listed_after_comma(self, start: int, sent: Span) -> list[Span]:
        """The names listed after the first comma from ``start``."""
        comma = next((j for j in range(start, sent.end) if self.doc[j].text == ","), None)
        return self._items(comma + 1, sent.end) if comma is not None else []

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
        return self.events.latest_event(self.sents[si].end, since=self.sents[max(0, si - back)].start)

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
        return cue.kind == "companion" and cue.text(self.doc).lower().startswith(("didampingi", "ditemani"))

    def _accompanying(self, cue: Cue, sent: Span) -> list[Span]:
        """The people named after a companion cue (``didampingi A dan B``)."""
        return [a for a in self._items(cue.end, sent.end) if a.label_ == "PER"]

    def _attributed_companions(self, cue: Cue, si: int, events: list[EventMention], cues: list[Cue]) -> list[tuple[Span, int | None]]:
        """``"...," jelas Mu'ti didampingi Gubernur NTB Lalu Muhamad Iqbal di Mataram``: a
        speaker quoted with a companion at the event being reported; both were there."""
        doc = self.doc
        sent = self.sents[si]
        if not self._didampingi(cue):
            return []
        if any(c.kind not in ("companion", "context", "negation") for c in cues):
            return []  # another cue reads the sentence (and its companions)
        if not any(self._attribution_word(t) for t in doc[sent.start : cue.start]):
            return self._companions_of_attendee(cue, si, events, cues)
        ei = self.events.latest_event(cue.start)
        if ei is None:
            return []
        speaker = self._speaker(cue.start, si)
        out = [(speaker, ei)] if speaker is not None and speaker.label_ == "PER" else []
        return out + [(a, ei) for a in self._accompanying(cue, sent)]

    def _companions_of_attendee(self, cue: Cue, si: int, events: list[EventMention], cues: list[Cue]) -> list[tuple[Span, int | None]]:
        """``Presiden juga ditemani oleh A dan B``, in a sentence naming no event before the cue
        (``events``: the sentence's event mentions): the companions of a person already reported
        at an event attend it with them."""
        sent = self.sents[si]
        if any(m.start < cue.start for m in events):
            return []  # "X dalam konferensi pers didampingi A, B": the event named there (_companions)
        subjects = [a for a in self._subject(cue, si, cues) if a.label_ == "PER"]
        if not subjects:
            return []
        ei = self._event_of.get(name_key(canonical_person(subjects[-1], self.aliases).text))
        if ei is None:
            return []
        return [(a, ei) for a in self._accompanying(cue, sent)]

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
            ei, phrase_end = self.events.latest_event(cue.start, said=True), occasion
            if ei is None:
                return []
        else:
            lead = k  # "dalam acara buka bersama": an occasion described after "acara" starts at it
            if k < sent.end and doc[k].lower_ in ("menerima", "acara", "kegiatan"):
                k += 1
            nxt = [m for m in events if lead <= m.start <= k + 1]
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
            verb = next((j for j in range(phrase_end, comma) if is_verb(doc[j])), None) if comma is not None else None
            if verb is not None and any(self.ent[j] is not None for j in range(phrase_end, verb)) \
                    and not any(doc[j].lower_ == "yang" for j in range(phrase_end, verb)):
                comma = None  # "Dalam pertemuan ini A didampingi B, dan C": subject and verb before the comma
            start = comma + 1 if comma is not None else phrase_end
            verb = next((j for j in range(start, sent.end) if is_verb(doc[j])), sent.end)
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
        if any(t.lower_ in self.unrealised for t in doc[sent.start : m.start]):
            return []
        return holders + self._items(m.end + 1, sent.end, clause=True)

    def _coordinated(self, m: EventMention, events: list[EventMention]) -> list[EventMention]:
        """Event mentions joined to ``m`` by ``dan``/``serta`` (``A dan B``, ``A, B, dan C``)."""
        out: list[EventMention] = []
        end = m.end
        for other in events:
            if other.start < end:
                continue
            if not self.events.joins(end, other.start):
                break
            out.append(other)
            end = other.end
        return out

    def _other_party(self, m: EventMention, sent: Span) -> list[Span]:
        """``audiensi dengan A dan B``, ``audiensi LSM Pemilu``: who the event was held with."""
        doc = self.doc
        if m.end >= sent.end:
            return []
        k = m.end + 1 if doc[m.end].lower_ in W.demonstrative and m.end + 1 < sent.end else m.end
        if doc[k].lower_ in ("dengan", "bersama"):
            # "pertemuan tersebut dengan tokoh dunia seperti A, B dan C": the demonstrative
            # and a group noun before a list lead are no party of their own
            if k + 1 < sent.end and doc[k + 1].lower_ in W.topic:
                return []  # "diskusi dengan topik ...": a subject, not a party
            listed = self._group_list_start(k + 1, sent)
            return self._items(listed if listed is not None else k + 1, sent.end)
        if doc[m.end].lower_ == "antara":
            # "rapat kerja antara Badan Legislatif (Baleg) dengan pemerintah": both sides
            sep = next((j for j in range(m.end + 1, min(sent.end, m.end + 12)) if doc[j].lower_ == "dengan"), None)
            if sep is None:
                return self._items(m.end + 1, sent.end)
            return self._items(m.end + 1, sep) + self._items(sep + 1, sent.end)
        ent = self.ent[m.end]
        if ent is not None and ent.start == m.end and ent.label_ == "ORG" and m.end - m.start == 1:
            return [ent]
        if doc[m.end].lower_ == "ke" and doc[m.start].lower_ in W.party_noun and m.end + 1 < sent.end:
            # "melakukan audiensi ke Komisi XIII DPR RI": the body received them
            ent = self.ent[m.end + 1]
            if ent is not None and ent.start == m.end + 1 and ent.label_ == "ORG":
                return [ent]
        return []

    def _group_list_start(self, k: int, sent: Span) -> int | None:
        """Where the names start after a group noun and a list lead at ``k`` (``tokoh dunia
        seperti A, B``, ``politikus PKS seperti A, B``), or None."""
        doc = self.doc
        for j in range(k + 1, min(sent.end, k + 5)):
            end = list_lead_end(doc, j, sent.end, W.list_lead)
            if end > j:
                group = doc[k:j]
                if doc[k].is_lower and all(t.is_lower or self.ent[t.i] is not None for t in group):
                    return end
                return None
        return None

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
        if doc[sent.start].lower_ == "dari":
            return True  # "Dari PPIH, hadir A, B": the side the names come from
        return not any(self.ent[j] is not None and self.ent[j].label_ in ("PER", "ORG") for j in range(sent.start, pos))

    def _list_start(self, sent: Span) -> int | None:
        """Where the names start in a sentence that only lists them: ``Mereka adalah A, B``,
        ``Di antaranya (adalah) A, B``, ``Antara lain A, B`` (None for any other sentence)."""
        doc = self.doc
        k = sent.start
        lead = list_lead_end(doc, k, sent.end, W.list_lead)
        if doc[k].lower_ in W.list_subject:
            k += 1
            if k + 1 < sent.end and doc[k].lower_ == "yang" and doc[k + 1].lower_ in W.presence:
                k += 2  # "Mereka yang hadir ialah A, B"
        elif doc[k].lower_ in W.list_continuation and not any(is_verb(t) for t in doc[k + 1 : sent.end]):
            k += 1  # "Hadir dalam acara ini A, B. Kemudian C, D dan lainnya.": a list with no verb goes on
        elif lead > k:
            k = lead
        else:
            # "Sementara perwakilan dari BIG antara lain A, B": a noun phrase (no verb, no
            # name) before the lead says whose list it is
            for j in range(k + 1, min(sent.end, k + _LIST_HEAD)):
                t = doc[j - 1]
                if is_verb(t) or t.is_punct or self.ent[j - 1] is not None and self.ent[j - 1].label_ == "PER":
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
        if j - 1 >= start and doc[j].is_lower and doc[j].is_alpha and self.ent[j] is None and doc[j].lower_ != "kali" \
                and doc[j - 1].lower_ in W.plural | W.count and (j - 1 == start or doc[j - 2].lower_ in W.clause_opener):
            return []  # "ujar X ketika para negosiator bertemu", "Kedua tim bertemu": a group no name stands for
        # not the one spoken to ('"...," kata A kepada B saat menjalani uji kelayakan' -> A),
        # unless a relative clause makes it the subject ("kepada Agus yang mendampingi X")
        people = [
            e for e in self.sent_ents[si]
            if e.label_ == "PER" and start <= e.start and e.end <= cue.start
            and not (self._addressed(e) and doc[e.end].lower_ != "yang") and not self._possessor(e)
        ]
        if people:
            chosen = [people[-1]]
            listed = False  # "A, B, C, dan D": once "dan" closes a list, bare commas separate its names
            for left in reversed(people[:-1]):
                between = [t.lower_ for t in doc[left.end : chosen[0].start]]
                if not (listed and between == [","]) and not self._joined(left.end, chosen[0].start):
                    break
                listed = listed or any(w in ("dan", "serta") for w in between)
                chosen.insert(0, left)
            return chosen + self._joined_bodies(chosen[-1], cue.start, si)
        if any(sent.start <= j < cue.start and self._attribution_word(doc[j]) for j in (start - 1, start)):
            # '"...," kata Presiden di Istana saat bertemu X': the one the quotation was given to
            speaker = quoted_person(self.doc, self.numbers[si], cue.start)
            if speaker is not None:
                return [speaker]
        referent = self._referent(start, cue.start, si)
        if referent is not None:
            return [referent]
        pair = self._pair(start, cue.start, si)
        if pair:
            return pair
        orgs = [
            e for e in self.sent_ents[si]
            if e.label_ == "ORG" and start <= e.start and e.end <= cue.start and not self._in_parens(e) and (organiser or not self._in_role(e))
            and not (e.start > 0 and doc[e.start - 1].lower_ in ("di", "ke", "dari"))  # "direktorat di KPK": a place
        ]
        if orgs:
            # the nearest body and those coordinated with it ("KPU dan Bawaslu menggelar ...",
            # "Pemkot bersama DPRD menggelar", "ISI bekerja sama dengan MOI menggelar"), not
            # every body named before ("ISPPI menyesalkan sikap KPK yang menggelar ...")
            chosen = [orgs[-1]]
            for left in reversed(orgs[:-1]):
                between = self._outside_parens(left.end, chosen[0].start)
                if not between or any(w not in (",", "dan", "serta") and w not in W.partner for w in between):
                    break
                chosen.insert(0, left)
            return chosen
        if start == sent.start and self._refers_back(sent, cue.start):
            previous = self._previous_person(si)
            return [previous] if previous is not None else []
        return []

    def _joined_bodies(self, person: Span, end: int, si: int) -> list[Span]:
        """``Ibu Negara Iriana bersama (rombongan) OASE KK menghadiri ...``: a body coordinated
        with the subject person, between it and the cue, attends too."""
        bodies = [e for e in self.sent_ents[si] if e.label_ == "ORG" and person.end < e.start and e.end <= end]
        if not bodies:
            return []
        between = self._outside_parens(person.end, bodies[0].start)
        if not any(w in _JOINING for w in between) or any(w not in _JOINING and w not in _GROUP for w in between):
            return []
        return [bodies[0]]

    def _referent(self, start: int, end: int, si: int) -> Span | None:
        """A subject that names a person without a name (guidelines 3: arguments are given by
        name): a pronoun (``Ia menghadiri ...``, ``beliau``), a role phrase written before a
        name earlier (``Ketua KPU Sumsel memimpin ...``), or a role phrase pointing back
        (``Politikus PAN itu hadir ...``) -> the person meant."""
        words = self._subject_words(start, end)
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

    def _subject_words(self, start: int, end: int) -> list[Token]:
        """The words of a subject with no name between ``start`` and the cue at ``end``: from
        the clause's start (``Untuk diketahui, Kapolri juga melakukan ...``), without
        punctuation, openers, the adverbs before a cue and ``yang``."""
        start = clause_start(self.doc, self.ent, start, end)
        return [t for t in self.doc[start:end] if not t.is_punct and t.lower_ not in W.opener and t.lower_ not in W.before_cue and t.lower_ != "yang"]

    def _pair(self, start: int, end: int, si: int) -> list[Span]:
        """``Keduanya menghadiri sidang``: the two people last named together, in this sentence
        or the five before it (a quotation of several sentences may come between)."""
        words = self._subject_words(start, end)
        if len(words) != 1 or words[0].lower_ not in W.pair:
            return []
        start = words[0].i
        for sj in range(si, max(si - 6, -1), -1):
            people = [e for e in self.sent_ents[sj] if e.label_ == "PER" and e.end <= start]
            if len(people) < 2:
                continue
            # the nearest sentence naming two or more: its pair joined by "dan" ("A dan B"), or
            # its only two ("A dijadwalkan bertemu dengan B")
            pairs = [[a, b] for a, b in zip(people, people[1:]) if self._joined(a.end, b.start)]
            return pairs[-1] if pairs else people if len(people) == 2 else []
        return []

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
        """The body of a role phrase (``anggota BPK yang hadir``, ``Mantan Danjen Kopassus ini``:
        a title the lexicon does not know, closed by a demonstrative): the people attend, not the
        body (an organiser is kept: ``Ketua DPRD yang menggelar rapat`` -> the DPRD holds it)."""
        doc = self.doc
        if ent.start == 0:
            return False
        described = ent.end < len(doc) and doc[ent.end].lower_ in W.demonstrative and doc[ent.start - 1].is_title
        return doc[ent.start - 1].lower_ in self.role_words or described

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
        # not the one spoken to ("kata Nawawi kepada Desmond saat ..." -> Nawawi), nor one named
        # in the quotation ('"... ke Pak Jokowi ...," katanya usai ...' -> the speaker)
        quoted = self._quoted(sent)
        if pos in quoted:
            quoted = set()  # a cue inside the quotation: "Presiden X dalam Rapat Terbatas ..."
        people = [e for e in ents if e.label_ == "PER" and e.end <= pos and not self._addressed(e) and e.start not in quoted
                  and not self._possessor(e)]
        orgs = [e for e in ents if e.label_ == "ORG" and e.end <= pos and not self._in_parens(e)]
        if orgs and self._next_to(orgs[-1], pos) and (not people or people[-1].end < orgs[-1].start) and (
            orgs[-1].start > 0 and self.doc[orgs[-1].start - 1].lower_ == "oleh"
        ):
            return orgs[-1]  # "diketuk oleh MKMK dalam sidang ...", "disahkan oleh DPR pada rapat paripurna"
        if people:
            return people[-1]
        # '"...," katanya dalam acara X', 'ujar Menag usai acara X': the person the quotation
        # attributed here was given to
        speaker = quoted_person(self.doc, self.numbers[si], pos)
        if speaker is not None:
            return speaker
        if self._refers_back(sent, pos) or self._pronoun_attribution(sent, pos):
            return self._previous_person(si) or last_speaker(self.doc, self.numbers[si])
        after = [e for e in ents if e.label_ == "PER" and e.start >= pos]
        return after[0] if after else None

    def _possessor(self, ent: Span) -> bool:
        """``keris milik Presiden X``, ``anggota kabinet Jokowi``: the name says whose the thing
        or group is (an honorific or title may stand between)."""
        doc = self.doc
        k = ent.start - 1
        while k >= 0 and doc[k].is_title and doc[k].lower_ in self.role_words:
            k -= 1
        return k >= 0 and doc[k].is_lower and doc[k].lower_ in W.possessor_of

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
                elif ent.label_ == "ORG" and item_org is None and not paren and doc[k - 1].lower_ not in ("di", "ke"):
                    item_org = ent  # (not "hadir di PN Semarang": a body after "di" is the place)
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
            elif not paren and low == "yang" and k + 1 < end and doc[k + 1].lower_ in W.naming:
                k += 2  # "pengendara mobil yang bernama Tavipuddin": the one described is named next
                continue
            elif not paren and low == "yang" and k + 2 < end and doc[k + 1].lower_ == "terdiri" and doc[k + 2].lower_ in ("atas", "dari"):
                # "majelis yang terdiri atas Ketua X serta anggota Y": the members are the ones there
                k += 3
                restart(k)
                continue
            elif not paren and low in ("di", "pada", "untuk") and not item_people and (item_role or item_org is not None) and self._posted_at(k + 1, end):
                # "Sekretaris Utama Kedubes Indonesia di Phnom Penh Kamboja Noam Lazuardy",
                # "Direktur Jenderal Bina Desa pada Kementerian Dalam Negeri La Ode": the place or
                # body of a post, inside the title of the next name
                k += 1
                continue
            elif not paren and (is_verb(t) or low in W.item_stop and not t.is_title):  # not "Menteri Dalam Negeri"
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

    def _posted_at(self, k: int, end: int) -> bool:
        """Places or bodies from token ``k`` and a person right after them (``di Phnom Penh
        Kamboja Noam Lazuardy``, ``pada Kementerian Dalam Negeri La Ode``, ``untuk Italia Ibu
        Esti``): a post's place or body in a title, not where the list ends."""
        doc = self.doc
        j = k
        while j < end and self.ent[j] is not None and self.ent[j].label_ in ("LOC", "ORG") and self.ent[j].start == j:
            j = self.ent[j].end
        if j == k:
            return False
        # an honorific or rank before the name: "Duta Besar Indonesia untuk Italia Ibu Esti"
        titled = j
        while titled < min(end, j + 4) and self.ent[titled] is None and (doc[titled].is_title or doc[titled].text in "()"):
            titled += 1
        return titled < end and person_starts(self.ent, titled)

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
        self.events.resolve(ev)
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
