"""Sentence splitting for Indonesian news (annotation guidelines, section 1).

The splitter works on characters (``split_sentences``), so it can be tested and
measured without spaCy; the ``pemilu_sentences`` component maps its spans onto
tokens. A sentence always starts right after whitespace (or at 0), so every boundary
is a token boundary for any whitespace-respecting tokenizer, spaCy's included.

How a line is split (news paragraphs are lines; a line break always ends a sentence):

1. A line that is boilerplate (``resources/boilerplate.txt``: "BACA JUGA: ...",
   "SCROLL TO CONTINUE WITH CONTENT", photo credits, ...) is one sentence, whatever
   punctuation it holds, and is marked boilerplate; except that a lead-in such as
   "Baca juga:" followed by a real paragraph (a scraper dropped the link,
   ``boilerplate_leadins.txt``) is a boilerplate sentence of its own.
2. Otherwise every ``.``, ``!``, ``?``, ``…`` (with closing quotes or brackets) that
   is followed by whitespace is a candidate end, decided by ``_ends_sentence`` from
   the word before it and the word after it: abbreviations and initials, list
   markers, lower-case continuations, attributions after a closing quote, open
   parentheses, trailing editor codes, closing quotes written apart.

Lexicons are data files (``abbreviations.txt``, ``sentence_final_abbreviations.txt``,
``sentence_starters.txt``, ``boilerplate.txt``, ``boilerplate_leadins.txt``), loaded on first use so that importing
this module (which spaCy does for every pipeline through the entry point) stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy
import regex
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import resources
from .extensions import BOILERPLATE

# Exactly the characters for which str.isspace() is true, i.e. what spaCy's tokenizer
# treats as whitespace. Sentence starts must follow one of these to be token starts.
WHITESPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Line boundaries as str.splitlines() sees them (every one of them is whitespace).
LINE_BREAKS = "\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029"

_LINE = regex.compile(f"[^{LINE_BREAKS}]+")
_WS = regex.compile(f"[{WHITESPACE}]+")
# a candidate end: sentence punctuation, closing quotes/brackets, then whitespace
# ("()" is what a scraper left of a dropped editor code: "... Selasa (17/9). () Menurutnya")
_CANDIDATE = regex.compile(f"""(?P<punct>[.!?…]+)(?P<close>["'”’»)\\]]*)(?: \\(\\))*(?=[{WHITESPACE}])""")
_OPENERS = "\"'“‘«`(["
# an initial or a run of initials: "A.", "D.W.", "R.A."
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
# list markers: "a.", "1.", "12.", "iv.", "IV." (at the start of a sentence or after ":" / ";")
_LIST_MARKER = regex.compile(r"(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\.")
# an editor or source code closing a paragraph: "(rer)", "(ant/mdr)", "[rnd]", "(Antara)", "(gk-12)"
_EDITOR_CODE = regex.compile(r"[(\[][\p{L}\d*][\p{L}\d/*&+ -]{0,29}[)\]]")
# a quote written apart from the sentence it closes: 'yang baik. "'
_DETACHED_QUOTE = regex.compile(f"""[{WHITESPACE}]+["”’'](?=[{WHITESPACE}]|$)""")


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """Character span of one sentence; ``boilerplate`` marks page furniture (guidelines 1)."""

    start: int
    end: int
    boilerplate: bool = False


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for a in resources.lines("abbreviations.txt") if " " not in a)


@lru_cache(maxsize=1)
def _abbreviations_lower() -> frozenset[str]:
    return frozenset(a.lower() for a in _abbreviations())


@lru_cache(maxsize=1)
def _final_abbreviations() -> frozenset[str]:
    return frozenset(resources.lines("sentence_final_abbreviations.txt"))


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    return frozenset(resources.lines("sentence_starters.txt"))


_TAIL = 120  # longest text an end-anchored boilerplate pattern may match


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[regex.Pattern, regex.Pattern]:
    """(patterns anchored at the start, used with match; those anchored at the end, searched in the tail)."""
    patterns = resources.lines("boilerplate.txt")
    start = [p[1:] for p in patterns if p.startswith("^")]
    other = [p for p in patterns if not p.startswith("^")] or ["(?!)"]
    if not all(p.endswith("$") for p in other):
        raise ValueError("boilerplate.txt: every pattern must be anchored with ^ or $")
    return (
        regex.compile("|".join(f"(?:{p})" for p in start), regex.IGNORECASE),
        regex.compile("|".join(f"(?:{p})" for p in other), regex.IGNORECASE),
    )


