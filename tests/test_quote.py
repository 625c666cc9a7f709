"""The ``pemilu_quote`` component (guidelines 3.3): who said what.

Invented sentences (fictional people) cover each pattern family; real sentences are read
from ../shared/data/news at run time, with the entity spans given by the test so that
only the quote rules are under test.
"""

from __future__ import annotations

import sys

import pytest

from pemilu_nlp.pipeline import blank, to_document
from pemilu_nlp.relations import quote as quote_module  # noqa: F401  (registers the factory)
from pemilu_nlp.relations.common import sentence_index

from .conftest import shared_path
from .relation_docs import annotate, relation_pipeline, news_sentence, news_sentences, news_text, records, sentence_with


@pytest.fixture(scope="module")
def nlp():
    return relation_pipeline("pemilu_quote")


def quotes(doc) -> list[dict]:
    return records(doc, "quote")


def facts(doc) -> set[tuple[str, str, bool]]:
    return {(r["speaker"]["text"], r["content"]["text"], r["direct"]) for r in quotes(doc)}


# -- direct quotations ---------------------------------------------------------------------


def test_direct_quote_with_clitic_resolves_to_full_name(nlp):
    text = (
        "Ketua KPU Kota Sukamaju, Rina Wulandari, mengatakan tahapan pemilu berjalan lancar.\n"
        "“Kami siap menggelar pemungutan suara tepat waktu,” ujarnya."
    )
    doc = annotate(nlp, text, {"Rina Wulandari": "PER", "KPU Kota Sukamaju": "ORG"})
    assert facts(doc) == {
        ("Rina Wulandari", "tahapan pemilu berjalan lancar", False),
        ("Rina Wulandari", "Kami siap menggelar pemungutan suara tepat waktu", True),
    }
    direct = next(r for r in quotes(doc) if r["direct"])
    assert direct["sentence"] == 1 and direct["cue"] == "ujarnya"


def test_quotation_over_several_sentences_is_one_record_in_the_attribution_sentence(nlp):
    text = (
        "Bupati Tanjung Sari, Hendra Kusuma, meninjau gudang logistik.\n"
        '"Logistik sudah lengkap. Kotak suara tiba kemarin. Kami tinggal menunggu surat suara," kata Hendra.'
    )
    doc = annotate(nlp, text, {"Hendra Kusuma": "PER", "Hendra": "PER"})
    (record,) = quotes(doc)
    assert record["direct"] is True
    assert record["speaker"]["text"] == "Hendra Kusuma"
    assert record["content"]["text"] == (
        "Logistik sudah lengkap. Kotak suara tiba kemarin. Kami tinggal menunggu surat suara"
    )
    cue = text.index("kata Hendra")
    assert record["sentence"] == max(i for i, s in enumerate(doc.sents) if s.start_char <= cue)
    assert record["sentence"] == 3


@pytest.mark.parametrize(
    "text",
    [
        'Andi Pratama mengatakan, "Partai kami tetap solid menghadapi pemilu."',
        'Andi Pratama menegaskan: “Partai kami tetap solid menghadapi pemilu.”',
        "Menurut Andi Pratama, «Partai kami tetap solid menghadapi pemilu.»",
        '"Partai kami tetap solid menghadapi pemilu," Andi Pratama menambahkan.',
        '"Partai kami tetap solid menghadapi pemilu," tutur Ketua DPD Partai Sejahtera Andi Pratama di Sukamaju.',
        '"Partai kami tetap solid menghadapi pemilu," Andi Pratama.',
        "‘Partai kami tetap solid menghadapi pemilu,’ kata Andi Pratama.",
    ],
)
def test_direct_quote_attribution_before_or_after(nlp, text):
    doc = annotate(nlp, text, {"Andi Pratama": "PER", "Partai Sejahtera": "ORG"})
    assert facts(doc) == {("Andi Pratama", "Partai kami tetap solid menghadapi pemilu", True)}


def test_attribution_before_a_long_quotation_gives_the_cue_sentence(nlp):
    text = 'Dedi Rahman mengatakan: "Rekapitulasi selesai. Tidak ada keberatan dari saksi."'
    doc = annotate(nlp, text, {"Dedi Rahman": "PER"})
    (record,) = quotes(doc)
    assert record["sentence"] == 0
    assert record["content"]["text"] == "Rekapitulasi selesai. Tidak ada keberatan dari saksi"


def test_straight_quotes_with_loose_spacing(nlp):
    # writers put the space on the wrong side of a straight closing quote
    text = 'Dedi Rahman tiba di kantor DPRD.\n"Nah yang penting tahun politik itu harus aman, "kata Dedi di DPRD.'
    doc = annotate(nlp, text, {"Dedi Rahman": "PER", "Dedi": "PER", "DPRD": "ORG"})
    assert facts(doc) == {("Dedi Rahman", "Nah yang penting tahun politik itu harus aman", True)}


def test_quotation_over_paragraphs_opened_again_on_each_is_one_record(nlp):
    # English-style: the first paragraph is left open, the next one opens again
    text = (
        "Ketua Panwaslu Sukamaju, Nining Kartini, memaparkan hasil pengawasan.\n"
        "“Ada 12 laporan yang kami terima selama masa tenang.\n"
        "“Semua sudah kami teruskan ke Gakkumdu,” kata Nining."
    )
    doc = annotate(nlp, text, {"Nining Kartini": "PER", "Nining": "PER", "Panwaslu Sukamaju": "ORG"})
    direct = [r for r in quotes(doc) if r["direct"]]
    assert len(direct) == 1
    content = direct[0]["content"]["text"]
    assert content.startswith("Ada 12 laporan") and content.endswith("ke Gakkumdu")
    assert direct[0]["sentence"] == 2


def test_sentence_initial_passive_attribution(nlp):
    doc = annotate(nlp, "Dikatakan Kapolres Sukamaju AKBP Yudi Hartono, pengamanan TPS melibatkan 400 personel.", {"Yudi Hartono": "PER", "Polres Sukamaju": "ORG"})
    assert facts(doc) == {("Yudi Hartono", "pengamanan TPS melibatkan 400 personel", False)}
    # pointing back: no record ("Hal itu disampaikan X" is optional in gold)
    doc = annotate(nlp, "Hal itu disampaikan Yudi Hartono usai apel siaga di Sukamaju.", {"Yudi Hartono": "PER"})
    assert quotes(doc) == []


def test_unattributed_quote_sentence_continues_the_speaker(nlp):
    text = (
        '"Kami sudah menyiapkan 120 TPS," kata Camat Sukamaju Yusuf Hakim.\n'
        '"Semua petugas juga sudah dilatih."'
    )
    doc = annotate(nlp, text, {"Yusuf Hakim": "PER"})
    assert facts(doc) == {
        ("Yusuf Hakim", "Kami sudah menyiapkan 120 TPS", True),
        ("Yusuf Hakim", "Semua petugas juga sudah dilatih", True),
    }


# -- indirect speech -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Siti Marlina menjelaskan bahwa rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Siti Marlina menjelaskan, rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Siti Marlina juga menyampaikan kepada wartawan bahwa rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Menurut Siti Marlina, rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Menurut Siti Marlina rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Saat ini, kata Siti Marlina, rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Rekapitulasi suara selesai pekan depan, kata Siti Marlina.", "Rekapitulasi suara selesai pekan depan"),
        ("Ketua Bawaslu Sukamaju Siti Marlina di Sukamaju, Senin mengatakan, rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        ("Siti Marlina, yang memimpin rapat, memastikan rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        # the title first, the name set off by commas after it
        ("Menurut Ketua Bawaslu Sukamaju, Siti Marlina, rekapitulasi suara selesai pekan depan.", "rekapitulasi suara selesai pekan depan"),
        # a few words in marks inside the reported clause belong to it
        ("Siti Marlina mengatakan rekapitulasi suara \"mungkin tidak\" selesai pekan depan.", 'rekapitulasi suara "mungkin tidak" selesai pekan depan'),
    ],
)
def test_indirect_speech(nlp, text, content):
    doc = annotate(nlp, text, {"Siti Marlina": "PER", "Bawaslu Sukamaju": "ORG", "Sukamaju": "LOC"})
    assert facts(doc) == {("Siti Marlina", content, False)}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer left out the second comma; the subject before the cue belongs to the
        # statement, so the whole sentence is the content (as in the gold articles)
        ("Pembukaan blokir, kata Siti Marlina juga sudah sesuai permintaan daerah.",
         "Pembukaan blokir, kata Siti Marlina juga sudah sesuai permintaan daerah"),
        ("Meski demikian, kata Siti Marlina, pembukaan blokir sudah sesuai permintaan daerah.",
         "pembukaan blokir sudah sesuai permintaan daerah"),
        # circumstances after the name: the reported words come before the cue
        ("Pembukaan blokir sudah sesuai permintaan daerah, kata Siti Marlina di Sukamaju, Jumat.", "Pembukaan blokir sudah sesuai permintaan daerah"),
        ("Pembukaan blokir sudah sesuai permintaan daerah, kata Siti Marlina, Jumat (13/9).", "Pembukaan blokir sudah sesuai permintaan daerah"),
        # no comma after "menurut X": the clause starts after the name
        ("Dari momentum itu, menurut Siti Marlina tema acara dinamai rhino, yang artinya badak.", "tema acara dinamai rhino, yang artinya badak"),
    ],
)
def test_inverted_attribution_extent(nlp, text, content):
    doc = annotate(nlp, text, {"Siti Marlina": "PER", "Sukamaju": "LOC"})
    assert facts(doc) == {("Siti Marlina", content, False)}


def test_an_attribution_with_a_pronoun_may_open_the_sentence(nlp):
    text = "Siti Marlina menghadiri rapat pleno. Kata dia, rekapitulasi suara selesai pekan depan."
    doc = annotate(nlp, text, {"Siti Marlina": "PER"})
    assert facts(doc) == {("Siti Marlina", "rekapitulasi suara selesai pekan depan", False)}
    named = annotate(nlp, "Siti Marlina menghadiri rapat pleno. Kata Siti Marlina, rekapitulasi suara selesai pekan depan.", {"Siti Marlina": "PER"})
    assert facts(named) == {("Siti Marlina", "rekapitulasi suara selesai pekan depan", False)}
    # "kata" as the noun "word" opens no attribution
    word = annotate(nlp, "Siti Marlina menghadiri rapat pleno. Kata itu berarti pemilihan.", {"Siti Marlina": "PER"})
    assert quotes(word) == []


