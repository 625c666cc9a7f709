"""Entity rules that run after the statistical ``ner``: institutions, regions, venues, streets.

The guidelines (section 2) want flat, outermost spans that a token-by-token model
finds hard: ``Bawaslu Kota Pagaralam`` (ORG with its regional qualifier), ``Kantor
Bawaslu Provinsi Sumatera Selatan`` (one LOC, the ORG inside not annotated),
``Komisi IV DPRD`` (unit and parent body as one ORG), ``Jalan Opi Raya`` (LOC), and
a dateline whose brand (``KOMPAS.com -``) is no entity. Lexicon atoms (lexicon.py)
are found with one ``PhraseMatcher`` pass; a small left-to-right grammar joins them
into spans, taking at each token the longest of venue | street | organisation | region.

Combination with the model (``outermost wins``, details in ``_merge``): a rule span
that covers or extends model entities replaces them; a longer model span is kept
unless its extra words are no name words; on a crossing overlap a rule span of
several words wins and a one-word gazetteer hit loses; entities the rules do not
touch stay as the model predicted them, and rule spans fill in where it predicted
nothing. The model helps the grammar too: its LOC entities serve as regional
qualifiers (``Polres`` + LOC ``Halsel`` -> ORG ``Polres Halsel``) and its PER
entities end organisation names (``Kementerian Pertanian | Agung Suganda``).

Then a few guideline decisions are applied to all entities, model's and rules':
brands in the dateline, the ``TNI`` of a rank (``Marsekal TNI``), lower-case type
words (``kota Bogor`` -> ``Bogor``), nationalities (``pengusaha Mesir``), title words
and generic bodies alone (``Sekda``, ``Pemda``), acronyms of non-entities
(``Tempat Pemungutan Suara (TPS)``), and entities across a line break are no
entities; an acronym the rules found is tagged wherever it recurs in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx

LOC, ORG = "LOC", "ORG"
MAX_NAME_WORDS = 8  # a capitalised run longer than this is a headline, not a name
_NUMBERED_WORD = re.compile(r"[A-Z][a-z]+-\d{1,4}")  # "Mekanis-16": a brigade's kind and number in one token
# Words of a region type that are generic: "Dewan Pimpinan Cabang (DPC) PDI Perjuangan",
# "Pemerintah Provinsi (Pemprov) DKI" and "Pengadilan Negeri (PN) Palu" stay one span across
# their parenthesised acronym. Not "Daerah": the gold splits "Dewan Perwakilan Rakyat Daerah
# (DPRD) Kabupaten Pangandaran" and "Badan Perencanaan Pembangunan Daerah (Bappeda) Banten".
GENERIC_TYPE_ENDS = frozenset({"Provinsi", "Kabupaten", "Kota", "Pusat", "Wilayah", "Cabang", "Negeri", "Tinggi"})
DASHES = frozenset({"-", "--", "—", "–"})
# words that introduce a person's initials: "seorang pria berinisial HM"
INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya"})
# Lexicon words that are no name on their own: "Komisi", "Kementerian", "Gedung", "Jalan".
GENERIC_KINDS = frozenset({lx.UNIT, lx.UNIT_LOWER, lx.ORG_HEAD, lx.VENUE, lx.VENUE_LOWER, lx.STREET, lx.NAME_BREAK})
# Lower-case words of a region's type that open a model's span but are not part of the name
# (with the region and area type words of resources/region_types.tsv).
LOWER_TYPE_WORDS = frozenset({"wilayah", "daerah"})
# A region-type word right after these is part of another word: "Wali Kota", "Ibu Kota", "Kabupaten/Kota".
NOT_REGION_TYPE_AFTER = frozenset({"wali", "ibu", "/"})


@dataclass(frozen=True)
class RuleSpan:
    start: int
    end: int
    label: str
    strong: bool  # several tokens built by the grammar, not one lexicon word


class _Grammar:
    """Builds rule spans over one Doc from its lexicon atoms."""

    def __init__(self, doc: Doc, lexicon: lx.Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.atoms = lexicon.atoms(doc)
        atoms = self.atoms
        self.n = len(doc)
        # the model's LOC entities serve as regional qualifiers; its PER entities end names
        self.model_locs = {e.start: e.end for e in doc.ents if e.label_ == LOC}
        self.model_persons = self._person_starts(doc)
        # tokens that lie inside a regional-head title (the "Kota" of "Wali Kota")
        self.title_end: dict[int, int] = {}
        self.in_title: set[int] = set()
        for i, a in enumerate(atoms):
            end = a.get(lx.REGIONAL_TITLE)
            if end:
                self.title_end[end] = i
                self.in_title.update(range(i, end))

    @staticmethod
    def _person_starts(doc: Doc) -> set[int]:
        """Where the model's persons start, and where a full name it found recurs untagged
        ("Kepala Badan Penanggulangan Bencana Nasional | Doni Munardo")."""
        persons = [e for e in doc.ents if e.label_ == "PER"]
        starts = {e.start for e in persons}
        names: dict[str, set[tuple[str, ...]]] = {}
        for e in persons:
            if len(e) > 1:
                names.setdefault(e[0].text, set()).add(tuple(t.text for t in e))
        if names:
            for t in doc:
                for name in names.get(t.text, ()):
                    if tuple(x.text for x in doc[t.i : t.i + len(name)]) == name:
                        starts.add(t.i)
        return starts

    # --- token tests -------------------------------------------------------------
    def at(self, i: int, kind: str) -> int | None:
        return self.atoms[i].get(kind) if i < self.n else None

    def name_word(self, i: int, *, first: bool = False, persons: bool = False) -> bool:
        """A capitalised word that can be part of a name (no break word, same sentence). A person
        the model found ends an organisation's name, but not a venue's or street's (``persons``):
        ``Bandara Halim Perdana Kusuma``, ``Jalan Diponegoro``."""
        if i >= self.n:
            return False
        tok: Token = self.doc[i]
        text = tok.text
        if not text[:1].isupper() or tok.is_punct:
            return False
        if not first and (
            tok.is_sent_start or lx.NAME_BREAK in self.atoms[i] or (not persons and i in self.model_persons)
        ):
            return False
        return True

    def name_words(self, i: int, limit: int = MAX_NAME_WORDS, *, connectors: bool = False) -> int:
        """End of a run of name words starting at i (i itself when there is none)."""
        j = i
        while j < self.n and j - i < limit:
            if self.name_word(j) or (j > i and self.joined(j)):
                j += 1
            elif connectors and self.doc[j].lower_ in ("dan", "&") and j > i and self.name_word(j + 1):
                j += 1
            else:
                break
        return j

    def joined(self, j: int) -> bool:
        """A hyphen inside a name, between two capitalised words: "Sudirman-Thamrin", "Ganjar-Mahfud"."""
        doc = self.doc
        return (
            doc[j].text == "-" and 0 < j and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and self.name_word(j + 1)
        )

    def acronym(self, i: int) -> int | None:
        """``( Acronym )`` at i (one capitalised word): end after the closing parenthesis."""
        if i + 2 < self.n and self.doc[i].text == "(" and self.doc[i + 2].text == ")":
            inner = self.doc[i + 1]
            if inner.text[:1].isupper() and not inner.is_punct and lx.NAME_BREAK not in self.atoms[i + 1]:
                return i + 3
        return None

    def after_rank(self, i: int) -> bool:
        """Token i is the service word of a rank ("Marsekal TNI", "Irjen Pol"): part of the title.
        ("Sekretaris Jenderal Golkar": Golkar is no rank word, so it stays a name.)"""
        ranks = self.lexicon.titles_rank
        return (
            i > 0
            and lx.normalise_title(self.doc[i].text) in ranks
            and lx.normalise_title(self.doc[i - 1].text) in ranks
        )

    # --- regions ------------------------------------------------------------------
    def region_name(self, i: int, *, qualified: bool = False, districts: bool = True) -> int | None:
        """A bare region name at i; ambiguous names and districts only when ``qualified``
        (after an institution or a regional title; after Kota/Kabupaten no district)."""
        ends = [self.at(i, lx.REGION), self.at(i, lx.COUNTRY)]
        if qualified or i in self.title_end:
            ends += [self.at(i, lx.REGION_AMBIGUOUS), self.at(i, lx.DISTRICT) if districts else None]
        else:
            multi = self.at(i, lx.DISTRICT)  # a multiword capitalised district: "Palu Barat"
            if multi and multi - i >= 2:
                ends.append(multi)
        best = max((e for e in ends if e), default=None)
        if best is None and qualified and i in self.model_locs:
            best = self.model_locs[i]
        return best

    def region(self, i: int) -> int | None:
        """``[Kota|Kabupaten|Provinsi] Name`` or ``Kecamatan|Desa Name``, as a LOC."""
        if i in self.in_title or (i > 0 and self.doc[i - 1].lower_ in NOT_REGION_TYPE_AFTER):
            return None  # the "Kota" of "Wali Kota", "Ibu Kota"
        typed = self.at(i, lx.REGION_TYPE)
        if typed:
            name = self.region_name(typed, qualified=True, districts=False)
            if name:
                return name
            # a region the gazetteer lacks ("Kabupaten Penajam Utara"): plain capitalised words only
            j = typed
            while j < typed + 3 and self.name_word(j) and self.doc[j].is_title and not self.org_atom(j):
                j += 1
            return j if j > typed else None
        area = self.at(i, lx.AREA_TYPE)
        if area:
            words = self.name_words(area, limit=4)
            return words if words > area else None
        return self.region_name(i)

    def _acronym_label(self, i: int, default: str) -> str:
        """"DPRD Jawa Barat (Jabar)": Jabar is a region; "Kantor Pusat Kemendagri (Kemendagri)" an institution."""
        atoms = self.atoms[i]
        if lx.REGION in atoms or lx.REGION_AMBIGUOUS in atoms:
            return LOC
        if self.org_atom(i):
            return ORG
        return default

    def known(self, i: int) -> bool:
        """Token i opens a lexicon name (region, institution, party, venue, ...)."""
        return i < self.n and any(k != lx.NAME_BREAK for k in self.atoms[i])

    def opens_span(self, i: int) -> bool:
        """Token i opens a rule span of its own (a region, organisation, venue or street)."""
        return i < self.n and any(f(i) for f in (self.region, self.org, self.venue, self.street))

    def span_end(self, i: int) -> int | None:
        """End of the longest rule span (region, organisation, venue or street) opening at token i."""
        if i >= self.n:
            return None
        return max((e for f in (self.region, self.org, self.venue, self.street) if (e := f(i))), default=None)

    def joins_names(self, t: int) -> bool:
        """``dan``/``&`` between two name words: inside a name (``Kamar Dagang dan Industri``)."""
        return self.doc[t].lower_ in ("dan", "&") and self.name_word(t - 1, first=True) and self.name_word(t + 1)

    def names(self, start: int, end: int) -> bool:
        """Tokens start..end look like a person's name: capitalised words that no lexicon knows
        as an organisation or a (non-ambiguous) region; "Bambang" and "Bima" are names too."""
        return start < end and all(
            self.name_word(t, first=True) and not (self.atoms[t].keys() - lx.NAME_LIKE) for t in range(start, end)
        )

    def after_title(self, i: int) -> bool:
        """Token i follows a role or regional-head title ("Bupati", "Ketua", "Wali Kota",
        "Sekretaris Daerah (Sekda)")."""
        if i >= 3 and self.doc[i - 1].text == ")" and self.doc[i - 3].text == "(":
            if self.is_title(self.doc[i - 2 : i - 1]):
                return True
            i -= 3
        return i in self.title_end or (i > 0 and lx.normalise_title(self.doc[i - 1].text) in self.lexicon.titles_prefix)

    def spelled_acronym(self, ent: Span) -> str | None:
        """The acronym in parentheses right after ``ent`` when it is made of the initials of
        ``ent``'s capitalised words (``Agus Harimurti Yudhoyono (AHY)``), else None."""
        if len(ent) < 2 or self.acronym(ent.end) is None:
            return None
        acronym = self.doc[ent.end + 1].text
        return acronym if lx.is_acronym(acronym) and acronym == lx.initials(t.text for t in ent) else None

    def titled_name(self, ent: Span) -> bool:
        """A title or role word opens the capitalised phrase that ends with ``ent``
        ("Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan, Agus ...")."""
        doc = self.doc
        j = ent.start - 1
        while j >= 0 and ent.start - j <= MAX_NAME_WORDS + 4:
            t = doc[j]
            if lx.normalise_title(t.text) in self.lexicon.titles_prefix:
                return True
            if not (t.text[:1].isupper() or t.text in ",()" or t.lower_ == "dan"):
                return False
            j -= 1
        return False

    def is_title(self, span: Span) -> bool:
        """The span is a title or role word, never a name on its own ("Sekda", "Kapolres")."""
        return (
            lx.normalise_title(span.text) in self.lexicon.titles_role
            or self.at(span.start, lx.REGIONAL_TITLE) == span.end
        )

    def org_atom(self, i: int) -> bool:
        """Token i opens an organisation word of the lexicon."""
        atoms = self.atoms[i]
        return any(k in atoms for k in (lx.ORG_HEAD, lx.UNIT, lx.INSTITUTION, lx.INSTITUTION_REGIONAL, lx.PARTY))

    def qualifier(self, i: int) -> int | None:
        """What makes an institution regional: ``RI``, ``Kota Pagaralam``, ``Sumsel``, or a bare ``Provinsi``."""
        if i >= self.n:
            return None
        if self.doc[i].text == "RI":
            return i + 1
        if (
            self.doc[i].text == "-" and i + 1 < self.n and self.doc[i + 1].text == "RI"
            and not self.doc[i - 1].whitespace_
        ):
            return i + 2  # "DPR - RI" where the tokenizer splits it
        end = self.region(i) if self.at(i, lx.REGION_TYPE) else self.region_name(i, qualified=True)
        if end and i in self.model_persons and self.atoms[i].keys() <= {lx.DISTRICT}:
            # "Ketua DPR [Bambang Soesatyo]": a district's name where the model starts a
            # person is the person's name (no institution here is qualified by a district alone)
            return None
        if end:
            return end
        typed = self.at(i, lx.REGION_TYPE)
        if typed and not self.name_word(typed):  # "KPU Provinsi" (and no name after)
            return typed
        return None

    # --- organisations --------------------------------------------------------------
    def org_core(self, i: int) -> int | None:
        """An institution, party or headed name at i, with its qualifier."""
        best: int | None = None
        if self.after_rank(i):
            return None  # "Marsekal TNI Hadi": TNI belongs to the rank
        regional = self.at(i, lx.INSTITUTION_REGIONAL) or self.at(i, lx.INSTITUTION_QUALIFIED)
        if regional:
            end = regional
            # "Pemerintah Provinsi (Pemprov) DKI": a generic type keeps its acronym and name
            paren = self.acronym(end)
            if paren and self.doc[end - 1].text in GENERIC_TYPE_ENDS and self.qualifier(paren):
                end = paren
            qualified = self.qualifier(end)
            if self.doc[i:end].text in self.lexicon.numbered_units:
                qualified = self.designation(end) or qualified
            if qualified or not self.at(i, lx.INSTITUTION_QUALIFIED) or self.at(i, lx.INSTITUTION_REGIONAL):
                best = qualified or end
        national = self.at(i, lx.INSTITUTION)
        if national:
            best = max(best or 0, self._name_suffix(national))
        party = self.at(i, lx.PARTY)
        if party:
            best = max(best or 0, party)
        head = self.at(i, lx.ORG_HEAD) if best is None else None  # a listed name beats a generic head
        if head:
            end = self._headed_name(head)
            if end > head:
                if self.doc[i:head].text in self.lexicon.campus_heads:
                    end = self.region(end) or end  # "Universitas Muhammadiyah Malang"
                best = max(best or 0, self._name_suffix(end))
        return best

    def designation(self, j: int) -> int | None:
        """A military command's number and name at j: ``XVII/Cenderawasih``, ``0402/OKI``,
        ``102 Panju Panjung``, ``Mekanis 16/Wira Yudha`` (a capitalised word may come before
        the number); the end, or None without a number."""
        if self.name_word(j) and j + 1 < self.n and self._command_number(j + 1):
            j += 1
        if not (j < self.n and self._command_number(j)):
            return None
        j += 1
        if j + 1 < self.n and self.doc[j].text == "/" and self.name_word(j + 1):
            return self.name_words(j + 1, limit=3)
        return self.name_words(j, limit=3)

    def _command_number(self, j: int) -> bool:
        """``XVII``, ``0402``, ``Mekanis-16``: a Roman or written number of up to four digits."""
        text = self.doc[j].text
        return text.isdigit() and len(text) <= 4 or lx.is_roman(text) or bool(_NUMBERED_WORD.fullmatch(text))

    def listed_suffix(self, j: int) -> int:
        """After a company's name, a listed company's ``Tbk`` is part of it."""
        return j + 1 if j < self.n and self.doc[j].text in ("Tbk", "Tbk.") else j

    def _name_suffix(self, j: int) -> int:
        """After a national body's name, the state it belongs to is part of the name
        (``Kementerian PUPR RI``, ``Kementerian Perhubungan Republik Indonesia``), and so is a
        listed company's ``Tbk`` (``PT Bank Rakyat Indonesia Tbk``)."""
        if j < self.n and self.doc[j].text == "RI":
            return j + 1
        if self.listed_suffix(j) > j:
            return self.listed_suffix(j)
        if j + 1 < self.n and self.doc[j].text == "Republik" and self.doc[j + 1].text == "Indonesia":
            return j + 2
        return j

    def _headed_name(self, j: int) -> int:
        """The name after an organisation head word: capitalised words (with "dan" between them),
        ending after an institution or party in it ("Kementerian PUPR RI", "Pimpinan Partai Golkar")."""
        start = j
        while j < self.n and j - start < MAX_NAME_WORDS:
            if j > start and (self.joined(j) or self.doc[j].lower_ in ("dan", "&") and self.name_word(j + 1)):
                j += 1
                continue
            if not self.name_word(j, first=j == start):  # a role word may follow the head: "Dewan Gubernur BI"
                break
            if any(k in self.atoms[j] for k in (lx.INSTITUTION, lx.INSTITUTION_REGIONAL, lx.PARTY)):
                inner = self.org_core(j)  # "Komisi I DPR | Mahfudz", "Badan Anggaran DPR RI"
                if inner:
                    return inner
            j += 1
        return j

    def org(self, i: int) -> int | None:
        """``[unit [name]] body [qualifier]``: Komisi IV DPRD, DPD PDIP Jateng, Fraksi PKB DPRD Jabar."""
        core = self.org_core(i)
        unit = self.at(i, lx.UNIT)
        lower_unit = self.at(i, lx.UNIT_LOWER)
        if lower_unit and not unit:
            # "komisi V DPR RI": a lower-case unit counts only with its number or party
            named = self._party_at(lower_unit) or (lower_unit + 1 if self._numbered(lower_unit) else None)
            return (self.org_core(named) or named) if named else core
        if not unit:
            return core
        j = unit
        paren = self.acronym(j)
        if paren and self.doc[j - 1].text in GENERIC_TYPE_ENDS:  # "Dewan Pimpinan Cabang (DPC) PDI Perjuangan"
            j = paren
        named = j
        if self._numbered(j):
            named = j + 1  # Komisi IV, Komisi 4
        elif party := self._party_at(j):
            named = self.qualifier(party) or party  # DPD PDIP Jateng
        parent = self.org_core(named) if named < self.n else None
        end = parent or named
        if end == unit:
            # a bare "Komisi" or "DPP" is no name; "Banggar" is; "DPD" alone is the institution
            return max(core or 0, self.at(i, lx.UNIT_ALONE) or 0) or None
        return max(end, core or 0)

    def _party_at(self, j: int) -> int | None:
        """The end of a party named at j, "partai" in lower case before it included: a unit's
        party ("Fraksi partai Gerindra", one span in the gold)."""
        if j + 1 < self.n and self.doc[j].text == "partai":
            j += 1
        return self.at(j, lx.PARTY)

    def _numbered(self, j: int) -> bool:
        """A unit number: "Komisi IV", "Komisi 4"."""
        return j < self.n and self.number(j)

    def number(self, j: int) -> bool:
        """A short number or a Roman numeral, as inside names: "SMA Negeri 6 Jakarta", "Komisi IV"."""
        text = self.doc[j].text
        return self.doc[j].is_digit and len(text) <= 2 or bool(text) and all(c in "IVXL" for c in text)

    # --- venues and streets ---------------------------------------------------------
    def venue(self, i: int) -> int | None:
        """``Kantor|Gedung|Hotel ... + name`` (which may hold an organisation and a region), or a
        lower-case ``kantor|gedung`` + organisation: one flat LOC."""
        head = self.at(i, lx.VENUE)
        lower = self.at(i, lx.VENUE_LOWER) if not head else None
        if i > 0 and lx.normalise_title(self.doc[i - 1].text) in self.lexicon.titles_role:
            # "Menteri Perumahan Rakyat", "Dirjen Perumahan Perdesaan", "kepala kantor BPJS": after
            # a role word the words are its portfolio or body, no venue (guidelines 3.1)
            return None
        if lower:
            org = self.org(lower)
            title = self.at(lower, lx.REGIONAL_TITLE)
            if not org and title:
                # "kantor Wali Kota Palembang"; a bare title ends the venue ("kantor Presiden Jokowi")
                return self._venue_tail(self.region(title)) if self.region(title) else title
            return self._venue_tail(org) if org else None  # "kantor KPU RI", "kantor Wali Kota"
        if not head or (head < self.n and not self.name_word(head, first=True)):
            return None
        return self._venue_tail(head, first=True)

    def _venue_tail(self, j: int, *, first: bool = False) -> int | None:
        start = j
        while j < self.n and j - start < MAX_NAME_WORDS:
            nxt = self.org(j) or self.region(j)
            if nxt:
                j = nxt
            elif self.name_word(j, first=first and j == start, persons=True) or (j > start and self.joined(j)):
                j += 1
            else:
                break
        return j if j > start or not first else None

    def street(self, i: int) -> int | None:
        """``Jalan|Jl. + capitalised words [+ number]``, ending before a known region."""
        head = self.at(i, lx.STREET)
        if not head or not self.name_word(head, first=True):
            return None
        j = head + 1
        while j < self.n and j - head < MAX_NAME_WORDS and (self.name_word(j, persons=True) or self.joined(j)):
            if self.at(j, lx.REGION) or self.at(j, lx.REGION_TYPE):
                break  # "Jalan Mongosidi | Medan"
            j += 2 if self.joined(j) else 1
        if j < self.n and self.doc[j].is_digit and len(self.doc[j]) <= 4 and not self.doc[j].is_sent_start:
            j += 1  # "Jalan Cemara 19"
        return j

    # --- the scan ---------------------------------------------------------------------
    def spans(self, skip: range = range(0)) -> list[RuleSpan]:
        """Left to right, the longest of venue | organisation | street | region at each token."""
        out: list[RuleSpan] = []
        i = 0
        while i < self.n:
            if i in skip:
                i = skip.stop
                continue
            if not self.atoms[i] and self.doc[i].text != "RI":
                i += 1  # every span opens with a lexicon word: most tokens are passed over here
                continue
            best: tuple[int, str, bool] | None = None
            for end, label, strong in (
                (self.venue(i), LOC, True),
                (self.org(i), ORG, True),
                (self.street(i), LOC, True),
                (self.region(i), LOC, False),
            ):
                if end and end > i and (best is None or end > best[0]):
                    best = (end, label, strong)
            if best is None and self.doc[i].text == "RI":
                best = (i + 1, LOC, False)  # "Presiden RI": the state as a place
            if best is None:
                i += 1
                continue
            end, label, strong = best
            out.append(RuleSpan(i, end, label, strong and end - i > 1))
            after = self.acronym(end)
            if after:  # "Badan Pusat Statistik (BPS)": the acronym is its own mention
                out.append(RuleSpan(end + 1, end + 2, self._acronym_label(end + 1, label), True))
                end = after
            i = end
        return out


