"""The compact tokenizer: segmentation, serialisation round trip, quality against UD and spaCy."""

from __future__ import annotations

import json

import pytest
import spacy

from pemilu_nlp.pipeline import blank

from .conftest import shared_path


@pytest.fixture(scope="module")
def nlp():
    return blank()


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


@pytest.mark.parametrize(
    "text, tokens",
    [
        # dates, times, numbers
        ("pada 25/11/2024 pukul", ["pada", "25/11/2024", "pukul"]),
        ("tanggal 1/2/24.", ["tanggal", "1/2/24", "."]),
        ("pukul 10.00 WIB", ["pukul", "10.00", "WIB"]),
        ("pukul 09:30,", ["pukul", "09:30", ","]),
        ("Rp1.500.000,50 dan 2,5 persen", ["Rp", "1.500.000,50", "dan", "2,5", "persen"]),
        ("periode 2019-2024", ["periode", "2019", "-", "2024"]),
        # URLs and e-mail addresses
        ("lihat https://kpu.example.id/hasil?tps=5.", ["lihat", "https://kpu.example.id/hasil?tps=5", "."]),
        ("kirim ke humas@bawaslu.example.id.", ["kirim", "ke", "humas@bawaslu.example.id", "."]),
        # abbreviations, titles, degrees and initials keep their period
        ("Dr. Rina, S.H., M.Si. di Jl. Merdeka No. 5", ["Dr.", "Rina", ",", "S.H.", ",", "M.Si.", "di", "Jl.",
                                                      "Merdeka", "No.", "5"]),
        ("PT Sinar Tbk. dll.", ["PT", "Sinar", "Tbk.", "dll."]),
        # reduplication and hyphenated words are one token
        ("anak-anak sehari-hari langkah-langkah", ["anak-anak", "sehari-hari", "langkah-langkah"]),
        ("non-migas ke-16 tahun 1970-an", ["non-migas", "ke-16", "tahun", "1970-an"]),
        # names in entities stay token-aligned: a pair of names splits, so that both the
        # pair and each name can be an entity span
        ("PDI-P dan Anies-Sandi (RDK)", ["PDI-P", "dan", "Anies", "-", "Sandi", "(", "RDK", ")"]),
        ("warga se-Kota Makassar pro-Jokowi", ["warga", "se", "-", "Kota", "Makassar", "pro", "-", "Jokowi"]),
        ("2019-BPJS", ["2019", "-", "BPJS"]),
        # ... but a capitalised reduplication and an Arabic article are part of one name
        ("Perserikatan Bangsa-Bangsa (PBB)", ["Perserikatan", "Bangsa-Bangsa", "(", "PBB", ")"]),
        ("pemimpin Al-Qaeda, al-Qassam dan Pesantren An-Nur.",
         ["pemimpin", "Al-Qaeda", ",", "al-Qassam", "dan", "Pesantren", "An-Nur", "."]),
        # clitics: written together they are one surface token; a hyphenated -nya is split off
        ("rumahnya APBN-nya bukumu", ["rumahnya", "APBN", "-nya", "bukumu"]),
        # slashes and dashes between words
        ("dan/atau", ["dan", "/", "atau"]),
        ("Jakarta—Bandung", ["Jakarta", "—", "Bandung"]),
        # an invisible left-to-right mark glued to a quotation mark is a token of its own
        ('\u200e"Kalau Dewan', ["\u200e", '"', "Kalau", "Dewan"]),
        ('\u201a\u00c4\u00e9"Kalau Dewan', ["\u201a\u00c4\u00e9", '"', "Kalau", "Dewan"]),  # the same mark, mojibake
        # a quotation mark glued to the next word, with its punctuation, is a token of its own
        ("lebih dahulu,\u201dujar Menteri", ["lebih", "dahulu", ",", "\u201d", "ujar", "Menteri"]),
        ('kata Paolini."Saya optimistis', ["kata", "Paolini", ".", '"', "Saya", "optimistis"]),
        ("kepada TyC Sport\u201dSaya tinggal", ["kepada", "TyC", "Sport", "\u201d", "Saya", "tinggal"]),
    ],
)
def test_tokens(nlp, text: str, tokens: list[str]) -> None:
    assert words(nlp, text) == tokens


def test_loads_without_thousands_of_exceptions(nlp) -> None:
    # the point of this tokenizer: rules, not spaCy's ~16k listed reduplications
    assert len(nlp.tokenizer.rules) < 1000


def test_round_trip_keeps_segmentation(nlp, tmp_path) -> None:
    """A saved pipeline recompiles the patterns from strings (no flags): nothing may change."""
    text = ("Pada 25/11/2024 pukul 10.00 WIB, anak-anak PDI-P dan Dr. Rina (info@kpu.example.id) hadir "
            "di kantor Perserikatan Bangsa-Bangsa bersama santri Al-Hikmah.")
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert words(loaded, text) == words(nlp, text)
    tok = spacy.blank("id").tokenizer
    tok.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in tok(text)] == [t.text for t in nlp.make_doc(text)]


def _ud_sentences(*parts: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """(text, surface-token spans): multiword tokens count once, their words are skipped."""
    path = shared_path(*parts)
    out, text, forms, skip = [], None, [], 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            tid, form = line.split("\t")[:2]
            if "-" in tid:
                skip = int(tid.split("-")[1])
                forms.append(form)
            elif "." not in tid and int(tid) > skip:
                forms.append(form)
        elif not line and text is not None:
            spans, pos = [], 0
            for form in forms:
                i = text.find(form, pos)
                if i < 0:
                    break
                spans.append((i, i + len(form)))
                pos = i + len(form)
            else:
                out.append((text, spans))
            text, forms, skip = None, [], 0
    return out


def _f1(tokenizer, sentences) -> float:
    tp = n_sys = n_gold = 0
    for text, gold in sentences:
        ours = {(t.idx, t.idx + len(t.text)) for t in tokenizer(text) if not t.is_space}
        tp, n_sys, n_gold = tp + len(ours & set(gold)), n_sys + len(ours), n_gold + len(gold)
    return 2 * tp / (n_sys + n_gold)


@pytest.mark.slow
def test_token_f1_on_ud_dev_at_least_spacy_blank(nlp) -> None:
    sentences = _ud_sentences("data", "ud-id-gsd", "id_gsd-ud-dev.conllu")
    ours, theirs = _f1(nlp.tokenizer, sentences), _f1(spacy.blank("id").tokenizer, sentences)
    assert ours >= theirs
    assert ours >= 0.99


def test_gold_entities_are_token_aligned(nlp) -> None:
    path = shared_path("data", "gold", "dev.jsonl")
    misaligned = []
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = nlp.make_doc(gold["text"])
        for e in gold["entities"]:
            total += 1
            if doc.char_span(e["start"], e["end"]) is None:
                misaligned.append(gold["text"][e["start"]:e["end"]])
    # the few left are glued in the source text ("Hasto(Kristiyanto", "kepadadetikSulsel,Senin")
    assert len(misaligned) <= 3, misaligned
    assert total > 1000


def test_shipped_model_tokenizes_like_the_current_rules(nlp) -> None:
    """A saved pipeline keeps the tokenizer patterns of the day it was saved: the shipped
    model must be re-saved whenever these rules change (it split "25/11/2024" before)."""
    import pemilu_nlp

    text = "Pada 25/11/2024 pukul 10.00 WIB anak-anak PDI-P se-Kota Makassar hadir di Jl. Merdeka,\u201dujar Ali."
    assert words(pemilu_nlp.load().spacy, text) == words(nlp, text)
