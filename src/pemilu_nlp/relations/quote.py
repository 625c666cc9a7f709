"""``quote`` records: who said what (annotation guidelines, section 3.3).

The component ``pemilu_quote`` reads sentences and PER/ORG entities and appends records

    {"type": "quote", "sentence": i, "speaker": <PER|ORG>, "content": <QUOTE>,
     "direct": bool, "cue": "<cue word>"}

Opinion and wish verbs (``berharap``, ``menilai``), which gold marks optional, are read
like speech verbs but give no output record unless the component is configured with
``attitude=True`` (then marked ``"attitude": true``); every record read, output or not,
is also kept in ``doc._.attributions`` for the components that resolve speakers.

Direct quotations are found first: double quotation marks are paired paragraph by
paragraph (a paragraph with an odd number of marks continues into the next one; a
paragraph left open is continued by the quotation that opens the next one), and a
quotation is speech only when an attribution stands right after it (``," ujarnya``,
``," kata Rifaid``, ``," Anies menambahkan``), right before it (``X mengatakan, "...``,
``Menurut X, "...``), or when it is a whole sentence that continues the previous
speaker's quotation. A quotation with none of these (a slogan, a title, a scare-quoted
word) is not speech. A quotation over several sentences is one record, in the sentence
of its attribution. Words inside quotation marks never act as cues: a quote inside a
quote, or a speech verb inside a quotation, gives nothing of its own.

Indirect speech is read from cue words outside quotations, in one pass over the tokens:

- ``<speaker> <speech verb> [,|:] [bahwa] <clause>`` (``Rifaid memastikan ...``)
- ``Menurut <speaker>, <clause>`` and ``Menurutnya, <clause>``
- ``<part>, kata <speaker>, <clause>`` and ``<clause>, kata <speaker>.``
- ``Dikatakan <speaker>, <clause>`` and ``diakuinya bahwa <clause>``

Passive attributions that point back (``Hal itu disampaikan X``) give no record (gold
marks them optional at most) but make X the current speaker.

Speakers written as pronouns, clitics, role phrases or short names are resolved by
:class:`~pemilu_nlp.relations.speakers.SpeakerContext` to the fullest name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import resources
from . import dates
from ..extensions import attributions
from .common import add_record, sentence_numbers, sentences, span_mention
from .cues import RELATION_WORDS as W, coordinated_before, held_for, holder_after_brackets, person_starts, terms
from .speakers import (
    ADDRESSEE_MARKERS,
    DEMONSTRATIVES,
    SPEAKER_LABELS,
    SpeakerContext,
    TokenView,
    member_roles,
    names_one_person,
    person_heads,
    pronouns,
    role_pairs,
)

# Double quotation marks are paired whatever their shape (writers mix " and ”); curly
# single marks only outside double ones. A straight apostrophe is part of names such as
# Asy'ari and never a quotation mark.
DOUBLE_MARKS = frozenset('"“”«»„‟″')
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
# dropped from the edges of a quoted content: the closing punctuation of ``...," ujarnya``
_TRIM = frozenset(" \t\n\r,.;:!?…-–—") | DOUBLE_MARKS
# words that introduce the reported clause after a speech verb
COMPLEMENTISERS = frozenset({"bahwa", "jika", "kalau", "apabila"})
COORDINATORS = frozenset({"dan", "serta"})
MENURUT = frozenset({"menurut", "menurutnya"})
# how far (tokens) a speaker phrase or a complementiser may be from its cue
_WINDOW = 12
# a speaker's title after an inverted verb can be long ("kata Deputi Bidang Protokol, Pers dan
# Media (PPM) Sekretariat Presiden Bey Machmudin"); the phrase reader stops at the first
# lower-case word that is no role anyway
_TITLE_WINDOW = 20
_COMPLEMENTISER_WINDOW = 8
# punctuation that ends the words right after a verb (a hyphen or bracket may be inside a name)
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", '"', "“", "”"})
_SCARE_WORDS = 4  # at most this many words in marks read as a marked phrase, not a quotation
_COMMA = frozenset({","})  # what opens a description set off by commas
_APPOSITION_WORDS = 6  # at most this many lower-case words describe a speaker between commas


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech: frozenset[str]  # mengatakan, menegaskan, ...
    clause_only: frozenset[str]  # speech verbs with a non-speech sense: need a marked clause
    predicates: frozenset[str]  # merupakan, akan, ...: a clause follows a clause-only verb
    attitude: frozenset[str]  # berharap, menilai, ...
    stems: frozenset[str]  # kata, ujar, ... (inverted order; also with -nya)
    passive: frozenset[str]  # disampaikan, diakuinya, ...
    modifiers: frozenset[str]  # juga, pun, ... (between a speaker and the verb)
    adjuncts: frozenset[str]  # di, saat, ... (the circumstances after "kata X")
    connectives: frozenset[str]  # namun, saat, ... (a short lead before "kata X" that is no statement)
    accounts: frozenset[str]  # penuturan, pernyataan, ... ("Menurut penuturan X", "pernyataan itu")
    triggers: frozenset[str]  # every word that can start a cue: one set lookup per token

    def stem(self, word: str) -> tuple[str, bool] | None:
        """``(stem, clitic)`` when ``word`` is an inverted attribution verb (``kata``, ``ujarnya``)."""
        if word in self.stems:
            return word, False
        if word.endswith("nya") and word[:-3] in self.stems:
            return word[:-3], True
        return None

    def is_verb(self, word: str) -> bool:
        return word in self.speech or word in self.attitude or self.stem(word) is not None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in resources.lines(name))

    speech, attitude = words("speech_verbs.txt"), words("attitude_verbs.txt")
    stems, passive = words("attribution_verbs.txt"), words("passive_speech_verbs.txt")
    return Lexicon(
        speech=speech,
        clause_only=words("clause_speech_verbs.txt"),
        predicates=words("clause_predicates.txt"),
        attitude=attitude,
        stems=stems,
        passive=passive,
        modifiers=words("cue_modifiers.txt"),
        adjuncts=words("attribution_adjuncts.txt"),
        connectives=words("statement_connectives.txt"),
        accounts=words("account_nouns.txt"),
        triggers=speech | attitude | passive | stems | {s + "nya" for s in stems} | MENURUT,
    )


@dataclass(slots=True)
class Quotation:
    """Quoted words between the marks at tokens ``open`` and ``close``.

    ``close`` is None for a quotation left open at the end of its paragraph; ``end`` is
    the token after the quoted words (the closing mark, or the paragraph end).
    """

    open: int
    close: int | None
    end: int
    attributed: bool = False


class QuoteExtractor:
    """spaCy component: append ``quote`` records to ``doc._.relations``."""

    def __init__(self, nlp: Language, name: str = "pemilu_quote", *, attitude: bool = False) -> None:
        self.name = name
        self.attitude = attitude
        # load the lexicons now rather than on the first document
        self.lexicon = lexicon()
        person_heads()
        pronouns()
        member_roles()

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            _Reader(doc, self.lexicon, self.attitude).run()
        return doc


@Language.factory("pemilu_quote", default_config={"attitude": False})
def make_quote(nlp: Language, name: str, attitude: bool) -> QuoteExtractor:
    """Quote extraction (guidelines 3.3). ``attitude``: also output the records of attitude
    verbs (``berharap``, ``menilai``), marked ``"attitude": true``; gold makes them optional,
    and annotators leave many out, so by default they are only read, never output."""
    return QuoteExtractor(nlp, name, attitude=attitude)


class _Reader:
    """One document, read once from left to right."""

    def __init__(self, doc: Doc, lex: Lexicon, output_attitude: bool) -> None:
        self.doc = doc
        self.lex = lex
        self.output_attitude = output_attitude
        t = self.t = TokenView(doc)
        n = len(t.word)
        self.boiler = [False] * n
        for span in doc.spans.get("boilerplate", []):
            for i in range(span.start, span.end):
                self.boiler[i] = True
        self.ctx = SpeakerContext(doc, t, self.boiler)
        self.ent_at = self.ctx.ent_at
        # sentence of each token, numbered as in the output document (common.sentence_numbers)
        self.sent_of = [0] * n
        all_sents = sentences(doc)
        numbers = sentence_numbers(all_sents)
        for sent, index in zip(all_sents, numbers):
            t.sent_start[sent.start] = True
            for i in range(sent.start, sent.end):
                self.sent_of[i] = index
        # the counted sentences, so that self.sents[self.sent_of[i]] is token i's sentence
        self.sents: list[Span] = [s for s in all_sents if any(not tok.is_space for tok in s)]
        self.para = _paragraphs(t)
        self.in_quote = [False] * n
        self.quote_at_open: dict[int, Quotation] = {}
        self.quote_at_close: dict[int, Quotation] = {}
        # a quotation left open at the end of its paragraph, by paragraph: the next paragraph's
        # quotation continues it (one record for the whole quotation)
        self.unclosed: dict[int, Quotation] = {}
        for q in _quotations(t, self.para):
            self.quote_at_open[q.open] = q
            if q.close is not None:
                self.quote_at_close[q.close] = q
            else:
                self.unclosed[self.para[q.open]] = q
            for i in range(q.open + 1, q.end):
                self.in_quote[i] = True
        self.attribution: set[int] = set()  # tokens already used as the attribution of a quotation
        self.last_direct: tuple[Span, int] | None = None  # (speaker, paragraph) of the last direct record
        self.verb_subject: tuple[Span, int] | None = None  # (speaker, sentence start) of the last speech verb
        self.emitted_in = -1  # start token of the last sentence that gave a record
        self.reported_end = -1  # end (character) of the latest indirect content: no speech is read inside it

    # -- main loop ---------------------------------------------------------------------

    def run(self) -> None:
        t, lex = self.t, self.lex
        low, closes, triggers, in_quote = t.low, self.quote_at_close, lex.triggers, self.in_quote
        for sent in self.sents:
            if self.boiler[sent.start]:
                continue
            for i in range(sent.start, sent.end):
                q = closes.get(i)
                if q is not None:
                    if not in_quote[i]:
                        self._after_quote(q)
                    continue
                word = low[i]
                if word not in triggers or in_quote[i] or i in self.attribution:
                    continue
                if t.idx[i] < self.reported_end:
                    continue  # "Menurut dia, Firli sudah menjelaskan ...": speech reported inside reported speech
                if word in lex.speech or word in lex.attitude:
                    self._speech_verb(i, sent, attitude=word not in lex.speech)
                elif word in MENURUT:
                    self._menurut(i, sent)
                elif word in lex.passive:
                    self._passive(i, sent)
                elif (stem := lex.stem(word)) is not None and (
                    i > sent.start and t.word[i - 1] == "," or self._opening_attribution(i, sent)
                    or self._named_then_comma(i, sent, clitic=stem[1]) or self._inside_clause(i, sent, stem)
                ):
                    self._parenthetical(i, sent)
            self._read_subject(sent)

    def _named_then_comma(self, i: int, sent: Span, *, clitic: bool) -> bool:
        """``Pada saat pertemuan tersebut ujar Fikri, mereka meminta ...``: an attribution set
        off by the comma after the speaker's name only (no comma before the verb)."""
        if clitic:
            # "... peran Zulkifli Hasan lanjutnya, lebih seperti dalang ...": the clitic names the speaker
            return i > sent.start and i + 2 < sent.end and self.t.word[i + 1] == ","
        if i + 1 >= sent.end or not person_starts(self.ent_at, i + 1):
            return False
        ent = self.ent_at[i + 1]
        return ent.end < sent.end - 1 and self.t.word[ent.end] == ","

    def _inside_clause(self, i: int, sent: Span, stem: tuple[str, bool]) -> bool:
        """``Hal tersebut kata Syarif juga tidak berdasar pada hukum``, ``Berita bohong lanjutnya
        justru dapat ...``: an attribution inside the clause it reports, with no comma: two
        words of the statement before it, and after the speaker the rest of the clause (three
        words or more, not the circumstances of the attribution)."""
        t = self.t
        word, clitic = stem
        if word not in W.inline_cue or i - self._first_word(sent) < 2 or not t.word[i - 1].isalpha():
            return False
        if clitic:
            if word == "kata":
                return False  # "lokasi yang katanya dihibahkan warga": "reportedly", hearsay
            after = i + 1
        elif i + 1 < sent.end and t.low[i + 1] in pronouns():
            after = i + 2
        elif person_starts(self.ent_at, i + 1):
            after = self.ent_at[i + 1].end
        else:
            return False
        if any(self.in_quote[j] or j in self.quote_at_open for j in range(sent.start, sent.end)):
            return False
        rest = [j for j in range(after, sent.end) if t.word[j].isalpha()]
        return len(rest) >= 3 and t.word[after].islower() and t.low[after] not in self.lex.adjuncts

    # -- direct quotations -------------------------------------------------------------

    def _after_cue(self, q: Quotation) -> tuple[int, str] | None:
        """The attribution right after a quotation: (token, kind), kind in stem/clitic/entity/pronoun."""
        t, lex = self.t, self.lex
        n = len(t.word)
        assert q.close is not None
        j = q.close + 1
        while j < n and t.word[j] in (",", "-", "–"):
            j += 1
        if j >= n or self.para[j] != self.para[q.close]:
            return None
        if t.low[j] in W.attribution_lead and j + 1 < n:
            # '"...," demikian Andi Amran.': the closing formula names the speaker after it
            ent = self.ent_at[j + 1]
            if ent is not None and ent.start == j + 1 and ent.label_ in SPEAKER_LABELS:
                return j + 1, "entity"
            j += 1
        stem = lex.stem(t.low[j])
        if stem is not None:
            return j, "clitic" if stem[1] else "stem"
        if t.low[j] in pronouns() and j + 1 < n and lex.is_verb(t.low[j + 1]):  # '," ia menambahkan'
            return j + 1, "pronoun"
        ent = self.ent_at[j]
        if ent is not None and ent.start == j and ent.label_ in SPEAKER_LABELS:
            # '," Anies menambahkan.' and '," Presly.' (not '"Pemilu Damai" KPU Sukamaju, ...')
            k = self._skip_modifiers(ent.end)
            if k >= n or lex.is_verb(t.low[k]) or t.word[k] in (".", "!", "?") or "\n" in t.word[k]:
                return j, "entity"
        return None

    def _after_quote(self, q: Quotation) -> None:
        if q.attributed or self._named_title(q):
            return
        cue = self._after_cue(q)
        speaker: Span | None = None
        cue_word = ""
        at = q.close if q.close is not None else q.end - 1
        if cue is not None:
            at, kind = cue
            cue_word = self.t.word[at]
            last = at
            if kind in ("clitic", "pronoun"):
                speaker = self.ctx.resolve(q.open, tuple(self.t.low[q.open + 1 : q.close]))
            elif kind == "stem":
                speaker = self._speaker_after(at + 1, q.open)
            else:
                speaker = self.ent_at[at]
                assert speaker is not None
                last = self._skip_modifiers(speaker.end)
                verb = last < len(self.t.word) and self.lex.is_verb(self.t.low[last])
                cue_word = self.t.word[last] if verb else ""
            if speaker is not None:
                self.attribution.update(range(at, last + 1))
        elif self._continues_speaker(q):
            assert self.last_direct is not None
            speaker = self.last_direct[0]
        if speaker is not None:
            self._emit_direct(q, speaker, at, cue_word)

    def _named_title(self, q: Quotation) -> bool:
        """A few words in marks right after a word of the sentence: a title or a marked phrase
        (``konser 'Not Dead Yet,' Collins memastikan ...``), not a quotation attributed after it."""
        t = self.t
        if q.close is None or q.open == 0 or t.sent_start[q.open] or not t.word[q.open - 1].isalnum():
            return False
        if not t.text[t.idx[q.open] - 1].isspace():
            return False  # glued to the word before: a sentence run into the one before it
        return sum(1 for i in range(q.open + 1, q.close) if t.word[i].isalpha()) <= _SCARE_WORDS

    def _continues_speaker(self, q: Quotation) -> bool:
        """A whole-sentence double quotation with no attribution, in the paragraph of the
        previous direct quotation or the next one: the same speaker goes on talking."""
        t = self.t
        if self.last_direct is None or q.close is None or t.word[q.open] not in DOUBLE_MARKS:
            return False
        if not t.sent_start[q.open]:
            return False
        k = q.close + 1
        while k < len(t.word) and self.para[k] == self.para[q.close] and (t.is_punct(k) or t.is_space(k)):
            k += 1
        if k < len(t.word) and self.para[k] == self.para[q.close]:
            return False
        words = sum(1 for i in range(q.open + 1, q.close) if t.word[i].isalpha())
        return words >= 3 and self.para[q.open] - self.last_direct[1] <= 1

    def _emit_direct(self, q: Quotation, speaker: Span, at: int, cue: str) -> None:
        t = self.t
        last = q.close - 1 if q.close is not None else q.end - 1
        if last <= q.open:
            return
        first = q
        while (
            (first.open == 0 or "\n" in t.word[first.open - 1])
            and (prev := self.unclosed.get(self.para[first.open] - 1)) is not None
            and not prev.attributed
            and prev is not first
        ):
            prev.attributed = True
            first = prev
        start, end = _trim(t.text, t.end(first.open), t.end(last))
        if end <= start:
            return
        q.attributed = True
        self._emit(speaker, start, end, at, direct=True, cue=cue)
        self.last_direct = (speaker, self.para[last])

    # -- indirect speech ---------------------------------------------------------------

    def _speech_verb(self, v: int, sent: Span, *, attitude: bool) -> None:
        speaker = self._speaker_before(v, sent, coordinated=not attitude)
        if speaker is None:
            return
        self.verb_subject = (speaker, sent.start)
        if self._withheld(v):
            return  # "Anshor tak menjelaskan lebih detail rencana itu": nothing was said
        start = self._content_start(v + 1, sent)
        if start is None:
            return
        if start == v + 1 and self._said_before(start, sent):
            return  # "Prabowo menyampaikan pernyataan itu dalam sambutannya ...": told where, not what
        if self.t.low[v] in self.lex.clause_only and start == v + 1 and start not in self.quote_at_open \
                and not (speaker.label_ == "PER" and self._clause_at(start, sent)):
            return  # "Fujifilm telah menambahkan Mode Terang": to add, not to say
        # "Nurdin Halid dan Idrus Marham menegaskan ...": each of the names coordinated says it
        named_here = speaker.label_ == "PER" and sent.start <= speaker.start and speaker.end <= v
        for person in coordinated_before(self.doc, self.ent_at, speaker, sent.start, closed=True) if named_here else [speaker]:
            self._report(person, start, sent, v, attitude=attitude)

    def _withheld(self, v: int) -> bool:
        """A negated speech verb (``tak menjelaskan``, ``belum mau menyebutkan``) reports that
        nothing was said; a negated denial (``tak membantah``) still states something."""
        t = self.t
        if t.low[v] in W.denial:
            return False
        k = v - 1
        if k >= 0 and t.low[k] in W.willing:
            k -= 1
        return k >= 0 and t.low[k] in W.speech_negation

    def _said_before(self, start: int, sent: Span) -> bool:
        """The object points back to words already reported and only an adverbial follows
        (``pernyataan itu dalam sambutannya``, ``hal itu saat menghadiri ...``), or names the
        speech itself and where it was given (``menyampaikan sambutan di acara ...``,
        ``keterangan pers di Jakarta``): told where, not what."""
        t = self.t
        if start + 2 < sent.end and t.low[start] in self.lex.accounts \
                and t.low[start + 1] in DEMONSTRATIVES and t.low[start + 2] in W.adverbial_head:
            return True
        if t.low[start] not in W.speech_occasion:
            return False
        j = start + 1
        if j < sent.end and t.word[j].islower() and t.low[j] not in W.adverbial_head:
            j += 1  # "keterangan pers di ...", "sambutan singkat dalam ..."
        return j < sent.end and t.low[j] in W.adverbial_head

    def _clause_at(self, start: int, sent: Span) -> bool:
        """A clause starts at ``start``: a predicate word within a few words, before any
        punctuation (``menambahkan Expo 2019 merupakan ...``, not ``menambahkan anggaran``), or
        a preposed adverbial clause closed by a comma."""
        t = self.t
        if t.low[start] in W.preposed:
            # "menambahkan akibat angin kencang, sejumlah fasilitas rusak berat": a preposed
            # adverbial clause, closed by a comma, opens a reported one
            comma = next((k for k in range(start + 1, min(sent.end, start + 12)) if t.word[k] in _CLAUSE_BREAKS), None)
            return comma is not None and t.word[comma] == "," and comma + 3 < sent.end
        for k in range(start + 1, min(sent.end, start + 8)):
            if t.low[k] in self.lex.predicates:
                return True
            if t.word[k] in _CLAUSE_BREAKS:
                return False
        return False

    def _menurut(self, i: int, sent: Span) -> None:
        t = self.t
        if t.low[i] == "menurutnya":
            speaker, start = self.ctx.resolve(i), i + 1
        else:
            first = i + 2 if i + 1 < sent.end and t.low[i + 1] in self.lex.accounts else i + 1  # "Menurut penuturan X"
            limit = min(sent.end, first + _WINDOW)
            comma = next((k for k in range(first, limit) if t.word[k] == ","), None)
            titled = comma is not None and not any(e is not None and e.label_ == "PER" for e in self.ent_at[first:comma])
            named = self._apposed_name(comma, sent) if titled else None
            if named is not None:
                # "Menurut Ketua Mahkamah Agung, Hatta Ali, <clause>": the name after the title
                speaker, after, comma = named, named.end, named.end
            else:
                speaker, after = self._speaker_phrase(first, comma if comma is not None else limit, i)
            # "Menurut X, <clause>"; without the comma ("menurut Eneng berbagai tema ..., yang")
            # the clause starts right after the name
            start = comma + 1 if comma is not None and after >= comma else after
        if speaker is None:
            return
        while start < sent.end and t.word[start] in (",", ":"):
            start += 1
        parenthetical = i > 0 and t.word[i - 1] == "," and start < sent.end and start not in self.quote_at_open
        lead = self._statement_lead(i, sent, clause_leads=True) if parenthetical else None
        if lead is not None:
            # "Korupsi, menurut dia, menggerogoti APBN": the attribution inside the statement;
            # "Karya itu terjual 294 ribu euro, menurut Artcurial.": the statement before it
            end = self._last_word(sent) + 1 if start <= self._last_word(sent) else i - 1
            self._emit_words(speaker, lead, end, i)
            return
        self._report(speaker, start, sent, i, attitude=False)

    def _opening_attribution(self, i: int, sent: Span) -> bool:
        """``Kata dia, <clause>``, ``Katanya, <clause>``, ``Kata Baidowi, <clause>``: an inverted
        cue with a pronoun or a name opens the sentence (not ``Kata "X" berarti ...``)."""
        t = self.t
        if i != self._first_word(sent):
            return False
        if t.low[i].endswith("nya"):
            k = i + 1
        elif i + 1 < sent.end and t.low[i + 1] in pronouns():
            k = i + 2
        else:
            ent = self.ent_at[i + 1] if i + 1 < sent.end else None
            if ent is None or ent.start != i + 1 or ent.label_ != "PER":
                return False
            k = ent.end
        return k < sent.end and t.word[k] == ","

    def _apposed_name(self, comma: int, sent: Span) -> Span | None:
        """A person's name set off by commas right after ``comma`` (``, Hatta Ali,``)."""
        ent = self.ent_at[comma + 1] if comma + 1 < sent.end else None
        if ent is None or ent.label_ != "PER" or ent.start != comma + 1 or ent.end >= sent.end:
            return None
        return ent if self.t.word[ent.end] == "," else None

    def _parenthetical(self, i: int, sent: Span) -> None:
        """``A, kata X, B.`` (content B) and ``A, kata X.`` (content A)."""
        speaker, after = self._inverted_speaker(i, sent)
        if speaker is None:
            return
        first = self._first_word(sent)
        k = self._clause_after(i, after, sent)
        if k is not None:
            lead = self._statement_lead(i, sent)
            if lead is not None:
                self._emit_words(speaker, lead, self._last_word(sent) + 1, i)
                return
            # "Saat ini, kata dia, <clause>." and "Pembukaan blokir, kata Purbaya juga <clause>."
            self._report(speaker, k, sent, i, attitude=False)
            return
        # sentence-final attribution: the content is what comes before ", kata X"
        end = i - 1  # the comma before the cue
        if end - first >= 2 and not any(self.in_quote[j] for j in range(first, end)):
            self._emit_words(speaker, first, end, i)

    def _statement_lead(self, i: int, sent: Span, *, clause_leads: bool = False) -> int | None:
        """Where the statement starts when an attribution at ``i`` is set off by commas inside
        it (``Pertemuan-pertemuan tersebut, kata Ketua MPR, bisa disebut ...``, ``Korupsi,
        menurut dia, menggerogoti APBN``): the sentence's first word, when the words before the
        attribution are the statement's own beginning; None after a short connective (``Saat
        ini, kata dia, ...``; with ``clause_leads``, a whole clause a connective opens: ``Meski
        produksi naik, menurutnya ...``) or inside a quotation."""
        t = self.t
        first = self._first_word(sent)
        lead = [j for j in range(first, i - 1) if t.word[j][:1].isalnum()]
        connective = (len(lead) <= 4 or clause_leads) and bool(lead) and t.low[lead[0]] in self.lex.connectives
        if lead and not connective and not any(self.in_quote[j] for j in range(first, i)):
            return first
        return None

    def _emit_words(self, speaker: Span, start: int, end: int, cue: int, *, attitude: bool = False) -> None:
        """An indirect record whose content is tokens [start, end), trimmed."""
        t = self.t
        s, e = _trim(t.text, t.idx[start], t.end(end - 1))
        if e > s:
            self._emit(speaker, s, e, cue, direct=False, cue=t.word[cue], attitude=attitude)

    def _inverted_speaker(self, i: int, sent: Span) -> tuple[Span | None, int]:
        """The speaker after an inverted cue at ``i`` (``kata X``, ``Dikatakan X``, ``katanya``),
        and the token after the speaker phrase (its closing comma when there is one)."""
        t = self.t
        if t.low[i].endswith("nya"):
            return self.ctx.resolve(i), i + 1
        first = self._agent_start(i, sent)
        limit = min(sent.end, first + _WINDOW)
        comma = next((k for k in range(first, limit) if t.word[k] == ","), None)
        speaker, after = self._speaker_phrase(first, comma if comma is not None else limit, i)
        if comma is not None and speaker is not None:
            after = comma
        return speaker, after

    def _agent_start(self, i: int, sent: Span) -> int:
        """Where the speaker named after the cue at ``i`` starts, past ``oleh`` (``Ditambahkan
        oleh X``, ``disampaikan oleh Menhub``)."""
        return i + 2 if i + 1 < sent.end and self.t.low[i + 1] == "oleh" else i + 1

    def _clause_after(self, cue: int, after: int, sent: Span) -> int | None:
        """Where reported words start after an inverted attribution, or None when only its
        circumstances follow (``kata X di Jakarta, Jumat``). An attribution that opens the
        sentence is followed by what it reports, adjuncts first or not (``Lanjut Fikri, pada
        saat itu, ...``)."""
        t = self.t
        k = after
        while k < sent.end and t.word[k] == ",":
            k += 1
        opening = cue == self._first_word(sent)
        if k < self._last_word(sent) and (opening or t.low[k] not in self.lex.adjuncts and t.low[k] not in dates.weekdays()):
            return k
        return None

    def _passive(self, i: int, sent: Span) -> None:
        """``Hal itu disampaikan X``: no record (gold: optional at most), but X is speaking now.

        The verb reports the words that follow it, like an active speech verb, when it opens
        the sentence (``Dikatakan X, ...``) or has its agent as a clitic and a complementiser
        (``diakuinya bahwa ...``).
        """
        t = self.t
        first = self._first_word(sent)
        # "Padahal diakui X, <clause>", "Namun, dijelaskan X, <clause>": after a connective too
        if i == first or i - first <= 2 and t.low[first] in self.lex.connectives \
                and all(t.word[j] == "," for j in range(first + 1, i)):
            # "Dikatakan Kapolres X, <clause>" and "Ditambahkannya, <clause>": words that follow
            speaker, after = self._inverted_speaker(i, sent)
            k = self._clause_after(i, after, sent) if speaker is not None else None
            if speaker is not None and k is not None:
                self._report(speaker, k, sent, i, attitude=False)
            return
        if t.low[i].endswith("nya"):
            start = self._content_start(i + 1, sent)
            # "diakuinya bahwa ...", and set off by commas: "Selain itu, dikemukakannya, ..."
            set_off = t.word[i - 1] == "," and i + 1 < sent.end and t.word[i + 1] == ","
            if start is not None and start > i + 1 and (t.low[start - 1] in COMPLEMENTISERS or set_off):
                speaker = self.ctx.resolve(i)
                if speaker is not None:
                    self._report(speaker, start, sent, i, attitude=False)
            return
        first = self._agent_start(i, sent)
        speaker, after = self._speaker_phrase(first, min(sent.end, i + _WINDOW), i)
        if speaker is not None and after < sent.end and t.word[first] != ",":
            # "disampaikan oleh Menhub, bahwa <clause>", and set off by commas before the words
            # it reports: "Sebab, diakui Mahfud, <clause>", "X, sebagaimana dikatakan Y, <clause>"
            start = self._content_start(after, sent)
            clause = start is not None and t.low[start - 1] in COMPLEMENTISERS \
                and all(t.word[j] == "," for j in range(after, start - 1))
            lead = i - 1 if t.low[i - 1] in W.as_said else i
            set_off = t.word[lead - 1] == "," and t.word[after] == ","
            if start is not None and (clause or set_off):
                self._report(speaker, start, sent, i, attitude=False)
                return
        if speaker is None and i > sent.start and t.low[i - 1] in pronouns():  # "Hal itu dia sampaikan"
            speaker = self.ctx.resolve(i)
        if speaker is not None and speaker.label_ == "PER":
            self.ctx.said(self.ctx.canonical(speaker), i)

    def _content_start(self, k: int, sent: Span) -> int | None:
        """Where the reported clause starts after a verb: past ``,``/``:`` and a complementiser
        (``menyampaikan kepada wartawan bahwa ...``), or past the one addressed to a quotation."""
        t = self.t
        marked = k < sent.end and t.word[k] in (",", ":")
        while k < sent.end and t.word[k] in (",", ":"):
            k += 1
        for j in range(k, min(sent.end, k + _COMPLEMENTISER_WINDOW)):
            # "jika"/"kalau" later in a clause a comma already opened is a condition inside
            # it ("menegaskan, Polri siap ... jika Ahok mengajukannya"), no complementiser
            if t.low[j] == "bahwa" or t.low[j] in COMPLEMENTISERS and (j == k or not marked):
                k = j + 1
                break
            if j in self.quote_at_open and t.low[k] in ADDRESSEE_MARKERS and t.word[j - 1] in (",", ":"):
                k = j  # 'menyatakan kepada majelis hakim, "Kita akan banding."': the quotation
                break
            if j in self.quote_at_open or t.word[j] in (".", ";"):
                break
        while k < sent.end and t.word[k] in (",", ":"):
            k += 1
        return k if k < sent.end else None

    def _report(self, speaker: Span, start: int, sent: Span, cue: int, *, attitude: bool) -> None:
        """A record for what ``speaker`` says from token ``start``: the quotation that opens
        there (``X mengatakan, "..."``), or the reported clause up to the sentence end."""
        q = self.quote_at_open.get(start)
        if q is not None:
            # direct, unless the quotation names its own speaker after it
            if not q.attributed and (q.close is None or self._after_cue(q) is None):
                self._emit_direct(q, speaker, cue, self.t.word[cue])
            return
        t = self.t
        end = self._last_word(sent) + 1
        # stop before a quotation, a second speech verb joined by "dan", or an inverted attribution
        k = start
        while k < end:
            q = self.quote_at_open.get(k)
            if q is not None and k > start and (self._scare_quotes(q, end) or self._quoted_ending(q, end)):
                # 'bahwa pembicaraan damai "mati" setelah ...': a word marked, not a quotation;
                # 'bahwa larangan itu "berakar pada ..."': the clause ends in the speaker's words
                k = q.end + 1
                continue
            if q is not None or self.in_quote[k]:
                end = k
                break
            if k > start + 1 and t.low[k - 1] in COORDINATORS and t.low[k] in self.lex.speech:
                end = k - 1
                break
            if k > start + 1 and t.word[k - 1] == "," and self.lex.stem(t.low[k]) is not None:
                end = k - 1
                break
            k += 1
        if end - start >= 2:
            self._emit_words(speaker, start, end, cue, attitude=attitude)

    def _scare_quotes(self, q: Quotation, end: int) -> bool:
        """A few words in quotation marks inside a reported clause (``"mungkin bukan"``), closed
        before the clause ends and attributed to no one: part of the clause."""
        return q.close is not None and q.close < end and q.close - q.open <= _SCARE_WORDS + 1 and not q.attributed

    def _quoted_ending(self, q: Quotation, end: int) -> bool:
        """A quotation opened inside a reported clause, right after one of its words, and closed
        where the clause ends, attributed to no one: the clause goes on in the speaker's words
        (guidelines 3.3: indirect speech, the reported clause)."""
        return q.close is not None and q.close + 1 >= end and not q.attributed and self.t.word[q.open - 1].isalnum()

    # -- speakers ----------------------------------------------------------------------

    def _speaker_before(self, v: int, sent: Span, *, coordinated: bool = True) -> Span | None:
        """The subject of the speech verb at ``v``: an entity, pronoun, role phrase or anaphor.

        ``coordinated``: a verb after ``dan``/``serta`` takes the subject of the sentence's
        previous speech verb (``X menegaskan bahwa A dan menyebut B``).
        """
        t, lex, ent_at = self.t, self.lex, self.ent_at
        opening = next((e for e in ent_at[sent.start : min(v, sent.start + 4)] if e is not None), None)
        if opening is not None and opening.label_ == "PER" and opening.end < v - 1 and t.low[opening.end] == "yang" \
                and t.word[v - 1] == "," and not any(t.low[j] in lex.speech for j in range(opening.end, v)):
            # "Ratu Maxima yang diterima Presiden Joko Widodo ... di Istana Merdeka, Selasa,
            # mengatakan ...": the relative clause describes the subject the sentence opens with
            return opening
        k = v - 1
        while k >= sent.start:
            ent = ent_at[k]
            if ent is not None and ent.label_ not in SPEAKER_LABELS:
                # a place or date adjunct between subject and verb: "X di Serang, Kamis mengatakan"
                k = ent.start - 1
                if k >= sent.start and t.low[k] in ("di", "pada"):
                    k -= 1
                continue
            word = t.low[k]
            if word in lex.modifiers or word in ("(", ")", ",") or word in dates.weekdays() or word[:1].isdigit() or t.is_space(k):
                k -= 1
                continue
            if word == "itu" and k > sent.start and t.low[k - 1] == "sementara":  # "X, sementara itu mengatakan"
                k -= 2
                continue
            if word in W.press:  # "X kepada wartawan di Singkil, Sabtu menyatakan": the audience
                j = k - 1 if k - 1 >= sent.start and t.low[k - 1] == "awak" else k
                if j - 1 >= sent.start and t.low[j - 1] in ADDRESSEE_MARKERS:
                    k = j - 2
                    continue
            break
        if k < sent.start:
            return None
        ent = ent_at[k]
        if ent is not None and ent.start > sent.start and t.low[ent.start - 1] in ADDRESSEE_MARKERS:
            # "Netanyahu berterima kasih kepada Trump, menyatakan ...": the one addressed is no
            # subject; the sentence's first name before it is
            subject = next((e for e in ent_at[sent.start : ent.start] if e is not None and e.label_ in SPEAKER_LABELS), None)
            if subject is not None:
                return subject
        if ent is not None:
            accompanied = self._accompanied(ent, sent)
            if accompanied is not None:
                return accompanied  # "Menteri Siti didampingi Dirjen X mengatakan": Siti speaks
            if any(t.word[j] == "," for j in range(ent.end, v)):
                # the entity closes a relative clause: "X, yang juga kader Partai Y, mengimbau" -> X
                head = self._clause_head(ent.start, sent)
                if head is not None:
                    return head
            if ent.label_ == "ORG":
                person = self._apposed_to(ent.start, sent)
                if person is not None:
                    return person  # "Don McGuire, VP Product Marketing Qualcomm Technologies(,) memastikan"
            if ent.label_ == "ORG":
                person = self._role_of(ent.start, sent, v)  # "Kepala BPBD Kota Palu memaparkan"
                if person is None and self._headed_by_person(ent, sent):
                    person = self.ctx.resolve(v)  # "politikus Partai Golkar mengaku": the person spoken of
                if person is None:
                    person = self._described_by(ent, sent)  # "Rommi Irawan selaku perwakilan BPJS mengutarakan"
                if person is not None:
                    return person
            return ent
        word = t.low[k]
        if word in pronouns():
            return self.ctx.resolve(v)
        if coordinated and word in COORDINATORS and self.verb_subject is not None and self.verb_subject[1] == sent.start:
            return self.verb_subject[0]
        if word == "yang":
            return self._relative_head(k, sent)
        if word in DEMONSTRATIVES and self._names_person(k, sent):  # "politikus PKS itu mengatakan"
            # "Senator Ed Markey yang memimpin gugus tugas itu menjelaskan": the clause's head
            yang = next((j for j in range(k - 1, max(sent.start, k - _WINDOW) - 1, -1) if t.low[j] == "yang"), None)
            head = self._relative_head(yang, sent) if yang is not None else None
            if head is None and yang is not None:
                # "pria yang kerap disapa Toni tersebut menjelaskan": the name the clause gives
                head = next((ent_at[j + 1] for j in range(yang + 1, k - 1) if t.low[j] in ("disapa", "dipanggil")
                             and ent_at[j + 1] is not None and ent_at[j + 1].label_ == "PER"), None)
            return head if head is not None else self.ctx.resolve(v)
        if t.is_cap(k):
            person = self._role_of(k + 1, sent, v)  # "Panglima TNI menyampaikan"
            if person is None:
                person = self._untagged_name(k + 1, sent)
            if person is None and self._opening_title(k, sent):
                person = self.ctx.resolve(v)  # "Mantan Gubernur DKI Jakarta mengatakan": the person in view
            if person is not None:
                return person
        if any(t.word[j] == "," for j in range(k + 1, v)):
            person = self._described(k, sent, _COMMA)
            if person is not None:
                return person  # "Mahmoud Sadeghi, anggota parlemen, mengatakan"
        person = self._described(k, sent, W.description_lead)
        if person is not None:
            return person  # "Daiber Weya selaku pemilik motor mengatakan"
        # a relative clause without commas: "Deddy yang juga menjadi bakal calon ... mengaku"
        for j in range(k, max(sent.start, k - _WINDOW) - 1, -1):
            if t.low[j] == "yang":
                return self._relative_head(j, sent)
            if t.word[j] in (".", ";", ":") or j in self.quote_at_close:
                break
        return self._before_circumstance(v, sent)

    def _before_circumstance(self, v: int, sent: Span) -> Span | None:
        """``Farhat Abbas saat mendampingi pemeriksaan Elza pada Senin (17/4) mengatakan``: the
        name right before the circumstances of the speech (``saat``, ``usai``, ``melalui``, ...),
        when nothing but those stands between it and the verb, and the name is the clause's
        subject (no verb before it: not ``KPK menjerat Setya Novanto dalam kasus ...``)."""
        t = self.t
        for j in range(v - 1, max(sent.start, v - 2 * _WINDOW), -1):
            if t.word[j] in (",", ".", ";", ":") or j in self.quote_at_close or self.in_quote[j] or t.low[j] in self.lex.speech:
                return None
            ent = self.ent_at[j - 1]
            if t.low[j] in self.lex.adjuncts and ent is not None and ent.end == j and ent.label_ == "PER":
                clause = next((k + 1 for k in range(ent.start - 1, sent.start - 1, -1) if t.word[k] == ","), sent.start)
                if not any(self._verb_at(k) for k in range(clause, ent.start)):
                    return ent
        return None

    def _title_start(self, end: int, sent: Span) -> int:
        """The token before the title phrase that ends at token ``end``: capitalised words, role
        words, abbreviated honorifics, bodies and places, ``&``/``-``/``/`` between them."""
        t, heads = self.t, person_heads()
        j = end - 1
        while j > sent.start and j > end - _WINDOW:
            ent = self.ent_at[j]
            if ent is not None and ent.label_ != "PER":
                j = ent.start - 1
            elif t.is_cap(j) or t.low[j] in heads or t.is_abbreviation(j) or t.word[j] in ("&", "-", "/"):
                j -= 1
            else:
                break
        return j

    def _accompanied(self, ent: Span, sent: Span) -> Span | None:
        """The person ``ent`` accompanies (``A, (yang) didampingi Kabag X B, mengatakan``): the name
        before the companion cue, whose words only a title separates from ``ent``."""
        t = self.t
        j = self._title_start(ent.start, sent)
        if j <= sent.start or t.low[j] not in _companion_words():
            return None
        k = j - 1
        while k >= sent.start and (t.word[k] == "," or t.low[k] == "yang"):
            k -= 1  # "A, yang didampingi Kanit PPA Polres Tebo menjelaskan"
        person = self.ent_at[k] if k >= sent.start else None
        return person if person is not None and person.label_ == "PER" and person.end == k + 1 else None

    def _apposed_to(self, end: int, sent: Span) -> Span | None:
        """The person a title phrase ending at token ``end`` stands in apposition to: ``A, VP
        Product Marketing``."""
        t = self.t
        j = self._title_start(end, sent)
        if j < sent.start or t.word[j] != "," or j + 1 >= end or t.low[j + 1] not in person_heads():
            return None
        person = self.ent_at[j - 1] if j > sent.start else None
        return person if person is not None and person.label_ == "PER" and person.end == j else None

    def _described(self, end: int, sent: Span, opener: frozenset[str]) -> Span | None:
        """The person before a description in lower-case words that ends at token ``end`` and
        that a word of ``opener`` opens: ``Mahmoud Sadeghi, anggota parlemen,`` / ``Budi, warga
        setempat,`` (a comma), ``Daiber Weya selaku pemilik motor`` (``selaku``; not
        ``sebagai``, which also follows an object: ``menggambarkan rencana Netanyahu sebagai
        bencana``)."""
        t = self.t
        j = end
        while j > sent.start and end - j < _APPOSITION_WORDS and t.is_lower_word(j) and t.low[j] not in opener \
                and t.low[j] not in self.lex.speech and t.low[j] != "yang" and self.ent_at[j] is None:
            j -= 1
        if j == end or j <= sent.start or t.low[j] not in opener:
            return None
        person = self.ent_at[j - 1]
        return person if person is not None and person.label_ == "PER" and person.end == j else None

    def _verb_at(self, k: int) -> bool:
        """Token ``k`` is a lower-case word with a verbal prefix (``_verb_like``)."""
        return _verb_like(self.t.low[k]) and self.t.is_lower_word(k)

    def _described_by(self, body: Span, sent: Span) -> Span | None:
        """The person a body right before a speech verb describes (``Jack Ma yang menjadi Executive
        Chairman di Alibaba mengatakan``, ``Bakkar Wibowo dari Sinergi Nusantara memaparkan``):
        the nearest earlier name of the sentence with no verb between it and the body but a
        linking one (``menjadi``, ``menjabat``), else None. Not a name just before ``, BODY``:
        there the body is in apposition itself (``agensi yang menaungi Tae Hee, Ruach
        Entertainment mengumumkan``)."""
        t = self.t
        for j in range(body.start - 1, sent.start - 1, -1):
            ent = self.ent_at[j]
            if ent is not None and ent.label_ == "PER":
                return None if ent.end == body.start - 1 and t.word[ent.end] == "," else ent
            if t.word[j] in (";", ":") or j in self.quote_at_close or self.in_quote[j]:
                return None
            if self._verb_at(j) and t.low[j] not in W.linking_verb:
                return None
        return None

    def _clause_head(self, start: int, sent: Span) -> Span | None:
        """The head of a comma-opened ``yang`` clause ending just before token ``start``, if any."""
        for j in range(start - 1, max(sent.start, start - _WINDOW) - 1, -1):
            word = self.t.word[j]
            if word in (",", ".", ";", ":") or j in self.quote_at_close:
                return None
            if self.t.low[j] == "yang":
                return self._relative_head(j, sent) if j > sent.start and self.t.word[j - 1] == "," else None
        return None

    def _relative_head(self, yang: int, sent: Span) -> Span | None:
        """The entity a ``yang`` clause describes (``Andra Soni, yang memimpin rapat, ...``)."""
        k = yang - 1
        if k >= sent.start and self.t.word[k] == ",":
            k -= 1
        ent = self.ent_at[k] if k >= sent.start else None
        if ent is not None and ent.label_ == "ORG":
            # "Anaiah Thomas, 17, aktivis iklim dan anggota Zero Hour yang ...": the body belongs
            # to the description of the person the sentence opens with
            first = next((e for e in self.ent_at[sent.start : ent.start] if e is not None), None)
            if first is not None and first.label_ == "PER" and first.end < len(self.t.word) and self.t.word[first.end] == ",":
                return first
            if self._headed_by_person(ent, sent):
                # "Politikus PKS yang sudah jadi anggota DPRD ... itu mengatakan": the person
                # spoken of, not the party
                return self.ctx.resolve(yang)
        return ent if ent is not None and ent.label_ in SPEAKER_LABELS else None

    def _headed_by_person(self, ent: Span, sent: Span) -> bool:
        """A word naming one person heads the phrase before the body (``politikus Partai
        Golkar``, ``Ketua Umum PAN``): the phrase is the person, the body only qualifies it."""
        low = self.t.low
        if ent.start == sent.start:
            return False
        j = ent.start - 1
        while j > sent.start and j >= ent.start - 3 and self.t.is_cap(j) and not names_one_person(low[j]):
            j -= 1  # the capitalised words of the title: "Ketua [Umum]"
        if not names_one_person(low[j]):
            return False
        # a title of several words names one person, not one of several ("para Menteri
        # Keuangan dan Gubernur Bank Sentral G20")
        return j == ent.start - 1 or not (j > sent.start and (low[j - 1] in COORDINATORS or low[j - 1] in W.plural))

    def _names_person(self, demonstrative: int, sent: Span) -> bool:
        """Is the phrase closed by ``itu``/``ini``/``tersebut`` headed by a person word?"""
        t, heads = self.t, person_heads()
        for j in range(demonstrative - 1, max(sent.start, demonstrative - _WINDOW) - 1, -1):
            if t.word[j] in (",", ".", ";", ":"):
                break
            if t.low[j] in heads:
                return True
        return False

    def _opening_title(self, k: int, sent: Span) -> bool:
        """The capitalised words and places ending at token ``k`` open the sentence and are a
        former title naming one person (``Mantan Gubernur DKI Jakarta``), with no name in them."""
        t = self.t
        j = k
        while j > sent.start and (t.is_cap(j - 1) or (self.ent_at[j - 1] is not None and self.ent_at[j - 1].label_ != "PER")):
            j -= 1
        if j != self._first_word(sent) or any(self.ent_at[x] is not None and self.ent_at[x].label_ == "PER" for x in range(j, k + 1)):
            return False
        # a former office describes someone already in the article; a present one may bring in
        # a new person the article never names ("Jaksa Penuntut Umum KPK mengatakan")
        return t.low[j] in W.past and j < k and names_one_person(t.low[j + 1])

    def _untagged_name(self, end: int, sent: Span) -> Span | None:
        """A known person written without an entity tag in the capitalised words ending at ``end``."""
        t = self.t
        j = end - 1
        while j > sent.start and t.is_cap(j - 1) and self.ent_at[j - 1] is None and end - j < 4:
            j -= 1
        # "Kemudian Amali memaparkan": the longest run of words that is a known name
        for s in range(j, end):
            person = self.ctx.by_name(t.low[s:end])
            if person is not None:
                return person
        return None

    def _role_of(self, end: int, sent: Span, before: int) -> Span | None:
        """The person named earlier with the role phrase that ends at token ``end``."""
        t, heads = self.t, person_heads()
        j = end - 1
        words: list[str] = []
        while j >= sent.start and len(words) < 8:
            ent = self.ent_at[j]
            if (ent is not None and ent.label_ != "PER") or t.is_cap(j) or t.low[j] in heads:
                words.append(t.low[j])
                j -= 1
            else:
                break
        words.reverse()
        if words and j > sent.start and t.low[j] in W.linker:
            named = self.ent_at[j - 1]
            if named is not None and named.label_ == "PER" and named.end == j:
                return named  # "Candra Darusman selaku Ketua Umum YAMI mengaku": the one a linking word gives the role to
        # the longest phrase that starts with a role word: "Kepala BPBD Kota Palu"
        for s in range(len(words)):
            if words[s] in heads:
                found = self.ctx.by_role(words[s:], before)
                if found is not None:
                    return found
        return None

    def _described_body(self, j: int, stop: int) -> int | None:
        """Where an organisation starts after one or two lower-case nouns at ``j`` (``balai
        lelang Artcurial``, ``lembaga survei Indikator``), or None."""
        t = self.t
        for k in (j + 1, j + 2):
            if k >= stop or not all(t.word[x].isalpha() and t.word[x].islower() and t.low[x] not in W.stop for x in range(j, k)):
                return None  # (not "menurut data dari X": a source, not a speaker)
            ent = self.ent_at[k]
            if ent is not None and ent.start == k and ent.label_ == "ORG":
                return k
        return None

    def _speaker_phrase(self, start: int, stop: int, cue: int) -> tuple[Span | None, int]:
        """The speaker named in tokens [start, stop): (speaker, token after its phrase)."""
        t, heads, pairs = self.t, person_heads(), role_pairs()
        if start >= stop:
            return None, start
        if t.low[start] in pronouns():
            return self.ctx.resolve(cue), start + 1
        org: Span | None = None
        run: tuple[int, int] | None = None  # the last run of capitalised words outside entities (a missed name)
        run_start: int | None = None
        j = start
        while j < stop:
            ent = self.ent_at[j]
            if t.word[j] == "(":
                # a body's name spelt out in brackets, the speaker after them
                holder = holder_after_brackets(self.doc, self.ent_at, j, min(stop, j + _WINDOW))
                if holder is not None:
                    j = holder
                    continue
            if ent is not None:
                if ent.label_ == "PER":
                    holder = held_for(self.doc, self.ent_at, start, ent)  # "kuasa hukum A, B": B
                    return (holder, holder.end) if holder is not None else (ent, ent.end)
                if org is None and ent.label_ in SPEAKER_LABELS:
                    org = ent
                run_start = None
                j = ent.end
            elif t.is_cap(j) and t.low[j] not in heads:
                run_start = j if run_start is None else run_start
                run = (run_start, j + 1)
                j += 1
            elif t.low[j] in heads or j > start and (t.low[j - 1], t.low[j]) in pairs \
                    or t.word[j] in (",", "(", ")", ".") or t.low[j] == "dan" and j + 1 < stop and t.is_cap(j + 1) \
                    or (t.word[j] in ("-", "/") or t.low[j] in W.title_joiner) and j > start and j + 1 < stop \
                    and t.is_cap(j - 1) and t.is_cap(j + 1) \
                    or t.is_abbreviation(j) or j > start and t.low[j - 1] in W.relational and t.low[j] in W.relational_tail:
                # "kata Deputi Bidang Protokol, Pers dan Media (PPM) Sekretariat Presiden X":
                # a title's fields joined by "dan" lead on to the name; "Presiden KPI Capt. X":
                # an abbreviated rank or honorific too; "ujar Menpan-RB X": a hyphenated title;
                # "menurut Deputy Chief of Transaction Banking CIMB Niaga X": an English title
                run_start = None
                j += 1
            elif j == start and (named := self._described_body(j, stop)) is not None:
                j = named  # "menurut balai lelang Artcurial": a description of the body named next
            elif (named := self._name_after_title(j, stop)) is not None:
                j = named  # "kata juru bicara rumah sakit Provinsi Parwa, Abdul Qasim": a title in lower case
            else:
                break
        words = [t.low[k] for k in range(start, j) if t.word[k].isalpha() or self.ent_at[k] is not None]
        if words and words[0] in heads:
            person = self.ctx.by_role(words, cue)
            if person is not None:
                return person, j
        if run is not None:
            person = self.ctx.by_name(t.low[run[0] : run[1]])  # "kata Uu" with "Uu" untagged here
            if person is not None:
                return person, j
        if org is not None:
            if run is not None and run[0] > org.start:
                return None, j  # "ujar Ketua YLBHI Asfinawati" with the name untagged: not the body
            # "kata Ketua MPR": the chair speaks, not the body: the person being quoted; so does
            # any member pointed back to ("tutup Anggota DPR RI Komisi XII tersebut")
            pointed = words and words[0] in heads and j < stop and t.low[j] in DEMONSTRATIVES
            if words and names_one_person(words[0]) or pointed:
                person = self.ctx.resolve(cue)
                if person is not None:
                    return person, j
            return org, org.end
        # "ungkap Gubernur asal Buleleng itu", "Menurut politikus Partai Golkar itu"
        for k in range(start, min(stop, start + _WINDOW)):
            if t.low[k] in DEMONSTRATIVES:
                if any(t.low[m] in heads for m in range(start, k)):
                    return self.ctx.resolve(cue), k + 1
                break
        return None, start

    def _name_after_title(self, j: int, stop: int) -> int | None:
        """Where the name starts after the rest of a title that runs on in lower-case words,
        numbers and a comma or two (``juru bicara rumah sakit X, A``, ``salah satu pemimpin
        suku, A``, ``Wakil Menteri Keuangan RI, sekaligus Ketua IAI, Prof. A``, ``Kepala Daker
        Madinah, PPIH 2019, A``); None when a verb, a demonstrative, the one spoken to or the
        end of the clause comes first."""
        t, heads = self.t, person_heads()
        for k in range(j, min(stop, j + _WINDOW)):
            ent = self.ent_at[k]
            if ent is not None and ent.start == k:
                if ent.label_ != "PER":
                    continue
                # the name in apposition after a comma (an honorific may stand between), not one
                # the title is of ("juru bicara Presiden Joko Widodo", "pengganti Antasari itu")
                c = k - 1
                while c > j and (t.is_abbreviation(c) or t.low[c] in heads):
                    c -= 1
                after = ent.end
                return k if c >= j and t.word[c] == "," and not (after < len(t.word) and t.low[after] in DEMONSTRATIVES) else None
            if ent is not None:
                continue
            low = t.low[k]
            if low in ADDRESSEE_MARKERS or low in DEMONSTRATIVES or _verb_like(low) \
                    or not (t.word[k].isalnum() or t.word[k] in (",", "(", ")", "-", "–") or t.is_abbreviation(k)):
                return None  # (a term of office, "2014-2019", is part of the title)
        return None

    def _speaker_after(self, start: int, before: int) -> Span | None:
        """The speaker named after an inverted verb: ``kata Ketua MKMK Jimly Asshiddiqie, dalam ...``."""
        if start >= len(self.t.word):
            return None
        sent = self.sents[self.sent_of[start]] if self.sents else self.doc[:]
        speaker, _ = self._speaker_phrase(start, min(sent.end, start + _TITLE_WINDOW), before)
        return speaker

    # -- records -----------------------------------------------------------------------

    def _emit(self, speaker: Span, start: int, end: int, at: int, *, direct: bool, cue: str, attitude: bool = False) -> None:
        if self.boiler[at]:
            return
        name = self.ctx.canonical(speaker)
        record: dict[str, Any] = {
            "type": "quote",
            "sentence": self.sent_of[at],
            "speaker": span_mention(name),
            "content": self._content(start, end),
            "direct": direct,
        }
        if cue:
            record["cue"] = cue
        if attitude:
            record["attitude"] = True
        # an attitude record is read like the others (its speaker is the one in view, and
        # later components resolve speakers from it) but is output only on request
        if (attitude and not self.output_attitude) or add_record(self.doc, record):
            attributions(self.doc).append(record)
        if not direct:
            self.reported_end = max(self.reported_end, end)
        self.ctx.said(name, at)
        self.emitted_in = self.sents[self.sent_of[at]].start if self.sents else 0

    def _content(self, start: int, end: int) -> dict[str, Any]:
        # common.mention's shape, sliced from the text read once: common.mention reads
        # Doc.text, which joins every token of the doc on each access, and a trimmed
        # content need not end on a token boundary (span_mention)
        return {"start": start, "end": end, "text": self.t.text[start:end], "label": "QUOTE"}

    def _read_subject(self, sent: Span) -> None:
        """Note a PER subject: a person name followed (after modifiers) by a verb.

        Not in a sentence that gave a record: there the speaker is the topic, and a name
        in the reported words (``Menurut Gatot, BJ Habibie merupakan ...``) is not.
        """
        if self.emitted_in == sent.start:
            return
        t = self.t
        # a person named first in the sentence is its topic ("Bamsoet yang menjabat ... adalah rival X")
        k = sent.start
        while k < sent.end and (t.is_punct(k) or t.is_space(k)):
            k += 1
        ent = self.ent_at[k] if k < sent.end else None
        if ent is not None and ent.start == k and ent.label_ == "PER" and not self.in_quote[k]:
            self.ctx.read_subject(ent, k)
            return
        people = []
        for i in range(sent.start, sent.end):
            ent = self.ent_at[i]
            if ent is None or ent.start != i or ent.label_ != "PER" or self.in_quote[i]:
                continue
            people.append(ent)
            k = self._skip_modifiers(ent.end)
            # "Dirjen Amerop Kemlu, Muhammad Anshor, sampai saat ini belum tahu ...": the first
            # name, set off by commas after its title, is the subject
            apposed = len(people) == 1 and i > sent.start and t.word[i - 1] == "," and k < sent.end and t.word[k] == ","
            if apposed or k < sent.end and self._verb_at(k):
                self.ctx.read_subject(ent, i)
                return
        # "Salah satu perwakilan dari BEM UI, Manik M.": a sentence with no verb that names one
        # person introduces who speaks next
        if len(people) == 1 and not any(self._verb_at(j) for j in range(sent.start, sent.end)):
            self.ctx.read_subject(people[0], people[0].start)

    def _skip_modifiers(self, k: int) -> int:
        low, n = self.t.low, len(self.t.low)
        while k < n and low[k] in self.lex.modifiers:
            k += 1
        return k

    def _first_word(self, sent: Span) -> int:
        """The first token of ``sent`` that is not whitespace or punctuation."""
        t = self.t
        k = sent.start
        while k < sent.end - 1 and (t.is_space(k) or t.is_punct(k)):
            k += 1
        return k

    def _last_word(self, sent: Span) -> int:
        """The last token of ``sent`` that is not whitespace or final punctuation."""
        t = self.t
        k = sent.end - 1
        while k > sent.start and (t.is_space(k) or (t.is_punct(k) and t.word[k] not in (")", "]"))):
            k -= 1
        return k