@lru_cache(maxsize=1)
def _leadins() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{p})" for p in resources.lines("boilerplate_leadins.txt")), regex.IGNORECASE)


def is_boilerplate(sentence: str) -> bool:
    """True for a boilerplate line or sentence ("Baca juga: ...", "ADVERTISEMENT", ...)."""
    start, end = _boilerplate()
    # end-anchored patterns (photo credits) only need the tail; searching whole
    # paragraphs with them was most of the splitter's run time
    return start.match(sentence) is not None or end.search(sentence, max(0, len(sentence) - _TAIL)) is not None


def _is_abbreviation(word: str) -> bool:
    if word in _abbreviations():
        return True
    # "JL.", "NO.", "KAB." in all-caps text: the listed form in another case
    return word.isupper() and len(word) > 2 and word.lower() in _abbreviations_lower()


def _is_initial(word: str) -> bool:
    return _INITIALS.fullmatch(word) is not None


def _next_word(text: str, start: int, end: int) -> str:
    m = _WS.search(text, start, end)
    return text[start : m.start() if m else end]


def _ends_sentence(
    text: str, sent_start: int, cand: regex.Match, follow: int, line_start: int, line_end: int
) -> bool:
    """Does the candidate end ``cand`` (followed by the word at ``follow``) end the sentence?"""
    first = text[follow]
    rest = text[follow:line_end]

    # a trailing editor code stays in the sentence before it: "... katanya. (rer)"
    if first in "([" and _EDITOR_CODE.fullmatch(rest.rstrip()):
        return False
    # a parenthesis opened in this sentence and closed later on the line: "(SSK. II)", "(Plt.)"
    before = text[sent_start : cand.end()]
    if before.count("(") > before.count(")") and ")" in rest:
        return False
    # "... tahun ini. (Baca ...)" is rare; a parenthesis after a period continues the sentence
    if first == "(":
        return False

    word_start = cand.start()
    while word_start > sent_start and not text[word_start - 1].isspace():
        word_start -= 1
    punct = cand.group("punct")
    closed = bool(cand.group("close"))  # a quote or bracket after the punctuation
    core = text[word_start : cand.start()].lstrip(_OPENERS) + punct  # "(Plt." -> "Plt."

    # an opening quote directly followed by a lower-case word is a misplaced closing
    # quote of an attribution: 'selesai. "katanya.'
    if first in _OPENERS:
        after = text[follow + 1 : follow + 2]
        if after and after.islower():
            return False
        starts_upper = True
    else:
        starts_upper = first.isupper() or first.isdigit()

    if not starts_upper:
        # lower case: an attribution ('?" tanya dia', '." ujarnya') or a word after an
        # abbreviation or an ellipsis continues the sentence; after a plain word or a
        # number the writer plainly meant a sentence end (typos: "sudah stabil. kita ...")
        if closed or punct != "." or not first.isalpha():
            return False
        bare = core[:-1]
        if bare.isdigit():
            return len(bare) >= 2  # "lahir pada 1879. atau ..."; not a list marker "a. b."
        return len(bare) >= 3 and bare.isalpha() and core.lower() not in _abbreviations_lower()

    if punct != ".":
        return True  # "!", "?", "...", "…" before an upper-case word or a quote
    if closed and cand.group("close").strip(")]"):
        return True  # 'katanya." Dia ...': the quotation is closed
    # "(Plt.) Deputi ...": an abbreviation in brackets is judged like the bare one
    nxt = _next_word(text, follow, line_end).lstrip(_OPENERS)
    # list markers do not end a sentence: "1. Pemilu ...", "yaitu: a. KPU, b. Bawaslu"
    if _LIST_MARKER.fullmatch(core):
        prefix = text[sent_start:word_start].rstrip()
        if not prefix or prefix[-1] in ":;" or _enumerated(text, core[:-1], line_start, word_start, line_end):
            return False
    if core in _final_abbreviations():
        # "... Tbk. Perusahaan itu": ends unless another abbreviation or initial follows ("Co. Ltd.")
        return first not in _OPENERS and not (_is_abbreviation(nxt) or _is_initial(nxt))
    if _is_abbreviation(core) or _is_initial(core):
        # titles, initials, "Jl.", "No.": a name or number follows, unless the next
        # word can only start a sentence ("... Jl. Sudirman No. 5. Ia ...")
        return nxt in _starters()
    return True