def test_real_news_kata_dia_opening_a_sentence(nlp):
    text, _ = news_text("clickid-06574")
    line = sentence_with(text, "Kata dia, pengendalian ini")
    doc = annotate(nlp, line, {"Komisi IV Fraksi PKB": "ORG", "Daniel Johan": "PER", "Indonesia": "LOC"})
    assert ("Daniel Johan", "pengendalian ini diantaranya menyatukan seluruh layanan karantina yang ada di beberapa kementerian", False) in facts(doc)


def test_verb_with_a_non_speech_sense_needs_a_marked_clause(nlp):
    # "menambahkan" is "to add" unless a clause is marked after it
    added = annotate(nlp, "PT Kamera Jaya telah menambahkan mode malam pada produk terbarunya.", {"PT Kamera Jaya": "ORG"})
    assert quotes(added) == []
    said = annotate(nlp, "Dewi Lestari menambahkan, produk terbaru dijual bulan depan.", {"Dewi Lestari": "PER"})
    assert facts(said) == {("Dewi Lestari", "produk terbaru dijual bulan depan", False)}


def test_a_person_adding_a_clause_with_its_predicate_reports_it_without_a_comma(nlp):
    # a person as subject and a predicate word right after the object-like words: a clause
    said = annotate(
        nlp,
        "Ketua Umum PP Pengusaha Muda, Bayu Pratama, menambahkan Expo-Niaga 2019 merupakan wujud program organisasi.",
        {"PP Pengusaha Muda": "ORG", "Bayu Pratama": "PER"},
    )
    assert facts(said) == {("Bayu Pratama", "Expo-Niaga 2019 merupakan wujud program organisasi", False)}
    # a person adding a thing is no speech
    added = annotate(nlp, "Bupati Lahat Dedi Kurniawan menambahkan anggaran untuk pasar rakyat.", {"Lahat": "LOC", "Dedi Kurniawan": "PER"})
    assert quotes(added) == []
    # a preposed adverbial clause closed by a comma opens the clause reported
    said = annotate(
        nlp,
        "Kepala balai, Agus Santoso, menambahkan akibat angin kencang, sejumlah fasilitas di puncak bukit rusak berat.",
        {"Agus Santoso": "PER"},
    )
    assert facts(said) == {("Agus Santoso", "akibat angin kencang, sejumlah fasilitas di puncak bukit rusak berat", False)}


def test_a_negated_speech_verb_reports_nothing_but_a_negated_denial_does(nlp):
    doc = annotate(
        nlp,
        "Juru bicara Kemlu Budi Santoso tak menjelaskan lebih detail rencana kunjungan itu. "
        "Ketua KPU Lahat Rina Wulandari tidak membantah anggaran pemilu naik tahun ini.",
        {"Kemlu": "ORG", "Budi Santoso": "PER", "KPU Lahat": "ORG", "Rina Wulandari": "PER"},
    )
    assert facts(doc) == {("Rina Wulandari", "anggaran pemilu naik tahun ini", False)}


def test_a_statement_pointed_back_to_with_only_where_it_was_said_is_no_new_quote(nlp):
    doc = annotate(
        nlp,
        '"Gaji hakim akan naik," kata Presiden Budi Santoso. '
        "Budi menyampaikan pernyataan itu dalam sambutannya di gedung Mahkamah Agung, Kamis (12/6/2025).",
        {"Budi Santoso": "PER", "Budi": "PER", "gedung Mahkamah Agung": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "Gaji hakim akan naik", True)}


def test_a_nickname_given_with_atau_yang_akrab_disapa_is_the_person(nlp):
    doc = annotate(
        nlp,
        "Kepala BPS Suharyono atau yang akrab disapa Kecuk mengungkapkan, konsumsi pemerintah melambat. "
        '"Ini karena efisiensi," ujar Kecuk di kantor BPS.',
        {"BPS": "ORG", "Suharyono": "PER", "Kecuk": "PER"},
    )
    assert {speaker for speaker, _, _ in facts(doc)} == {"Suharyono"}


def test_a_one_word_name_in_two_full_names_is_the_one_it_starts(nlp):
    doc = annotate(
        nlp,
        "Komisi III mengapresiasi ketegasan Presiden Budiman Santoso. Polri di bawah Kapolri Jenderal Agus Wira "
        'Budiman dinilai konsisten. "Tidak ada yang kebal hukum," ujar Budiman.',
        {"Komisi III": "ORG", "Budiman Santoso": "PER", "Polri": "ORG", "Agus Wira Budiman": "PER", "Budiman": "PER"},
    )
    assert facts(doc) == {("Budiman Santoso", "Tidak ada yang kebal hukum", True)}


def test_a_nickname_run_together_from_three_names_or_a_respelt_start_is_the_person(nlp):
    doc = annotate(
        nlp,
        "Anggota DPR Nova Riyanti Yusuf menilai kesehatan jiwa penting. "
        '"Kita sudah punya UU Kejiwaan," kata NoRiYu. '
        "Ketua MPR Bambang Soesatyo hadir. "
        '"Media harus bertahan," kata Bamsoet.',
        {"DPR": "ORG", "Nova Riyanti Yusuf": "PER", "NoRiYu": "PER", "MPR": "ORG", "Bambang Soesatyo": "PER", "Bamsoet": "PER"},
    )
    speakers = {speaker for speaker, _, direct in facts(doc) if direct}
    assert speakers == {"Nova Riyanti Yusuf", "Bambang Soesatyo"}


def test_menurut_set_off_by_commas_inside_a_statement_keeps_the_statement_whole(nlp):
    doc = annotate(
        nlp,
        "Presiden Budi Santoso berpidato di DPR. Korupsi, menurut dia, menggerogoti anggaran negara. "
        "Jadi, menurut Budi, pemberantasan korupsi harus didukung semua pihak.",
        {"Budi Santoso": "PER", "DPR": "ORG", "Budi": "PER"},
    )
    assert facts(doc) == {
        ("Budi Santoso", "Korupsi, menurut dia, menggerogoti anggaran negara", False),
        ("Budi Santoso", "pemberantasan korupsi harus didukung semua pihak", False),
    }


def test_short_name_the_entity_layer_missed_is_found_by_its_words(nlp):
    text = (
        "Wakil Gubernur Sukamaju Rahmat Hidayat membuka acara itu.\n"
        '"Semua desa sudah teraliri listrik," kata Rahmat.'
    )
    doc = annotate(nlp, text, {"Rahmat Hidayat": "PER"})  # the second "Rahmat" is not tagged
    assert facts(doc) == {("Rahmat Hidayat", "Semua desa sudah teraliri listrik", True)}


def test_entities_in_boilerplate_lines_are_not_speakers():
    pipeline = relation_pipeline("pemilu_quote")
    text = "BACA JUGA: Budi Santoso Resmi Dilantik\n\"Kami siap bekerja,\" ujarnya."
    doc = annotate(pipeline, text, {"Budi Santoso": "PER"})
    assert doc.spans["boilerplate"], "the sentence splitter marks the BACA JUGA line"
    assert quotes(doc) == []


def test_the_person_a_sentence_starts_with_is_its_topic(nlp):
    text = (
        "Bambang Sutrisno yang menjabat Wakil Ketua DPP adalah rival Hasan Basri memperebutkan kursi ketua.\n"
        "Dia mengatakan jadwal musyawarah nasional sudah ada."
    )
    doc = annotate(nlp, text, {"Bambang Sutrisno": "PER", "Hasan Basri": "PER"})
    assert facts(doc) == {("Bambang Sutrisno", "jadwal musyawarah nasional sudah ada", False)}


def test_organisation_speaker(nlp):
    doc = annotate(nlp, "KPU Sukamaju menyatakan bahwa daftar pemilih tetap sudah final.", {"KPU Sukamaju": "ORG"})
    (record,) = quotes(doc)
    assert record["speaker"] == {"start": 0, "end": 12, "text": "KPU Sukamaju", "label": "ORG"}
    assert record["content"]["text"] == "daftar pemilih tetap sudah final"