@lru_cache(maxsize=1)
def _companion_words() -> frozenset[str]:
    """One-word companion cues of attendance (``didampingi``, ``ditemani``, ``bersama``): the
    name after one accompanies the subject before it."""
    return frozenset(c for c in terms("attendance_cues.tsv", "cue", ("companion",)) if " " not in c)


def _verb_like(low: str) -> bool:
    """A word with a verbal prefix (me-, ber-, di-, ter-): enough to tell a sentence's subject."""
    return len(low) > 4 and low.startswith(("me", "ber", "di", "ter"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _paragraphs(t: TokenView) -> list[int]:
    """Paragraph (line) number of each token."""
    out = [0] * len(t.word)
    para = 0
    for i, word in enumerate(t.word):
        out[i] = para
        if "\n" in word:
            para += 1
    return out


def _quotations(t: TokenView, para: list[int]) -> list[Quotation]:
    """Pair quotation marks.

    Double marks toggle open/closed whatever their shape. A quotation still open at the
    end of its paragraph continues into the next paragraph when that one has an odd
    number of marks (its first mark closes it); otherwise it runs to the paragraph end.
    Curly single quotes pair only outside double quotations.
    """
    marks: list[int] = []
    singles: list[int] = []
    for i, word in enumerate(t.word):
        if word in DOUBLE_MARKS:
            marks.append(i)
        elif word == SINGLE_OPEN or word == SINGLE_CLOSE:
            singles.append(i)
    per_para: dict[int, int] = {}
    for i in marks:
        per_para[para[i]] = per_para.get(para[i], 0) + 1
    out: list[Quotation] = []
    open_at: int | None = None
    for i in marks:
        if open_at is not None and para[i] != para[open_at]:
            carried = para[i] == para[open_at] + 1 and per_para[para[i]] % 2 == 1
            if not carried:
                out.append(Quotation(open_at, None, _paragraph_end(t, para, open_at)))
                open_at = None
        if open_at is None:
            open_at = i
        else:
            out.append(Quotation(open_at, i, i))
            open_at = None
    if open_at is not None:
        out.append(Quotation(open_at, None, _paragraph_end(t, para, open_at)))
    if singles:
        inside = [False] * len(t.word)
        for q in out:
            for i in range(q.open, q.end + 1):
                if i < len(inside):
                    inside[i] = True
        single_open: int | None = None
        for i in singles:
            if inside[i]:
                continue
            if t.word[i] == SINGLE_OPEN:
                single_open = i
            elif single_open is not None and para[i] == para[single_open]:
                out.append(Quotation(single_open, i, i))
                single_open = None
        out.sort(key=lambda q: q.open)
    return out


def _paragraph_end(t: TokenView, para: list[int], i: int) -> int:
    """The token after the last word of token ``i``'s paragraph."""
    k = i
    while k + 1 < len(t.word) and para[k + 1] == para[i] and "\n" not in t.word[k + 1]:
        k += 1
    return k + 1
