"""Date phrases of Indonesian news and their ISO values (``pemilu_nlp.relations.dates``)."""

from __future__ import annotations

import re

import pytest

from pemilu_nlp.pipeline import blank
from pemilu_nlp.relations.dates import date_mention, date_spans, normalise, reference_date

from .relation_docs import news_text


@pytest.fixture(scope="module")
def nlp():
    return blank()


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Senin (25/11/2024)", "2024-11-25"),
        ("Selasa (17/9/19)", "2019-09-17"),
        ("Selasa, 10 September 2019", "2019-09-10"),
        ("Sabtu (14 September 2019)", "2019-09-14"),
        ("25 November 2024", "2024-11-25"),
        ("19 dan 20 Agustus 2025", "2025-08-19/2025-08-20"),
        ("Agustus 2025", "2025-08"),
    ],
)
def test_written_dates_need_no_reference(phrase, value):
    assert normalise(phrase) == value
    assert normalise(phrase, "2030-01-01") == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("kemarin", "2024-11-26"),
        ("hari ini", "2024-11-27"),
        ("pekan lalu", "2024-W47"),  # an ISO week
        ("bulan lalu", "2024-10"),
        ("tahun lalu", "2023"),
        ("Senin", "2024-11-25"),  # 2024-11-27 is a Wednesday: the Monday before
        ("Rabu", "2024-11-27"),  # the same day
        ("Rabu lalu", "2024-11-20"),  # "lalu": strictly before
        ("Minggu (24/11)", "2024-11-24"),
        ("14 Agustus lalu", "2024-08-14"),
    ],
)
def test_relative_dates_resolve_against_the_article_date(phrase, value):
    assert normalise(phrase, "2024-11-27") == value


def test_day_and_month_of_last_year_in_a_january_article():
    assert normalise("Jumat (27/12)", "2025-01-03") == "2024-12-27"


@pytest.mark.parametrize("phrase", ["kemarin", "pekan lalu", "Senin", "Minggu (24/11)", "14 Agustus lalu"])
def test_relative_dates_without_article_date_have_no_value(phrase):
    assert normalise(phrase, None) is None


def test_reference_date_accepts_iso_strings_with_time():
    assert str(reference_date("2025-10-21T20:43")) == "2025-10-21"
    assert reference_date("not a date") is None


def test_date_spans_in_an_invented_sentence(nlp):
    doc = nlp("Rapat pleno digelar Senin (25/11/2024) malam di Palembang, sepekan setelah apel siaga pekan lalu.")
    spans = date_spans(doc)
    assert [s.text for s in spans] == ["Senin (25/11/2024) malam", "pekan lalu"]
    mention = date_mention(spans[0], "2024-11-27")
    assert doc.text[mention["start"] : mention["end"]] == mention["text"]
    assert mention["label"] == "DATE" and mention["value"] == "2024-11-25"


def test_lowercase_minggu_is_a_week_not_sunday(nlp):
    doc = nlp("Rapat itu digelar minggu lalu.")
    assert [(s.text, normalise(s.text, "2024-11-27")) for s in date_spans(doc)] == [("minggu lalu", "2024-W47")]


def test_numbers_that_are_not_dates_are_left_alone(nlp):
    doc = nlp("Sebanyak 1.500 pemilih dan 25 TPS, pukul 10.00 WIB, Pasal 7 ayat 2.")
    assert date_spans(doc) == []


def test_real_article_dates_match_their_numbers(nlp):
    # every "(d/m/yyyy)" phrase in a real article normalises to the day it writes
    text, date = news_text("detiksum2025-00294")
    doc = nlp(text)
    numeric = [s for s in date_spans(doc) if "/" in s.text]
    assert numeric, "the article dates its events as Senin (26/5/2025)"
    for span in numeric:
        d, m, y = map(int, re.search(r"(\d+)/(\d+)/(\d+)", span.text).groups())
        assert normalise(span.text, date) == f"{y:04d}-{m:02d}-{d:02d}"


def test_a_date_after_a_place_and_a_comma_starts_at_the_date(nlp):
    doc = nlp("Rapat digelar di PTIK, Jakarta, (20/6). Sidang dibuka di Lahat, 27 Juli silam.")
    assert [s.text for s in date_spans(doc)] == ["(20/6)", "27 Juli"]