def test_entity_closing_a_relative_clause_is_not_the_speaker(nlp):
    doc = annotate(
        nlp,
        "Hendra Gunawan, yang juga kader Partai Harapan Rakyat, mengimbau warga datang ke TPS.",
        {"Hendra Gunawan": "PER", "Partai Harapan Rakyat": "ORG"},
    )
    assert [(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")] == [
        ("Hendra Gunawan", "warga datang ke TPS")
    ]


def test_two_speech_verbs_joined_by_dan_give_two_records(nlp):
    text = "Rudi Hartono menegaskan bahwa kampanye berjalan damai dan menyebut pelanggaran turun tajam."
    doc = annotate(nlp, text, {"Rudi Hartono": "PER"})
    assert facts(doc) == {
        ("Rudi Hartono", "kampanye berjalan damai", False),
        ("Rudi Hartono", "pelanggaran turun tajam", False),
    }


# -- speaker resolution --------------------------------------------------------------------


def test_pronouns_and_short_names_resolve_to_the_full_name(nlp):
    text = (
        "Wakil Ketua DPRD Sukamaju Bambang Setiawan membuka rapat anggaran.\n"
        "Bambang mengatakan anggaran pemilu naik dua kali lipat.\n"
        "Ia menambahkan bahwa dana hibah cair bulan depan.\n"
        "Menurut dia, semua fraksi sudah setuju.\n"
        '"Tidak ada yang menolak," kata beliau.'
    )
    doc = annotate(nlp, text, {"Bambang Setiawan": "PER", "Bambang": "PER", "DPRD Sukamaju": "ORG"})
    records = quotes(doc)
    assert len(records) == 4
    assert {r["speaker"]["text"] for r in records} == {"Bambang Setiawan"}
    assert {r["sentence"] for r in records} == {1, 2, 3, 4}


def test_clitic_follows_the_newest_speaker(nlp):
    text = (
        "Rina Wulandari mengatakan logistik sudah siap.\n"
        "Hal senada disampaikan Kepala Dinas Kominfo Sukamaju Joko Purnomo.\n"
        '"Jaringan internet di semua kecamatan sudah diuji," ujarnya.'
    )
    doc = annotate(nlp, text, {"Rina Wulandari": "PER", "Joko Purnomo": "PER", "Dinas Kominfo Sukamaju": "ORG"})
    direct = [r for r in quotes(doc) if r["direct"]]
    assert [r["speaker"]["text"] for r in direct] == ["Joko Purnomo"]


def test_role_phrase_and_alias_resolve_to_the_person(nlp):
    text = (
        "Kepala BPBD Sukamaju Agus Salim meninjau lokasi banjir bersama Ketua Panitia Lurah Sejati Wibowo.\n"
        "Kepala BPBD Sukamaju memaparkan ada 300 rumah yang terendam.\n"
        "Menteri Dalam Negeri Taufan Hidayat (Gus Taufan) hadir di lokasi.\n"
        '"Bantuan segera dikirim," kata Gus Taufan.'
    )
    doc = annotate(
        nlp,
        text,
        {"Agus Salim": "PER", "Sejati Wibowo": "PER", "Taufan Hidayat": "PER", "Gus Taufan": "PER", "BPBD Sukamaju": "ORG"},
    )
    assert facts(doc) == {
        ("Agus Salim", "ada 300 rumah yang terendam", False),
        ("Taufan Hidayat", "Bantuan segera dikirim", True),
    }


def test_attitude_verbs_are_marked_and_do_not_take_a_quote():
    pipeline = blank()
    pipeline.add_pipe("pemilu_quote", config={"attitude": True})
    text = (
        "Lina Marpaung berharap pemilih datang lebih pagi.\n"
        '"Antrean di TPS kemarin terlalu panjang," kata Dimas Prakoso.'
    )
    doc = annotate(pipeline, text, {"Lina Marpaung": "PER", "Dimas Prakoso": "PER"})
    by_direct = {r["direct"]: r for r in quotes(doc)}
    assert by_direct[False]["attitude"] is True and by_direct[False]["speaker"]["text"] == "Lina Marpaung"
    assert by_direct[True]["speaker"]["text"] == "Dimas Prakoso" and "attitude" not in by_direct[True]


def test_attitude_records_are_read_but_not_output_by_default(nlp):
    text = "Lina Marpaung berharap pemilih datang lebih pagi. Hal itu disampaikannya di kantor KPU."
    doc = annotate(nlp, text, {"Lina Marpaung": "PER", "KPU": "ORG"})
    assert quotes(doc) == []
    # the components that resolve speakers still see who spoke
    assert [r["speaker"]["text"] for r in doc._.attributions] == ["Lina Marpaung"]


# -- what is not a quote -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'KPU Sukamaju menggelar diskusi bertajuk "Pemilu Damai Tanpa Hoaks" di aula kantor.',
        "Beberapa anggota dewan “menggadaikan” SK mereka ke bank.",
        "Relawan itu dijuluki warga sebagai 'Si Kancil' karena gesit.",
        'Pasal 12 ayat (2) berbunyi, "Setiap pemilih wajib membawa KTP elektronik ke TPS."',
        "Seorang warga yang mengaku berasal dari Sukamaju menyampaikan keluhan soal antrean.",
        '"Kenapa antrean selalu panjang?" ujar warga tersebut.',
        "Rapat ini diadakan guna memastikan kesiapan seluruh jajaran KPU Sukamaju.",
        'Spanduk bertuliskan "Tolak Politik Uang" KPU Sukamaju, dipasang di setiap kelurahan.',
    ],
)
def test_not_speech(nlp, text):
    doc = annotate(nlp, text, {"KPU Sukamaju": "ORG"})
    assert quotes(doc) == []


def test_quote_inside_a_quote_and_speech_verbs_inside_quotes(nlp):
    text = (
        "Guru honorer Maya Sari ikut dalam aksi di depan kantor DPRD.\n"
        "\"Waktu itu kepala sekolah mengatakan 'Tunggu saja tahun depan.' Kami sudah menunggu lima tahun,\" "
        "ujar Maya Sari."
    )
    doc = annotate(nlp, text, {"Maya Sari": "PER", "DPRD": "ORG"})
    (record,) = quotes(doc)
    assert record["direct"] is True
    assert record["content"]["text"].startswith("Waktu itu kepala sekolah mengatakan 'Tunggu saja")
    assert record["content"]["text"].endswith("lima tahun")


# -- contract ------------------------------------------------------------------------------


def test_records_validate_against_the_contract(nlp):
    text = (
        "Rina Wulandari mengatakan tahapan pemilu berjalan lancar.\n"
        "“Kami siap,” ujarnya. Menurut Rina, logistik tiba tepat waktu."
    )
    doc = annotate(nlp, text, {"Rina Wulandari": "PER", "Rina": "PER"})
    document = to_document(doc, id="t")  # the pydantic validator checks every offset
    records = [r for r in document.relations if r.type == "quote"]
    assert len(records) == 3
    for r in quotes(doc):
        for arg in ("speaker", "content"):
            assert text[r[arg]["start"] : r[arg]["end"]] == r[arg]["text"]
        cue_token = doc.char_span(r["content"]["start"], r["content"]["end"], alignment_mode="expand")
        if not r["direct"]:
            assert r["sentence"] == sentence_index(doc, cue_token.start)


def test_menurut_an_account_of_a_person(nlp):
    doc = annotate(
        nlp,
        "Menurut penuturan Dedi Kurniawan, pembangunan gedung itu tidak memerlukan proposal.",
        {"Dedi Kurniawan": "PER"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "pembangunan gedung itu tidak memerlukan proposal", False)}


def test_an_adverb_between_the_speaker_and_the_verb(nlp):
    doc = annotate(nlp, "Dedi Kurniawan mulanya menjelaskan saat ini inflasi berada di sekitar dua persen.", {"Dedi Kurniawan": "PER"})
    assert {s for s, _, _ in facts(doc)} == {"Dedi Kurniawan"}


def test_a_role_phrase_with_a_relative_clause_is_the_person_not_the_party(nlp):
    doc = annotate(
        nlp,
        "Anggota DPRD Kota Lahat, Dedi Kurniawan, menemui warga. Politikus Partai Maju yang sudah jadi anggota "
        "DPRD Kota Lahat sejak 2014 itu mengatakan, masalah banjir sudah lama terjadi.",
        {"DPRD Kota Lahat": "ORG", "Dedi Kurniawan": "PER", "Partai Maju": "ORG"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "masalah banjir sudah lama terjadi", False)}