_NICKNAME_MARKS = frozenset('"“”')
_NICKNAME_SURNAME_WORDS = 3  # the names after a quoted nickname ("Stefano "Teco" Cugurra")


def _extend_orgs(ents: list[Span], new_end: Callable[[Span], int | None]) -> list[Span]:
    """Each ORG for which ``new_end`` gives a later end, extended to it; the entities it then
    covers (a word of the extension the tagger tagged apart) are dropped."""
    out: list[Span] = []
    covered = -1
    for e in ents:
        if e.start < covered:
            continue
        end = new_end(e) if e.label_ == ORG else None
        if end is not None:
            e = Span(e.doc, e.start, end, label=ORG)
            covered = end
        out.append(e)
    return out


def dateline(doc: Doc, lex: lx.Lexicon) -> tuple[range, list[tuple[int, int]]]:
    """The dateline at the start of the article (``PALEMBANG, KOMPAS.com -``): its token
    range and the place spans in it. Brands in it are no entities (guidelines 2)."""
    limit = min(len(doc), 10)
    dash = next((i for i in range(1, limit) if doc[i].text in DASHES and doc[i - 1].whitespace_), None)
    if dash is None:
        return range(0), []
    end = dash + 1
    while end < len(doc) and doc[end].text in DASHES:
        end += 1
    parts: list[tuple[int, int]] = []
    start = 0
    for i in range(dash + 1):
        if i == dash or doc[i].text in (",", "(", ")"):
            if i > start:
                parts.append((start, i))
            start = i + 1
    if not parts or any("\n" in doc[s:e].text for s, e in parts):
        return range(0), []
    brand_like = [
        (s, e) for s, e in parts
        if any("." in t.text for t in doc[s:e]) or (s > 0 and doc[s - 1].text == "(")
        or (e - s == 1 and doc[s].is_upper and len(doc[s]) <= 4 and doc[s].text.lower() not in lex.region_names)
    ]
    # a dateline's place is written as a name: every word capitalised ("Walaupun demikian,
    # sumber - sumber lain" and "Mengalir utara - barat" are prose with a dash, not datelines)
    capitalised = [(s, e) for s, e in parts if all(t.text[:1].isupper() for t in doc[s:e] if t.is_alpha)]
    places = [(s, e) for s, e in capitalised if doc[s:e].text.lower() in lex.region_names]
    if not places and len(brand_like) == len(parts) - 1:
        places = [(s, e) for s, e in capitalised if (s, e) not in brand_like]
    if not places and not brand_like:
        return range(0), []  # not a dateline: just a dash early in the first sentence
    return range(0, end), places


