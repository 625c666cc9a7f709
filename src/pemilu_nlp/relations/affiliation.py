"""``affiliation`` records: a person holds a role in, or belongs to, an organisation (guidelines 3.1).

The rules read tokens, entities and role words (``resources/roles.tsv``) within a sentence:

- a role phrase before the name: ``Anggota Bawaslu Kota Lahat, Rina Marlina``,
  ``Ketua KPU Sumsel Rahmat``, ``Kapolda Riau Irjen Pol Hendra`` (ranks and honorifics
  between the organisation and the name are skipped), coordinated roles and names
  (``Ketua dan Anggota Bawaslu Lahat, A dan B``), two roles of one person
  (``Ketua DPD Partai X sekaligus Bupati Tapanuli Tengah Y``) and two bodies in one phrase
  (``Anggota DPR Fraksi PAN X``);
- a role phrase after the name: apposition (``Rina Marlina, Anggota Bawaslu ...``,
  ``Yudi (Politikus Gerindra)``) or a linking word (``selaku``, ``sebagai``,
  ``merupakan``, ``yang menjabat``, ``yang juga``); membership ``X dari Fraksi PAN``;
- the organisation: the ORG entities of the phrase; for regional heads the region (LOC:
  ``Wali Kota Palembang`` -> ``Palembang``); for portfolio titles the title itself is the
  role (``Menteri Sosial``) and the organisation is null; a bare office title
  (``Koordinator Sekretariat, Dedi``) takes the organisation just named in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.lexicon import countries, is_roman
from ..extensions import relations
from .common import add_record, argument_key, expanded_org, quoted_person, sentence_numbers, span_mention
from .quote import lexicon as quote_lexicon
from .speakers import DEMONSTRATIVES, member_roles, pronouns, role_aliases
from .cues import (
    ArticleView,
    Cue,
    RELATION_WORDS as W,
    boilerplate_tokens,
    clause_start,
    canonical_person,
    coordinated_before,
    doc_person_aliases,
    find_cues,
    held_for,
    holder_after_brackets,
    list_lead_end,
    person_starts,
    previous_person,
)
from .events import is_verb

ROLES = "roles.tsv"
# region kinds that take a place as their "organisation"
_PLACE_ROLES = {"regional"}
# kinds of role stated without an organisation (a post of the state, a portfolio, a profession)
_ORGLESS = {"national", "portfolio", "profession"}
_NO_IMPLIED_ORG = _ORGLESS | {"regional", "occupation"}
_MAX_CHAIN = 24
_RELATIVE_WORDS = 15  # the longest "yang juga" clause read between a role phrase and its holder
_QUOTE_LOOKBACK = 5  # sentences back to the speaker of a quotation attributed after it


@lru_cache(maxsize=1)
def _linkers() -> tuple[tuple[str, ...], ...]:
    """Linking phrases as word tuples, longest first (``yang juga menjabat`` before ``yang juga``)."""
    return tuple(sorted((tuple(p.split()) for p in W.linker), key=len, reverse=True))


def _post(role: str) -> str:
    """A role as the post it names, however written: ``Menteri Luar Negeri (Menlu)``,
    ``Menteri Luar Negeri`` and ``Menlu`` are one post (``role_aliases.tsv``)."""
    words = re.sub(r"\([^)]*\)", " ", role.lower()).split()
    phrase = " ".join(words)
    return role_aliases().get(phrase, (phrase,))[0]


@dataclass
class RoleChunk:
    """A role phrase: tokens [start, end); ``kind`` from the lexicon (office, regional, ...)."""

    start: int
    end: int
    kind: str
    core_end: int = -1  # end of the lexicon words; capitalised words after them run to ``end``


@dataclass
class Group:
    roles: list[RoleChunk]
    orgs: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)


@dataclass
class Fact:
    position: int
    person: Span
    role: RoleChunk | None
    org: Span | None
    implied: bool = False
    # when nothing is implied: the capitalised words after the office title, taken as the
    # body's name, and the role without them ("Anggota Bawaslu Kota X" where NER missed the ORG)
    fallback: tuple[RoleChunk, Span] | None = None
    # a post held for a person ("Juru Bicara Anies Baswedan, Surya Tjandra"): no body to name
    for_person: bool = False


class AffiliationComponent:
    """spaCy component: appends ``affiliation`` records to ``doc._.relations``."""

    def __init__(self, nlp: Language, name: str = "pemilu_affiliation") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not any(e.label_ == "PER" for e in doc.ents):
            return doc
        view = _View(doc)
        sents, all_ents = view.sents, view.sent_ents
        bodies: dict[str, list[tuple[str | None, frozenset[str]]]] = {}  # person -> the organisations already given
        for si, (sent, index, ents) in enumerate(zip(sents, sentence_numbers(sents), all_ents)):
            if sent.start in view.boiler:
                continue
            facts = view.sentence_facts(sent, ents) if any(e.label_ == "PER" for e in ents) else []
            facts += view.anaphoric_facts(
                sent, ents, lambda pos, own=False, back=2: previous_person(all_ents, si, before=pos if own else None, back=back),
                speaker=lambda pos: quoted_person(doc, index, pos),
            )
            for fact in facts:
                record = view.record(fact, index)
                if self._restates(record, bodies):
                    continue
                add_record(doc, record)
        self._drop_bodiless_repeats(doc)
        return doc

    @staticmethod
    def _drop_bodiless_repeats(doc: Doc) -> None:
        """A post written again without its body (``Perdana Menteri Israel X`` ... later
        ``Perdana Menteri X``) is the same fact, not a second post without an organisation."""
        records = relations(doc)
        placed = {
            (argument_key(r["person"]), _post(r["role"]["text"]))
            for r in records
            if r["type"] == "affiliation" and r.get("organization") and r.get("role")
        }
        records[:] = [
            r for r in records
            if not (r["type"] == "affiliation" and not r.get("organization") and r.get("role")
                    and (argument_key(r["person"]), _post(r["role"]["text"])) in placed)
        ]

    @staticmethod
    def _restates(record: dict[str, Any], bodies: dict[str, list[tuple[str | None, frozenset[str]]]]) -> bool:
        """The same post written twice with a longer or shorter body name (``Bawaslu Kota
        Lahat`` / ``Sekretariat Bawaslu Lahat``) is one fact: keep the first."""
        org = record["organization"]
        if org is None:
            return False
        words = frozenset(w for w in org["text"].lower().replace(",", " ").split() if w not in W.region_type)
        # a region a regional head governs is no shorter name of a body there ("Gubernur NTT"
        # and "Ketua DPD Partai Golkar NTT" are two posts): only names of the same kind compare
        seen = bodies.setdefault(record["person"]["text"].lower(), [])
        if any(label == org.get("label") and (words <= other or other <= words) for label, other in seen):
            return True
        seen.append((org.get("label"), words))
        return False


class _View(ArticleView):
    """Per-doc lookups shared by the rules (entities per token and sentence, role chunks, titles)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.boiler = boilerplate_tokens(doc)
        self.titles: set[int] = set()
        self.chunk_at: dict[int, RoleChunk] = {}
        self.read: set[int] = set()  # role chunks a name was found for
        self.aliases = doc_person_aliases(doc)
        self._role_chunks(find_cues(doc, ROLES, "role", outside_entities=True))

    # -- role phrases ---------------------------------------------------------------
    def _role_chunks(self, cues: list[Cue]) -> None:
        words: list[Cue] = []
        for cue in cues:
            if cue.kind == "title":
                self.titles.update(range(cue.start, cue.end))
            elif self.ent[cue.start] is None:
                words.append(cue)
        self._role_word_at = {c.start for c in words}
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and words[j + 1].start == words[j].end:
                j += 1
            run = words[i : j + 1]
            i = j + 1
            heads = [c for c in run if c.kind != "modifier"]
            if not heads:
                continue
            # the last head word decides the kind: "Wakil Gubernur" is regional, "Ketua Umum" an office
            kind = heads[-1].kind
            start, end = run[0].start, run[-1].end
            chunk = RoleChunk(start, self._extend(start, end, kind), kind, core_end=end)
            self.chunk_at[start] = chunk

    def _extend(self, start: int, end: int, kind: str) -> int:
        """Role words after the lexicon match: ``Wakil Ketua 1``, ``Menteri Hukum dan HAM``,
        ``Direktur Jenderal (Dirjen) Peternakan``, ``Koordinator Sekretariat``."""
        doc = self.doc
        k = end
        limit = min(len(doc), end + 8)
        # "ahli hukum pidana", "pengamat politik": an expert's field is part of the role
        field = 4 if doc[end - 1].lower_ in W.expert else 0
        while k < limit:
            t = doc[k]
            ent = self.ent[k]
            if ent is not None and kind == "portfolio" and k == end and ent.label_ == "ORG" and ent.text.isupper() and len(ent) == 1:
                k = ent.end  # "Menteri BUMN", "Menteri PUPR": the portfolio, not a body the minister belongs to
                continue
            body = self.ent[ent.end] if ent is not None and ent.end < len(doc) else None
            if body is not None and kind == "portfolio" and k > end and ent.start == k and ent.label_ == "ORG" \
                    and body.start == ent.end and body.label_ == "ORG":
                k = ent.end  # "Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri": the field, then the body
                continue
            if ent is not None or k in self.titles:
                break
            low = t.lower_
            if field and t.is_lower and t.is_alpha and low not in W.stop and low not in W.linker:
                field -= 1
                k += 1
                continue
            if t.like_num and len(t) <= 2 or is_roman(t.text):
                k += 1
                continue
            if low == "of" and kind == "office" and k + 1 < limit and self._title_word(k + 1):
                k += 1  # "Head of Ecommerce Eiger": an English title's field
                continue
            if t.text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and self.ent[k + 1] is None and doc[k + 1].text[:1].isupper():
                k += 3
                continue
            if kind in ("portfolio", "office") and k + 1 < limit and self._title_word(k + 1) and (
                low == "bidang" or t.text == "," and k > end
            ):
                # "Menteri Koordinator bidang Perekonomian", "Menteri Riset, Teknologi, dan ...",
                # "Juru Bicara bidang Pencegahan KPK"
                k += 1
                continue
            if low in ("dan", "&") and k + 1 < limit and (doc[k + 1].is_title or doc[k + 1].is_upper) and self.ent[k + 1] is None and k > end:
                if kind == "portfolio" or kind == "office" and k + 1 not in self._role_word_at:
                    # "Juru Bicara Penindakan dan Kelembagaan KPK", "Kepala Biro Komunikasi dan
                    # Layanan Informasi Kemenkeu", "Bisnis Komersial & SME BCA": a unit's name with "dan" inside
                    k += 1
                    continue
                break
            if low == "sementara" or (t.is_title or t.is_upper) and t.is_alpha and not self._starts_role(k):
                if kind in ("portfolio", "office", "national") or low == "sementara":
                    k += 1
                    continue
            break
        return k

    def _title_word(self, i: int) -> bool:
        """A capitalised word that can go on a title's portfolio or field: no entity, rank or role word."""
        t = self.doc[i]
        return (t.is_title or t.is_upper or t.lower_ == "dan") and t.is_alpha and self.ent[i] is None \
            and i not in self.titles and not self._starts_role(i)

    def _starts_role(self, i: int) -> bool:
        return i in self.chunk_at

    # -- chains after a role --------------------------------------------------------
    def _chain(self, first: RoleChunk, stop: int) -> tuple[list[Group], int]:
        """Read ``ROLE [dan ROLE] ORG/LOC ... [sekaligus ROLE ORG ...]`` from ``first``.

        Returns the groups and the token index where the chain stopped (a PER there means
        the roles belong to that person)."""
        doc = self.doc
        groups = [Group([first])]
        k = first.end
        limit = min(stop, first.end + _MAX_CHAIN)
        paren = 0
        after_title = False
        while k < limit:
            t = doc[k]
            ent = self.ent[k]
            if ent is not None and ent.start == k:
                if ent.label_ == "PER" and not (paren and holder_after_brackets(doc, self.ent, k, limit) is not None):
                    return groups, k
                if after_title or paren:
                    k = ent.end
                    continue
                if ent.label_ == "ORG":
                    groups[-1].orgs.append(ent)
                elif ent.label_ == "LOC":
                    groups[-1].places.append(ent)
                k = ent.end
                after_title = False
                continue
            if k in self.titles:
                after_title = True
                k += 1
                continue
            if t.text == "(":
                paren += 1
                k += 1
                continue
            if t.text == ")":
                if not paren:
                    return groups, k  # the role was in parentheses after a name: "A (Ketua), B"
                paren -= 1
                k += 1
                continue
            if paren:
                k += 1
                continue
            if t.text == "/" and k + 1 < limit and self.ent[k + 1] is not None and groups[-1].orgs:
                k += 1  # "Ketua DPC PDI Perjuangan/DPRD Depok": two bodies
                continue
            if t.lower_ in W.other and k == groups[-1].roles[-1].end:
                k += 1  # "Anggota lainnya dari Fraksi X, A", "pimpinan lain di Komisi IV, B"
                continue
            if t.is_lower and t.lower_ in W.body_kind and not groups[-1].orgs and not groups[-1].places:
                j = k
                while j < limit and doc[j].is_lower and doc[j].lower_ in W.body_kind:
                    j += 1
                body = self.ent[j] if j < limit else None
                if body is not None and body.start == j and body.label_ == "ORG":
                    k = j  # "Personel boyband BIGBANG, Taeyang": the kind of body before its name
                    continue
            if t.text == "," or t.lower_ in ("dari", "di", "pada", "of") and (k == groups[-1].roles[-1].end or doc[k - 1].lower_ in W.other):
                k += 1  # "pengusaha dari Golden Coffee Beans", "Direktur Jenderal Bina Desa pada Kementerian X", "Director of PT X"
                continue
            if t.lower_ == "di" and groups[-1].orgs and k + 1 < limit:
                j = k + 1
                while j < limit and self.ent[j] is not None and self.ent[j].start == j and self.ent[j].label_ == "LOC":
                    j = self.ent[j].end
                if j > k + 1 and person_starts(self.ent, j):
                    k = j  # "Sekretaris Utama Kedubes Indonesia di Phnom Penh Kamboja Noam Lazuardy": where the body is
                    continue
            if t.lower_ == "periode" and (groups[-1].orgs or groups[-1].places) and k + 1 < limit and doc[k + 1].like_num:
                k += 2  # "Ketua Dewan Kehormatan AKPI periode 2019-2022, X": the term of the post
                while k < limit and (doc[k].like_num or doc[k].text in ("-", "–", "/")):
                    k += 1
                continue
            if t.lower_ == "dari" and groups[-1].orgs and k + 1 < limit:
                j = k + 2 if doc[k + 1].lower_ == "fraksi" and self.ent[k + 1] is None else k + 1
                nxt = self.ent[j] if j < limit else None
                if nxt is not None and nxt.start == j and nxt.label_ == "ORG":
                    k = j  # "anggota DPRD Jabar dari Fraksi Partai Gerindra X", "dari fraksi PAN X": both bodies
                    continue
            if t.lower_ == "sementara" and (groups[-1].orgs or groups[-1].places):
                k += 1  # "Ketua DPRD DKI Jakarta Sementara X": an interim post
                continue
            tenure_end = self._past_tenure(k, limit)
            if tenure_end > k and (k == groups[-1].roles[-1].end or groups[-1].orgs or groups[-1].places):
                k = tenure_end  # "Gubernur baru The Fed, X", "Wali Kota Surabaya saat ini, X"
                continue
            if t.lower_ in W.origin and k + 1 < limit:
                # "Pemain SC Cambuur berkebangsaan Indonesia, X": the holder's origin, no body
                nxt = self.ent[k + 1]
                if nxt is not None and nxt.start == k + 1 and nxt.label_ == "LOC":
                    k = nxt.end
                    continue
                if doc[k + 1].is_title and nxt is None:
                    k += 2  # the place untagged, one word
                    continue
            if t.lower_ == "untuk" and (groups[-1].orgs or groups[-1].places) and k + 1 < limit:
                nxt = self.ent[k + 1]
                if nxt is not None and nxt.start == k + 1 and nxt.label_ in ("ORG", "LOC"):
                    k = nxt.end  # "Duta Besar Inggris untuk PBB X": where the envoy is posted, not the body
                    continue
            if t.lower_ in W.role_joiner and k + 1 < limit:
                nxt = k + 1
                if doc[nxt].lower_ in ("juga", "merangkap"):
                    nxt += 1
                chunk = self.chunk_at.get(nxt)
                if chunk is not None:
                    if t.lower_ in ("dan", "-") and not groups[-1].orgs and not groups[-1].places:
                        # "Ketua dan Anggota Bawaslu Lahat", "Wali Kota-Wakil Wali Kota Depok"
                        groups[-1].roles.append(chunk)
                    else:
                        groups.append(Group([chunk]))
                    k = chunk.end
                    limit = min(stop, k + _MAX_CHAIN)
                    continue
            if (t.is_title or t.is_upper) and t.is_alpha and len(groups[-1].orgs) + len(groups[-1].places) > 0:
                # a capitalised word left inside an organisation name the NER split ("Kota")
                if t.lower_ in ("kota", "kabupaten", "provinsi", "kab.", "prov.", "pusat"):
                    k += 1  # "... Palang Merah Indonesia (PMI) Pusat X"
                    continue
                if t.lower_ in W.unit_word:
                    # "Wakil Ketua Umum Kadin Indonesia Bidang Properti X": the post's portfolio
                    k += 1
                    while k < limit and self.ent[k] is None and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ == "dan"):
                        k += 1
                    continue
            return groups, k
        return groups, k

    def _members(self, sent: Span) -> list[Fact]:
        """``Island Of God beranggotakan A (IOG*Kids), B dan C``, ``EVOS Roar terdiri dari A, B``:
        the people a team, band or board is made of are its members (no role)."""
        doc = self.doc
        facts: list[Fact] = []
        for k in range(sent.start + 1, sent.end - 1):
            if doc[k].lower_ == "beranggotakan":
                j = k + 1
            elif doc[k].lower_ == "terdiri" and doc[k + 1].lower_ in ("dari", "atas"):
                j = k + 2
            else:
                continue
            body = self.ent[k - 1]
            if body is None or body.label_ != "ORG" or body.end != k:
                continue
            if j < sent.end and doc[j].text in (",", ":"):
                j += 1
            first = self.ent[j] if j < sent.end else None
            if first is not None and first.start == j and first.label_ == "PER":
                facts.extend(Fact(name.start, name, None, body) for name in self._following_names(first, sent.end))
        return facts

    def _following_names(self, per: Span, stop: int) -> list[Span]:
        """``A dan B``, ``A, B dan C``: names coordinated with ``per``. A bracketed nickname after
        a name (``A (IOG*Kids), B``) is the name's own; a bracketed body (``A (ITB), B``) is
        where that person belongs, and ends the list."""
        doc = self.doc
        names = [per]
        k = per.end
        while k + 1 < stop:
            if doc[k].text == "(":
                close = next((j for j in range(k + 1, min(stop, k + 6)) if doc[j].text == ")"), None)
                if close is not None and not any(self.ent[j] is not None for j in range(k + 1, close)):
                    k = close + 1
                    continue
            if doc[k].lower_ in ("dan", ",", "serta"):
                j = k + 1
                if j < stop and doc[j].lower_ == "dan":
                    j += 1
                ent = self.ent[j] if j < stop else None
                if ent is not None and ent.start == j and ent.label_ == "PER":
                    names.append(ent)
                    k = ent.end
                    continue
            break
        return names

    # -- facts of a sentence -----------------------------------------------------------
    def sentence_facts(self, sent: Span, ents: list[Span]) -> list[Fact]:
        doc = self.doc
        facts: list[Fact] = []
        claimed: set[int] = set()  # role chunks already read as part of an earlier chain
        for start in range(sent.start, sent.end):
            chunk = self.chunk_at.get(start)
            if chunk is None or start in claimed:
                continue
            groups, k = self._chain(chunk, sent.end)
            if start > sent.start and doc[start - 1].lower_ in W.relational:
                # "istri Gubernur Jawa Barat, Atalia", "ajudan Presiden, X": the post is the
                # relative's or principal's, who is not named; the name after is someone else
                claimed.update(r.start for g in groups for r in g.roles)
                continue
            lead = list_lead_end(doc, k, sent.end, W.list_lead) if k < sent.end else k
            listed = lead > k
            if listed:
                # "sejumlah pimpinan KPK seperti A, B, dan C": the names the role phrase introduces
                k = lead
                while k < sent.end and doc[k].lower_ in W.copula:
                    k += 1  # "antara lain adalah A"
            k = self._past_relative(k, sent)
            client = self._past_client(k, sent) if chunk.kind == "profession" else k
            named_client, k = client > k, client
            ent = self.ent[k] if k < sent.end else None
            if ent is None or ent.label_ != "PER" or ent.start != k:
                continue
            # "Juru Bicara Presiden Joko Widodo, Fadjroel Rachman": the post is the second one's
            holder = held_for(doc, self.ent, chunk.start, ent)
            if holder is None and chunk.kind == "profession" and not named_client:
                continue  # "kuasa hukum Setya Novanto": the name after a profession is its client
            ent = holder or ent
            claimed.update(r.start for g in groups for r in g.roles)
            roles_total = sum(len(g.roles) for g in groups)
            # coordinated names only with coordinated roles ("Ketua dan Anggota Bawaslu, A dan B"),
            # a role many hold at once ("anggota Bintan Saragih dan Wahid Adams")
            shared = roles_total == 1 and doc[chunk.start : chunk.core_end].text.lower() in member_roles()
            # or a role counted ("dua Wakil Ketua KPK A dan B")
            counted = chunk.start > 0 and (doc[chunk.start - 1].lower_ in W.count or doc[chunk.start - 1].like_num)
            names = self._following_names(ent, sent.end) if roles_total > 1 or listed or shared or counted else [ent]
            for g in groups:
                roles = [r for r in g.roles if listed or not (r.start > 0 and doc[r.start - 1].lower_ in W.plural)]
                if not roles:
                    continue  # "para Pengurus Dewan Adat": many people, not the name after it
                if len(roles) > 1 and len(roles) == len(names):
                    pairs = list(zip(names, roles))
                elif len(roles) == 1:
                    pairs = [(n, roles[0]) for n in names]
                else:
                    pairs = [(names[0], roles[-1])]
                for name, role in pairs:
                    made = self._facts_for(name, role, g, position=role.start)
                    if holder is not None:
                        for f in made:
                            f.for_person = True
                    facts.extend(made)
        # after the name: apposition, linking words, "dari ORG"
        for ent in (e for e in ents if e.label_ == "PER"):
            facts.extend(self._after_name(ent, sent, claimed))
        facts.extend(self._members(sent))
        self.read.update(claimed)
        facts.sort(key=lambda f: f.position)
        self._resolve_implied(facts, ents)
        # an office with no organisation stated or just named is left out: the organisation
        # is somewhere else in the article and a record without it would be wrong
        # and a candidacy without a body ("bakal calon presiden X") is no post held
        return [f for f in facts if self._stated(f)]

    def _past_client(self, k: int, sent: Span) -> int:
        """``Kuasa hukum dua terdakwa, Soesilo``, ``Pengacara terdakwa, Tuti``: a client named by
        a common noun (``RELATION_WORDS.client``) after a profession; the name after the comma
        holds the profession (else ``k``). Without the comma the name is the client's own
        (``kuasa hukum terdakwa Axel``)."""
        doc = self.doc
        j = k
        while j < sent.end and (doc[j].lower_ in W.client or doc[j].lower_ in W.count and j + 1 < sent.end
                                and doc[j + 1].lower_ in W.client):
            j += 1
        if j == k or j + 1 >= sent.end or doc[j].text != ",":
            return k
        return j + 1 if person_starts(self.ent, j + 1) else k

    def _past_tenure(self, k: int, limit: int) -> int:
        """Past the words at ``k`` that say when a post is held (``baru``, ``saat ini``,
        ``kala itu``: ``RELATION_WORDS.tenure``), else ``k``."""
        doc = self.doc
        while k < limit:
            if doc[k].lower_ in W.tenure:
                k += 1
            elif k + 1 < limit and f"{doc[k].lower_} {doc[k + 1].lower_}" in W.tenure:
                k += 2
            else:
                break
        return k

    def _past_relative(self, k: int, sent: Span) -> int:
        """``Wali Kota Solo yang juga bakal calon wakil presiden untuk Prabowo, Gibran``: a
        verbless ``yang juga`` clause between a role phrase and the comma before its holder
        describes the holder further; the name after the comma (else ``k``)."""
        doc = self.doc
        if not (k + 1 < sent.end and doc[k].lower_ == "yang" and doc[k + 1].lower_ == "juga"):
            return k
        for j in range(k + 2, min(sent.end - 1, k + 2 + _RELATIVE_WORDS)):
            if doc[j].text == ",":
                return j + 1 if person_starts(self.ent, j + 1) else k
            if is_verb(doc[j]) or doc[j].is_quote or doc[j].text in ".;:":
                return k
        return k

    def _stated(self, f: Fact) -> bool:
        return f.org is not None or f.role is None or f.for_person or f.role.kind in _ORGLESS and not self._candidacy(f.role)

    def anaphoric_facts(self, sent: Span, ents: list[Span], referent, speaker=lambda pos: None) -> list[Fact]:
        """``Menurut Ketua MPR itu, ...``, ``Politikus Partai Golkar tersebut menilai ...``: a
        role phrase with no name that points back (``itu``/``tersebut``) names the person the
        sentence continues with, the subject of the sentence before (guidelines 3: arguments
        are given by name)."""
        doc = self.doc
        out: list[Fact] = []
        # "Ia merupakan Ketua Bawaslu Lahat", "kata dia yang juga Ketua ...": a pronoun, then linking words
        quoted = any(t.is_quote for t in sent)  # a pronoun inside a quotation may mean anyone
        for t in sent:
            if quoted or t.lower_ not in pronouns() or t.i + 1 < sent.end and doc[t.i + 1].lower_ == "sebagai":
                continue  # "beliau sebagai presiden ketiga": a description, not a post stated
            before = [w for w in doc[sent.start : t.i] if not (w.is_punct or w.lower_ in W.opener)]
            if before and before[-1].lower_ not in W.anaphor_lead:
                continue
            person = referent(t.i, own=True)
            if person is not None:
                out.extend(f for f in self._after_name(person, sent, self.read, after=t.i + 1) if self._stated(f))
        for start in range(sent.start, sent.end):
            chunk = self.chunk_at.get(start)
            if chunk is None or start in self.read:
                continue
            groups, k = self._chain(chunk, sent.end)
            if len(groups) != 1 or len(groups[0].roles) != 1 or k >= sent.end:
                continue
            inner: list[tuple[RoleChunk, Group]] = []
            if doc[k].lower_ == "yang":
                # "Politikus partai yang sejak 2019 menjadi anggota DPRD Kota Lubuk Raya itu mengatakan":
                # a relative clause closed by the demonstrative; its roles are the same person's
                clause = self._relative_roles(k, sent)
                if clause is None:
                    continue
                inner, k = clause
            if doc[k].lower_ == "di" and k + 1 < sent.end and self.ent[k + 1] is not None and self.ent[k + 1].start == k + 1:
                k = self.ent[k + 1].end  # "Ketua Fraksi PPP di DPR itu": where the post is held
            person = self._anaphor_person(start, k, sent, referent, speaker)
            if person is None:
                continue
            facts = self._facts_for(person, chunk, groups[0], position=chunk.start)
            for role, group in inner:
                facts += self._facts_for(person, role, group, position=role.start)
            out.extend(f for f in facts if f.org is not None)
        # "Pria yang juga menjabat sebagai Imam Besar Masjid Istiqlal itu menyatakan": a person
        # noun described by the posts of a relative clause
        for t in sent:
            if t.lower_ not in W.person_noun or t.i + 1 >= sent.end or doc[t.i + 1].lower_ != "yang":
                continue
            clause = self._relative_roles(t.i + 1, sent)
            if clause is None or not clause[0]:
                continue
            inner, k = clause
            person = self._anaphor_person(t.i, k, sent, referent, speaker)
            if person is not None:
                out.extend(f for role, group in inner for f in self._facts_for(person, role, group, position=role.start) if self._stated(f))
        return out

    def _relative_roles(self, yang: int, sent: Span) -> tuple[list[tuple[RoleChunk, Group]], int] | None:
        """The roles of a ``yang`` clause closed by ``itu``/``ini``/``tersebut`` (with no name or
        punctuation inside), and where the demonstrative stands; None when there is none."""
        doc = self.doc
        close = next((j for j in range(yang + 1, min(sent.end, yang + 14)) if doc[j].lower_ in DEMONSTRATIVES), None)
        if close is None or any(doc[j].is_punct or self.ent[j] is not None and self.ent[j].label_ == "PER" for j in range(yang, close)):
            return None
        inner: list[tuple[RoleChunk, Group]] = []
        for j in range(yang + 1, close):
            sub = self.chunk_at.get(j)
            if sub is not None:
                sub_groups, _ = self._chain(sub, close)
                inner.extend((r, g) for g in sub_groups for r in g.roles)
        return inner, close

    def _anaphor_person(self, start: int, k: int, sent: Span, referent, speaker) -> Span | None:
        """The person a phrase from ``start`` closed by a demonstrative at ``k`` points back to,
        when it is the subject or the speaker of an attribution (None otherwise)."""
        doc = self.doc
        if k >= sent.end or doc[k].lower_ not in DEMONSTRATIVES:
            return None
        lead = clause_start(doc, self.ent, sent.start, start)  # "Dalam pertemuan tersebut, Wakil Ketua MPR ini ..."
        before = [t for t in doc[lead:start] if not (t.is_punct or t.lower_ in W.opener)]
        attribution = bool(before) and quote_lexicon().stem(before[-1].lower_) is not None
        if before and before[-1].lower_ not in W.anaphor_lead and not attribution:
            return None  # only as the subject or after "menurut": "rapat yang dihadiri Bupati X itu" is no reference
        if doc[start].lower_ in W.past or doc[start].lower_ in W.candidacy:
            return None  # "Mantan Gubernur DKI itu": a past post, optional at best
        # the quote component's reading of who speaks comes first ("kata politikus X ini",
        # "Waketum PAN ini meyakini"): it follows a quotation back to its speaker however
        # long it ran, and a subject back to the one speaking, not the last name read
        return speaker(start) or referent(start, back=_QUOTE_LOOKBACK if attribution else 2)

    def _candidacy(self, role: RoleChunk) -> bool:
        first = self.doc[role.start].lower_
        return first in W.candidacy

    def _facts_for(self, person: Span, role: RoleChunk, group: Group, position: int) -> list[Fact]:
        orgs: list[Span] = list(group.orgs)
        if not orgs and group.places and (role.kind in _PLACE_ROLES or self._state_office(role, group.places[0])):
            orgs = [group.places[0]]
        if not orgs and not group.places and role.kind in ("national", "portfolio") and role.end <= person.start:
            state = self._state_after(person)
            if state is not None:
                orgs = [state]
        if orgs:
            return [Fact(position, person, role, org) for org in orgs]
        # "ketua rombongan", "ketua panitia": the role is in a group the article does not name
        doc = self.doc
        nxt = doc[role.end] if role.end < len(doc) else None
        unnamed = nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.lower_ not in W.stop and self.ent[nxt.i] is None
        # an expert's field is no body, whatever its case ("Pakar Hukum Tata Negara Mahfud MD")
        expert = doc[role.core_end - 1].lower_ in W.expert
        # a post of our own state ("Duta Besar Indonesia untuk Italia") belongs to no other body
        # the sentence names
        home = any(p.text.lower() in W.home_state for p in group.places)
        fact = Fact(position, person, role, None, implied=role.kind not in _NO_IMPLIED_ORG and not unnamed and not expert and not home)
        if role.kind in ("office", "party") and role.end > role.core_end and not group.places and not expert:
            # a bracketed short form right after the title is the title's ("Jaksa Penuntut Umum (JPU)")
            bracketed = {i for i in range(role.core_end, role.end) if doc[i - 1].text == "(" or doc[i].text in "()"}
            first = next((i for i in range(role.core_end, role.end) if i not in bracketed
                          and (doc[i].is_upper or doc[i].is_title and doc[i].lower_ != "sementara")), None)
            # "Penasihat Negara Aung San Suu Kyi": one generic word after the title is no body
            if first is not None and not doc[first].like_num and not (role.end - first == 1 and doc[first].lower_ in W.bodiless):
                fact.fallback = (RoleChunk(role.start, first, role.kind, core_end=role.core_end), Span(doc, first, role.end, label="ORG"))
        return [fact]

    def _state_after(self, person: Span) -> Span | None:
        """``Ratu Maxima dari Belanda``: the foreign state named after the holder of a post of state."""
        doc = self.doc
        k = person.end
        if k + 1 >= len(doc) or doc[k].lower_ != "dari":
            return None
        ent = self.ent[k + 1]
        if ent is None or ent.start != k + 1 or ent.label_ != "LOC" or ent.text.lower() not in countries():
            return None
        return ent

    def _state_office(self, role: RoleChunk, place: Span) -> bool:
        """``Presiden Suriah``, ``Perdana Menteri Israel``, ``Menteri Luar Negeri Rusia``: a
        national office or a minister's portfolio followed by the state takes it as its
        organisation, as a regional head takes its region; our own (``Presiden RI``, ``Republik
        Indonesia``) is left implicit, as Indonesian news leaves it."""
        if place.start != self._past_tenure(role.end, place.start) or place.text.lower() in W.home_state \
                or role.kind == "occupation":
            return False  # "sutradara Belgia Agnes Varda": a trade's state is its holder's nationality
        # any post of a foreign state ("Penasihat Keamanan Nasional Myanmar", "Duta Besar Rusia
        # untuk PBB", "Pemimpin Korea Utara") takes the state, as its head does
        return role.kind in ("national", "portfolio") or place.text.lower() in countries()

    def _after_name(self, per: Span, sent: Span, claimed: set[int], after: int | None = None) -> list[Fact]:
        """Roles after a name: apposition, linking words, membership. ``after``: where the
        phrase starts when the name stands elsewhere (``Ia merupakan Ketua ...``: after the
        pronoun; only linking words count there)."""
        doc = self.doc
        k = per.end if after is None else after
        end = sent.end
        opened = False
        if k < end and doc[k].text in (",", "(") and after is None:
            opened = True
            k += 1
        linked = False
        # "yang kini menjabat sebagai", "kini menjabat": linking words with adverbs of time between
        progress = True
        while progress and k < end:
            progress = False
            if linked or doc[k].lower_ in W.linker_adverb:
                j = k
                while j < end and doc[j].lower_ in W.linker_adverb:
                    j += 1
            else:
                j = k
            linkers = _linkers()
            words = tuple(t.lower_ for t in doc[j : min(end, j + len(linkers[0]))])  # longest first
            for linker in linkers:
                if words[: len(linker)] == linker:
                    k = j + len(linker)
                    linked = progress = True
                    break
        if k < end and doc[k].lower_ == "sebagai" and linked:
            k += 1
        # membership: "X dari Fraksi PAN"
        if not linked and after is not None:
            return []
        if not linked and k < end and doc[k].lower_ == "dari" and not opened:
            ent = self.ent[k + 1] if k + 1 < end else None
            if ent is not None and ent.start == k + 1 and ent.label_ == "ORG":
                return [Fact(per.start, per, None, ent)]
            return []
        if not (opened or linked) and after is None and k < end and self._closed_apposition(k, end):
            opened = True  # 'ujar Melki Ketua DPD Partai Golkar NTT itu': the demonstrative closes it
        if not (opened or linked):
            return []
        ent = self.ent[k] if k < end else None
        if opened and doc[k - 1].text == "(" and ent is not None and ent.start == k and ent.label_ == "ORG" \
                and ent.end < end and doc[ent.end].text == ")":
            return [Fact(per.start, per, None, ent)]  # "Kosasih Prijatna (ITB)": the body the person is from
        chunk = self.chunk_at.get(k)
        if chunk is None or chunk.start in claimed and not linked:
            return []
        groups, stop = self._chain(chunk, end)
        stop_ent = self.ent[stop] if stop < end else None
        # the role introduces the next name ("A, Ketua Bawaslu B"), unless that name is a
        # profession's client ("A, kuasa hukum B") and no holder follows it ("..., B, C")
        if stop_ent is not None and stop_ent.label_ == "PER" and stop_ent.start == stop and not (
                chunk.kind == "profession" and held_for(doc, self.ent, chunk.start, stop_ent) is None):
            return []
        facts: list[Fact] = []
        # "A dan B adalah Ketua dan Wakil Ketua KPU": the names before share the linked roles
        names = coordinated_before(doc, self.ent, per, sent.start) if linked and after is None else [per]
        for g in groups:
            for role in g.roles:
                claimed.add(role.start)
            if len(names) > 1 and len(g.roles) == len(names):
                pairs = list(zip(names, g.roles))
            else:
                pairs = [(n, r) for n in names for r in g.roles]
            for name, role in pairs:
                facts.extend(self._facts_for(name, role, g, position=role.start))
        return facts

    def _closed_apposition(self, k: int, end: int) -> bool:
        """A role phrase at ``k`` that a demonstrative ends (``Ketua DPD Partai Golkar NTT itu``)
        right after the name: an apposition without its comma."""
        chunk = self.chunk_at.get(k)
        if chunk is None:
            return False
        _, stop = self._chain(chunk, end)
        return stop < end and self.doc[stop].lower_ in DEMONSTRATIVES

    def _resolve_implied(self, facts: list[Fact], ents: list[Span]) -> None:
        """A bare office title takes the organisation just named in the sentence: that of the
        nearest earlier record with a role, else the nearest earlier ORG entity. A judge or
        prosecutor takes only a court or prosecution office ("tokoh PAN yang disebut Jaksa X")."""
        doc = self.doc
        for i, fact in enumerate(facts):
            if not fact.implied:
                continue
            if fact.role is not None and fact.role.start > 0 and doc[fact.role.start - 1].text == "(":
                continue  # "A (Komisioner KPK), B (Jaksa)": a bare title in a list describes its own person
            judicial = fact.role is not None and any(t.lower_ in W.judicial for t in doc[fact.role.start : fact.role.end])
            fits = self._is_court if judicial else (lambda org: org.label_ == "ORG")
            for earlier in reversed(facts[:i]):
                if earlier.role is not None and earlier.org is not None and fits(earlier.org):
                    fact.org = earlier.org
                    break
            else:
                before = [e for e in ents if fits(e) and e.end <= fact.position]
                if before:
                    fact.org = before[-1]
                elif fact.fallback is not None:
                    fact.role, fact.org = fact.fallback

    def _is_court(self, org: Span) -> bool:
        """An ORG naming a court or prosecution office, read past the bench ("Majelis Hakim
        Pengadilan Negeri Bandung")."""
        doc = self.doc
        first = org.start
        while first < org.end - 1 and doc[first].lower_ in W.bench:
            first += 1
        return org.label_ == "ORG" and doc[first].lower_ in W.court

    # -- output -------------------------------------------------------------------------
    def record(self, fact: Fact, sentence: int) -> dict[str, Any]:
        doc = self.doc
        role = None
        if fact.role is not None:
            role = span_mention(doc[fact.role.start : fact.role.end], "ROLE")
        return {
            "type": "affiliation",
            "sentence": sentence,
            "person": span_mention(canonical_person(fact.person, self.aliases), "PER"),
            "role": role,
            "organization": span_mention(expanded_org(fact.org)) if fact.org is not None else None,
        }


@Language.factory("pemilu_affiliation", default_config={})
def make_affiliation(nlp: Language, name: str) -> AffiliationComponent:
    """The ``affiliation`` relation component (needs sentences and PER/ORG/LOC entities)."""
    return AffiliationComponent(nlp, name)
