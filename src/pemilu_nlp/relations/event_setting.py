"""Where and when an event took place: one venue and one date per event, read from the
sentences about it (guidelines 3.2: ``location`` and ``date`` of an attendance record).

A venue is a place after ``di``/``ke`` (``di Kantor KPU``), a place whose first word names a
venue (``Gedung``, ``Hotel``: ``resources/venue_nouns.txt``), or the place right after a body
named as the venue (``di DPP Partai Golkar Jakarta Barat``); of several, the most specific (a
named venue before a city). The date is the first written date of the event's sentences, else
the article's first written day (news report the day's events).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Span

from ..entities.lexicon import countries, provinces, region_type_words
from . import dates
from .cues import RELATION_WORDS as W, ArticleView, terms

VENUES = "venue_nouns.txt"
_SETTING_WORDS = 8  # words of a "di" phrase before the comma that a place may follow


class EventSetting:
    """The venues and dates an article gives its events (dates matched per sentence on first use)."""

    def __init__(self, view: ArticleView) -> None:
        self.doc = view.doc
        self.ent = view.ent
        self.sents = view.sents
        self.sent_ents = view.sent_ents
        self.venue_words = terms(VENUES)
        self._dates: dict[int, list[Span]] = {}

    def event_date(self, sents: list[int], article: bool = True, said: Callable[[Span], bool] = lambda d: False) -> Span | None:
        """The date of the sentence that first names the event (``Sabtu``, ``kemarin``: the
        report's own words, not a later sentence's ``14 Februari 2024``); else the first dated
        phrase in the sentences about it (a written date before a relative one); else the
        article's first written day (news report the day's events). Never one a speaker ``said``."""
        # "hari ini" there gives way to the day written out elsewhere (below)
        first = [d for d in self.dates_in(min(sents)) if not said(d) and not d.text.lower().endswith(" ini")] if sents else []
        if first:
            return first[0]
        in_sents = [d for si in sorted(sents) for d in self.dates_in(si) if not said(d)]
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
                days = self.written_days(si)
                if days:
                    return days[0]
        return in_sents[0] if in_sents else None

    def written_days(self, si: int) -> list[Span]:
        """The date phrases of sentence ``si`` that write out a day (``Selasa (17/9)``,
        ``10 September 2019``: a day's number or a slash)."""
        return [d for d in self.dates_in(si) if any(t.like_num and len(t) <= 2 or "/" in t.text for t in d)]

    @cached_property
    def dated_venue(self) -> Span | None:
        """The article's first named venue given with a written day (``Airlangga tiba di iNews
        Tower, Selasa (10/9/2019)``): where the day's events took place, as the article's first
        written day is their date. Not from a sentence with a quotation (``"...," ujar X di
        ...``): where a speaker was quoted is read for the speaker's own event (attendance)."""
        for si, sent in enumerate(self.sents):
            if any(t.is_quote for t in sent) or not self.written_days(si):
                continue
            named = [v for v in self.venues(si) if self.is_venue(v)]
            if named:
                return named[0]
        return None

    def dates_in(self, si: int) -> list[Span]:
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

    def starts_with_venue(self, si: int) -> bool:
        words = [t.lower_ for t in self.sents[si][:2]]
        return words in (["bertempat", "di"], ["berlokasi", "di"], ["berlangsung", "di"])

    def venues(self, si: int) -> list[Span]:
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
            # (not what an inauguration opened: "peresmian Kantor IPFO di Kantor Kemenko IPK")
            if prev in ("di", "ke") or self.is_venue(ent) and prev not in W.subject_matter | W.inauguration \
                    or self._place_of_body(ent) or self._after_named_setting(ent, sent):
                out.append(ent)
        return out

    def _after_named_setting(self, ent: Span, sent: Span) -> bool:
        """``di acara Inamarine 2025, JIExpo Kemayoran``, ``di KTT G20, Hamburg``, ``di
        kantornya, Jakarta Pusat``: the place after a comma that closes a ``di`` phrase naming
        the event, a body or an unnamed venue places that setting."""
        doc = self.doc
        comma = ent.start - 1
        if doc[comma].text != ",":
            return False
        stop = max(sent.start, comma - _SETTING_WORDS - 1)
        for j in range(comma - 1, stop, -1):
            if doc[j].lower_ == "di":
                return j < comma - 1
            if doc[j].is_punct and doc[j].text not in "()&-/" or doc[j].lower_ in ("yang", "dan"):
                return False
        return False

    def _place_of_body(self, ent: Span) -> bool:
        """``di DPP Partai Golkar Jakarta Barat``: a body named as the venue is an ORG; the
        place right after it is the location (not after a comma: ``ke Pemkot Bogor, Jawa
        Barat`` names the body's province, less specific than the place itself)."""
        doc = self.doc
        k = ent.start - 1
        if k > 0 and doc[k].text == ")":
            # "di Universitas Gadjah Mada (UGM) Yogyakarta": the body's acronym in between
            k = next((j - 1 for j in range(k - 1, max(0, k - 6), -1) if doc[j].text == "("), -1)
        body = self.ent[k] if k >= 0 else None
        return body is not None and body.label_ == "ORG" and body.start > 0 and doc[body.start - 1].lower_ in ("di", "ke")

    def is_venue(self, span: Span) -> bool:
        words = span.text.lower().split()
        return words[0] in self.venue_words or " ".join(words[:2]) in self.venue_words

    def most_specific(self, candidates: list[Span]) -> Span | None:
        """The narrowest of the places, the first of those as narrow."""
        return min(candidates, key=self._breadth, default=None)

    def _breadth(self, place: Span) -> int:
        """0 a named venue (``Gedung ...``), 1 a town or any other place, 2 a province, 3 a
        state: ``di Indonesia ... di Sales Gallery Jakarta Garden City`` is held at the gallery."""
        if self.is_venue(place):
            return 0
        if self.is_country(place):
            return 3
        return 2 if self._name(place) in provinces() else 1

    def is_country(self, place: Span) -> bool:
        return self._name(place) in countries()

    @staticmethod
    def _name(place: Span) -> str:
        """The place's name without a region type word (``Kabupaten``, ``Negara``)."""
        return " ".join(t.lower_ for t in place if t.lower_ not in region_type_words())