def _merge(grammar: _Grammar, rule_spans: list[RuleSpan]) -> list[Span]:
    """Combine the model's entities with rule spans: the guideline's outermost span wins.

    For each rule span R and each model entity M it overlaps:
    - M inside R, or M == R: R replaces M (the rule's label wins on the same words:
      a gazetteer knows that ``Depok`` is a place better than a tagger does);
    - M (ORG/LOC) strictly contains R: if M's extra words are not name words
      (``kota Bogor``, ``Jalan Diponegoro No 20``, ``PDI-P (Wakil``), R replaces M; if R
      opens M, is several words or follows a title, and a name no lexicon knows
      follows (``Bupati [Rokan Hilir Bistamam]``), M is split into R + PER; otherwise
      M is kept (``Hotel Santika Palembang``, ``Jambi Muda Bersatu``);
    - M is a PER containing R: M is kept (``anggota Bintan Saragih``), unless R opens it right
      after a regional head's title (``Bupati [Muaro Jambi Masnah Busyroh]``: R + PER);
    - M crosses R: a strong R (several words) wins, a one-word gazetteer hit loses.
    """
    doc = grammar.doc
    model: list[Span] = list(doc.ents)
    keep = [True] * len(model)
    owner: dict[int, int] = {t: k for k, m in enumerate(model) for t in range(m.start, m.end)}
    added: list[Span] = []
    persons: list[tuple[int, int]] = []
    for rs in rule_spans:
        # a model entity an earlier rule span already replaced is no longer in the way
        # ("[Jalan Mawar] Medan" replaced the model's "Jalan Mawar Medan": "Medan" is free)
        hit = sorted({owner[t] for t in range(rs.start, rs.end) if t in owner and keep[owner[t]]})
        accept = True
        for k in hit:
            m = model[k]
            if rs.start <= m.start and m.end <= rs.end:
                continue  # R covers M
            if m.start <= rs.start and rs.end <= m.end:  # M strictly contains R
                if m.label_ == "PER":
                    # after a regional head's title only: "anggota [Bintan R Saragih]" is a name
                    if m.start == rs.start and m.start in grammar.title_end and grammar.names(rs.end, m.end):
                        persons.append((rs.end, m.end))  # "Bupati [Muaro Jambi Masnah Busyroh]"
                        continue
                    accept = False
                    continue
                extra = [*range(m.start, rs.start), *range(rs.end, m.end)]
                if any(
                    not (grammar.name_word(t, first=True) or m.start < t < m.end - 1 and grammar.number(t)
                         or m.start < t < rs.start and grammar.joins_names(t))  # not "Komnas HAM {dan Komnas X}"
                    or lx.NAME_BREAK in grammar.atoms[t] or t in grammar.in_title
                    for t in extra
                ):
                    # "kota Bogor", "Jalan Diponegoro No 20", "Wali [Kota Jambi]": the rule's span is the
                    # name; a number between name words is no such word ("[SMA Negeri 6 {Jakarta}]")
                    continue
                if m.start == rs.start and grammar.opens_span(rs.end):
                    # "[Jalan Mongosidi] Medan": the rest is another known name, with its own rule span
                    # (not a word known only when qualified: the district "Barat" of "Libya Barat");
                    # a name after that one is a person ("Kementerian Luar Negeri China [Hua Chunying]")
                    other = grammar.span_end(rs.end)
                    if other is not None and other < m.end and grammar.names(other, m.end):
                        persons.append((other, m.end))
                    continue
                if m.start == rs.start and (rs.strong or grammar.after_title(m.start)) and grammar.names(rs.end, m.end):
                    persons.append((rs.end, m.end))  # "Bupati [Rokan Hilir Bistamam]" -> LOC + PER
                    continue
                accept = False
            elif not rs.strong:
                accept = False  # crossing: a one-word gazetteer hit does not move the model's boundary
            elif m.end > rs.end and grammar.names(rs.end, m.end):
                persons.append((rs.end, m.end))  # "[DPW Partai NasDem {Sumut] Iskandar}": the rest is the person
            elif m.start < rs.start and m.label_ == "PER" and grammar.names(m.start, rs.start):
                persons.append((m.start, rs.start))
        if not accept:
            continue
        for k in hit:
            keep[k] = False
        added.append(Span(doc, rs.start, rs.end, label=rs.label))
    taken = {t for sp in added for t in range(sp.start, sp.end)}
    taken |= {t for k, m in enumerate(model) if keep[k] for t in range(m.start, m.end)}
    for start, end in persons:
        if not any(t in taken for t in range(start, end)):
            added.append(Span(doc, start, end, label="PER"))
    return sorted([m for k, m in enumerate(model) if keep[k]] + added, key=lambda e: e.start)


