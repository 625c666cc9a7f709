"""Sentence splitting (annotation guidelines section 1) on invented and real Indonesian text."""

from __future__ import annotations

import gzip
import json
import re
import sys

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pemilu_nlp.pipeline import blank, to_document
from pemilu_nlp.sentences import LINE_BREAKS, WHITESPACE, is_boilerplate, split_sentences

from .conftest import shared_path


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def check_spans(text: str, spans) -> None:
    """The contract of split_sentences: ordered, non-overlapping, trimmed, non-empty, token starts."""
    previous_end = 0
    for s in spans:
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert s.start == 0 or text[s.start - 1].isspace()
        previous_end = s.end
    # nothing but whitespace is left outside the spans
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


# --- one rule at a time, on invented election-news sentences --------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations, titles and degrees from the data file
        ("Rapat digelar di Jl. Merdeka No. 12 Kab. Sukamaju.", 1),
        ("Hadir Dr. Rina Wulandari, S.H., M.Si. dan Prof. Budi Hartono.", 1),
        ("Ketua KPU, Drs. H. Ahmad Fauzi, M.Pd. membuka acara.", 1),
        ("Kantor itu ada di Kec. Sukajaya, Kel. Mekarsari, Prov. Jawa Barat.", 1),
        ("Sumbangan a.n. Yayasan Harapan diterima dll. oleh panitia.", 1),
        # initials
        ("Calon bupati A. Rahman dan R.A. Siti Aminah mendaftar ke KPU.", 1),
        ("Direktur Utama PT Maju Jaya Agus D.W. Santoso hadir.", 1),
        # numbers, dates, times
        ("Anggaran Rp1.500.000 naik 2,5 persen.", 1),
        ("Pemungutan suara digelar 27/11/2024 pukul 10.00 WIB di TPS 5.", 1),
        # URLs and e-mail addresses
        ("Hasil hitung dapat dilihat di https://pemilu.example.id/hasil.html atau ditanyakan ke info@kpu.example.id segera.", 1),
        # ellipsis inside a sentence
        ("Dia bilang... ya kita lihat saja nanti.", 1),
        # list markers
        ("1. Pemilih wajib membawa KTP.", 1),
        ("Syaratnya: a. berusia 17 tahun; b. terdaftar di DPT.", 1),
        # a trailing editor code stays in the sentence before it
        ("Rapat berakhir pukul 16.00 WIB. (rer)", 1),
        ("Rapat berakhir pukul 16.00 WIB. (ant/mdr)", 1),
        ('"Kami siap," katanya. [rnd]', 1),
        # dateline in the first sentence
        ("JAKARTA, KOMPAS.com - Bawaslu menggelar rapat. Rapat itu terbuka.", 2),
        ("Jakarta (ANTARA) - KPU menetapkan DPT. Jumlahnya naik.", 2),
        # a parenthesis opened and closed in the sentence
        ("Pelaksana Tugas (Plt.) Kepala Dinas hadir.", 1),
    ],
)
def test_one_sentence_rules(text: str, expected: int) -> None:
    assert len(texts(text)) == expected, texts(text)


def test_quotation_of_two_sentences_is_two_sentences_and_attribution_stays() -> None:
    text = '"Kami siap menghadapi sengketa. Semua bukti sudah lengkap," ujarnya.'
    assert texts(text) == ['"Kami siap menghadapi sengketa.', 'Semua bukti sudah lengkap," ujarnya.']


def test_attribution_after_question_and_period_inside_quote() -> None:
    assert len(texts('"Apakah rapat ditunda?" tanya Rina kepada panitia.')) == 1
    assert len(texts("“Kita siap.” ujar Ketua Bawaslu Budi Santoso.")) == 1
    assert len(texts('Semua hadir. "katanya menjelaskan.')) == 1  # a misplaced closing quote


def test_quote_opening_a_new_sentence() -> None:
    assert texts('Rapat dimulai. "Kami siap," kata Rina.') == ["Rapat dimulai.", '"Kami siap," kata Rina.']


def test_abbreviation_that_ends_a_sentence() -> None:
    text = "Saham dibeli PT Sinar Harapan Tbk. Perusahaan itu bergerak di bidang properti."
    assert texts(text) == ["Saham dibeli PT Sinar Harapan Tbk.", "Perusahaan itu bergerak di bidang properti."]
    assert len(texts("Kantornya di Jl. Sudirman No. 5. Ia datang pagi.")) == 2
    assert len(texts("Saham Sampoerna Packaging Asia Pte. Ltd. dijual.")) == 1