def _quote_open(text: str, start: int, end: int) -> bool:
    """Is a quotation open at ``end`` (counting from the line start)?"""
    return text.count('"', start, end) % 2 == 1 or text.count("“", start, end) > text.count("”", start, end)


def _enumerated(text: str, marker: str, line_start: int, at: int, line_end: int) -> bool:
    """An inline list: "... 2. Jalan Gajah Mada 3. Jalan Hayam Wuruk 4. ..." (marker "3")."""
    if marker.isdigit() and int(marker) > 0:
        before, after = str(int(marker) - 1), str(int(marker) + 1)
    elif len(marker) == 1 and marker.isalpha():
        before, after = chr(ord(marker) - 1), chr(ord(marker) + 1)
    else:
        return False
    # the neighbouring item within a list item's length of this one
    window = 160
    return (
        (before not in ("0", "`", "@") and regex.search(
            rf"(?:^|\s){regex.escape(before)}\.\s", text[max(line_start, at - window):at]) is not None)
        or regex.search(rf"\s{regex.escape(after)}\.\s", text[at:min(line_end, at + window)]) is not None
    )


def _line_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one line text[start:end] (already trimmed)."""
    out = []
    s = start
    for m in _CANDIDATE.finditer(text, start, end):
        q = _DETACHED_QUOTE.match(text, m.end(), end)
        if q is not None and (q.end() == end or _quote_open(text, start, m.end())):
            # a closing quote written apart: 'musim yang baik. "' belongs to the sentence it closes
            if q.end() < end:
                follow = _WS.match(text, q.end(), end).end()
                first = text[follow]
                if first.isupper() or first.isdigit() or first in _OPENERS:
                    out.append((s, q.end()))
                    s = follow
            continue
        ws = _WS.match(text, m.end(), end)
        if ws is None or ws.end() >= end:
            continue
        follow = ws.end()
        if _ends_sentence(text, s, m, follow, start, end):
            out.append((s, m.end()))
            s = follow
    out.append((s, end))
    return out


def _prose_follows(text: str, pos: int, end: int) -> bool:
    """After a boilerplate lead-in at text[..pos]: whitespace, then text ending like prose."""
    return pos < end and text[pos].isspace() and text[end - 1] in ".\"”"


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentence spans of ``text``: ordered, non-overlapping, whitespace-trimmed, never empty.

    Each span starts at position 0 or right after a whitespace character.
    """
    spans: list[SentenceSpan] = []
    for line in _LINE.finditer(text):
        a, b = line.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        if is_boilerplate(text[a:b]):
            lead = _leadins().match(text, a, b)
            if lead is None or not _prose_follows(text, lead.end(), b):
                spans.append(SentenceSpan(a, b, True))  # "BACA JUGA:GEGER! Penemuan Mayat ..."
                continue
            spans.append(SentenceSpan(a, lead.end(), True))
            a = _WS.match(text, lead.end(), b).end()
        for s, e in _line_sentences(text, a, b):
            spans.append(SentenceSpan(s, e, is_boilerplate(text[s:e])))
    return spans


class SentenceSplitter:
    """spaCy component: sets sentence starts and the ``boilerplate`` span group.

    Works after any tokenizer that splits at whitespace (spaCy's always does): a
    sentence that starts inside a token starts at that token instead.
    """

    def __init__(self, nlp: Language, name: str = "pemilu_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc.spans[BOILERPLATE] = []
            return doc
        spans = split_sentences(doc.text)
        # one array write instead of token.is_sent_start per token: that setter checks
        # the doc's annotation on every call, which is quadratic in the doc length
        idx = doc.to_array(IDX)
        values = numpy.where(numpy.isin(idx, [s.start for s in spans]), 1, -1)
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
        boiler = []
        for s in spans:
            if s.boilerplate:
                span = doc.char_span(s.start, s.end, alignment_mode="expand")
                if span is not None:
                    boiler.append(span)
        doc.spans[BOILERPLATE] = boiler
        return doc


@Language.factory("pemilu_sentences", default_config={})
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