class EntityRules:
    """spaCy component ``pemilu_entity_rules``: rule spans merged into ``doc.ents``.

    Runs after ``ner`` (or alone on a pipeline without one). Stateless: the lexicons
    are package data, compiled once per vocabulary (lexicon.py); a saved pipeline keeps
    the lexicon phrases' tokenizations so that loading it needs no tokenizing."""

    def __init__(self, nlp: Language, name: str = "pemilu_entity_rules") -> None:
        self.name = name
        self.lexicon = lx.lexicon(nlp)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.lexicon.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EntityRules":
        self.lexicon.from_disk(path)
        return self

    def __call__(self, doc: Doc) -> Doc:
        skip, places = dateline(doc, self.lexicon)
        grammar = _Grammar(doc, self.lexicon)
        spans = grammar.spans(skip)
        spans += [RuleSpan(s, e, LOC, True) for s, e in places]
        ents = _merge(grammar, spans)
        if skip:
            place_set = set(places)
            ents = [e for e in ents if e.start >= skip.stop or (e.start, e.end) in place_set]
        ents = [e for e in ents if not any(t.is_sent_start or "\n" in t.text for t in e[1:])]  # one line, one sentence
        cleaned = (self._after_rank(grammar, self._trim_type_word(e)) for e in ents)
        ents = [e for e in cleaned if e is not None and not self._demonym(e) and not self._not_a_name(grammar, e)]
        ents = self._drop_orphan_acronyms(grammar, ents)
        ents = self._acronym_takes_name_label(grammar, ents)
        ents = self._person_after_governed_region(grammar, ents)
        ents = self._numeral_of_body(doc, ents)
        ents = self._named_by_org_tail(grammar, ents)
        ents = self._legal_form(grammar, ents)
        ents = self._regional_qualifier(grammar, ents)
        ents = self._candidate_pair(grammar, ents)
        ents = self._split_coordinated_bodies(grammar, ents)
        ents = self._portfolio_list(grammar, ents)
        ents = self._initials(doc, ents)
        ents = self._quoted_nickname(grammar, ents)
        doc.ents = self._propagate_acronyms(grammar, ents, {(r.start, r.end) for r in spans})
        return doc

    @staticmethod
    def _quoted_nickname(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``Stefano "Teco" Cugurra``: a nickname in quotation marks between a person's names is
        part of one PER (the tagger ends the name inside the marks and tags the rest apart)."""
        doc, n = grammar.doc, grammar.n
        out: list[Span] = []
        covered = -1
        for e in ents:
            if e.start < covered:
                continue
            if e.label_ == "PER":
                # the opening mark inside the name or right after it, one word, the closing mark
                opening = next((j for j in range(e.start + 1, min(e.end + 1, n)) if doc[j].text in _NICKNAME_MARKS), None)
                if opening is not None and opening + 3 < n and grammar.name_word(opening + 1, first=True) \
                        and doc[opening + 2].text in _NICKNAME_MARKS and grammar.name_word(opening + 3, persons=True):
                    end = opening + 3  # the names after the marks, a person the tagger found among them
                    while end < n and end - (opening + 3) < _NICKNAME_SURNAME_WORDS and grammar.name_word(end, persons=True):
                        end += 1
                    out = [x for x in out if x.end <= e.start]
                    e = Span(doc, e.start, end, label="PER")
                    covered = end
            out.append(e)
        return out

    @staticmethod
    def _initials(doc: Doc, ents: list[Span]) -> list[Span]:
        """``seorang pria berinisial HM``: initials given for a person are a PER wherever they
        stand in the article (the tagger reads them as an acronym, ORG)."""
        initials = {
            doc[t.i + 1].text for t in doc[:-1]
            if t.lower_ in INITIALS_CUES and doc[t.i + 1].is_upper and doc[t.i + 1].is_alpha and len(doc[t.i + 1]) <= 4
        }
        if not initials:
            return ents
        kept = [e for e in ents if not (len(e) == 1 and e.text in initials)]
        taken = {t for e in kept for t in range(e.start, e.end)}
        people = [Span(doc, t.i, t.i + 1, label="PER") for t in doc if t.text in initials and t.i not in taken]
        return sorted(kept + people, key=lambda e: e.start)

    @staticmethod
    def _numeral_of_body(doc: Doc, ents: list[Span]) -> list[Span]:
        """``PT Pelindo III Doso Agung``, ``Kodam III``: a Roman numeral right after an
        organisation numbers it (the tagger starts the next name there or leaves it out)."""
        out: list[Span] = []
        k = 0
        while k < len(ents):
            e = ents[k]
            j = e.end
            # (two letters or more: "I" is also a word)
            if e.label_ == ORG and j < len(doc) and len(doc[j]) >= 2 and lx.is_roman(doc[j].text):
                nxt = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == j else None
                if nxt is None or nxt.label_ != ORG:
                    out.append(Span(doc, e.start, j + 1, label=ORG))
                    if nxt is not None:
                        k += 1
                        if nxt.end > j + 1:
                            out.append(Span(doc, j + 1, nxt.end, label=nxt.label_))
                    k += 1
                    continue
            out.append(e)
            k += 1
        return out

    @staticmethod
    def _named_by_org_tail(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``Dartmouth College``, ``Kyoto University``, ``Lentera Studio``: capitalised words
        ending in an organisation word (``resources/org_tails.txt``) where the name stops are an
        ORG. The tagger's span over them is relabelled or extended; with none, up to four name
        words before the tail word make the name."""
        doc = grammar.doc
        tails = grammar.lexicon.org_tails
        ends = {e.end: k for k, e in enumerate(ents)}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        added: list[Span] = []
        for t in doc:
            i = t.i
            if t.text not in tails or i == 0 or grammar.name_word(i + 1) \
                    or i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "for", "&") and grammar.name_word(i + 2):
                continue  # the name goes on ("Manchester United Women", "ASEAN Federation of ..."): not where it ends
            k = ends.get(i + 1)
            if k is not None and out[k].start < i:
                if out[k].label_ == "PER":  # "Dartmouth College" taken for a person (a place stays one: a golf club)
                    out[k] = Span(doc, out[k].start, i + 1, label=ORG)
                continue
            if i in taken:
                continue
            k = ends.get(i)
            if k is not None:
                out[k] = Span(doc, out[k].start, i + 1, label=ORG)  # "Kyoto" + "University", "Tahir" + "Foundation"
                continue
            j = i
            while j > 0 and i - j < 4 and j - 1 not in taken and grammar.name_word(j - 1):
                j -= 1
            k = ends.get(j)
            if j < i and k is not None and out[k].label_ != "PER":
                out[k] = Span(doc, out[k].start, i + 1, label=ORG)  # "[Emirates] National Oil Company"
            elif j < i:
                added.append(Span(doc, j, i + 1, label=ORG))
                taken.update(range(j, i + 1))
        return sorted(out + added, key=lambda e: e.start) if added else out

    @staticmethod
    def _portfolio_list(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Ngawi``, ``Kementerian Desa,
        Pembangunan Daerah Tertinggal dan Transmigrasi``: after a name that opens with an
        organisation head, capitalised words listed with commas and closed by ``dan`` (none of
        them opening a body of its own) are the body's portfolios, part of its name, with the
        region after them. The tagger stops at the first comma."""
        doc = grammar.doc
        starts = {e.start: e for e in ents}

        def listed_end(e: Span) -> int | None:
            if not (grammar.at(e.start, lx.ORG_HEAD) and not any(t.lower_ == "dan" for t in e)):
                return None
            j = e.end
            while j + 1 < len(doc) and doc[j].text == "," and not grammar.org_atom(j + 1):
                k = j + 1 if grammar.name_word(j + 1) else j + 2 if doc[j + 1].lower_ == "dan" and grammar.name_word(j + 2) else None
                if k is None or grammar.org_atom(k) or k in starts and (starts[k].label_ != ORG or len(starts[k]) > 1):
                    return None  # a body, person or place of its own ("Kementerian X, KADIN, BANI dan ...")
                if doc[k - 1].lower_ == "dan":
                    j = grammar.name_words(k)  # ", dan Olahraga"
                    return grammar.qualifier(j) or j
                j = grammar.name_words(k)
                if j < len(doc) and doc[j].lower_ == "dan" and grammar.name_word(j + 1) and not grammar.org_atom(j + 1):
                    j = grammar.name_words(j + 1)  # "... Tertinggal dan Transmigrasi"
                    return grammar.qualifier(j) or j
            return None

        return _extend_orgs(ents, listed_end)

    @staticmethod
    def _split_coordinated_bodies(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``PT TMMIN dan PT TAM``, ``Dinas Kehutanan dan Dinas Lingkungan Hidup``: an
        organisation span with ``dan`` before a word that opens an organisation name of the
        lexicon is two bodies (``Kementerian Lingkungan Hidup dan Kehutanan`` stays one)."""
        doc = grammar.doc
        out: list[Span] = []
        for e in ents:
            cuts = [j for j in range(e.start + 1, e.end - 1) if doc[j].lower_ == "dan" and grammar.org_atom(j + 1)] if e.label_ == ORG else []
            if not cuts:
                out.append(e)
                continue
            pieces = [Span(doc, a, b, label=ORG) for a, b in zip([e.start] + [j + 1 for j in cuts], cuts + [e.end])]
            # a generic body on its own is no name ("Pemda dan Forum Koordinasi Pimpinan Daerah")
            out.extend(p for p in pieces if not EntityRules._not_a_name(grammar, p))
        return out

    @staticmethod
    def _legal_form(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``PT PLN (Persero)``, ``PT Kimia Farma (Persero) Tbk``: a state company's bracketed
        legal form (``resources/legal_forms.txt``) and a listed company's ``Tbk`` after it are
        part of the name, which the tagger ends before the bracket."""
        doc = grammar.doc

        def form_end(e: Span) -> int | None:
            j = e.end
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 1].text in grammar.lexicon.legal_forms and doc[j + 2].text == ")":
                return grammar.listed_suffix(j + 3)
            return None

        return _extend_orgs(ents, form_end)

    @staticmethod
    def _regional_qualifier(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``PLN Sumbar``, ``Partai Perindo Sumut``, ``Kementerian Luar Negeri China``: a body
        the tagger found, with the region right after it, is one ORG with its regional
        qualifier (guidelines 2), which the tagger tags as a place of its own. Not when a
        capitalised word goes on after the region: the name of an event (``BTN Jakarta Run``)."""
        doc = grammar.doc
        starts = {e.start: e for e in ents}

        def qualified_end(e: Span) -> int | None:
            place = starts.get(e.end)
            if place is None or place.label_ != LOC or not doc[e.end - 1].whitespace_:
                return None
            if any(grammar.at(j, lx.REGION_TYPE) for j in range(e.start, e.end)):
                return None  # already qualified: "Pemerintah Kabupaten Pasangkayu, Provinsi Sulawesi Barat"
            end = grammar.qualifier(e.end)
            if end != place.end or end < grammar.n and grammar.name_word(end):
                return None
            return end

        return _extend_orgs(ents, qualified_end)

    @staticmethod
    def _candidate_pair(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """``TKN Prabowo-Gibran``, ``Tim Pemenangan Nasional (TPN) Ganjar-Mahfud``: a campaign
        team (``resources/campaign_teams.txt``) named after its pair of candidates is one ORG
        with the pair, and with its bracketed short name (guidelines 2: ``Tim Kampanye
        Anies-Sandi``); the tagger ends it before the names, or after the first."""
        doc, n = grammar.doc, grammar.n
        teams = grammar.lexicon.campaign_teams

        def names_end(i: int, limit: int = MAX_NAME_WORDS) -> int:
            # the first word may be where the tagger starts a person ("Ganjar"); a later one ends
            # the pair ("Tim Sinkronisasi Anies - Sandi | Sudirman Said")
            k = i
            while k < n and k - i < limit and grammar.name_word(k, persons=k == i):
                k += 1
            return k

        def pair_end(e: Span) -> int | None:
            words = tuple(t.lower_ for t in e)
            if not any(words[: len(team)] == team for team in teams):
                return None
            j = e.end
            if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
                j += 3  # its short name: "(TPN)"
            first = names_end(j)
            if first >= n or doc[first].text not in ("-", "–") or (first == j and not grammar.name_word(j - 1, persons=True)):
                return None
            # the second name is no longer than the first: a name may follow the pair
            second = names_end(first + 1, max(first - j, 1))
            if second == first + 1 or any(x.start < second < x.end for x in ents):
                return None  # no second name, or the tagger reads a name running across its end
            return second

        return _extend_orgs(ents, pair_end)

    @staticmethod
    def _person_after_governed_region(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """"Bupati Tanjung Jabung Barat [Safrial]": right after a regional head's title and region
        comes the head's name, whatever label the tagger gave it."""
        region_ends = {e.end for e in ents if e.label_ == LOC and e.start in grammar.title_end}
        out = [
            Span(grammar.doc, e.start, e.end, label="PER")
            if e.label_ != "PER" and e.start in region_ends and grammar.names(e.start, e.end) else e
            for e in ents
        ]
        # "Menlu Mesir [Sameh Shoukry]", "Menlu Turki [Mevlut Cavusoglu]": a foreign official's
        # name the tagger missed or cut; two or more name words no lexicon knows
        doc = grammar.doc
        for end in sorted(region_ends):
            name_end = grammar.name_words(end)
            if name_end - end < 2 or not grammar.names(end, name_end):
                continue
            if any(e.label_ == "PER" and e.start == end and e.end >= name_end for e in out):
                continue
            if any(e.start < end < e.end or e.start < name_end < e.end for e in out):
                continue  # an entity runs across the name's edges: leave the tagger's reading
            out = [e for e in out if not (end <= e.start and e.end <= name_end)] + [Span(doc, end, name_end, label="PER")]
        return sorted(out, key=lambda e: e.start)

    @staticmethod
    def _drop_orphan_acronyms(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """"Tempat Pemungutan Suara (TPS)", "Pajak Bumi dan Bangunan (PBB)": an acronym in parentheses
        spells out the words before it; when those words are no entity, neither is the acronym
        (unless a lexicon knows it as a name)."""
        doc = grammar.doc
        covered = {t for e in ents for t in range(e.start, e.end)}
        out = []
        for e in ents:
            if (
                len(e) == 1 and e.label_ != "PER" and e.start >= 2 and e.end < len(doc)
                and doc[e.start - 1].text == "(" and doc[e.end].text == ")"
                and e.start - 2 not in covered and not grammar.known(e.start)
            ):
                continue
            out.append(e)
        return out

    @staticmethod
    def _acronym_takes_name_label(grammar: _Grammar, ents: list[Span]) -> list[Span]:
        """"Bursa Efek Indonesia (BEI)": an acronym right after the name it abbreviates is the same
        kind of entity (guidelines 2: ORG + ORG), whatever the word that ended the rule's span
        ("Indonesia") was; acronyms the lexicon knows keep their own label ("DPRD Jawa Barat (Jabar)")."""
        doc = grammar.doc
        by_end = {e.end: e for e in ents}
        out = []
        for e in ents:
            name = by_end.get(e.start - 1)
            if (
                len(e) == 1 and name is not None and name.label_ != e.label_ and e.end < len(doc)
                and doc[e.start - 1].text == "(" and doc[e.end].text == ")" and not grammar.known(e.start)
            ):
                e = Span(doc, e.start, e.end, label=name.label_)
            out.append(e)
        return out

    @staticmethod
    def _propagate_acronyms(grammar: _Grammar, ents: list[Span], ruled: set[tuple[int, int]]) -> list[Span]:
        """An acronym the rules found once ("Tim Pemeriksa Daerah (TPD)") is the same entity
        wherever else it stands alone in the article ("anggota TPD"). Only acronyms the rules
        confirmed, and a person's initials spelled out by the name before them, are spread, so
        that a tagger's slip is not copied through the article."""
        doc = grammar.doc
        labels: dict[str, str] = {}
        for e in ents:
            # an acronym (KPU) or a short form the article defines in parentheses: "... Olahraga (Dikpora)"
            defined = 0 < e.start and e.end < len(doc) and doc[e.start - 1].text == "(" and doc[e.end].text == ")"
            acronym = sum(c.isupper() for c in e.text) >= 2 or defined
            if len(e) == 1 and e.label_ != "PER" and (e.start, e.end) in ruled and acronym:
                labels.setdefault(e.text, e.label_)
            spelled = grammar.spelled_acronym(e) if e.label_ == "PER" and grammar.titled_name(e) else None
            if spelled is not None:
                # "Menko IPK Agus Harimurti Yudhoyono (AHY)": a person's initials, defined right
                # after the name, stand for the person ("kata AHY"); no lexicon could know them.
                # Only after a title: the tagger's "Light Rail Transit (LRT)" is no person
                labels.setdefault(spelled, e.label_)
        if not labels:
            return ents
        taken = {t for e in ents for t in range(e.start, e.end)}
        extra = [
            Span(doc, t.i, t.i + 1, label=labels[t.text])
            for t in doc
            if t.text in labels and t.i not in taken and not grammar.after_rank(t.i)
        ]
        return sorted(ents + extra, key=lambda e: e.start) if extra else ents

    @staticmethod
    def _not_a_name(grammar: _Grammar, ent: Span) -> bool:
        """A title ("Sekda"), a function word opening a sentence ("Setiap") or a generic body with no
        qualifier ("Pemda", "Pemerintah Daerah"): no name."""
        if ent.label_ == "PER":
            return False
        generic = grammar.at(ent.start, lx.INSTITUTION_QUALIFIED)
        if generic == ent.end and not grammar.at(ent.start, lx.INSTITUTION_REGIONAL):
            return True
        words = [i for i in range(ent.start, ent.end) if ent.doc[i].is_alpha]
        if "/" in ent.text and len(words) > 1 and all(grammar.atoms[i] and grammar.atoms[i].keys() <= GENERIC_KINDS for i in words):
            return True  # "Kementerian/Lembaga": head words as alternatives, bodies in general
        if words and all(ent.doc[i].lower_ in grammar.lexicon.type_words for i in words):
            return True  # "Kabupaten Kota", "kelurahan": region types with no name
        if len(ent) != 1:
            return False
        kinds = grammar.atoms[ent.start].keys()
        return (
            grammar.is_title(ent)
            or ent[0].is_stop and not grammar.known(ent.start)
            # a type word written with a dot ("Kab."), or a head word alone ("Komisi")
            or ent.text.lower().rstrip(".") in grammar.lexicon.type_words
            or bool(kinds) and kinds <= GENERIC_KINDS
        )

    def _trim_type_word(self, ent: Span) -> Span:
        """"kelurahan Tondo", "kota Bogor": a lower-case type word is outside the name (guidelines:
        only the capitalised "Kota Depok" is part of the region's name)."""
        start = ent.start
        while start < ent.end - 1 and (
            (text := ent.doc[start].text) in LOWER_TYPE_WORDS or text in self.lexicon.type_words
        ):
            start += 1
        return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)

    @staticmethod
    def _after_rank(grammar: _Grammar, ent: Span) -> Span | None:
        """"Marsekal TNI Hadi Tjahjanto": the TNI of a rank is no ORG (the model often tags it)."""
        if ent.label_ == "PER" or not grammar.after_rank(ent.start) or not grammar.org_atom(ent.start):
            return ent
        rest = grammar.atoms[ent.start].get(lx.INSTITUTION) or ent.start + 1
        return Span(ent.doc, rest, ent.end, label="PER") if rest < ent.end else None

    def _demonym(self, ent: Span) -> bool:
        """A bare place name used for a people or culture ("pengusaha Mesir", "budaya Jawa")."""
        return (
            ent.label_ == LOC
            and ent.start > 0
            and ent.text.lower() in self.lexicon.region_names
            and any(
                tuple(t.lower_ for t in ent.doc[max(ent.start - len(cue), 0) : ent.start]) == cue
                for cue in self.lexicon.demonym_cues
            )
        )


@Language.factory("pemilu_entity_rules")
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