def test_lower_case_after_a_plain_word_is_a_typo_sentence_end() -> None:
    assert len(texts("Kondisinya sudah stabil. kita tunggu hasil rapat.")) == 2
    assert len(texts("Kondisinya sudah stabil, dll. kita tunggu hasilnya.")) == 1


def test_line_break_always_ends_a_sentence() -> None:
    assert texts("Rapat dimulai pukul 09.00\nPeserta hadir") == ["Rapat dimulai pukul 09.00", "Peserta hadir"]
    assert len(texts("Satu\r\nDua\u2028Tiga")) == 3


def test_editor_code_alone_on_its_line_is_a_sentence_not_boilerplate() -> None:
    spans = split_sentences("Rapat selesai.\n(ugo/djm)")
    assert [(s.boilerplate) for s in spans] == [False, False]
    assert len(spans) == 2


@pytest.mark.parametrize(
    "line",
    [
        "BACA JUGA:GEGER! Penemuan Mayat Pria Tanpa Identitas",
        "Baca juga: KPU Tetapkan Jadwal Debat. Simak Jadwalnya!",
        "[Baca juga: Bawaslu Temukan Pelanggaran]",
        "Simak juga Video: Debat Calon Bupati",
        "Tonton juga video \"Debat Pilkada\" di sini:",
        "ADVERTISEMENT",
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video 20detik]",
        "Tulisan ini dibuat oleh Rina Wulandari. Isi di luar tanggung jawab redaksi.",
        "Reporter: Budi Santoso",
        "loading...",
        "Ikuti berita terkini di Google News.",
        "(Foto: dok. Panitia)",
        "Calon bupati mendaftar ke KPU pemilu.com/budisantoso",
    ],
)
def test_boilerplate_line_is_one_boilerplate_sentence(line: str) -> None:
    text = f"KPU menetapkan DPT.\n{line}\nRapat berlanjut."
    spans = split_sentences(text)
    assert [(text[s.start : s.end], s.boilerplate) for s in spans] == [
        ("KPU menetapkan DPT.", False), (line, True), ("Rapat berlanjut.", False)
    ]


def test_boilerplate_lead_in_before_a_paragraph_keeps_the_paragraph() -> None:
    # scraped pages where the linked headline was dropped: the paragraph is real text
    text = "Baca juga: Menurut Rina, rapat berjalan lancar. Semua saksi hadir."
    spans = split_sentences(text)
    assert [(text[s.start : s.end], s.boilerplate) for s in spans] == [
        ("Baca juga:", True), ("Menurut Rina, rapat berjalan lancar.", False), ("Semua saksi hadir.", False)
    ]


def test_is_boilerplate_does_not_fire_inside_running_text() -> None:
    assert not is_boilerplate("Ketua KPU meminta warga membaca juga aturan kampanye.")
    assert not is_boilerplate("Reporter senior itu hadir di lokasi.")


def test_whitespace_classes_match_python() -> None:
    expected = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(re.findall(f"[{WHITESPACE}]", "".join(sorted(expected)))) == expected
    line_breaks = {chr(c) for c in range(sys.maxunicode + 1) if len(f"a{chr(c)}b".splitlines()) == 2}
    assert set(re.findall(f"[{LINE_BREAKS}]", "".join(sorted(line_breaks)))) == line_breaks


# --- real text from ../shared ----------------------------------------------------------------

def _spans(doc: dict) -> set[tuple[int, int]]:
    return {(s["start"], s["end"]) for s in doc["sentences"]}


def test_seed_article_sentences_match_gold_exactly(seed_gold: dict) -> None:
    spans = split_sentences(seed_gold["text"])
    assert {(s.start, s.end) for s in spans} == _spans(seed_gold)
    gold_boiler = {(s["start"], s["end"]) for s in seed_gold["sentences"] if s["boilerplate"]}
    assert {(s.start, s.end) for s in spans if s.boilerplate} == gold_boiler


def test_gold_articles_sentence_f1() -> None:
    path = shared_path("data", "gold", "dev.jsonl")
    tp = n_sys = n_gold = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        ours = {(s.start, s.end) for s in split_sentences(gold["text"])}
        tp, n_sys, n_gold = tp + len(ours & _spans(gold)), n_sys + len(ours), n_gold + len(_spans(gold))
    p, r = tp / n_sys, tp / n_gold
    assert 2 * p * r / (p + r) >= 0.98


def _ud_units(*parts: str) -> list[str]:
    path = shared_path(*parts)
    return [line[len("# text = "):].strip() for line in path.open(encoding="utf-8") if line.startswith("# text = ")]


# shared/data/README.md: a UD unit that holds two sentences (which the guidelines split)
TWO_SENTENCES = re.compile(r"""[.!?]\s+[A-Z"“'‘]""")


