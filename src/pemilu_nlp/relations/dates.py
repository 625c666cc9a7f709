"""Date phrases in Indonesian news and their ISO values.

News writes the date of an event in a few fixed shapes: ``Senin (25/11/2024)``,
``Selasa, 10 September 2019``, ``14 Agustus lalu``, ``kemarin``, ``pekan lalu``.
``date_spans`` finds them with a token ``Matcher`` (one pass over the doc) and
``normalise`` turns the phrase into an ISO 8601 value:

- a day: ``2024-11-25``; two days: an interval ``2025-08-19/2025-08-20``;
- a week (``pekan lalu``): ``2024-W47``; a month (``Agustus 2025``, ``bulan lalu``):
  ``2025-08``; a year (``tahun lalu``): ``2023``.

Relative phrases (``kemarin``, ``Senin``, ``25/11`` without a year) are resolved
against the article's date (``doc._.date``); without it their value is ``None``.
A weekday alone means the latest such day on or before the article date, as news
reports past events; ``Senin lalu`` means strictly before it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .. import resources

WORDS = "date_words.tsv"


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, int]]:
    """The date words of ``resources/date_words.tsv`` by kind."""
    out: dict[str, dict[str, int]] = {}
    for row in resources.table(WORDS):
        value = row.get("value") or ""
        out.setdefault(row["kind"], {})[row["phrase"].lower()] = int(value) if value.strip() else 0
    return out


def weekdays() -> dict[str, int]:
    """Day names and their ``date.weekday()`` numbers (``senin`` -> 0)."""
    return _lexicon()["weekday"]


def months() -> dict[str, int]:
    return _lexicon()["month"]


def _relative_phrases() -> list[tuple[tuple[str, ...], str, int]]:
    """Relative phrases (words, unit, offset), longest first."""
    lex = _lexicon()
    out = [(tuple(p.split()), unit, off) for unit in ("day", "week", "month", "year") for p, off in lex.get(unit, {}).items()]
    return sorted(out, key=lambda r: -len(r[0]))


_NUM_DATE = r"^\d{1,2}/\d{1,2}(/\d{2,4})?$"
_DAY_NUM = r"^\d{1,2}$"
_YEAR = r"^(19|20)\d{2}$"


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    day = {"LOWER": {"IN": list(weekdays())}, "IS_TITLE": True}
    comma = {"ORTH": ",", "OP": "?"}
    month = {"LOWER": {"IN": list(months())}}
    part = {"LOWER": {"IN": list(_lexicon()["day_part"])}, "OP": "?"}
    num = {"TEXT": {"REGEX": _DAY_NUM}}
    year = {"TEXT": {"REGEX": _YEAR}}
    slash = {"ORTH": "/"}
    # "(25/11/2024)" may be one token or split at the slashes, depending on the tokenizer
    numeric_forms = [[{"TEXT": {"REGEX": _NUM_DATE}}], [num, slash, num], [num, slash, num, slash, {"TEXT": {"REGEX": r"^\d{2,4}$"}}]]
    written = [num, month, {**year, "OP": "?"}]
    pats: dict[str, list[list[dict[str, Any]]]] = {"DATE": []}
    for numeric in numeric_forms:
        pats["DATE"] += [
            [{**day, "OP": "?"}, comma, part, {"ORTH": "("}, *numeric, {"ORTH": ")"}, part],
            [day, comma, *numeric, part],
            [*numeric],
        ]
    pats["DATE"] += [
        [{**day, "OP": "?"}, comma, part, *written, part],
        [{**day, "OP": "?"}, comma, {"ORTH": "("}, *written, {"ORTH": ")"}, part],
        [num, {"LOWER": "dan"}, num, month, {**year, "OP": "?"}],
        [num, month, {"LOWER": "lalu"}],
        [{"LOWER": {"IN": [m for m in months() if len(m) > 3]}, "IS_TITLE": True}, year],
        [day, {"LOWER": {"IN": ["lalu", "kemarin", "ini"]}, "OP": "?"}, part],
    ]
    for words, _, _ in _relative_phrases():
        pats["DATE"].append([{"LOWER": w} for w in words])
    return pats


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for label, patterns in _patterns().items():
        matcher.add(label, patterns, greedy="LONGEST")
    return matcher


def date_spans(doclike: Doc | Span) -> list[Span]:
    """The date phrases of a doc or a sentence, longest match first, not overlapping, in text order."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    offset = doclike.start if isinstance(doclike, Span) else 0
    spans = []
    for _, s, e in _matcher(doc.vocab)(doclike):
        while s < e and doc[offset + s].text == ",":
            s += 1  # the comma the patterns allow after a weekday, matched with no weekday before it
        spans.append(Span(doc, offset + s, offset + e, label="DATE"))
    return sorted(filter_spans(spans), key=lambda s: s.start)


def reference_date(value: Any) -> dt.date | None:
    """The article date as a ``date`` (from an ISO string, a ``date`` or ``datetime``), else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _year(y: str) -> int:
    n = int(y)
    return 2000 + n if n < 100 else n


def _latest(ref: dt.date | None, month: int, day: int) -> dt.date | None:
    """The day/month without a year: the latest one not far after the article date."""
    if ref is None:
        return None
    for year in (ref.year, ref.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        # an article may announce an event a few weeks ahead; beyond that the year before is meant
        if candidate <= ref + dt.timedelta(days=31):
            return candidate
    return None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_WORD = re.compile(r"[\w']+")


def normalise(text: str, reference: Any = None) -> str | None:
    """ISO 8601 value of a date phrase (see the module docstring), or None when it cannot be resolved."""
    ref = reference_date(reference)
    low = text.lower()
    m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?", low)
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        found = _day(_year(m.group(3)), mo, d) if m.group(3) else _latest(ref, mo, d)
        return found.isoformat() if found else None
    words = _WORD.findall(low)
    month_of = months()
    found_months = [month_of[w] for w in words if w in month_of]
    numbers = [w for w in words if w.isdigit()]
    if found_months:
        month = found_months[0]
        years = [int(n) for n in numbers if len(n) == 4]
        days = [int(n) for n in numbers if len(n) <= 2]
        if not days:
            return f"{years[0]:04d}-{month:02d}" if years else None
        dates = [_day(years[0], month, d) if years else _latest(ref, month, d) for d in days[:2]]
        if any(x is None for x in dates):
            return None
        return dates[0].isoformat() if len(dates) == 1 else f"{dates[0].isoformat()}/{dates[1].isoformat()}"
    for phrase, unit, offset in _relative_phrases():
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            return _relative(ref, unit, offset)
    day_of = weekdays()
    named = [day_of[w] for w in words if w in day_of]
    if named and ref is not None:
        back = (ref.weekday() - named[0]) % 7
        if back == 0 and "lalu" in words:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return None


def _relative(ref: dt.date | None, unit: str, offset: int) -> str | None:
    if ref is None:
        return None
    if unit == "day":
        return (ref + dt.timedelta(days=offset)).isoformat()
    if unit == "week":
        year, week, _ = (ref + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{ref.year + offset:04d}"


def date_mention(span: Span, reference: Any = None) -> dict[str, Any]:
    """A ``DATE`` relation argument for ``span`` with its ISO ``value``."""
    return {
        "start": span.start_char,
        "end": span.end_char,
        "text": span.text,
        "label": "DATE",
        "value": normalise(span.text, reference),
    }