def test_the_one_addressed_is_not_the_subject_of_a_participial_speech_verb(nlp):
    doc = annotate(
        nlp,
        "Sebagai tanggapan, Dedi Kurniawan berterima kasih kepada Hasan Basri, menyatakan bahwa Lahat tidak pernah "
        "memiliki teman yang lebih baik.",
        {"Dedi Kurniawan": "PER", "Hasan Basri": "PER", "Lahat": "LOC"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Dedi Kurniawan"}


def test_cerita_attributes_a_quotation(nlp):
    doc = annotate(nlp, '"Tiba-tiba ada yang menepuk pundak saya," cerita Dedi Kurniawan, Rabu.', {"Dedi Kurniawan": "PER"})
    assert facts(doc) == {("Dedi Kurniawan", "Tiba-tiba ada yang menepuk pundak saya", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Dedi Kurniawan membuka konferensi itu. Kepala Negara menerangkan, ekonomi dunia sedang tidak ramah.",
        'Menteri Agama Dedi Kurniawan meninjau pesantren itu. "Ekonomi dunia sedang tidak ramah," ujar Menag.',
    ],
)
def test_another_name_for_a_role_is_the_person_given_that_title(nlp, text):
    doc = annotate(nlp, text, {"Dedi Kurniawan": "PER"})
    assert {s for s, _, _ in facts(doc)} == {"Dedi Kurniawan"}


@pytest.mark.parametrize("verb", ["mengeklaim", "menandasi"])
def test_spelling_variants_of_speech_verbs(nlp, verb):
    doc = annotate(nlp, f"Dedi Kurniawan {verb} rencana memperbaiki sekolah itu bukan perkara sulit.", {"Dedi Kurniawan": "PER"})
    assert {s for s, _, _ in facts(doc)} == {"Dedi Kurniawan"}


def test_a_long_title_with_fields_joined_by_dan_leads_to_the_speaker(nlp):
    doc = annotate(
        nlp,
        'Presiden Andi Wijaya berkunjung ke Lahat. "Bukan rombongan kepresidenan," kata Deputi Bidang Protokol, '
        "Pers dan Media (PPM) Sekretariat Presiden Dedi Kurniawan seperti dikutip dari laman Setkab.",
        {"Andi Wijaya": "PER", "Lahat": "LOC", "Sekretariat Presiden": "ORG", "Dedi Kurniawan": "PER", "Setkab": "ORG"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Dedi Kurniawan"}


def test_a_nickname_given_in_a_relative_clause_names_the_speaker(nlp):
    doc = annotate(
        nlp,
        "Sekjen Partai Maju, Raja Juli Santoni, bertemu para pendeta. Pendeta Lukas Dewa mengatakan umat butuh "
        "kepastian. Menanggapi aspirasi tersebut, pria yang kerap disapa Toni tersebut menjelaskan bahwa partainya "
        "lahir karena masalah kewargaan.",
        {"Partai Maju": "ORG", "Raja Juli Santoni": "PER", "Lukas Dewa": "PER", "Toni": "PER"},
    )
    assert ("Raja Juli Santoni", "partainya lahir karena masalah kewargaan", False) in facts(doc)
    doc = annotate(
        nlp,
        "Ketua Bawaslu Lahat Maria Magdalena Seriang membuka acara itu. Perempuan yang disapa Leni ini menegaskan "
        "kerja pengawas pemilu tidak berhenti.",
        {"Bawaslu Lahat": "ORG", "Maria Magdalena Seriang": "PER", "Leni": "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Maria Magdalena Seriang"}


# -- real articles (read at run time) ------------------------------------------------------


def test_real_article_clitics_and_menurut(nlp):
    text, _ = news_text("clickid-05452")
    doc = annotate(nlp, text, {"Gatot Eddy Pramono": "PER", "Gatot": "PER", "BJ Habibie": "PER", "Polda Metro Jaya": "ORG"})
    records = quotes(doc)
    quoted_paragraphs = [p for p in text.split("\n") if p.startswith('"')]
    direct = [r for r in records if r["direct"]]
    assert len(direct) == len(quoted_paragraphs) >= 3
    assert {r["speaker"]["text"] for r in records} == {"Gatot Eddy Pramono"}
    for r in direct:  # the content is the paragraph's quotation without its closing punctuation
        paragraph = next(p for p in quoted_paragraphs if r["content"]["text"] in p)
        assert paragraph.startswith('"' + r["content"]["text"])
        assert paragraph[len(r["content"]["text"]) + 1] in ',.?!'
    menurut = next(r for r in records if r.get("cue") == "Menurut")
    assert menurut["content"]["text"].startswith("BJ Habibie merupakan")
    assert not menurut["content"]["text"].endswith(".")


def test_real_article_nested_quote_and_pronoun_after_quote(nlp):
    text, _ = news_text("clickid-05801")
    doc = annotate(nlp, text, {"Rahima Akter": "PER", "Akter": "PER", "International University": "ORG"})
    records = quotes(doc)
    assert {r["speaker"]["text"] for r in records} == {"Rahima Akter"}
    nested = [r for r in records if "Apakah kamu orang Rohingya?" in r["content"]["text"]]
    assert len(nested) == 1 and nested[0]["content"]["text"].startswith("Saya masih kuliah")
    # "mereka mengatakan" inside the quotation is not a cue of its own
    assert not any(r["content"]["text"].startswith("saya harus dikirim") for r in records)
    # '"...?" dia bertanya.' is attributed through the pronoun
    assert any(r["content"]["text"].endswith("tindakan kejahatan") and r["direct"] for r in records)


def test_real_article_slogan_in_quotes_is_not_speech(nlp):
    text, _ = news_text("clickid-05744")
    doc = annotate(nlp, text, {"Paulus Cholot Janal": "PER", "MNC Leasing": "ORG", "PT Sany Perkasa": "ORG"})
    records = quotes(doc)
    assert records, "the article quotes its CEO"
    assert not any("Beli Unit Tanpa Duit" in r["content"]["text"] for r in records)
    assert {r["speaker"]["text"] for r in records} == {"Paulus Cholot Janal"}


def test_seed_article_matches_gold(nlp, seed_gold):
    sys.path.insert(0, str(shared_path("tools")))
    import score

    from pemilu_nlp.training.gold import gold_doc

    doc = nlp.get_pipe("pemilu_quote")(gold_doc(nlp, seed_gold))
    gold = [r for r in seed_gold["relations"] if r["type"] == "quote"]
    system = quotes(doc)
    assert len(system) == len(gold)
    for g in gold:
        match = [s for s in system if score.core_similarity("quote", g, s, seed_gold["text"]) is not None]
        assert match and match[0]["direct"] == g["direct"] and match[0]["sentence"] == g["sentence"]


# -- patterns from the annotated news articles (session 2) -------------------------------------


def test_parenthetical_attribution_after_a_subject_quotes_the_whole_sentence(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Lahat Budi Santoso hadir. Pertemuan-pertemuan tersebut, kata Budi, bisa disebut penjajakan koalisi.",
        {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Budi": "PER"},
    )
    (rec,) = quotes(doc)
    assert rec["content"]["text"].startswith("Pertemuan-pertemuan tersebut") and rec["content"]["text"].endswith("penjajakan koalisi")


def test_parenthetical_attribution_after_a_connective_quotes_what_follows(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Lahat Budi Santoso hadir. Saat ini, kata dia, logistik pemilu sudah tiba di gudang.",
        {"KPU Lahat": "ORG", "Budi Santoso": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "logistik pemilu sudah tiba di gudang", False)}


def test_speech_reported_inside_reported_speech_is_no_second_record(nlp):
    doc = annotate(
        nlp,
        "Andi Pratama ditemui di Palembang. Menurut dia, Budi Santoso sudah menjelaskan kasus itu kepada pimpinan.",
        {"Andi Pratama": "PER", "Palembang": "LOC", "Budi Santoso": "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Andi Pratama"}


@pytest.mark.parametrize(
    "short, full",
    [
        ("Alex", "Alexander Marwanto"),  # start of a word
        ("Harsono", "Suharsono Wijaya"),  # end of a word
        ("JK", "Jusuf Kalimantan"),  # initials
        ("Jokowi", "Joko Widodo"),  # starts of two words run together
        ("Zulhas", "Zulkifli Hasan"),
        ("Yasona", "Yasonna Laoly"),  # one letter dropped
        ("Said Agil", "Said Aqil Siradj"),  # several words, one misspelt
    ],
)
def test_short_forms_and_initials_resolve_to_the_full_name(nlp, short, full):
    doc = annotate(
        nlp,
        f"{full} hadir dalam rapat itu. {short} mengatakan anggaran pemilu sudah cukup.",
        {full: "PER", short: "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {full}


def test_a_word_of_a_full_name_is_not_read_as_a_misspelling_of_another_name(nlp):
    doc = annotate(
        nlp,
        "Ketua Bawaslu Nonato Da Silva membuka rapat. Nonato mengatakan pengawasan harus ketat. "
        "Menurut Nanato, anggaran cukup.",
        {"Nonato Da Silva": "PER", "Nonato": "PER", "Nanato": "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Nonato Da Silva"}


def test_a_short_form_fitting_two_names_is_left_as_written(nlp):
    doc = annotate(
        nlp,
        "Alexander Marwanto dan Alexandra Putri hadir. Alex mengatakan anggaran pemilu sudah cukup.",
        {"Alexander Marwanto": "PER", "Alexandra Putri": "PER", "Alex": "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Alex"}


def test_nickname_introduced_after_the_name_resolves_to_the_person_it_comes_from(nlp):
    doc = annotate(
        nlp,
        "Kartika Wiranata menemui Muliadi Hasan di Jakarta. "
        "\"Semua harus terpadu,\" ujar Tiko, sapaan akrabnya, saat rapat itu.",
        {"Kartika Wiranata": "PER", "Muliadi Hasan": "PER", "Jakarta": "LOC", "Tiko": "PER"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Kartika Wiranata"}
    # written without the comma: "Bamsoet sapaan akrabnya, ..."
    doc = annotate(
        nlp,
        "Ketua DPR, Bambang Susatyo menemui Muliadi Hasan di Jakarta. Bamsoet sapaan akrabnya, tidak membahas hal itu. "
        "\"Semua harus terpadu,\" kata Bamsoet.",
        {"Bambang Susatyo": "PER", "Muliadi Hasan": "PER", "Jakarta": "LOC", "Bamsoet": "PER", "DPR": "ORG"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Bambang Susatyo"}
    # introduced before the nickname, with no name right before it: "Pria yang akrab disapa Ibas ini"
    doc = annotate(
        nlp,
        "Ketua Fraksi Partai Maju, Bagas Wiratmoko, mengatakan KPK tidak boleh dilemahkan. Pria yang kerap disapa Ocid ini "
        "menambahkan, KPK harus diperkuat. \"Kami akan terus mengawal,\" ujar Ocid di sela acara itu.",
        {"Partai Maju": "ORG", "Bagas Wiratmoko": "PER", "Ocid": "PER", "KPK": "ORG"},
    )
    assert {s for s, _, _ in facts(doc)} == {"Bagas Wiratmoko"}


def test_a_role_phrase_with_a_party_as_the_subject_is_the_person_spoken_of(nlp):
    doc = annotate(
        nlp,
        "Bambang Susatyo menemui Muliadi Hasan di Jakarta. "
        "Ditanya soal revisi itu, politikus Partai Maju mengaku hal itu berpulang kepada pemerintah.",
        {"Bambang Susatyo": "PER", "Muliadi Hasan": "PER", "Jakarta": "LOC", "Partai Maju": "ORG"},
    )
    assert facts(doc) == {("Bambang Susatyo", "hal itu berpulang kepada pemerintah", False)}


def test_a_verbless_sentence_naming_one_person_sets_who_speaks_next(nlp):
    doc = annotate(
        nlp,
        "Sekjen DPRD Lahat Indra Saputra menemui mahasiswa. \"Kami terima aspirasinya,\" kata Indra. "
        "Salah satu perwakilan dari BEM Universitas Lahat, Manik Pratama. "
        "Ia menyatakan pihaknya menolak revisi itu.",
        {"DPRD Lahat": "ORG", "Indra Saputra": "PER", "Indra": "PER", "BEM Universitas Lahat": "ORG", "Manik Pratama": "PER"},
    )
    assert ("Manik Pratama", "pihaknya menolak revisi itu", False) in facts(doc)


def test_speaker_is_the_head_of_a_relative_clause_closed_by_itu(nlp):
    doc = annotate(
        nlp,
        "Aktivis Greta Saputri berpidato di depan Senat. Senator Edi Markus yang memimpin gugus tugas di Senat itu "
        "menjelaskan, semakin banyak demonstran muda hadir.",
        {"Greta Saputri": "PER", "Senat": "ORG", "Edi Markus": "PER"},
    )
    assert facts(doc) == {("Edi Markus", "semakin banyak demonstran muda hadir", False)}


def test_a_body_in_the_description_of_the_opening_person_is_not_the_speaker(nlp):
    doc = annotate(
        nlp,
        "Anita Thomas, 17, aktivis iklim dan anggota gerakan Zero Hour yang berbasis di Jakarta menjelaskan bahwa "
        "para senator perlu bertindak.",
        {"Anita Thomas": "PER", "Zero Hour": "ORG", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Anita Thomas", "para senator perlu bertindak", False)}


def test_a_condition_inside_a_reported_clause_is_part_of_it(nlp):
    doc = annotate(
        nlp,
        "Kadiv Humas Polri Irjen Budi Santoso menegaskan, Polri siap menghadapi gugatan praperadilan jika Ahok "
        "mengajukannya. Dedi Kurniawan mengatakan jika Komisi II siap membahasnya.",
        {"Polri": "ORG", "Budi Santoso": "PER", "Ahok": "PER", "Dedi Kurniawan": "PER", "Komisi II": "ORG"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Budi Santoso", "Polri siap menghadapi gugatan praperadilan jika Ahok mengajukannya"),
        ("Dedi Kurniawan", "Komisi II siap membahasnya"),
    }


def test_a_closing_demikian_names_the_speaker_of_the_quotation(nlp):
    doc = annotate(
        nlp,
        'Menteri Pertanian Budi Santoso meninjau sawah di Lahat. "Mungkin kita membutuhkan waktu dua tahun supaya '
        'terwujud," demikian Budi Santoso. "Harga gabah akan naik," demikian kata Dedi Kurniawan.',
        {"Budi Santoso": "PER", "Lahat": "LOC", "Dedi Kurniawan": "PER"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"], r["direct"]) for r in records(doc, "quote")} == {
        ("Budi Santoso", "Mungkin kita membutuhkan waktu dua tahun supaya terwujud", True),
        ("Dedi Kurniawan", "Harga gabah akan naik", True),
    }


def test_a_passive_clitic_set_off_by_commas_reports_the_clause_after_it(nlp):
    doc = annotate(
        nlp,
        "Menteri Pertanian Budi Santoso meninjau sawah di Lahat. Selain itu, dikemukakannya, pemerintah akan "
        "mengembangkan sektor bawang putih.",
        {"Budi Santoso": "PER", "Lahat": "LOC"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Budi Santoso", "pemerintah akan mengembangkan sektor bawang putih"),
    }


def test_a_person_named_in_brackets_after_a_body_is_not_the_speaker(nlp):
    doc = annotate(
        nlp,
        '"Kita mengusung Budi agar ikut kontestasi," kata Juru Bicara Forum Relawan Amanat (Budi Santoso untuk '
        "Jawa Barat), Ali Rahman saat deklarasi di Tasikmalaya.",
        {"Forum Relawan Amanat": "ORG", "Budi Santoso": "PER", "Budi": "PER", "Jawa Barat": "LOC", "Ali Rahman": "PER",
         "Tasikmalaya": "LOC"},
    )
    assert {r["speaker"]["text"] for r in records(doc, "quote")} == {"Ali Rahman"}


def test_a_title_written_short_names_the_person_given_the_full_title(nlp):
    doc = annotate(
        nlp,
        "Menteri Komunikasi dan Informatika Budi Santoso hadir di Jakarta. Menurut Menteri Kominfo, kelebihan AI "
        'untuk tugas yang berulang. "Robot itu tidak paham," ungkap Menteri Komunikasi dan Informatika.',
        {"Budi Santoso": "PER", "Jakarta": "LOC"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Budi Santoso", "kelebihan AI untuk tugas yang berulang"),
        ("Budi Santoso", "Robot itu tidak paham"),
    }


def test_a_name_better_known_as_and_a_nickname_from_a_letter_and_a_syllable(nlp):
    doc = annotate(
        nlp,
        "Penyanyi Budi Santoso atau lebih dikenal dengan Doel Lahat meraih penghargaan itu. Gubernur Jawa Barat, "
        'Ahmad Heryawan, mengatakan penghargaan ini memacu seniman. "Ini penghargaan atas prestasi," kata Aher. '
        '"Saya kaget sekali," kata Doel Lahat.',
        {"Budi Santoso": "PER", "Doel Lahat": "PER", "Jawa Barat": "LOC", "Ahmad Heryawan": "PER", "Aher": "PER"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Ahmad Heryawan", "penghargaan ini memacu seniman"),
        ("Ahmad Heryawan", "Ini penghargaan atas prestasi"),
        ("Budi Santoso", "Saya kaget sekali"),
    }


def test_a_known_nickname_is_the_person_the_article_names_in_full(nlp):
    doc = annotate(
        nlp,
        'Gubernur Jabar Ridwan Kamil mengimbau warga menaikkan bendera. "Saya akan melayat," ujar Emil di Gedung Pakuan. '
        '"Kami siap," kata Ahok.',
        {"Ridwan Kamil": "PER", "Emil": "PER", "Gedung Pakuan": "LOC", "Ahok": "PER"},
    )
    # Ahok's full name is not in the article: the name stays as written
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Ridwan Kamil", "warga menaikkan bendera"), ("Ridwan Kamil", "Saya akan melayat"), ("Ahok", "Kami siap"),
    }


def test_a_ministers_clipped_title_names_the_minister(nlp):
    doc = annotate(
        nlp,
        'Menteri Perindustrian Budi Santoso menerima delegasi. "Kami saudara," kata Menperin pada acara Business '
        "Dialogue di Jakarta.",
        {"Budi Santoso": "PER", "Jakarta": "LOC"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {("Budi Santoso", "Kami saudara")}


def test_a_relative_clause_after_the_opening_name_does_not_take_the_subject(nlp):
    doc = annotate(
        nlp,
        "Ratu Sari yang diterima Presiden Budi Santoso (Budi) dalam kunjungan kehormatan Utusan Khusus Perserikatan "
        "Bangsa-Bangsa (PBB) untuk Inklusi Keuangan/United Nations Special Advocate (UNSGSA) for Financial Inclusion "
        "di Istana Merdeka Lahat, Selasa, mengatakan ia dan pemerintah telah berdiskusi.",
        {"Sari": "PER", "Budi Santoso": "PER", "Budi": "PER", "Istana Merdeka Lahat": "LOC",
         "Perserikatan Bangsa-Bangsa": "ORG", "PBB": "ORG", "UNSGSA": "ORG"},
    )
    assert {(r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")} == {
        ("Sari", "ia dan pemerintah telah berdiskusi")
    }


def test_an_attribution_set_off_by_the_comma_after_the_name(nlp):
    doc = annotate(
        nlp,
        "Koordinator Forum Lahat Budi Santoso menjelaskan kasus itu. Pada saat pertemuan tersebut ujar Budi, mereka "
        "meminta agar lahannya dimasukkan ke dalam revisi.",
        {"Forum Lahat": "ORG", "Budi Santoso": "PER", "Budi": "PER"},
    )
    assert ("Budi Santoso", "mereka meminta agar lahannya dimasukkan ke dalam revisi") in {
        (r["speaker"]["text"], r["content"]["text"]) for r in records(doc, "quote")
    }


def test_a_clitic_attribution_before_a_comma_inside_the_sentence(nlp):
    doc = annotate(
        nlp,
        "Koordinator Forum Lahat Budi Santoso menjelaskan kasus itu. Dari beberapa informasi yang mengarah pada peran "
        "Ali Rahman lanjutnya, lebih seperti dalang dari kasus suap itu.",
        {"Forum Lahat": "ORG", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert [r["speaker"]["text"] for r in records(doc, "quote") if r.get("cue") == "lanjutnya"] == ["Budi Santoso"]


def test_an_abbreviated_rank_between_the_title_and_the_speaker(nlp):
    doc = annotate(
        nlp,
        "“Juklak ini sangat diperlukan agar kapal kita tidak terkena sanksi,” kata Presiden KPI Capt. Budi Santoso "
        "di Jakarta.",
        {"KPI": "ORG", "Budi Santoso": "PER", "Jakarta": "LOC"},
    )
    assert [r["speaker"]["text"] for r in records(doc, "quote")] == ["Budi Santoso"]


def test_a_second_name_given_with_alias_stands_for_the_full_name(nlp):
    doc = annotate(
        nlp,
        "Ketua DPR Budi Santoso mengatakan, pansus sudah sepakat. \"Sebelum dibawa ke paripurna, bahan akan diserahkan "
        "ke KPK,\" kata Budi alias Busan di Gedung DPR.",
        {"DPR": "ORG", "Budi Santoso": "PER", "Budi": "PER", "Busan": "PER", "KPK": "ORG"},
    )
    assert {r["speaker"]["text"] for r in records(doc, "quote")} == {"Budi Santoso"}


def test_a_speaker_named_again_with_a_one_letter_misspelling(nlp):
    doc = annotate(
        nlp,
        "\"Kami mendukung pengesahan revisi itu,\" kata koordinator aksi, Arif Santoso, di Gedung KPK. Arief melanjutkan, "
        "KPK harus segera menjalankan tugasnya.",
        {"Arif Santoso": "PER", "KPK": "ORG", "Arief": "PER"},
    )
    assert {r["speaker"]["text"] for r in records(doc, "quote")} == {"Arif Santoso"}


def test_the_name_after_a_description_of_someones_counsel_is_the_speaker(nlp):
    doc = annotate(
        nlp,
        "\"Klien kami tidak bersalah,\" kata kuasa hukum Budi Santoso, Ali Rahman kepada wartawan. \"Itu hoaks,\" kata "
        "Juru Bicara KPK Siti Aminah, Joko Susilo menambahkan. \"Kita lihat saja nanti,\" kata putra bungsu Ketua Umum "
        "Partai Maju Rudi Hartono ini.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "KPK": "ORG", "Siti Aminah": "PER", "Joko Susilo": "PER",
         "Partai Maju": "ORG", "Rudi Hartono": "PER"},
    )
    speakers = [r["speaker"]["text"] for r in records(doc, "quote")]
    assert speakers[:2] == ["Ali Rahman", "Siti Aminah"]  # KPK's spokesperson speaks for KPK, not for Joko
    assert "Rudi Hartono" not in speakers  # the son "ini" points back to the person spoken of


def test_a_statement_attributed_after_it_with_menurut_and_a_described_body(nlp):
    doc = annotate(
        nlp,
        "Karya pertama itu terjual 294 ribu euro, menurut balai lelang Lahat Art. Harga tiket naik dua kali lipat, "
        "menurut Budi Santoso. Harga itu, menurut data dari Dinas Pariwisata Lahat, naik tiap tahun.",
        {"Lahat Art": "ORG", "Budi Santoso": "PER", "Dinas Pariwisata Lahat": "ORG"},
    )
    assert facts(doc) == {
        ("Lahat Art", "Karya pertama itu terjual 294 ribu euro", False),
        ("Budi Santoso", "Harga tiket naik dua kali lipat", False),  # not ", menurut Budi Santoso"
    }  # a source of data is no speaker


def test_a_quotation_after_the_one_it_was_said_to_and_a_shout(nlp):
    doc = annotate(
        nlp,
        'Kuasa hukum terdakwa, Budi Santoso menyatakan kepada majelis hakim, "Kita akan banding." '
        '"Mari tunjukkan suara dan tanganmu," teriak Ali Rahman di tengah pertunjukan.',
        {"Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "Kita akan banding", True), ("Ali Rahman", "Mari tunjukkan suara dan tanganmu", True)}


def test_a_hyphenated_title_before_the_speakers_name(nlp):
    doc = annotate(
        nlp,
        '"Kita akan benahi semuanya," ujar Menpan-RB Budi Santoso di Gedung DPR, Jakarta.',
        {"Budi Santoso": "PER", "Gedung DPR": "LOC", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "Kita akan benahi semuanya", True)}


def test_a_title_running_on_in_lower_case_before_the_speaker_in_apposition(nlp):
    doc = annotate(
        nlp,
        '"Ambulans masih beroperasi," kata juru bicara rumah sakit Provinsi Lahat, Budi Santoso.\n'
        '"Kami bersatu," kata salah satu pemimpin suku, Ali Rahman, kepada wartawan.\n'
        '"Kerja sama ini penting," ujar Wakil Menteri Keuangan RI, sekaligus Ketua Dewan Pengurus IAI, Prof. Dedi Irawan.\n'
        '"Kita dengar usulan publik," kata putra bungsu Ketua Umum Partai Lahat Joko Susilo ini.',
        {"Provinsi Lahat": "LOC", "Budi Santoso": "PER", "Ali Rahman": "PER", "RI": "LOC", "IAI": "ORG",
         "Dedi Irawan": "PER", "Partai Lahat": "ORG", "Joko Susilo": "PER"},
    )
    speakers = {r["content"]["text"]: r["speaker"]["text"] for r in quotes(doc)}
    assert speakers["Ambulans masih beroperasi"] == "Budi Santoso"
    assert speakers["Kami bersatu"] == "Ali Rahman"
    assert speakers["Kerja sama ini penting"] == "Dedi Irawan"
    # the one the title describes by someone else is not that someone
    assert speakers.get("Kita dengar usulan publik") != "Joko Susilo"


def test_each_of_the_names_coordinated_before_the_speech_verb_says_it(nlp):
    doc = annotate(
        nlp,
        "Petinggi Partai Lahat seperti Budi Santoso, Ali Rahman, dan Dedi Irawan menegaskan tak akan ada musyawarah "
        "luar biasa tahun ini. Kuasa hukum Joko Susilo, Siti Aminah mengatakan kliennya akan hadir di persidangan.",
        {"Partai Lahat": "ORG", "Budi Santoso": "PER", "Ali Rahman": "PER", "Dedi Irawan": "PER", "Joko Susilo": "PER",
         "Siti Aminah": "PER"},
    )
    speakers = {r["speaker"]["text"] for r in quotes(doc)}
    # the client before the lawyer's name is no speaker
    assert speakers == {"Budi Santoso", "Ali Rahman", "Dedi Irawan", "Siti Aminah"}


def test_the_speaker_the_role_is_given_to_with_selaku(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso selaku Ketua Umum Yayasan Musik Lahat mengaku tidak mau ajang itu hanya sekadar memberikan "
        "penghargaan bagi musisi.",
        {"Budi Santoso": "PER", "Yayasan Musik Lahat": "ORG"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Budi Santoso"}


def test_the_speaker_before_an_english_title_in_apposition(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso, VP Product Marketing Lahat Technologies, memastikan bahwa jadwal peluncuran produk tidak berubah.",
        {"Budi Santoso": "PER", "Lahat Technologies": "ORG"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Budi Santoso"}


def test_a_speaker_in_apposition_after_a_title_with_a_body_or_a_term(nlp):
    doc = annotate(
        nlp,
        'Budi Santoso, Country Producer Lahat Games mengungkapkan, "Kami menghadirkan lebih banyak turnamen."\n'
        '"Mari kita mulai rapat paripurna hari ini," ujar Wakil Ketua DPRD Lahat 2014-2019, Ali Rahman pukul 11.21 WIB.',
        {"Budi Santoso": "PER", "Lahat Games": "ORG", "DPRD Lahat": "ORG", "Ali Rahman": "PER"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Budi Santoso", "Ali Rahman"}


def test_the_one_accompanied_speaks_not_the_companion(nlp):
    doc = annotate(
        nlp,
        "Menteri Siti Aminah didampingi Dirjen PPI Budi Santoso mengatakan bahwa kebakaran sudah padam. Kasubbag Humas "
        "Polres Lahat, Iptu Ali Rahman, didampingi KBO Satreskrim Iptu Dedi Irawan, mengatakan, kejadian ini baru "
        "diketahui kemarin.",
        {"Siti Aminah": "PER", "Budi Santoso": "PER", "Polres Lahat": "ORG", "Ali Rahman": "PER", "Dedi Irawan": "PER"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Siti Aminah", "Ali Rahman"}


def test_the_one_accompanied_in_a_relative_clause_speaks(nlp):
    doc = annotate(
        nlp,
        "Kasat Reskrim Polres Lahat, AKP Rudi Hartono, yang didampingi Kanit PPA Polres Lahat menjelaskan, pelaku "
        "sudah ditahan sejak Jumat.",
        {"Polres Lahat": "ORG", "Rudi Hartono": "PER"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Rudi Hartono"}


def test_a_title_of_several_words_before_a_body_means_the_person_in_view(nlp):
    doc = annotate(
        nlp,
        "Ketua MPR Zulkifli Hasan menyesalkan kisruh antara pengemudi ojek daring dan pangkalan. Ketua Umum PAN "
        "menambahkan bahwa aturan itu menyangkut mata pencaharian masyarakat.",
        {"MPR": "ORG", "Zulkifli Hasan": "PER", "PAN": "ORG"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Zulkifli Hasan"}
    # several office holders named together are no one person: the body speaks for them
    doc = annotate(
        nlp,
        "Gubernur Bank Indonesia Perry Warjiyo tiba di Washington. Para Menteri Keuangan dan Gubernur Bank Sentral G20 "
        "menegaskan komitmen untuk memperkuat kerja sama multilateral.",
        {"Bank Indonesia": "ORG", "Perry Warjiyo": "PER", "Washington": "LOC", "G20": "ORG"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"G20"}


def test_a_former_title_opening_the_sentence_means_the_person_in_view(nlp):
    doc = annotate(
        nlp,
        "Presiden Joko Widodo memimpin rapat terbatas di Pekanbaru. Mantan Gubernur DKI Jakarta mengatakan pencegahan "
        "kebakaran lahan harus dimulai sejak awal.",
        {"Joko Widodo": "PER", "Pekanbaru": "LOC", "DKI Jakarta": "LOC"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Joko Widodo"}
    # a present title may bring in someone the article does not name: no speaker is guessed
    doc = annotate(
        nlp,
        "Warga Andi Saputra dirawat di rumah sakit. Kepala Dinas Kesehatan Lahat mengatakan pihaknya menyiapkan obat.",
        {"Andi Saputra": "PER", "Lahat": "LOC"},
    )
    assert "Andi Saputra" not in {r["speaker"]["text"] for r in quotes(doc)}


def test_a_title_set_off_by_a_comma_and_an_honorific_finds_its_holder(nlp):
    doc = annotate(
        nlp,
        "Wali Kota Parepare, H.M. Taufan Pawe meninjau rumah itu. Wali Kota Parepare menjelaskan pihak bank telah "
        "setuju rumah itu menjadi aset daerah.",
        {"Parepare": "LOC", "Taufan Pawe": "PER"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Taufan Pawe"}


def test_a_bare_surname_goes_on_meaning_the_person_named_first(nlp):
    doc = annotate(
        nlp,
        "Kondisi aktor Dedi Santoso kritis. Santoso tengah dirawat di Lahat. Keluarga yang hadir termasuk adiknya, "
        "Rudianto Santoso. Santoso pernah mengakui kecanduannya terhadap alkohol.",
        {"Dedi Santoso": "PER", "Santoso": "PER", "Lahat": "LOC", "Rudianto Santoso": "PER"},
    )
    # the brother named later does not take over the surname the article already used for Dedi
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Dedi Santoso"}


def test_a_nickname_given_to_a_one_word_name(nlp):
    doc = annotate(
        nlp,
        "Kepala BPS Sutarno mengungkapkan, ada dua festival yang digelar di Jawa Tengah. \"Ada beberapa acara,\" ujar "
        "pria yang disapa Kecuk ini. \"Kenaikan tertinggi ada di Batam,\" imbuh Kecuk.",
        {"BPS": "ORG", "Sutarno": "PER", "Jawa Tengah": "LOC", "Kecuk": "PER", "Batam": "LOC"},
    )
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Sutarno"] * 3


def test_the_audience_between_the_speaker_and_the_verb_is_passed_over(nlp):
    doc = annotate(
        nlp,
        "Camat Kutabaharu, Sofyan kepada wartawan di Singkil, Sabtu menyatakan, danau itu kini menjadi objek wisata. "
        "Sekretaris DAP Ali Rahman kepada awak media di Abepura mengatakan, aspirasi itu tidak mewakili masyarakat.",
        {"Kutabaharu": "LOC", "Sofyan": "PER", "Singkil": "LOC", "DAP": "ORG", "Ali Rahman": "PER", "Abepura": "LOC"},
    )
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Sofyan", "Ali Rahman"]


def test_menurut_an_english_title_with_of_before_the_name(nlp):
    doc = annotate(
        nlp,
        "Sementara itu menurut Deputy Chief of Transaction Banking Bank Lahat Ali Rahman, kerja sama ini merupakan "
        "tahap awal.",
        {"Bank Lahat": "ORG", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Ali Rahman", "kerja sama ini merupakan tahap awal", False)}


def test_a_name_set_off_by_commas_after_its_title_is_the_subject_a_pronoun_means(nlp):
    doc = annotate(
        nlp,
        "Dirjen Amerika Eropa Kementerian Luar Negeri, Ali Rahman, sampai saat ini belum tahu alasan pelarangan "
        "Panglima TNI Jenderal Budi Santoso masuk ke AS. Tapi dia memastikan bahwa permasalahannya ada di pemerintah "
        "Amerika sendiri.",
        {"Kementerian Luar Negeri": "ORG", "Ali Rahman": "PER", "TNI": "ORG", "Budi Santoso": "PER", "AS": "LOC",
         "Amerika": "LOC"},
    )
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Ali Rahman"]


def test_two_spellings_of_a_one_word_name_keep_each_the_spelling_of_its_sentence(nlp):
    doc = annotate(
        nlp,
        "Koordinator aksi, Mamet mengatakan bahwa mereka mencari keadilan. \"Kami datang untuk mencari keadilan,\" "
        "kata Mamet. \"Polisi berjanji akan menangkap pelaku,\" ujar Memet.",
        {"Mamet": "PER", "Memet": "PER"},
    )
    # neither spelling is fuller: the guidelines take the one the record's sentence writes
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Mamet", "Mamet", "Memet"]


def test_a_body_in_the_description_of_the_name_before_it_does_not_speak(nlp):
    doc = annotate(
        nlp,
        "Ali Rahman selaku perwakilan dari pihak BPJS Ketenagakerjaan mengutarakan jaminan itu meliputi kecelakaan "
        "kerja. Budi Santoso yang menjadi Executive Chairman di Alibaba mengatakan, pertemuan ini penting. Agensi "
        "yang menaungi Rina Marlina, Ruach Entertainment mengumumkan bahwa sang aktris tengah hamil.",
        {"Ali Rahman": "PER", "BPJS Ketenagakerjaan": "ORG", "Budi Santoso": "PER", "Alibaba": "ORG",
         "Rina Marlina": "PER", "Ruach Entertainment": "ORG"},
    )
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Ali Rahman", "Budi Santoso", "Ruach Entertainment"]


def test_an_attribution_inside_the_clause_it_reports(nlp):
    doc = annotate(
        nlp,
        "Ketua KPK Ali Rahman hadir di gedung DPR. Hal tersebut kata Ali juga tidak berdasar pada hukum. Berita bohong "
        "lanjutnya justru dapat menimbulkan konflik. Ada lokasi seluas 10 hektar yang katanya dihibahkan oleh warga.",
        {"KPK": "ORG", "Ali Rahman": "PER", "DPR": "ORG", "Ali": "PER"},
    )
    assert [r["speaker"]["text"] for r in quotes(doc)] == ["Ali Rahman", "Ali Rahman"]
    assert "hibah" not in " ".join(r["content"]["text"] for r in quotes(doc))  # "yang katanya": hearsay


def test_the_subject_before_the_circumstances_of_the_speech(nlp):
    doc = annotate(
        nlp,
        "Ali Rahman saat mendampingi pemeriksaan Budi pada Senin (17/4) mengatakan, Budi dikonfirmasi mengenai "
        "pertemuan itu. Setelah KPK menjerat Rina Marlina dalam kasus korupsi, masyarakat berharap KPK tegas. "
        "Presiden Dedi Irawan menyampaikan sambutan di acara peresmian gedung itu.",
        {"Ali Rahman": "PER", "Budi": "PER", "KPK": "ORG", "Rina Marlina": "PER", "Dedi Irawan": "PER"},
    )
    # Rina Marlina is the object of "menjerat", not who hopes; a speech named with where it was
    # given ("sambutan di acara ...") reports no words
    assert facts(doc) == {("Ali Rahman", "Budi dikonfirmasi mengenai pertemuan itu", False)}


def test_a_body_speaking_by_its_short_name_is_given_its_full_name(nlp):
    doc = annotate(
        nlp,
        "Badan Pusat Statistik (BPS) mencatat kunjungan turis naik. BPS menyatakan kunjungan itu mencapai 160,2 ribu.",
        {"Badan Pusat Statistik": "ORG", "BPS": "ORG"},
    )
    assert {r["speaker"]["text"] for r in quotes(doc)} == {"Badan Pusat Statistik"}


def test_a_speaker_described_in_lower_case_between_commas(nlp):
    # "X, anggota parlemen, mengatakan ...": the description between the name and its verb
    line = news_sentence("indosum-02424", "anggota parlemen, mengatakan")
    doc = annotate(nlp, line, {"Mahmoud Sadeghi": "PER"})
    assert facts(doc) == {("Mahmoud Sadeghi", "jumlah tahanan berjumlah 3.700 orang", False)}
    doc = annotate(nlp, "Saini, warga setempat, mengaku sangat senang dengan rencana itu.", {"Saini": "PER"})
    assert facts(doc) == {("Saini", "sangat senang dengan rencana itu", False)}


def test_a_reported_clause_that_ends_in_the_speakers_quoted_words(nlp):
    # 'mengatakan ... bahwa larangan itu "berakar pada ..."': the quotation goes on the clause
    line = news_sentence("clickid-07415", "Masoud Shojaei")
    doc = annotate(nlp, line, {"Masoud Shojaei": "PER", "Iran": "LOC", "Instagram": "ORG"})
    [(speaker, content, direct)] = facts(doc)
    assert speaker == "Masoud Shojaei" and not direct
    assert content.startswith('larangan itu "berakar pada pemikiran') and content.endswith("generasi mendatang")


def test_verbs_of_telling_report_only_a_clause(nlp):
    # "mengungkap", "menjabarkan", "menguraikan", "menceritakan" also take a thing told
    line = news_sentence("clickid-08830", "mengungkap pihak Lion")
    doc = annotate(nlp, line, {"Lion Air Group": "ORG", "Daniel Putut Kuncoro Adi": "PER", "Lion": "ORG"})
    [(speaker, content, direct)] = facts(doc)
    assert speaker == "Daniel Putut Kuncoro Adi" and content.startswith("pihak Lion telah menindaklanjuti") and not direct
    doc = annotate(nlp, "Dalam sidang itu Miryam S Haryani kembali mengungkap fakta baru.", {"Miryam S Haryani": "PER"})
    assert facts(doc) == set()
    doc = annotate(nlp, "Aris Budiman menceritakan secara singkat perjalanan karirnya di kepolisian.", {"Aris Budiman": "PER"})
    assert facts(doc) == set()


def test_a_passive_speech_verb_with_its_agent_reports_the_clause_it_introduces(nlp):
    # "disampaikan oleh Menhub, bahwa <clause>"; set off by commas: "Sebab, diakui Mahfud, <clause>"
    line = news_sentence("clickid-04547", "diakui Mahfud")
    doc = annotate(nlp, line, {"Mahfud": "PER", "DPR": "ORG", "KPK": "ORG"})
    assert facts(doc) == {("Mahfud", "alasan Presiden, DPR ataupun masyarakat sipil untuk menguatkan KPK juga bagus", False)}
    doc = annotate(
        nlp,
        "Lebih lanjut disampaikan oleh Menhub Budi Karya, bahwa negara Kamboja sedang membangun rel.",
        {"Budi Karya": "PER", "Kamboja": "LOC"},
    )
    assert facts(doc) == {("Budi Karya", "negara Kamboja sedang membangun rel", False)}
    # pointing back, no record (gold: optional at most); nor the "bahwa" of another verb
    for sentence in (
        "Hal itu disampaikan Budi Karya di Jakarta, Kamis.",
        "Hal itu disampaikan Budi Karya merespons putusan KPK yang menyatakan bahwa rel itu mahal.",
    ):
        assert not any(speaker == "Budi Karya" for speaker, _, _ in facts(annotate(nlp, sentence, {"Budi Karya": "PER", "KPK": "ORG", "Jakarta": "LOC"})))


def test_more_words_between_a_speaker_and_the_verb_and_dirinya_as_a_pronoun(nlp):
    line = news_sentence("detiksum2025-00900", "turut menegaskan")
    doc = annotate(nlp, line, {"PGRI Kendari": "ORG", "Saemina": "PER"})
    assert facts(doc) == {("Saemina", "organisasi guru tidak terlibat dalam ranah hukum kasus tersebut", False)}
    doc = annotate(nlp, "Collins baru saja mengumumkan, ia akan keliling Eropa pada Juni 2017.", {"Collins": "PER", "Eropa": "LOC"})
    assert facts(doc) == {("Collins", "ia akan keliling Eropa pada Juni 2017", False)}
    text, _ = news_text("indosum-01652")
    line = "Aris Budiman hadir dalam rapat itu. " + sentence_with(text, "Bahkan dirinya menyebut").split(". ")[1]
    doc = annotate(nlp, line, {"Aris Budiman": "PER"})
    assert facts(doc) == {("Aris Budiman", "baru pertama kali membantah atasannya selama bekerja", False)}


def test_a_person_the_quotation_speaks_of_is_not_the_one_a_clitic_points_to(nlp):
    # the subject in view, Jonan, is spoken of ("Pak Jonan"): the speaker is the one before
    text, _ = news_text("clickid-07714")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    doc = annotate(
        nlp,
        "\n".join(paragraphs[:4]),
        {"Jusuf Kalla": "PER", "JK": "PER", "Ignasius Jonan": "PER", "Jonan": "PER", "Budi Karya Sumadi": "PER",
         "Joko Widodo": "PER", "JCC Senayan": "LOC", "Jakarta": "LOC"},
    )
    speakers = {speaker for speaker, content, _ in facts(doc) if content.startswith("Pak Jonan ubah KA")}
    assert speakers == {"Jusuf Kalla"}
    # named in full, or by an honorific, a person is spoken of; "saya X" is the speaker himself
    doc = annotate(
        nlp,
        'Menurut Rudi Hartono, rapat itu penting. "Saya lima kali bertemu Rudi Hartono," ujarnya. '
        'Bima Santosa hadir. "Maka saya Bima Santosa menyumbang tanah itu," katanya.',
        {"Rudi Hartono": "PER", "Bima Santosa": "PER"},
    )
    assert ("Bima Santosa", "Maka saya Bima Santosa menyumbang tanah itu", True) in facts(doc)
    assert not any(speaker == "Rudi Hartono" and content.startswith("Saya lima kali") for speaker, content, _ in facts(doc))


def test_a_title_in_marks_is_no_quotation_attributed_after_it(nlp):
    # "konser 'Not Dead Yet,' Collins memastikan ...": the title is no quote of Collins, and
    # the verb after it reports the clause that follows
    line = news_sentence("indosum-01934", "Collins memastikan")
    doc = annotate(nlp, line, {"Collins": "PER"})
    assert facts(doc) == {("Collins", "ia hanya akan menyanyi", False)}


def test_a_member_of_a_body_pointed_back_to_after_the_verb_is_the_person_in_view_not_the_body(nlp):
    # '"...," ujar anggota DPR Fraksi PPP itu': the member spoken of just before (Baidowi), not the DPR
    text, _ = news_text("medianews2023-00057")
    lines = text.split("\n")[:4]
    doc = annotate(
        nlp,
        "\n".join(lines),
        {"Dewan Pimpinan Pusat": "ORG", "DPP": "ORG", "Partai Persatuan Pembangunan": "ORG", "PPP": "ORG",
         "Achmad Baidowi": "PER", "Mahkamah Konstitusi": "ORG", "MK": "ORG", "Dewan Perwakilan Rakyat": "ORG",
         "DPR": "ORG", "Baidowi": "PER", "MKMK": "ORG", "Jakarta": "LOC", "Antara": "ORG", "DPR Fraksi PPP": "ORG"},
    )
    speakers = {q["speaker"]["text"] for q in quotes(doc) if "Apa hubungannya" in q["content"]["text"]}
    assert speakers == {"Achmad Baidowi"}


def test_an_added_clause_opened_by_selama_or_marked_by_terus_is_reported(nlp):
    # "menambahkan selama event berlangsung, animo ...": a preposed clause; "menambahkan
    # Pertamina terus membangun ...": "terus" marks the predicate of a clause, not an object
    text = news_sentences(("clickid-09360", "Mulyatno menambahkan selama"), ("detiksum2025-00603", "Fadjar Djoko Santoso menambahkan"))
    doc = annotate(
        nlp,
        text,
        {"Mulyatno": "PER", "Banjarmasin": "LOC", "Kalimantan Selatan": "LOC", "Pertamina": "ORG",
         "Fadjar Djoko Santoso": "PER"},
    )
    said = {(q["speaker"]["text"], q["content"]["text"].split()[0]) for q in quotes(doc)}
    assert said == {("Mulyatno", "selama"), ("Fadjar Djoko Santoso", "Pertamina")}


def test_a_passive_speech_verb_opening_the_sentence_takes_its_agent_after_oleh(nlp):
    # "Ditambahkan oleh Ifki Sukarya, selaku VP Relations PHE bahwa ...": as "Ditambahkan X, ..."
    doc = annotate(
        nlp,
        news_sentence("clickid-09911", "Ditambahkan oleh Ifki"),
        {"Ifki Sukarya": "PER", "PHE": "ORG"},
    )
    assert [(q["speaker"]["text"], q["direct"]) for q in quotes(doc)] == [("Ifki Sukarya", False)]
    assert "surat pernyataan" in quotes(doc)[0]["content"]["text"]


def test_a_name_with_a_lower_case_description_after_selaku_is_the_subject_of_the_speech_verb(nlp):
    # "Daiber Weya selaku pemilik motor mengatakan bahwa ...": the owner speaks
    doc = annotate(
        nlp,
        news_sentence("clickid-08298", "Daiber Weya selaku pemilik motor"),
        {"Daiber Weya": "PER", "Buper Waena": "LOC"},
    )
    assert [(q["speaker"]["text"], q["content"]["text"].split()[0]) for q in quotes(doc)] == [("Daiber Weya", "anaknya")]
    # "sebagai" also follows an object ("menggambarkan rencana yang diumumkan Netanyahu sebagai
    # bencana ... untuk mendorong ..."): Netanyahu is no subject there, and no speaker later
    doc = annotate(
        nlp,
        "Kanselir Jerman Angela Merkel menolak rencana Perdana Menteri Israel Benjamin Netanyahu. "
        "Sementara itu, seperti dilansir Reuters pada Rabu (18/9), pada gilirannya Raja Abdullah menggambarkan "
        "rencana yang diumumkan Netanyahu sebagai bencana besar bagi setiap upaya untuk mendorong dicapainya "
        "solusi dua negara.\n"
        '"Rencana yang diumumkan oleh Netanyahu adalah bencana bagi setiap upaya perdamaian," ucap pemimpin '
        "Yordania itu.",
        {"Jerman": "LOC", "Angela Merkel": "PER", "Israel": "LOC", "Benjamin Netanyahu": "PER", "Reuters": "ORG",
         "Abdullah": "PER", "Netanyahu": "PER", "Yordania": "LOC"},
    )
    assert [q["speaker"]["text"] for q in quotes(doc) if q["direct"]] == ["Abdullah"]


def test_a_description_headed_by_an_academic_title_or_a_stage_role_points_back_to_the_speaker(nlp):
    # "Doktor Ilmu Politik UI ini menegaskan bahwa ...": Eddy, not UI; "pemeran film Inception
    # (2010) itu juga mengatakan bahwa ...": the actor quoted just before
    doc = annotate(
        nlp,
        "Wakil Ketua MPR Eddy Soeparno menyoroti soal lingkungan. "
        + news_sentence("detiksum2025-00602", "Doktor Ilmu Politik UI ini"),
        {"MPR": "ORG", "Eddy Soeparno": "PER", "UI": "ORG"},
    )
    assert [q["speaker"]["text"] for q in quotes(doc)] == ["Eddy Soeparno"]
    doc = annotate(
        nlp,
        '"Dia luar biasa," kata Cillian Murphy. ' + news_sentence("indosum-00831", "pemeran film Inception"),
        {"Cillian Murphy": "PER", "Styles": "PER"},
    )
    assert {q["speaker"]["text"] for q in quotes(doc)} == {"Cillian Murphy"}


def test_a_rank_or_a_mother_described_and_pointed_back_to_is_the_person_in_view(nlp):
    # "Jenderal bintang dua ini menambahkan, ...": the police general just quoted (Luki), not a
    # new speaker; '"...," tegas ibu tiga anak itu': the first lady the article is about
    doc = annotate(
        nlp,
        '"Tersangka (Veronica Koman) ini aktif menyebarkan provokasi dan hoax lewat twitter," kata Luki Hermawan. '
        + news_sentence("clickid-10264", "Jenderal bintang dua ini"),
        {"Veronica Koman": "PER", "Luki Hermawan": "PER", "Veronica": "PER", "Polda Jatim": "ORG"},
    )
    assert {q["speaker"]["text"] for q in quotes(doc)} == {"Luki Hermawan"}
    assert len(quotes(doc)) == 2
    doc = annotate(
        nlp,
        'Ibu Negara Iriana Joko Widodo mengunjungi sekolah itu. "Nanti saya lewat sudah harus bahagia ya," tegas ibu tiga anak itu.',
        {"Iriana Joko Widodo": "PER"},
    )
    assert [q["speaker"]["text"] for q in quotes(doc)] == ["Iriana Joko Widodo"]


def test_an_attribution_opening_the_sentence_reports_what_follows_even_an_adjunct_first(nlp):
    # "Lanjut Fikri, pada saat itu, melalui konferensi pers, pihak Komisioner KPK berjanji ...":
    # at the end of a sentence "kata X di Jakarta, Jumat" is circumstance; at its start, content
    doc = annotate(
        nlp,
        news_sentence("indosum-01751", "Lanjut Fikri, pada saat itu"),
        {"Fikri": "PER", "KPK": "ORG", "Zulkifli Hasan": "PER"},
    )
    assert [(q["speaker"]["text"], q["content"]["text"].split(",")[0]) for q in quotes(doc)] == [("Fikri", "pada saat itu")]


def test_menurut_kesaksian_names_the_witness_as_the_speaker(nlp):
    # "Menurut kesaksian Eka, awalnya mobil Tavip ... terparkir di trotoar": as "Menurut Eka, ..."
    doc = annotate(nlp, news_sentence("clickid-01946", "Menurut kesaksian Eka"), {"Eka": "PER", "Tavip": "PER"})
    assert [q["speaker"]["text"] for q in quotes(doc)] == ["Eka"]


def test_a_role_in_lower_case_reads_on_to_the_name_and_a_passive_cue_may_follow_a_connective(nlp):
    # "Padahal diakui ketua umum Persipura Benhur Tommy Mano, <clause>": "Padahal" before the
    # inverted cue, and "ketua umum" (one role) in lower case before the name
    doc = annotate(
        nlp,
        news_sentence("indosum-00095", "Padahal diakui ketua umum Persipura"),
        {"Persipura": "ORG", "Benhur Tommy Mano": "PER"},
    )
    assert [(q["speaker"]["text"], q["content"]["text"].split()[0]) for q in quotes(doc)] == [("Benhur Tommy Mano", "kiper")]


def test_a_title_abbreviated_in_lower_case_leads_to_the_speakers_name(nlp):
    # '"...," kata dr. Alya.': "dr." (a physician) is a title before the name, as "Prof." is
    text, _ = news_text("clickid-09302")
    line = sentence_with(text, "kata dr. Alya")
    doc = annotate(nlp, line, {"Alya": "PER", "The Smile Centre": "ORG"})
    assert [(q["speaker"]["text"], q["direct"]) for q in quotes(doc)] == [("Alya", True)]


def test_tweeting_teasing_opening_and_welcoming_stems_attribute_a_quotation(nlp):
    # '"...?" goda Ichsan.', '"...," cuit Trump.': inverted stems like "kata"
    doc = annotate(nlp, sentence_with(news_text("clickid-03918")[0], "goda Ichsan"), {"Ichsan": "PER"})
    assert [q["speaker"]["text"] for q in quotes(doc) if q["direct"]] == ["Ichsan"]
    text, _ = news_text("indosum-02741")
    doc = annotate(nlp, sentence_with(text, "cuit Trump"), {"Trump": "PER", "Theresa": "PER", "Kerajaan Inggris": "LOC"})
    assert [q["speaker"]["text"] for q in quotes(doc) if q["direct"]] == ["Trump"]


def test_suggesting_arguing_and_asking_stems_attribute_a_quotation(nlp):
    # '"...," usul Arsul sambil tertawa.', '"...," minta Ganjar.', '"...," dalih Hasto.'
    for article, cue, name in (("clickid-11058", "usul Arsul", "Arsul"), ("medianews2023-00272", "minta Ganjar", "Ganjar"),
                               ("indosum-02841", "dalih Hasto", "Hasto")):
        doc = annotate(nlp, sentence_with(news_text(article)[0], cue), {name: "PER"})
        assert [q["speaker"]["text"] for q in quotes(doc) if q["direct"]] == [name], cue
