"""PER span hygiene (pemilu_nlp.entities.person_names): guidelines 2, first row.

The statistical model's PER spans are preset on the doc (as the ``ner`` would leave
them), then the cleaner runs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import pemilu_nlp.entities  # noqa: F401  (registers the factories)
from pemilu_nlp import pipeline

from .relation_docs import news_sentences


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = pipeline.blank()
    nlp.add_pipe("pemilu_person_names")
    return nlp


def clean(nlp: Language, text: str, *persons: str) -> list[str]:
    doc = nlp.make_doc(text)
    spans = []
    for words in persons:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label="PER")
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    return [e.text for e in doc.ents if e.label_ == "PER"]


@pytest.mark.parametrize(
    ("text", "model_span", "name"),
    [
        ("Sambutan oleh Dr. H. Ahmad Yani, S.H., M.H. di awal acara.", "Dr. H. Ahmad Yani, S.H., M.H.", "Ahmad Yani"),
        ("Warga menyambut Pak Jokowi di pasar.", "Pak Jokowi", "Jokowi"),
        ("Pengamanan dipimpin Kombes Pol Budi Santoso.", "Kombes Pol Budi Santoso", "Budi Santoso"),
        ("Keterangan disampaikan AKBP Rudi Hartono kemarin.", "AKBP Rudi Hartono", "Rudi Hartono"),
        ("Bupati Sugeng Riyadi meninjau gudang logistik.", "Bupati Sugeng Riyadi", "Sugeng Riyadi"),
        ("Hadir pula Irjen Pol H Muchlis Anwar.", "Irjen Pol H Muchlis Anwar", "Muchlis Anwar"),
        ("Materi dibawakan Prof. Dr. Ir. Siti Aminah, M.Si dari kampus.", "Prof. Dr. Ir. Siti Aminah, M.Si", "Siti Aminah"),
        ("Surat ditandatangani Hj. Rosmala Dewi, S.Pd.", "Hj. Rosmala Dewi, S.Pd.", "Rosmala Dewi"),
        ("Pertemuan dihadiri Ibu Megawati dan jajaran.", "Ibu Megawati", "Megawati"),
        ("Saya dan Kang Emil tidak ada masalah.", "Kang Emil", "Emil"),
        ("Hadir Letjen TNI Doni Prasetya di lokasi.", "Letjen TNI Doni Prasetya", "Doni Prasetya"),
        ("Pernyataan Wali Kota Hendra Gunawan dikutip media.", "Wali Kota Hendra Gunawan", "Hendra Gunawan"),
        # court roles are no part of the name
        ("Sidang menghadirkan terdakwa Agus Salim kemarin.", "terdakwa Agus Salim", "Agus Salim"),
        ("Putusan dibacakan Majelis Hakim Dewi Pandiangan.", "Majelis Hakim Dewi Pandiangan", "Dewi Pandiangan"),
        # after a role, the body or place it belongs to is not part of the name either
        ("Ketua KPU Sumsel Andika Pranata Jaya membuka rapat.", "Ketua KPU Sumsel Andika Pranata Jaya", "Andika Pranata Jaya"),
        # religious and Malay honorifics, and the late
        ("Hadir pula Buya Ahmad Syafii di acara itu.", "Buya Ahmad Syafii", "Ahmad Syafii"),
        ("Menlu Malaysia Dato Anifah Aman tiba.", "Dato Anifah Aman", "Anifah Aman"),
        ("Karya mendiang Budi Darma dikenang.", "mendiang Budi Darma", "Budi Darma"),
        # minister acronyms are roles
        ("Hadir pula Menkominfo Rudi Antara di acara itu.", "Menkominfo Rudi Antara", "Rudi Antara"),
        # a degree in capitals after a name
        ("Ceramah oleh Ahmad Yani MA di masjid.", "Ahmad Yani MA", "Ahmad Yani"),
        # a corps after a military rank, a prosecutor's and a company officer's title, an
        # Iranian cleric's honorific
        ("Rombongan didampingi Kolonel Czi Bambang Wiyono.", "Czi Bambang Wiyono", "Bambang Wiyono"),
        ("Dalam sidang itu JPU Hendra Saputra menuntut terdakwa.", "JPU Hendra Saputra", "Hendra Saputra"),
        ("Menurut COO Rina Lestari, penjualan naik.", "COO Rina Lestari", "Rina Lestari"),
        ("Pernyataan Ayatullah Ali Sistani dikutip media.", "Ayatullah Ali Sistani", "Ali Sistani"),
    ],
)
def test_titles_ranks_roles_and_degrees_are_trimmed(nlp: Language, text: str, model_span: str, name: str) -> None:
    assert clean(nlp, text, model_span) == [name]


@pytest.mark.parametrize(
    "name",
    # "Ma" written as a surname is no "MA" degree
    ["Andi Muhammad Yasir", "La Ode Ida", "I Putu Gede Wirawan", "Tb Hasanuddin", "Gus Ipul", "Cak Imin", "Jack Ma"],
)
def test_name_forming_prefixes_and_fixed_nicknames_stay(nlp: Language, name: str) -> None:
    assert clean(nlp, f"Pernyataan {name} dikutip media.", name) == [name]


def test_a_span_of_titles_only_is_dropped(nlp: Language) -> None:
    assert clean(nlp, "Terima kasih, Pak, atas waktunya.", "Pak") == []
    assert clean(nlp, "Ia berbicara kepada wartawan, Ahad, 15 September.", "Ahad") == []


def test_adjacent_person_pieces_are_joined(nlp: Language) -> None:
    assert clean(nlp, "Hadir Bahtiar Ahmad Sibarani di sana.", "Bahtiar", "Ahmad Sibarani") == ["Bahtiar Ahmad Sibarani"]


def test_other_labels_are_untouched(nlp: Language) -> None:
    doc = nlp.make_doc("Ketua KPU hadir.")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 1, 2, label="ORG")]
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("KPU", "ORG")]


def test_a_name_given_in_full_is_found_again_alone(nlp: Language) -> None:
    text = "Menteri Dalam Negeri Muhammad Tito Karnavian hadir. Tito menyampaikan arahan."
    assert clean(nlp, text, "Muhammad Tito Karnavian") == ["Muhammad Tito Karnavian", "Tito"]


def test_a_common_noun_is_not_spread_as_a_name(nlp: Language) -> None:
    # the tagger's slip "Pasal Rinaldi" must not make every "Pasal" a person
    text = "Hakim membacakan Pasal Rinaldi. Pasal 5 dan pasal lain dibahas."
    assert clean(nlp, text, "Pasal Rinaldi") == ["Pasal Rinaldi"]


def test_first_name_wedged_after_an_organisation_joins_the_name(nlp: Language) -> None:
    from spacy.tokens import Span

    text = "Pembicara hadir, di antaranya Kepala BPS Amalia Dewi Lestari kemarin."
    doc = nlp.make_doc(text)
    bps = text.index("BPS")
    org = doc.char_span(bps, bps + 3, label="ORG")
    start = text.index("Dewi Lestari")
    per = doc.char_span(start, start + len("Dewi Lestari"), label="PER")
    doc.ents = [org, per]
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("BPS", "ORG"), ("Amalia Dewi Lestari", "PER")]
    # after a rank word too: "Marsda TNI Kukuh [Sudibyo]"
    assert clean(nlp, "Hadir Marsda TNI Kukuh Sudibyo di lokasi.", "Sudibyo") == ["Kukuh Sudibyo"]
    # but not over a common word or a sentence start
    assert clean(nlp, "Hadir pula Ketua Budi Santoso di sana.", "Budi Santoso") == ["Budi Santoso"]
    # after the body's bracketed qualifier: "PT Pertamina (Persero) [Fadjar] Djoko Santoso"
    text = "Vice President PT Lahat Energi (Persero) Fadjar Djoko Santoso menyampaikan hal itu."
    doc = nlp.make_doc(text)
    org = doc.char_span(text.index("PT Lahat"), text.index(" (Persero)"), label="ORG")
    per = doc.char_span(text.index("Djoko"), text.index(" menyampaikan"), label="PER")
    doc.ents = [org, per]
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Fadjar Djoko Santoso"]


def test_one_word_entity_with_a_known_persons_name_becomes_a_person(nlp: Language) -> None:
    from spacy.tokens import Span

    text = "Bupati Ahmad Marzuki hadir. Marzuki lalu mengembalikan formulir."
    doc = nlp.make_doc(text)
    full = doc.char_span(text.index("Ahmad"), text.index(" hadir"), label="PER")
    second = text.index("Marzuki lalu")
    again = doc.char_span(second, second + len("Marzuki"), label="LOC")
    doc.ents = [full, again]
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ahmad Marzuki", "PER"), ("Marzuki", "PER")]


def test_a_first_name_after_a_comma_joins_the_name_the_model_found(nlp: Language) -> None:
    assert clean(nlp, "Koordinator aksi, Ashogi Akbar mengatakan aksi itu damai.", "Akbar") == ["Ashogi Akbar"]
    # a role after the comma does not
    assert clean(nlp, "Dalam acara itu, Menpar Arief Yahya hadir.", "Arief Yahya") == ["Arief Yahya"]


def test_the_place_or_body_cut_off_after_a_title_becomes_its_own_entity(nlp: Language) -> None:
    text = "Cavusoglu dijadwalkan bertemu dengan Emir Qatar Sheikh Tamim bin Hamad. Acara dibuka Ketua KPU Budi Santoso."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label="PER")
                for w in ("Emir Qatar Sheikh Tamim bin Hamad", "Ketua KPU Budi Santoso")]
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Qatar", "LOC"), ("Tamim bin Hamad", "PER"), ("KPU", "ORG"), ("Budi Santoso", "PER")]


def labelled(nlp: Language, text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    """Set the model's spans (given in text order) and run the cleaner."""
    doc = nlp.make_doc(text)
    ents, at = [], 0
    for words, label in spans:
        at = text.index(words, at)
        ents.append(doc.char_span(at, at + len(words), label=label))
        at += len(words)
    doc.ents = ents
    doc = nlp.get_pipe("pemilu_person_names")(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_body_run_into_a_name_the_article_shortens_splits_before_the_name(nlp: Language) -> None:
    text = ("Acara itu dibuka General Manager Hotel Grand Palu Karina Eva Lestari. "
            "Menurut Karina, kursi sudah habis dipesan.")
    assert labelled(nlp, text, ("Hotel Grand Palu Karina Eva Lestari", "LOC"), ("Karina", "PER")) == [
        ("Hotel Grand Palu", "LOC"), ("Karina Eva Lestari", "PER"), ("Karina", "PER")]
    # a PER span led by a role: the body between role and name becomes an ORG
    text = "Direktur Sinar Mas Budi Hartono hadir. Budi menyebut hal itu."
    assert labelled(nlp, text, ("Direktur Sinar Mas Budi Hartono", "PER"), ("Budi", "PER")) == [
        ("Sinar Mas", "ORG"), ("Budi Hartono", "PER"), ("Budi", "PER")]


def test_a_body_run_into_a_two_word_name_splits_where_the_article_uses_the_surname(nlp: Language) -> None:
    # foreign names come back by the surname: "Boca Juniors Horacio Paolini" ... "Paolini"
    text = "Wakil presiden Estudiantes Carlos Ferreyra menyatakan kesepakatan dekat. Ferreyra menolak merinci."
    assert labelled(nlp, text, ("Estudiantes Carlos Ferreyra", "ORG"), ("Ferreyra", "PER")) == [
        ("Estudiantes", "ORG"), ("Carlos Ferreyra", "PER"), ("Ferreyra", "PER")]
    # an acronym before a one-word name is no first name: "Komite Tari DKJ Hartati" ... "Hartati"
    text = "Ketua Komite Tari DKJ Hartati hadir. Hartati lalu pulang."
    assert labelled(nlp, text, ("Komite Tari DKJ Hartati", "ORG"), ("Hartati", "PER")) == [
        ("Komite Tari DKJ Hartati", "ORG"), ("Hartati", "PER")]


def test_a_span_is_not_split_without_the_first_name_alone_or_before_a_named_thing(nlp: Language) -> None:
    # the surname alone is no evidence: "Mario Teguh" ... "Teguh"
    text = "Motivator Mario Teguh hadir. Teguh lalu pulang."
    assert labelled(nlp, text, ("Mario Teguh", "PER"), ("Teguh", "PER")) == [("Mario Teguh", "PER"), ("Teguh", "PER")]
    # a one-word tail is as likely a club or a surname: "AC Milan" ... "Milan"
    text = "Pelatih AC Milan hadir. Milan lalu pulang."
    assert labelled(nlp, text, ("AC Milan", "ORG"), ("Milan", "PER")) == [("AC Milan", "ORG"), ("Milan", "PER")]
    # a body or street named after a person, and a first name another person shares
    text = "Ia dirawat di Universitas Gatot Subroto. Gatot Eddy Pramono menjenguk. Gatot tiba siang."
    spans = (("Universitas Gatot Subroto", "ORG"), ("Gatot Eddy Pramono", "PER"), ("Gatot", "PER"))
    assert labelled(nlp, text, *spans) == list(spans)
    text = "Ia dirawat di RSPAD Gatot Subroto. Gatot Eddy Pramono menjenguk. Gatot tiba siang."
    spans = (("RSPAD Gatot Subroto", "LOC"), ("Gatot Eddy Pramono", "PER"), ("Gatot", "PER"))
    assert labelled(nlp, text, *spans) == list(spans)


def test_a_name_run_into_the_office_word_of_a_title_splits_and_the_office_stays_in_the_title(nlp: Language) -> None:
    # "Sekretaris [Kabinet Pramono Anung]" ... "kata Pramono": "Kabinet" ends the title
    # "Sekretaris Kabinet", it is no body named after the person (as "Universitas Gatot Subroto" is)
    text = news_sentences(("indosum-01504", "Sekretaris Kabinet Pramono"), ("indosum-01504", "kata Pramono"))
    assert labelled(nlp, text, ("Kabinet Pramono Anung", "ORG"), ("Pramono", "PER")) == [
        ("Pramono Anung", "PER"), ("Pramono", "PER")]
    text = "Rektor Universitas Gatot Subroto hadir. Gatot lalu pulang."
    spans = (("Universitas Gatot Subroto", "ORG"), ("Gatot", "PER"))
    assert labelled(nlp, text, *spans) == list(spans)
