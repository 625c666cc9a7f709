"""PER span hygiene: titles, honorifics, ranks, roles and degrees stay outside person names.

Guidelines 2: ``Dr. H. Ahmad Yani, S.H., M.H.`` -> ``Ahmad Yani``, ``Pak Jokowi`` ->
``Jokowi``, ``Kombes Pol Budi`` -> ``Budi``, ``Bupati Lahat Budi`` -> ``Budi``. A
statistical model trained on corpora with other conventions often takes such words
into the span; this component trims them. The word lists are data
(``resources/person_titles.tsv``): name-forming prefixes (``Andi``, ``La Ode``,
``I Putu``, ``Tb``) and fixed nicknames (``Gus Ipul``) are simply not listed there.
A span that is nothing but titles is dropped. Four consistency repairs go with it: a
span that runs a body or place into a person's name splits before the name when the
article also calls the person by the first name (``Hotel X Karina Eva Poetry`` ...
``Karina``), a first name wedged between an organisation (or a rank) and the PER span joins it
(``Kepala BPS [Amalia] Adininggar``), two PER pieces side by side are one name, and
a word of a full name found once is a PER where it comes back alone (``Tito``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon as lx

PER = "PER"
# Lexicon atoms that may follow a role inside a wrongly long PER span ("Ketua KPU Sumsel X").
_ORG_OR_PLACE = (lx.REGION, lx.REGION_AMBIGUOUS, lx.REGION_TYPE, lx.COUNTRY, lx.INSTITUTION_REGIONAL, lx.INSTITUTION, lx.PARTY)
_BODIES = (lx.INSTITUTION_REGIONAL, lx.INSTITUTION, lx.PARTY)
# Heads whose name may be a person's: "Jalan Sudirman", "Universitas Gadjah Mada", "Gedung Juang".
_NAMED_AFTER_PEOPLE = frozenset({lx.ORG_HEAD, lx.VENUE, lx.STREET, lx.REGION_TYPE, lx.AREA_TYPE})


class PersonNameCleaner:
    """spaCy component ``pemilu_person_names``: trims PER entities to the bare name."""

    def __init__(self, nlp: Language, name: str = "pemilu_person_names") -> None:
        self.name = name
        self.lexicon = lx.lexicon(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not any(e.label_ == PER for e in doc.ents):
            return doc
        atoms = self.lexicon.atoms(doc)
        lower = {t.text for t in doc if t.text[:1].islower()}  # words the article writes in lower case
        ends = {e.end for e in doc.ents if e.label_ != PER}
        for e in doc.ents:
            # "PT Pertamina (Persero) Fadjar ...": a bracketed qualifier or acronym after the
            # body ends it too
            if e.label_ != PER and e.end < len(doc) and doc[e.end].text == "(":
                close = next((j for j in range(e.end + 1, min(len(doc), e.end + 5)) if doc[j].text == ")"), None)
                if close is not None:
                    ends.add(close + 1)
        taken = {t for e in doc.ents for t in range(e.start, e.end)}
        ents: list[Span] = []
        for ent in self._split_before_named(doc, atoms):
            if ent.label_ == PER:
                named: list[Span] = []
                trimmed = self.trim(ent, atoms, named)
                # "Emir Qatar Sheikh Tamim": the place or body of the title is an entity of its own
                ents.extend(named)
                if trimmed is None:
                    continue
                trimmed = self._first_name(trimmed, atoms, lower, ends, taken)
                if ents and ents[-1].label_ == PER and ents[-1].end == trimmed.start:
                    # two PER pieces with nothing between them are one name ("Bahtiar" "Ahmad Sibarani")
                    trimmed = Span(doc, ents.pop().start, trimmed.end, label=PER)
                ent = trimmed
            ents.append(ent)
        doc.ents = self._repeat_names(doc, ents, atoms, lower)
        return doc

    def _split_before_named(self, doc: Doc, atoms: list[dict[str, int]]) -> list[Span]:
        """A tagger often runs a body or a place into the name written right after it ("D-NET
        Caroline Gondokusumo", "Hotel Borobudur Jakarta Karina Eva Poetry"). Where the article
        names that person elsewhere by the first name alone ("Caroline menyebut ..."), the span
        splits before the name: the body or place keeps its label (a PER span's head, after its
        titles, is the ORG or LOC the role belongs to)."""
        ents = list(doc.ents)
        # the first names written alone ("Imas menyebut ..."), and the full names, which must not
        # open with the same word ("Gatot" of "Gatot Eddy Pramono" is not "RSPAD Gatot Soebroto")
        alone = {e.text for e in ents if e.label_ == PER and len(e) == 1}
        if not alone:
            return ents
        full = [e for e in ents if e.label_ == PER and len(e) > 1]
        out: list[Span] = []
        for ent in ents:
            split = self._named_tail(ent, alone, full, atoms)
            if split is None:
                out.append(ent)
                continue
            head_start = ent.start
            if ent.label_ == PER:
                head_start = self._after_titles(doc, ent.start, split)
                label = "LOC" if atoms[head_start].keys() & {lx.REGION, lx.COUNTRY} else "ORG"
            else:
                label = ent.label_
            if not self._office_of_title(ent, split):  # a lone office word is part of the role
                out.append(Span(doc, head_start, split, label=label))
            out.append(Span(doc, split, ent.end, label=PER))
        return out

    def _office_of_title(self, ent: Span, k: int) -> bool:
        """``Sekretaris [Kabinet Pramono Anung]``: the one word before the name at ``k`` ends a
        title begun right before the span, so it is no body named after the person."""
        start = ent.start
        return k == start + 1 and start > 0 and self._multiword_title(ent.doc, start - 1, k, self.lexicon.titles_prefix) == k

    def _after_titles(self, doc: Doc, start: int, end: int) -> int:
        """The first token after the titles opening doc[start:end]."""
        while start < end:
            nxt = self._multiword_title(doc, start, end, self.lexicon.titles_prefix)
            if nxt == start:
                break
            start = nxt
        return start

    def _named_tail(
        self, ent: Span, alone: set[str], full: list[Span], atoms: list[dict[str, int]]
    ) -> int | None:
        """Where the name of a person the article also calls by the first name (or by the
        surname, for a name of two words) starts inside ``ent``, or None. The name is two to
        four capitalised words ending the span (one word is as likely a surname or a club), and
        what comes before it is a body or place: an ORG or LOC span, or a PER span with a role
        title and more before the name ("Direktur PT X Budi Santoso", not "Mario Teguh")."""
        doc = ent.doc
        for k in range(ent.start + 1, ent.end - 1):
            tail = doc[k : ent.end]
            # by the first name, or by the surname of a two-word name ("Gedung Putih Steve
            # Bannon" ... "Bannon mengatakan"), not after an acronym or as one ("DKJ Hartati")
            by_surname = k == ent.end - 2 and doc[ent.end - 1].text in alone \
                and all(t.text[:1].isupper() and not t.text.isupper() for t in tail)
            if doc[k].text not in alone and not by_surname or any(
                p.text.split()[0] == doc[k].text and p.text != tail.text for p in full if p != ent
            ):
                continue
            if len(tail) > 4 or not all(t.text[:1].isupper() and t.is_alpha and not t.is_stop for t in tail):
                continue
            if any(atoms[t.i].keys() - lx.NAME_LIKE for t in tail):
                continue  # a body or place word: "Universitas Gadjah Mada", not a person
            if atoms[k - 1].keys() & _NAMED_AFTER_PEOPLE and not self._office_of_title(ent, k) or not doc[k - 1].text[:1].isupper():
                continue  # "Jalan Sudirman", "Yayasan Habibie": the name names the thing
            if ent.label_ == PER:
                head = self._after_titles(doc, ent.start, k)
                if head == ent.start or head == k:
                    continue  # no role before it ("Mario Teguh"), or titles only (trimmed anyway)
            return k
        return None

    def _repeat_names(self, doc: Doc, ents: list[Span], atoms: list[dict[str, int]], lower: set[str]) -> list[Span]:
        """A person named once in full ("Muhammad Tito Karnavian") is a PER wherever a word of that
        name comes back on its own ("Tito menyampaikan ..."): news refers back by one name."""
        words = {
            t.text
            for e in ents if e.label_ == PER and len(e) > 1  # a full name: a one-word PER may be a tagger's slip
            for t in e
            if len(t.text) >= 3 and t.text[:1].isupper() and not t.is_stop and not atoms[t.i]
            and lx.normalise_title(t.text) not in self.lexicon.titles_prefix
        }
        # a word the article also writes in lower case is a common noun ("Pasal" / "pasal")
        words = {w for w in words if w.lower() not in lower}
        if not words:
            return ents
        # a one-word ORG/LOC the tagger gave to a known person's name ("Marzuqi" after "Ahmad Marzuqi")
        ents = [
            Span(doc, e.start, e.end, label=PER) if len(e) == 1 and e.label_ != PER and e.text in words else e
            for e in ents
        ]
        taken = {t for e in ents for t in range(e.start, e.end)}
        extra: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            if i in taken or doc[i].text not in words:
                i += 1
                continue
            j = i + 1
            while j < n and j not in taken and doc[j].text in words:
                j += 1
            extra.append(Span(doc, i, j, label=PER))
            i = j
        if not extra:
            return ents
        merged: list[Span] = []
        for e in sorted(ents + extra, key=lambda e: e.start):
            if merged and e.label_ == PER and merged[-1].label_ == PER and merged[-1].end == e.start:
                e = Span(doc, merged.pop().start, e.end, label=PER)
            merged.append(e)
        return merged

    def _multiword_title(self, doc: Doc, i: int, end: int, titles: frozenset[str]) -> int:
        """End of the longest title (1-3 words) starting at token i, or i."""
        for size in (3, 2, 1):
            if i + size <= end and lx.normalise_title(" ".join(t.text for t in doc[i : i + size])) in titles:
                return i + size
        return i

    def _first_name(
        self, ent: Span, atoms: list[dict[str, int]], lower: set[str], ends: set[int], taken: set[int]
    ) -> Span:
        """"Kepala BPS Amalia [Adininggar Widyasanti]", "Marsda TNI Kukuh [Sudibyanto]",
        "Koordinator aksi, Ashogi [Akbar]": one capitalised word wedged between an organisation,
        place, rank or comma and the PER span is the person's first name, which taggers often
        leave out."""
        i = ent.start - 1
        if i < 1 or i in taken or ent.doc[i].is_sent_start:
            return ent
        tok, before = ent.doc[i], ent.doc[i - 1]
        # after an organisation, place or rank, or set off by a comma ("Koordinator aksi, [Ashogi] Akbar")
        if not (i in ends or lx.normalise_title(before.text) in self.lexicon.titles_rank or before.text == ","):
            return ent
        text = tok.text
        if (
            not text[:1].isupper() or tok.is_punct or tok.is_stop or tok.like_num or text.lower() in lower
            or atoms[i].keys() - lx.NAME_LIKE or lx.normalise_title(text) in self.lexicon.titles_prefix
        ):
            return ent
        return Span(ent.doc, i, ent.end, label=PER)

    def _degree(self, text: str) -> bool:
        """A degree or rank after a name (``S.H.``, ``MA``, ``M.Si``, ``Purn``), not a two-letter
        surname written like one (``Jack Ma``)."""
        norm = lx.normalise_title(text)
        return norm in self.lexicon.titles_suffix and (len(norm) > 2 or "." in text or not text.istitle())

    def trim(self, ent: Span, atoms: list[dict[str, int]], named: list[Span] | None = None) -> Span | None:
        """The PER span without leading titles (and, after a role, the body or place it names) and
        without trailing degrees and punctuation; None when nothing of a name is left. The
        bodies and places cut off after a role are appended to ``named`` as ORG or LOC."""
        doc = ent.doc
        start, end = ent.start, ent.end
        saw_role = False
        while start < end:
            nxt = self._multiword_title(doc, start, end, self.lexicon.titles_prefix)
            if nxt > start:
                saw_role = True
            elif doc[start].is_punct or doc[start].is_space:
                nxt = start + 1
            elif saw_role and end - start > 1:
                # after a role: the body or place it belongs to ("Bupati Lahat Budi", "Ketua KPU Budi")
                kind = max(_ORG_OR_PLACE, key=lambda k: atoms[start].get(k, 0))
                nxt = atoms[start].get(kind, 0)
                if not (start < nxt < end):
                    break
                if named is not None:
                    named.append(Span(doc, start, nxt, label="ORG" if kind in _BODIES else "LOC"))
            else:
                break
            start = nxt
        while end > start:
            last = doc[end - 1]
            if last.is_punct or last.is_space or self._degree(last.text):
                end -= 1
            elif end - 2 >= start and self._degree(doc[end - 2].text + last.text):
                end -= 2  # "S. H" written in two tokens
            else:
                break
        if start >= end or (end - start == 1 and lx.NAME_BREAK in atoms[start]):
            return None  # nothing left, or a day or month name ("Ahad")
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label=ent.label_)


@Language.factory("pemilu_person_names")
def make_person_name_cleaner(nlp: Language, name: str) -> PersonNameCleaner:
    return PersonNameCleaner(nlp, name)