@pytest.mark.parametrize("parts", [("data", "ud-id-gsd", "id_gsd-ud-dev.conllu"),
                                   ("data", "ud-id-csui", "id_csui-ud-train.conllu")])
def test_ud_single_sentence_units_stay_whole(parts) -> None:
    units = [u for u in _ud_units(*parts) if not TWO_SENTENCES.search(u)]
    whole = sum(texts(u) == [u] for u in units)
    assert whole / len(units) >= 0.99


def test_ud_units_joined_by_spaces_are_found_again() -> None:
    # what derive_gold.py builds: units joined by single spaces, no line breaks
    units = [u for u in _ud_units("data", "ud-id-gsd", "id_gsd-ud-dev.conllu")
             if not TWO_SENTENCES.search(u) and u[-1] in ".!?\"”"][:200]
    text = " ".join(units)
    # 0.965 measured; the misses are mostly units that hold two sentences behind a closing quote
    assert len(set(texts(text)) & set(units)) / len(units) >= 0.95


@pytest.fixture(scope="module")
def news_articles() -> list[dict]:
    path = shared_path("data", "news", "news-000.jsonl.gz")  # detik, Kompas and IndoSum articles
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(1300), f)]


def test_news_articles_spans_are_valid(news_articles) -> None:
    for article in news_articles:
        check_spans(article["text"], split_sentences(article["text"]))


def test_news_boilerplate_lines_are_whole_boilerplate_sentences(news_articles) -> None:
    found = 0
    for article in news_articles:
        text = article["text"]
        spans = {(s.start, s.end): s.boilerplate for s in split_sentences(text)}
        for m in re.finditer(r"(?m)^(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|loading\.\.\.)$", text):
            assert spans.get(m.span()) is True, m.group()
            found += 1
    assert found > 0


def test_news_titles_do_not_end_sentences(news_articles) -> None:
    """A sentence never ends in a title that a name follows ("Dr. Budi", "H. Ahmad")."""
    for article in news_articles:
        text = article["text"]
        for s in split_sentences(text):
            m = re.search(r"(?:^|\s)(Dr|Prof|Ir|Drs|Hj|KH|Jl|No|Kab|Kec)\.$", text[s.start : s.end])
            if m:
                following = text[s.end : s.end + 30].split()
                assert not following or not following[0][:1].isupper() or following[0] in {"Ia", "Dia"}, (
                    text[s.start : s.end + 30]
                )


# --- robustness: any input --------------------------------------------------------------------

# text that is likely to hit the rules: punctuation, quotes, brackets, odd whitespace, digits
ALPHABET = st.sampled_from(list("aA zZ.!?…\"'“”‘’()[]:;,-/0 9\n\r\t\u2028\u2029\x85\x0b\x0c\x1c\xa0\u3000") +
                           ["Dr.", "Tbk.", "BACA JUGA:", "Baca juga: ", " (rer)", "...", "1. ", "a. ", "é", "\u0301"])
PUNCTUATED = st.lists(ALPHABET, max_size=80).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), PUNCTUATED, st.just(""), st.text(alphabet=" \n\t\r", max_size=10))


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_split_sentences_any_text(text: str) -> None:
    check_spans(text, split_sentences(text))


@pytest.fixture(scope="module")
def nlp_blank():
    return blank()


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_component_any_text(nlp_blank, text: str) -> None:
    doc = nlp_blank(text)
    document = to_document(doc)
    starts = [s.start for s in document.sentences]
    assert starts == sorted(starts)
    previous_end = 0
    for s in document.sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        previous_end = s.end
    for span in doc.spans["boilerplate"]:
        assert (span.start_char, span.end_char) in {(s.start, s.end) for s in document.sentences}
    if text.strip():
        assert {(s.start, s.end) for s in document.sentences} == {
            (s.start, s.end) for s in split_sentences(text)
        }


def test_component_in_any_pipeline() -> None:
    import pemilu_nlp.sentences  # noqa: F401  (registers the factory before the entry point exists)

    nlp = spacy.blank("xx")
    nlp.add_pipe("pemilu_sentences")
    doc = nlp("Rapat dimulai pukul 10.00 WIB. Dr. Budi hadir.\nBaca juga: KPU Tetapkan DPT")
    assert [s.text for s in doc.sents] == ["Rapat dimulai pukul 10.00 WIB.", "Dr. Budi hadir.\n",
                                           "Baca juga: KPU Tetapkan DPT"]
    assert [s.text for s in doc.spans["boilerplate"]] == ["Baca juga: KPU Tetapkan DPT"]
