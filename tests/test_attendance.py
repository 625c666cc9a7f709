"""The ``pemilu_attendance`` component (guidelines 3.2): who attended which event, where and when.

Invented sentences (fictional people) cover each pattern family; real sentences are read
from ../shared/data/news at run time with the entity spans given by the test, so only the
attendance rules are under test.
"""

from __future__ import annotations

import json

import pytest

from pemilu_nlp.document import Attendance
from pemilu_nlp.pipeline import to_document
from pemilu_nlp.relations import attendance as attendance_module  # noqa: F401  (registers the factory)
from pemilu_nlp.training.gold import gold_doc, gold_split, read_jsonl

from .conftest import shared_path
from .relation_docs import annotate, relation_pipeline, news_sentence, news_sentences, news_text, records, sentence_with, text_of


@pytest.fixture(scope="module")
def nlp():
    return relation_pipeline("pemilu_attendance")


def facts(doc) -> set[tuple[str, str]]:
    return {(r["attendee"]["text"], r["event"]["text"]) for r in records(doc, "attendance")}


def by_attendee(doc) -> dict[str, dict]:
    return {r["attendee"]["text"]: r for r in records(doc, "attendance")}


# -- cues ----------------------------------------------------------------------------------------


def test_active_cue_with_venue_and_date(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Lahat, Budi Santoso, menghadiri rapat koordinasi di Aula Pemkab Lahat, Senin (25/11/2024).",
        {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Aula Pemkab Lahat": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "rapat koordinasi")}
    rec = records(doc, "attendance")[0]
    assert text_of(rec["location"]) == "Aula Pemkab Lahat"
    assert rec["date"]["text"] == "Senin (25/11/2024)" and rec["date"]["value"] == "2024-11-25"
    for arg in ("attendee", "event", "location", "date"):
        assert doc.text[rec[arg]["start"] : rec[arg]["end"]] == rec[arg]["text"]
    assert rec["event"]["label"] == "EVENT"


def test_companion_attends_too(nlp):
    doc = annotate(
        nlp,
        "Anggota Bawaslu Kota Pagar Alam, Rina Marlina, didampingi Koordinator Sekretariat, Dedi Irawan, "
        "serta staf menghadiri Rapat Dalam Kantor (RDK) di Kantor Bawaslu Provinsi Jambi.",
        {"Bawaslu Kota Pagar Alam": "ORG", "Rina Marlina": "PER", "Dedi Irawan": "PER", "Kantor Bawaslu Provinsi Jambi": "LOC"},
    )
    assert facts(doc) == {("Rina Marlina", "Rapat Dalam Kantor (RDK)"), ("Dedi Irawan", "Rapat Dalam Kantor (RDK)")}
    assert {text_of(r["location"]) for r in records(doc, "attendance")} == {"Kantor Bawaslu Provinsi Jambi"}


def test_organiser_and_passive_anaphora_take_the_first_name_of_the_event(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar Rapat Pleno Terbuka Rekapitulasi Suara di Hotel Sentosa Lahat.\n"
        "Rapat ini dihadiri oleh Ketua Bawaslu Lahat Agus Salim dan Kapolres Lahat AKBP Dedi Kurnia.",
        {"KPU Lahat": "ORG", "Hotel Sentosa Lahat": "LOC", "Bawaslu Lahat": "ORG", "Agus Salim": "PER", "Lahat": "LOC", "Dedi Kurnia": "PER"},
    )
    event = "Rapat Pleno Terbuka Rekapitulasi Suara"
    assert facts(doc) == {("KPU Lahat", event), ("Agus Salim", event), ("Dedi Kurnia", event)}
    assert by_attendee(doc)["Agus Salim"]["sentence"] == 1
    assert text_of(by_attendee(doc)["Dedi Kurnia"]["location"]) == "Hotel Sentosa Lahat"


def test_venue_from_a_following_bertempat_sentence(nlp):
    doc = annotate(
        nlp,
        "Rina Marlina menghadiri apel siaga pengawasan.\nBertempat di Lapangan Merdeka, Jalan Sudirman, apel ini diikuti ratusan pengawas.",
        {"Rina Marlina": "PER", "Lapangan Merdeka": "LOC", "Jalan Sudirman": "LOC"},
    )
    rec = by_attendee(doc)["Rina Marlina"]
    assert rec["event"]["text"] == "apel siaga pengawasan"
    assert text_of(rec["location"]) == "Lapangan Merdeka"


def test_an_event_placed_nowhere_takes_the_venue_the_article_gives_with_its_day(nlp):
    text = (
        "Ketua Umum Partai Maju Budi Santoso tiba di Gedung Serbaguna Lahat, Selasa (10/9/2019). "
        "Andi Pratama kemudian menghadiri rapat koordinasi pemenangan partai."
    )
    ents = {"Partai Maju": "ORG", "Budi Santoso": "PER", "Gedung Serbaguna Lahat": "LOC", "Budi": "PER", "Andi Pratama": "PER"}
    rec = by_attendee(annotate(nlp, text, ents))["Andi Pratama"]
    assert rec["event"]["text"] == "rapat koordinasi pemenangan partai" and text_of(rec["location"]) == "Gedung Serbaguna Lahat"
    # a town is no venue: without a named venue the location stays empty
    rec = by_attendee(annotate(nlp, text.replace("Gedung Serbaguna Lahat", "Lahat"), {**ents, "Lahat": "LOC"}))["Andi Pratama"]
    assert rec["location"] is None


def test_sentence_opening_cue_lists_attendees(nlp):
    doc = annotate(
        nlp,
        "Bawaslu Lahat menggelar sosialisasi pengawasan partisipatif.\nTurut hadir Kapolres Lahat AKBP Dedi Kurnia, Dandim 0405 Letkol Inf Yudi Hartono, serta Forkopimda Lahat.",
        {"Bawaslu Lahat": "ORG", "Lahat": "LOC", "Dedi Kurnia": "PER", "Yudi Hartono": "PER", "Forkopimda Lahat": "ORG"},
    )
    event = "sosialisasi pengawasan partisipatif"
    assert facts(doc) == {("Bawaslu Lahat", event), ("Dedi Kurnia", event), ("Yudi Hartono", event), ("Forkopimda Lahat", event)}


def test_attendee_named_later_joins_the_event_in_view(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar rapat pleno terbuka di Aula KPU Lahat.\n"
        "Bupati Lahat Yusuf Hamdani tampak hadir bersama Dandim 0405 Letkol Inf Rudi Hartono.",
        {"KPU Lahat": "ORG", "Aula KPU Lahat": "LOC", "Lahat": "LOC", "Yusuf Hamdani": "PER", "Rudi Hartono": "PER"},
    )
    event = "rapat pleno terbuka"
    assert facts(doc) == {("KPU Lahat", event), ("Yusuf Hamdani", event), ("Rudi Hartono", event)}
    assert {r["sentence"] for r in records(doc, "attendance") if r["attendee"]["text"] != "KPU Lahat"} == {1}


def test_visit_event_and_place(nlp):
    doc = annotate(
        nlp,
        "Gubernur Jambi Hasan Basri melakukan kunjungan kerja ke Kabupaten Kerinci, Selasa (3/9/2024).",
        {"Jambi": "LOC", "Hasan Basri": "PER", "Kabupaten Kerinci": "LOC"},
    )
    rec = by_attendee(doc)["Hasan Basri"]
    assert rec["event"]["text"] == "kunjungan kerja" and text_of(rec["location"]) == "Kabupaten Kerinci"


def test_meeting_without_event_noun_takes_the_verb_phrase_and_both_sides(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju Dodi Kurniawan bertemu dengan Presiden Bima Santosa di Istana Bogor, Senin (19/2/2018).",
        {"Partai Maju": "ORG", "Dodi Kurniawan": "PER", "Bima Santosa": "PER", "Istana Bogor": "LOC"},
    )
    assert facts(doc) == {("Dodi Kurniawan", "bertemu"), ("Bima Santosa", "bertemu")}
    assert {text_of(r["location"]) for r in records(doc, "attendance")} == {"Istana Bogor"}


def test_speaker_at_an_event(nlp):
    doc = annotate(
        nlp,
        "\"Kami siap,\" kata Rudi Hartono dalam rapat kerja dengan Komisi II DPR, Kamis (21/8/2025).",
        {"Rudi Hartono": "PER", "Komisi II DPR": "ORG"},
    )
    assert ("Rudi Hartono", "rapat kerja") in facts(doc)


def test_representative_attends_instead(nlp):
    doc = annotate(
        nlp,
        "Wali Kota Palu Rahmat Hidayat diwakili Kepala BPBD Kota Palu Yusuf Latif menghadiri rapat koordinasi penanganan bencana.",
        {"Palu": "LOC", "Rahmat Hidayat": "PER", "BPBD Kota Palu": "ORG", "Yusuf Latif": "PER"},
    )
    assert facts(doc) == {("Yusuf Latif", "rapat koordinasi penanganan bencana")}


def test_relative_date_uses_the_article_date(nlp):
    doc = annotate(
        nlp,
        "Rudi Hartono menghadiri rapat pimpinan pansus kemarin.",
        {"Rudi Hartono": "PER"},
        date="2019-09-18",
    )
    rec = by_attendee(doc)["Rudi Hartono"]
    assert rec["date"]["text"] == "kemarin" and rec["date"]["value"] == "2019-09-17"


def test_event_without_event_noun(nlp):
    # a passive subject, or the object of an attendance verb, names the event
    doc = annotate(
        nlp,
        "Pemusnahan yang dihadiri Wali Kota Lahat Yusuf Hamdani itu berlangsung di halaman kantor.\n"
        "Rina Marlina hadir dalam penyelenggaraan Gebyar Demokrasi Lahat.",
        {"Lahat": "LOC", "Yusuf Hamdani": "PER", "Rina Marlina": "PER"},
    )
    assert ("Yusuf Hamdani", "Pemusnahan") in facts(doc)
    assert ("Rina Marlina", "penyelenggaraan Gebyar Demokrasi") in facts(doc)


def test_named_event_after_attendance_verb_and_area_venue(nlp):
    doc = annotate(
        nlp,
        "Kepala Dinas Perhubungan Lahat, Rudi Santoso, menghadiri Hari Perhubungan Nasional di kawasan Alun-alun Lahat. "
        "Kapolres Lahat AKBP Budi Hartono hadir usai menghadiri acara pentas budaya rakyat.",
        {"Rudi Santoso": "PER", "Alun-alun Lahat": "LOC", "Lahat": "LOC", "Budi Hartono": "PER"},
    )
    rec = by_attendee(doc)["Rudi Santoso"]
    assert rec["event"]["text"] == "Hari Perhubungan Nasional" and text_of(rec["location"]) == "Alun-alun Lahat"
    assert ("Budi Hartono", "pentas budaya rakyat") in facts(doc)


def test_a_handover_of_office_is_an_event(nlp):
    doc = annotate(
        nlp,
        "Serah terima jabatan Pangdam Lahat dipimpin langsung oleh Kepala Staf Angkatan Darat Jenderal TNI Bima Santosa di Kota Lahat. "
        "Kegiatan Sertijab itu dihadiri Gubernur Sumsel Herman Saputra.",
        {"Angkatan Darat": "ORG", "Bima Santosa": "PER", "Kota Lahat": "LOC", "Sumsel": "LOC", "Herman Saputra": "PER"},
    )
    assert facts(doc) == {("Bima Santosa", "Serah terima jabatan Pangdam Lahat"), ("Herman Saputra", "Serah terima jabatan Pangdam Lahat")}
    # the ceremony of a handover is one event with it, and its short form points back to it
    ceremony = annotate(
        nlp,
        "Upacara serah terima jabatan (Sertijab) dipimpin langsung Kepala Staf Angkatan Darat Jenderal TNI Bima Santosa. "
        "Kegiatan Sertijab yang dilaksanakan secara sederhana tersebut dihadiri Gubernur Sumsel Herman Saputra.",
        {"Angkatan Darat": "ORG", "Bima Santosa": "PER", "Sumsel": "LOC", "Herman Saputra": "PER"},
    )
    assert facts(ceremony) == {(p, "Upacara serah terima jabatan (Sertijab)") for p in ("Bima Santosa", "Herman Saputra")}


def test_an_occasion_described_after_the_attendance_verb_is_found_again_by_its_words(nlp):
    doc = annotate(
        nlp,
        "Pekan lalu, Yayasan Lentera menghadiri acara kelulusan siswa di Lahat. "
        "Sebelumnya, Yayasan Lentera menggelar pertemuan dengan para guru. "
        "Dalam acara kelulusan ini juga turut dihadiri Budi Santoso dan Rina Marlina.",
        {"Yayasan Lentera": "ORG", "Lahat": "LOC", "Budi Santoso": "PER", "Rina Marlina": "PER"},
    )
    events = {a: e for a, e in facts(doc) if a != "Yayasan Lentera"}
    assert events == {"Budi Santoso": "acara kelulusan siswa", "Rina Marlina": "acara kelulusan siswa"}


def test_bare_event_noun_names_the_event_before_it(nlp):
    doc = annotate(
        nlp,
        "Bawaslu Lahat menggelar Rapat Koordinasi Pengawasan Kampanye di Hotel Sentosa.\nRapat dibuka oleh Rina Marlina.",
        {"Bawaslu Lahat": "ORG", "Hotel Sentosa": "LOC", "Rina Marlina": "PER"},
    )
    assert by_attendee(doc)["Rina Marlina"]["event"]["text"] == "Rapat Koordinasi Pengawasan Kampanye"


# -- negative cases ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rudi Hartono akan bertemu dengan Bima Santosa pekan depan.",
        "Rudi Hartono batal hadir dalam rapat pleno.",
        "Rudi Hartono tidak hadir dalam rapat pleno karena sakit.",
        "Rudi Hartono berhalangan hadir dalam rapat pleno karena sakit.",
        "Karena Rudi Hartono tidak kunjung hadir dalam rapat pleno, panitia menundanya.",
        # was to, tried to, could: no attendance that took place
        "Rudi Hartono sedianya terbang ke Jakarta untuk menghadiri rapat pleno.",
        "Rudi Hartono kemudian menuju kantor itu untuk mencoba bertemu Bima Santosa, namun gagal.",
        "Rudi Hartono dapat kembali bertanding atau bertemu Bima Santosa.",
        # a body of officers led by someone is no event ("Aparat kepolisian yang dipimpin ...")
        "Aparat kepolisian yang dipimpin Rudi Hartono memerintahkan massa untuk membubarkan diri.",
        # a bare "event" names no event: "menyelenggarakan event bersepeda" is one of many
        "Bima Santosa telah beberapa kali menyelenggarakan event bersepeda berskala internasional.",
        "Rudi Hartono mengatakan rapat pleno itu penting bagi Bima Santosa.",
        "\"Saya sudah menghadiri rapat pleno itu,\" tanya wartawan kepada publik.",
        "Bima Santosa mengajak warga untuk berkunjung.",
        "Rudi Hartono menjamin kliennya akan mengikuti proses hukum.",
        "Rudi Hartono mengikuti proses hukum yang berjalan.",
        "Bima Santosa membuka peluang koalisi dengan partai lain.",
    ],
)
def test_no_attendance(nlp, text):
    doc = annotate(nlp, text, {"Rudi Hartono": "PER", "Bima Santosa": "PER"})
    assert facts(doc) == set()


def test_the_one_unable_to_attend_does_not_attend(nlp):
    doc = annotate(
        nlp,
        "Pada rapat pleno itu hadir Bima Santosa mewakili Rudi Hartono yang berhalangan hadir.",
        {"Rudi Hartono": "PER", "Bima Santosa": "PER"},
    )
    assert facts(doc) == {("Bima Santosa", "rapat pleno")}


def test_a_person_mentioned_beside_the_attendee_does_not_attend(nlp):
    doc = annotate(
        nlp,
        "Menantu Presiden Bima Santosa, Rudi Nasution, mengunjungi kantor DPW Partai Maju di Medan.",
        {"Bima Santosa": "PER", "Rudi Nasution": "PER", "DPW Partai Maju": "ORG", "Medan": "LOC"},
    )
    assert {a for a, _ in facts(doc)} == {"Rudi Nasution"}


def test_records_validate_against_the_contract(nlp):
    doc = annotate(
        nlp,
        "Rina Marlina menghadiri apel siaga di Lapangan Merdeka, Senin (25/11/2024).",
        {"Rina Marlina": "PER", "Lapangan Merdeka": "LOC"},
        date="2024-11-27",
    )
    document = to_document(doc)
    assert [type(r) for r in document.records("attendance")] == [Attendance]
    assert document.records("attendance")[0].date.value == "2024-11-25"


# -- real text -----------------------------------------------------------------------------------


def test_real_news_anaphoric_meeting_and_alias(nlp):
    text, date = news_text("detiksum2025-00412")
    start = text.index("Kesepakatan ini kemudian dibawa")
    passage = text[start : text.index("\n", start)]
    doc = annotate(nlp, passage, {"Edward Omar Sharif Hiariej": "PER", "Eddy Hiariej": "PER"}, date=date)
    assert facts(doc) == {("Edward Omar Sharif Hiariej", "rapat pleno pengambilan keputusan")}


def test_real_news_speaker_after_attending(nlp):
    text, date = news_text("detiksum2025-00294")
    line = sentence_with(text, "usai menghadiri rapat tertutup")
    doc = annotate(nlp, line, {"Agus": "PER", "Komisi I DPR RI": "ORG", "Senayan": "LOC", "Jakarta Pusat": "LOC"}, date=date)
    assert ("Agus", "rapat tertutup") in facts(doc)
    rec = by_attendee(doc)["Agus"]
    assert rec["date"]["value"] == "2025-05-26"


def test_real_news_event_named_then_dihadiri(nlp):
    text, date = news_text("detiksum2025-00468")
    line = sentence_with(text, "Kegiatan tersebut juga dihadiri")
    doc = annotate(
        nlp, line,
        {"Djarot": "PER", "Sekolah PDIP": "LOC", "Lenteng Agung": "LOC", "Jakarta Selatan": "LOC", "PDIP": "ORG", "Megawati Soekarnoputri": "PER"},
        date=date,
    )
    assert {a for a, _ in facts(doc)} == {"Djarot", "Megawati Soekarnoputri"}
    assert {text_of(r["location"]) for r in records(doc, "attendance")} == {"Sekolah PDIP"}


def test_real_news_inauguration_and_the_guests_listed_after_it(nlp):
    text, date = news_text("indosum-01874")
    start = text.index("Presiden Joko Widodo meresmikan")
    passage = text[start : text.index("\n", text.index("Tampak hadir dalam acara itu"))]
    ents = {
        "Joko Widodo": "PER", "Stasiun KA Bandara Soekarno - Hatta": "LOC", "Kota Tangerang": "LOC", "Provinsi Banten": "LOC",
        "Budi Karya Sumadi": "PER", "Rini Soemarno": "PER", "Wiranto": "PER", "Arief Yahya": "PER", "Tito Karnavian": "PER",
    }
    doc = annotate(nlp, passage, ents, date=date)
    event = "meresmikan pengoperasian Kereta Api Bandara Soekarno Hatta"
    assert {a for a, e in facts(doc) if e == event} == {"Joko Widodo", "Budi Karya Sumadi", "Rini Soemarno", "Wiranto", "Arief Yahya", "Tito Karnavian"}


def test_real_news_delegation_members_attend_the_summit(nlp):
    text, date = news_text("clickid-10908")
    start = text.index("Ikatan Surveyor Indonesia (ISI)")
    passage = text[start : text.index(" Sementara perwakilan dari Badan Informasi")]
    names = ["Virgo Eresta Jaya", "Syartoni", "Lucky Fakhriadi", "Harto Widodo", "Benny Prawira", "Gatot Priyo Laksono", "Mutiara Jamila"]
    ents = {"Ikatan Surveyor Indonesia": "ORG", "ISI": "ORG", "Hotel Palais De Chine Taipei": "LOC", "Indonesia": "LOC", **{n: "PER" for n in names}}
    doc = annotate(nlp, passage, ents, date=date)
    at_summit = {a for a, e in facts(doc) if "Surveyors Summit" in e}
    assert set(names) <= at_summit


def test_real_news_planned_meeting_is_not_attendance(nlp):
    text, date = news_text("detiksum2025-00511")
    line = sentence_with(text, "akan bertemu Presiden Prabowo")
    doc = annotate(nlp, line, {"Ramaphosa": "PER", "Prabowo": "PER", "Prabowo Subianto": "PER", "Istana Merdeka": "LOC", "Jakarta": "LOC"}, date=date)
    assert facts(doc) == set()


def test_real_news_absence_is_not_attendance(nlp):
    text, date = news_text("medianews2023-00030")
    doc = annotate(nlp, text.split("\n")[0], {"Firli Bahuri": "PER", "Firli": "PER", "KPK": "ORG", "Aceh": "LOC", "Polda Metro Jaya": "ORG"}, date=date)
    assert facts(doc) == set()


def test_seed_article_matches_gold(nlp, seed_gold):
    doc = nlp.get_pipe("pemilu_attendance")(gold_doc(nlp, seed_gold))
    gold = {(r["attendee"]["text"], r["event"]["text"]) for r in seed_gold["relations"] if r["type"] == "attendance" and not r.get("optional")}
    assert gold <= facts(doc)
    assert {text_of(r["location"]) for r in records(doc, "attendance")} == {"Kantor Bawaslu Provinsi Sumatera Selatan"}


def test_tune_articles_with_gold_entities_score_well():
    """Regression guard on the development part of the gold set (never the held-out part)."""
    import sys

    sys.path.insert(0, str(shared_path("tools")))
    import score as referee  # the project's referee

    golds, _ = gold_split(list(read_jsonl(shared_path("data", "gold", "dev.jsonl"))))
    pipeline = relation_pipeline("pemilu_attendance")
    system = {}
    for g in golds:
        doc = pipeline.get_pipe("pemilu_attendance")(gold_doc(pipeline, g))
        system[g["id"]] = json.loads(to_document(doc, id=g["id"]).to_json())
    result = referee.score({g["id"]: g for g in golds}, system)
    assert result["relations.attendance"][2] >= 0.72
    assert result["attribute.attendance.location"] >= 0.85
    assert result["attribute.attendance.date"] >= 0.85


# -- generalisation: references back, plans and wishes --------------------------------------------


def test_pronoun_subject_is_the_person_named_before(nlp):
    doc = annotate(
        nlp,
        "Rahmat Santoso tiba di Palembang pada Senin pagi. Ia kemudian menghadiri rapat koordinasi pengawasan.",
        {"Rahmat Santoso": "PER", "Palembang": "LOC"},
    )
    assert facts(doc) == {("Rahmat Santoso", "rapat koordinasi pengawasan")}


def test_keduanya_is_the_pair_named_before(nlp):
    ents = {"Rina Marlina": "PER", "Dedi Irawan": "PER", "Pengadilan Agama Lahat": "ORG", "Budi Santoso": "PER"}
    doc = annotate(
        nlp,
        "Rina Marlina dan Dedi Irawan mengajukan gugatan ke Pengadilan Agama Lahat. "
        "\"Sidang perdana sudah digelar,\" kata Budi Santoso. Keduanya menghadiri sidang perdana itu.",
        ents,
    )
    assert facts(doc) == {("Rina Marlina", "Sidang perdana"), ("Dedi Irawan", "Sidang perdana")}
    # the only two people of the sentence before, though not joined by "dan"
    met = annotate(nlp, "Budi Santoso dijadwalkan bertemu dengan Rina Marlina di Lahat. Keduanya bertemu di Lahat pada Senin.", ents | {"Lahat": "LOC"})
    assert facts(met) == {("Budi Santoso", "bertemu"), ("Rina Marlina", "bertemu")}
    # with no pair named before, "keduanya" stands for no one
    alone = annotate(nlp, "Rina Marlina mengajukan gugatan ke Pengadilan Agama Lahat. Keduanya menghadiri sidang perdana.", ents)
    assert facts(alone) == set()


def test_role_subject_is_the_person_given_that_title(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Sumsel Andika Pranata mengatakan logistik aman. "
        "Ketua KPU Sumsel kemudian membuka rapat pleno rekapitulasi di Hotel Aryaduta.",
        {"KPU Sumsel": "ORG", "Andika Pranata": "PER", "Hotel Aryaduta": "LOC"},
    )
    assert facts(doc) == {("Andika Pranata", "rapat pleno rekapitulasi")}


def test_anaphoric_meeting_joins_the_meeting_named_by_its_verb(nlp):
    doc = annotate(
        nlp,
        "Dedi Kurniawan bertemu dengan Hasan Basri di Jakarta. Pertemuan itu juga dihadiri oleh Sri Lestari.",
        {"Dedi Kurniawan": "PER", "Hasan Basri": "PER", "Jakarta": "LOC", "Sri Lestari": "PER"},
    )
    events = {r["event"]["text"] for r in records(doc, "attendance")}
    assert len(events) == 1 and "Pertemuan" not in events
    assert {a for a, _ in facts(doc)} == {"Dedi Kurniawan", "Hasan Basri", "Sri Lestari"}


@pytest.mark.parametrize(
    "text",
    [
        "Massa datang ke Gedung KPK untuk bertemu pimpinan KPK Dedi Kurniawan.",
        "Dedi Kurniawan dijadwalkan menghadiri rapat koordinasi pada Senin mendatang.",
        "Hasan Basri ingin agar Dedi Kurniawan hadir dalam rapat koordinasi.",
        "Dedi Kurniawan batal menghadiri dan membuka rapat koordinasi.",
        "Ketua yang biasa memimpin rapat koordinasi, Dedi Kurniawan, tidak diundang.",
        "Dedi Kurniawan menggelar rapat koordinasi pada Senin mendatang.",
        "Dedi Kurniawan ditanya tentang kemungkinan mengunjungi Lahat untuk pertemuan dengan Hasan Basri.",
        "Dedi Kurniawan menambahkan dirinya jarang menemui Hasan Basri secara empat mata.",
        "Dedi Kurniawan mengatakan ia belum pernah bertemu dengan Hasan Basri.",
        "Apalagi, Dedi Kurniawan seringkali bertemu Hasan Basri untuk mengingatkan hal itu.",
    ],
)
def test_plans_wishes_and_habits_are_no_attendance(nlp, text):
    doc = annotate(nlp, text, {"Gedung KPK": "LOC", "KPK": "ORG", "Dedi Kurniawan": "PER", "Hasan Basri": "PER"})
    assert facts(doc) == set()


def test_speaker_of_a_speech_verb_is_the_subject_of_the_reported_meeting(nlp):
    doc = annotate(
        nlp,
        "Deddy Santoso mengatakan sudah beberapa kali bertemu dengan Zulkarnaen Hamid.",
        {"Deddy Santoso": "PER", "Zulkarnaen Hamid": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Deddy Santoso", "Zulkarnaen Hamid"}


def test_organiser_is_the_nearest_body_not_every_body_before_it(nlp):
    doc = annotate(
        nlp,
        "Forum Warga Lestari menyesalkan sikap KPU Lahat yang menggelar rapat pleno secara tertutup.",
        {"Forum Warga Lestari": "ORG", "KPU Lahat": "ORG"},
    )
    assert facts(doc) == {("KPU Lahat", "rapat pleno")}


def test_organiser_meets_the_other_side(nlp):
    doc = annotate(
        nlp,
        "Komisi II DPRD Lahat menggelar audiensi dengan Bawaslu Lahat di ruang rapat komisi.",
        {"Komisi II DPRD Lahat": "ORG", "Bawaslu Lahat": "ORG"},
    )
    assert facts(doc) == {("Komisi II DPRD Lahat", "audiensi"), ("Bawaslu Lahat", "audiensi")}


def test_what_is_organised_is_an_event_without_an_event_noun(nlp):
    doc = annotate(
        nlp,
        "Dinas Kesehatan Lahat bersama PMI Lahat menggelar donor darah serentak di Alun-alun Lahat. "
        "Kegiatan ini dihadiri Bupati Lahat Cik Ujang.",
        {"Dinas Kesehatan Lahat": "ORG", "PMI Lahat": "ORG", "Alun-alun Lahat": "LOC", "Lahat": "LOC", "Cik Ujang": "PER"},
    )
    assert facts(doc) == {
        ("Dinas Kesehatan Lahat", "donor darah serentak"),
        ("PMI Lahat", "donor darah serentak"),  # "bersama": both organise it
        ("Cik Ujang", "donor darah serentak"),
    }
    doc = annotate(
        nlp,
        'Ikatan Surveyor Lahat menggelar "Lahat Surveyors Summit" di Hotel Sanjaya.',
        {"Ikatan Surveyor Lahat": "ORG", "Hotel Sanjaya": "LOC"},
    )
    assert facts(doc) == {("Ikatan Surveyor Lahat", "Lahat Surveyors Summit")}
    # "melaksanakan tugas" is carrying out a duty, not holding an event
    doc = annotate(
        nlp,
        "Petugas Satpol PP Lahat melaksanakan penertiban di Pasar Lahat.",
        {"Satpol PP Lahat": "ORG", "Pasar Lahat": "LOC"},
    )
    assert facts(doc) == set()


def test_inverted_presence_after_an_event_phrase(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar rapat pleno terbuka di Hotel Sanjaya. "
        "Pada kegiatan tersebut turut hadir Wakil Bupati Lahat Haryanto dan Sekda Lahat Chandra Wijaya.",
        {"KPU Lahat": "ORG", "Hotel Sanjaya": "LOC", "Lahat": "LOC", "Haryanto": "PER", "Chandra Wijaya": "PER"},
    )
    assert facts(doc) == {
        ("KPU Lahat", "rapat pleno terbuka"),
        ("Haryanto", "rapat pleno terbuka"),
        ("Chandra Wijaya", "rapat pleno terbuka"),
    }


def test_companion_verb_both_attend(nlp):
    doc = annotate(
        nlp,
        "Rudi Hartawan mendampingi Menteri Dalam Negeri Tito Santoso dalam rapat kerja dengan Komisi II DPR.",
        {"Rudi Hartawan": "PER", "Tito Santoso": "PER", "Komisi II DPR": "ORG"},
    )
    assert {a for a, _ in facts(doc)} >= {"Rudi Hartawan", "Tito Santoso"}


def test_speaker_not_the_one_spoken_to(nlp):
    doc = annotate(
        nlp,
        "\"Kami siap,\" kata Nawir Hamdan kepada Dedi Kurniawan saat menjalani uji kelayakan di Gedung DPR.",
        {"Nawir Hamdan": "PER", "Dedi Kurniawan": "PER", "Gedung DPR": "LOC"},
    )
    assert facts(doc) == {("Nawir Hamdan", "uji kelayakan")}
    # unless a relative clause makes the one spoken to the subject
    doc = annotate(
        nlp,
        "Pesan itu disampaikan Nawir Hamdan kepada Dedi Kurniawan yang mendampingi Hasan Basri dalam rapat kerja.",
        {"Nawir Hamdan": "PER", "Dedi Kurniawan": "PER", "Hasan Basri": "PER"},
    )
    assert {"Dedi Kurniawan", "Hasan Basri"} <= {a for a, _ in facts(doc)}


def test_listed_role_alone_is_the_person_given_that_title(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Sumsel Andika Pranata mengatakan logistik aman. "
        "Rapat koordinasi logistik digelar di Hotel Aryaduta. "
        "Turut hadir Ketua KPU Sumsel dan Kapolda Sumsel Irjen Budi Santoso.",
        {"KPU Sumsel": "ORG", "Andika Pranata": "PER", "Hotel Aryaduta": "LOC", "Sumsel": "LOC", "Budi Santoso": "PER"},
    )
    assert facts(doc) == {("Andika Pranata", "Rapat koordinasi logistik"), ("Budi Santoso", "Rapat koordinasi logistik")}


# -- patterns from the annotated news articles (session 2) -------------------------------------


def test_occasion_anaphora_gives_the_event_in_view(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar rapat pleno terbuka di Hotel Sanjaya. "
        "Di tempat yang sama, pengamat politik Universitas Sriwijaya, Joko Santoso, menyebutkan tahapan berjalan baik. "
        "\"Kami siap,\" tutur Rina Marlina dalam kesempatan yang sama.",
        {"KPU Lahat": "ORG", "Hotel Sanjaya": "LOC", "Universitas Sriwijaya": "ORG", "Joko Santoso": "PER", "Rina Marlina": "PER"},
    )
    assert facts(doc) == {("KPU Lahat", "rapat pleno terbuka"), ("Joko Santoso", "rapat pleno terbuka"), ("Rina Marlina", "rapat pleno terbuka")}
    # the university in the description of the speaker does not attend
    assert "Universitas Sriwijaya" not in by_attendee(doc)


def test_occasion_word_without_anaphor_is_no_event(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar rapat pleno di Hotel Sanjaya. Rina Marlina mengatakan di tempat lain tahapan tertunda.",
        {"KPU Lahat": "ORG", "Hotel Sanjaya": "LOC", "Rina Marlina": "PER"},
    )
    assert "Rina Marlina" not in by_attendee(doc)


def test_clitic_attribution_speaker_attends(nlp):
    doc = annotate(
        nlp,
        "Ketua DPRD Lahat Fitri Handayani menilai anggaran pemilu cukup. "
        "\"Semua sudah kami hitung,\" katanya usai rapat paripurna DPRD Lahat, Senin (3/3/2025).",
        {"DPRD Lahat": "ORG", "Fitri Handayani": "PER"},
    )
    assert ("Fitri Handayani", "rapat paripurna DPRD Lahat") in facts(doc)


def test_companion_of_a_quoted_speaker_attends_the_event_in_view(nlp):
    doc = annotate(
        nlp,
        "Bupati Lahat Haryanto melakukan kunjungan kerja ke Kecamatan Merapi. "
        "\"Jalan ini segera kami perbaiki,\" jelas Haryanto didampingi Camat Merapi Andi Pratama di lokasi.",
        {"Lahat": "LOC", "Haryanto": "PER", "Kecamatan Merapi": "LOC", "Merapi": "LOC", "Andi Pratama": "PER"},
    )
    assert {("Haryanto", "kunjungan kerja"), ("Andi Pratama", "kunjungan kerja")} <= facts(doc)


def test_didampingi_without_an_attribution_or_event_gives_nothing(nlp):
    doc = annotate(
        nlp,
        "Korban didampingi kuasa hukumnya, Andi Pratama, melapor ke Polres Lahat.",
        {"Andi Pratama": "PER", "Polres Lahat": "ORG"},
    )
    assert facts(doc) == set()


def test_meeting_between_two_bodies(nlp):
    doc = annotate(
        nlp,
        "Rapat kerja Komisi II DPR dengan KPU membahas anggaran pilkada, Rabu (3/7/2024).",
        {"Komisi II DPR": "ORG", "KPU": "ORG"},
    )
    assert {a for a, _ in facts(doc)} == {"Komisi II DPR", "KPU"}


def test_planned_meeting_between_bodies_is_no_attendance(nlp):
    doc = annotate(
        nlp,
        "Komisi II DPR akan menggelar rapat kerja Komisi II DPR dengan KPU pekan depan.",
        {"Komisi II DPR": "ORG", "KPU": "ORG"},
    )
    assert facts(doc) == set()


def test_two_coordinated_events_are_both_attended(nlp):
    doc = annotate(
        nlp,
        "Bambang Santoso menghadiri Sidang Tahunan MPR RI dan Sidang Bersama DPR RI di Gedung Parlemen.",
        {"Bambang Santoso": "PER", "MPR RI": "ORG", "DPR RI": "ORG", "Gedung Parlemen": "LOC"},
    )
    assert {e for _, e in facts(doc)} == {"Sidang Tahunan MPR RI", "Sidang Bersama DPR RI"}


def test_a_body_represented_by_a_person_is_not_there(nlp):
    doc = annotate(
        nlp,
        "Setelah melakukan rapat, pemerintah yang diwakili oleh Menteri Dalam Negeri Tri Wahyudi dan DPR RI menyepakati revisi itu.",
        {"Tri Wahyudi": "PER", "DPR RI": "ORG"},
    )
    assert {a for a, _ in facts(doc)} == {"Tri Wahyudi", "DPR RI"}


def test_event_named_by_a_verbs_object_is_found_again_later(nlp):
    doc = annotate(
        nlp,
        "Menteri Dalam Negeri Tri Wahyudi membuka Gerakan Pangan Murah di Kota Lahat. "
        "Acara ini turut dihadiri oleh Gubernur Sumsel Herman Saputra dan Ketua DPRD Lahat Fitri Handayani.",
        {"Tri Wahyudi": "PER", "Kota Lahat": "LOC", "Sumsel": "LOC", "Herman Saputra": "PER", "DPRD Lahat": "ORG", "Fitri Handayani": "PER"},
    )
    assert facts(doc) == {(p, "Gerakan Pangan Murah") for p in ("Tri Wahyudi", "Herman Saputra", "Fitri Handayani")}


def test_an_adverb_between_the_cue_and_its_object(nlp):
    doc = annotate(
        nlp,
        "Kapolda Sumsel Irjen Pol Tri Wahyudi memimpin langsung Pengecekan Titik Api di Kota Lahat, Rabu (18/9/2019).",
        {"Sumsel": "LOC", "Tri Wahyudi": "PER", "Kota Lahat": "LOC"},
    )
    assert facts(doc) == {("Tri Wahyudi", "Pengecekan Titik Api")}


def test_every_organiser_after_dilakukan_oleh(nlp):
    doc = annotate(
        nlp,
        "Unjuk rasa itu dilakukan oleh BEM Universitas Lahat dan Aliansi Mahasiswa Sumsel pada Kamis (20/10/2025).",
        {"BEM Universitas Lahat": "ORG", "Aliansi Mahasiswa Sumsel": "ORG"},
    )
    assert {a for a, _ in facts(doc)} == {"BEM Universitas Lahat", "Aliansi Mahasiswa Sumsel"}


def test_role_subject_after_a_preposed_adverbial(nlp):
    doc = annotate(
        nlp,
        "Kapolda Sumsel Irjen Pol Andi Pratama memimpin apel siaga. "
        "Untuk diketahui, Kapolda juga melakukan pertemuan dengan Bupati Lahat Haryanto.",
        {"Sumsel": "LOC", "Andi Pratama": "PER", "Lahat": "LOC", "Haryanto": "PER"},
    )
    assert {("Andi Pratama", "pertemuan"), ("Haryanto", "pertemuan")} <= facts(doc)


def test_body_after_a_preposition_is_not_the_subject(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar rapat pleno. Sejumlah direktorat di Bawaslu Lahat juga mengikuti agenda tersebut.",
        {"KPU Lahat": "ORG", "Bawaslu Lahat": "ORG"},
    )
    assert "Bawaslu Lahat" not in by_attendee(doc)


def test_venue_body_gives_the_place_after_it(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Lahat, Budi Santoso, menghadiri HUT ke-20 Partai Maju di DPP Partai Maju Jakarta Barat.",
        {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Partai Maju": "ORG", "DPP Partai Maju": "ORG", "Jakarta Barat": "LOC"},
    )
    assert text_of(by_attendee(doc)["Budi Santoso"]["location"]) == "Jakarta Barat"


def test_a_place_after_the_comma_closing_a_di_phrase_is_the_venue(nlp):
    # "di <event / body / unnamed venue>, <place>": the place is where it happened
    doc = annotate(
        nlp,
        "Ketua KPU Lahat Budi Santoso hadir dalam rapat bilateral di KTT Kota Hijau, Palembang, Sumatera Selatan. "
        '"Kami siap," kata Dedi Irawan dalam konferensi pers di kantornya, Jakarta Pusat, Senin (3/3/2025).',
        {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Palembang": "LOC", "Sumatera Selatan": "LOC",
         "Dedi Irawan": "PER", "Jakarta Pusat": "LOC"},
    )
    venues = {who: text_of(r["location"]) for who, r in by_attendee(doc).items()}
    assert venues == {"Budi Santoso": "Palembang", "Dedi Irawan": "Jakarta Pusat"}
    # a list after the comma is no setting: "di ruang rapat, Budi dan Dedi"
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri rapat pleno di Lahat yang dihadiri pengurus, Palembang dan Jakarta diwakili pula.",
        {"Budi Santoso": "PER", "Lahat": "LOC", "Palembang": "LOC", "Jakarta": "LOC"},
    )
    assert text_of(by_attendee(doc)["Budi Santoso"]["location"]) == "Lahat"


@pytest.mark.parametrize(
    "text, ents, date",
    [
        (  # the date of the sentence naming the event comes before a later sentence's
            "Ketua KPU Lahat Budi Santoso memimpin apel siaga di Lahat, Sabtu. "
            "Apel siaga itu digelar menjelang pemungutan suara 14 Februari 2024.",
            {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Lahat": "LOC"},
            "Sabtu",
        ),
        (  # a date the speaker talks about is not the event's
            '"Pada 23 September 2025 akan dimulai uji beban," ujar Budi Santoso saat meninjau lokasi pembangunan '
            "Tol Lahat di KM 13, Kamis (19/9/2025).",
            {"Budi Santoso": "PER", "Tol Lahat": "LOC", "KM 13": "LOC"},
            "Kamis (19/9/2025)",
        ),
    ],
    ids=["sentence-naming-the-event", "not-said-by-the-speaker"],
)
def test_the_event_date(nlp, text, ents, date):
    assert by_attendee(annotate(nlp, text, ents))["Budi Santoso"]["date"]["text"] == date


def test_a_place_the_speaker_talks_about_is_not_the_venue(nlp):
    text = (
        'Ketua KPU Lahat Budi Santoso menghadiri rapat pleno terbuka. "Gudang logistik kami ada di Palembang," '
        "kata Budi Santoso dalam rapat pleno itu di Lahat."
    )
    ents = {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Palembang": "LOC", "Lahat": "LOC"}
    assert text_of(by_attendee(annotate(nlp, text, ents))["Budi Santoso"]["location"]) == "Lahat"
    # a quoted title is no speech: the place in it may be the venue
    doc = annotate(
        nlp,
        'Dedi Irawan mengikuti roadshow "Jelajah Desa di Lahat 2024" yang digelar KPU.',
        {"Dedi Irawan": "PER", "Lahat": "LOC", "KPU": "ORG"},
    )
    assert text_of(by_attendee(doc)["Dedi Irawan"]["location"]) == "Lahat"


def test_a_sentence_placing_the_activity_gives_the_venue(nlp):
    text = (
        "Ketua KPU Lahat Budi Santoso membuka bimbingan teknis bagi petugas TPS. "
        "Kegiatan dilaksanakan di Wisma Pendawa Lahat dan Aula Kantor Camat Pseksu pada 6-10 Oktober 2025."
    )
    ents = {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Wisma Pendawa Lahat": "LOC", "Aula Kantor Camat Pseksu": "LOC"}
    assert text_of(by_attendee(annotate(nlp, text, ents))["Budi Santoso"]["location"]) == "Wisma Pendawa Lahat"
    # the same said of the occasion with a relative clause, after a preposition
    text = (
        "Ketua KPU Lahat Budi Santoso membuka bimbingan teknis bagi petugas TPS. "
        "Hal itu dikatakan di acara yang digelar di Kantor KPU Lahat, Jumat (17/10)."
    )
    ents = {"KPU Lahat": "ORG", "Budi Santoso": "PER", "Kantor KPU Lahat": "LOC"}
    rec = by_attendee(annotate(nlp, text, ents))["Budi Santoso"]
    assert (text_of(rec["location"]), text_of(rec["date"])) == ("Kantor KPU Lahat", "Jumat (17/10)")


def test_same_day_words_take_the_written_date(nlp):
    doc = annotate(
        nlp,
        "Gubernur Sumsel Herman Saputra memimpin rapat koordinasi, Senin (20/10/2025). "
        "Hal itu diungkapkan Budi Santoso usai beraudiensi dengan Herman Saputra di Palembang hari ini.",
        {"Sumsel": "LOC", "Herman Saputra": "PER", "Budi Santoso": "PER", "Palembang": "LOC"},
        date="2025-10-20",
    )
    rec = next(r for r in records(doc, "attendance") if r["event"]["text"].startswith("beraudiensi"))
    assert rec["date"]["text"] == "Senin (20/10/2025)"


def test_a_relative_clause_with_an_unnamed_head_is_not_the_persons(nlp):
    doc = annotate(
        nlp,
        "Sekjen DPRD Lahat Indra Saputra menerima perwakilan mahasiswa yang menggelar aksi demonstrasi di depan gedung DPRD.",
        {"DPRD Lahat": "ORG", "Indra Saputra": "PER"},
    )
    # he met the delegation; the students' demonstration is theirs, not his
    assert facts(doc) == {("Indra Saputra", "menerima perwakilan mahasiswa")}


def test_one_word_thing_closed_by_a_body_is_no_event(nlp):
    doc = annotate(nlp, "Kemenkominfo menutup Telegram karena konten radikal.", {"Kemenkominfo": "ORG"})
    assert facts(doc) == set()


def test_ministers_of_a_cabinet_are_not_the_cabinet(nlp):
    doc = annotate(
        nlp,
        "KADIN menggelar Rakornas bidang Properti di Jakarta. Dalam acara tersebut turut hadir sejumlah Menteri Kabinet Kerja "
        "seperti Menteri Pekerjaan Umum Basuki Santoso.",
        {"KADIN": "ORG", "Jakarta": "LOC", "Kabinet Kerja": "ORG", "Basuki Santoso": "PER"},
    )
    assert "Kabinet Kerja" not in by_attendee(doc)
    assert "Basuki Santoso" in by_attendee(doc)


def test_acts_done_at_the_event_make_their_doers_attendees(nlp):
    doc = annotate(
        nlp,
        "PAN menggelar rapat kerja nasional (Rakernas) di Hotel Grand Lahat. "
        "Pantauan di lokasi, Budi Santoso duduk di sebelah Ketua Dewan Kehormatan PAN Amir Hamzah. "
        "Penandatanganan itu disaksikan lima pejabat yang bertindak sebagai saksi ialah Kapolres Lahat Andi Pratama dan Dandim Lahat Joko Susilo.",
        {"PAN": "ORG", "Hotel Grand Lahat": "LOC", "Budi Santoso": "PER", "Amir Hamzah": "PER", "Lahat": "LOC",
         "Andi Pratama": "PER", "Joko Susilo": "PER"},
    )
    event = "rapat kerja nasional (Rakernas)"
    assert {("Budi Santoso", event), ("Andi Pratama", event), ("Joko Susilo", event)} <= facts(doc)


def test_an_act_with_no_event_in_view_gives_nothing(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso duduk di sebelah Amir Hamzah sambil membaca koran.",
        {"Budi Santoso": "PER", "Amir Hamzah": "PER"},
    )
    assert facts(doc) == set()


def test_a_body_after_a_meeting_noun_names_the_meeting(nlp):
    doc = annotate(
        nlp,
        "Andi Pratama hadir saat rapat Banggar DPRD Lahat pada Senin (20/10). "
        "Budi Santoso menggelar audiensi Bawaslu Lahat di kantornya.",
        {"Andi Pratama": "PER", "Banggar DPRD Lahat": "ORG", "Budi Santoso": "PER", "Bawaslu Lahat": "ORG"},
    )
    assert ("Andi Pratama", "rapat Banggar DPRD Lahat") in facts(doc)
    assert ("Bawaslu Lahat", "audiensi") in facts(doc)  # the other side of an audience


def test_both_sides_after_antara(nlp):
    doc = annotate(
        nlp,
        "Kesepakatan itu disampaikan usai rapat kerja antara Badan Legislasi (Baleg) dengan Kementerian Hukum di Gedung DPR.",
        {"Badan Legislasi": "ORG", "Baleg": "ORG", "Kementerian Hukum": "ORG", "Gedung DPR": "LOC"},
    )
    assert {a for a, _ in facts(doc)} >= {"Badan Legislasi", "Kementerian Hukum"}


def test_a_denied_meeting_is_no_attendance(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju Andi Pratama membantah melakukan pertemuan dengan Budi Santoso.",
        {"Partai Maju": "ORG", "Andi Pratama": "PER", "Budi Santoso": "PER"},
    )
    assert facts(doc) == set()


def test_a_measure_after_the_event_noun_is_not_its_name(nlp):
    doc = annotate(
        nlp,
        "Dalam pertemuan satu jam lebih dengan Budi Santoso di Jakarta, Andi Pratama mengatakan kerja sama berlanjut.",
        {"Budi Santoso": "PER", "Jakarta": "LOC", "Andi Pratama": "PER"},
    )
    assert {e for _, e in facts(doc)} == {"pertemuan"}


def test_a_capitalised_number_word_belongs_to_the_event_name(nlp):
    doc = annotate(
        nlp,
        "Ketua Fraksi Andi Pratama hadir dalam diskusi Empat Pilar MPR di Media Center Parlemen.",
        {"Andi Pratama": "PER", "MPR": "ORG", "Media Center Parlemen": "LOC"},
    )
    assert facts(doc) == {("Andi Pratama", "diskusi Empat Pilar MPR")}


def test_bertemu_a_body_keeps_the_verb_as_the_event(nlp):
    doc = annotate(
        nlp,
        "Sebelumnya, Aliansi Mahasiswa Lahat telah bertemu Komisi Yudisial agar mengawasi persidangan.",
        {"Aliansi Mahasiswa Lahat": "ORG", "Komisi Yudisial": "ORG"},
    )
    assert facts(doc) == {("Aliansi Mahasiswa Lahat", "bertemu"), ("Komisi Yudisial", "bertemu")}


def test_nobody_of_a_body_attending_is_no_attendance(nlp):
    doc = annotate(
        nlp,
        "Rapat koordinasi digelar KPU Lahat di Lahat. Namun tak ada perwakilan Partai Maju tampak hadir.",
        {"KPU Lahat": "ORG", "Lahat": "LOC", "Partai Maju": "ORG"},
    )
    assert facts(doc) == {("KPU Lahat", "Rapat koordinasi")}


def test_a_list_sentence_goes_on_with_the_attendees_just_reported(nlp):
    text = (
        "Rapat kerja daerah di Lahat itu dihadiri para bupati. "
        "Mereka adalah Bupati Lahat Sari Dewi dan Bupati Muara Enim Andi Wijaya. "
        "Mereka adalah pendukung setia Partai Maju."
    )
    ents = {"Lahat": "LOC", "Sari Dewi": "PER", "Muara Enim": "LOC", "Andi Wijaya": "PER", "Partai Maju": "ORG"}
    assert facts(annotate(nlp, text, ents)) == {("Sari Dewi", "Rapat kerja daerah"), ("Andi Wijaya", "Rapat kerja daerah")}
    # with no attendance reported in the sentence before, a list is just a list
    unrelated = "Rapat kerja daerah di Lahat membahas anggaran. Mereka adalah Bupati Lahat Sari Dewi dan Bupati Muara Enim Andi Wijaya."
    assert facts(annotate(nlp, unrelated, ents)) == set()


def test_the_members_of_a_panel_that_led_the_event_attend(nlp):
    doc = annotate(
        nlp,
        "Sidang etik digelar di Gedung MK. Sidang ini dipimpin oleh majelis yang terdiri atas Ketua MKMK Jimly Santoso "
        "serta anggota Bintan Saragih dan Wahid Adams.",
        {"Gedung MK": "LOC", "MKMK": "ORG", "Jimly Santoso": "PER", "Bintan Saragih": "PER", "Wahid Adams": "PER"},
    )
    assert facts(doc) == {("Jimly Santoso", "Sidang etik"), ("Bintan Saragih", "Sidang etik"), ("Wahid Adams", "Sidang etik")}


def test_a_pronoun_after_a_preposed_event_is_the_person_reported_not_one_quoted(nlp):
    doc = annotate(
        nlp,
        "Menteri Sosial Saiful Yusuf menerima tamu. \"Sejak zaman Pak Prabowo Subianto kita dibantu,\" ungkapnya. "
        "Dalam sidang kabinet, ia mengapresiasi kinerja para menteri.",
        {"Saiful Yusuf": "PER", "Prabowo Subianto": "PER"},
    )
    assert facts(doc) == {("Saiful Yusuf", "sidang kabinet")}


def test_dihadiri_oleh_with_no_event_in_the_sentence_takes_the_event_in_view(nlp):
    doc = annotate(
        nlp,
        "Bawaslu Lahat menggelar rapat koordinasi pengawasan di Lahat. Adapun dari Pemda Lahat dihadiri oleh Kabag Hukum Rudi Hartono.",
        {"Bawaslu Lahat": "ORG", "Lahat": "LOC", "Pemda Lahat": "ORG", "Rudi Hartono": "PER"},
    )
    assert ("Rudi Hartono", "rapat koordinasi pengawasan") in facts(doc)


def test_the_body_whose_meeting_was_attended_takes_part_as_a_body(nlp):
    ents = {"Andi Wijaya": "PER", "DPRD Lahat": "ORG", "Kementerian Pertanian": "ORG"}
    doc = annotate(nlp, "Andi Wijaya menghadiri rapat paripurna DPRD Lahat.", ents)
    assert facts(doc) == {("Andi Wijaya", "rapat paripurna DPRD Lahat"), ("DPRD Lahat", "rapat paripurna DPRD Lahat")}
    # a meeting nobody is reported at, and a body named as the topic further on, give nothing of the kind
    assert facts(annotate(nlp, "Rapat paripurna DPRD Lahat membahas anggaran.", ents)) == set()
    topic = annotate(nlp, "Andi Wijaya menghadiri Rapat Kerja Pembahasan Anggaran Kementerian Pertanian.", ents)
    assert {a for a, _ in facts(topic)} == {"Andi Wijaya"}


def test_two_nouns_joined_by_dan_name_one_occasion(nlp):
    ents = {"Rudi Hartono": "PER", "PDAM Lahat": "ORG"}
    doc = annotate(nlp, "Rudi Hartono menghadiri acara pelantikan dan pengambilan sumpah pengawas PDAM Lahat.", ents)
    assert {e for _, e in facts(doc)} == {"pelantikan dan pengambilan sumpah pengawas PDAM Lahat"}
    # a verb after "dan" starts another clause: the event ends before it
    verb = annotate(nlp, "Rudi Hartono menghadiri pelantikan dan memberikan sambutan.", ents)
    assert {e for _, e in facts(verb)} == {"pelantikan"}


def test_an_anaphor_after_events_named_together_means_the_first(nlp):
    doc = annotate(
        nlp,
        "Sidang Tahunan MPR dan Sidang Bersama DPR-DPD digelar di Jakarta. "
        "Hadir dalam acara tersebut antara lain Presiden Andi Wijaya dan Ketua DPD Sari Dewi.",
        {"Jakarta": "LOC", "Andi Wijaya": "PER", "Sari Dewi": "PER"},
    )
    assert facts(doc) == {("Andi Wijaya", "Sidang Tahunan MPR"), ("Sari Dewi", "Sidang Tahunan MPR")}


def test_an_inauguration_named_by_its_verb_is_the_event_acara_itu_points_back_to(nlp):
    doc = annotate(
        nlp,
        "Gubernur Andi Wijaya meresmikan pengoperasian Kereta Api Bandara Lahat di Lahat. "
        "Tampak hadir dalam acara itu antara lain Bupati Sari Dewi.",
        {"Andi Wijaya": "PER", "Lahat": "LOC", "Sari Dewi": "PER"},
    )
    event = "meresmikan pengoperasian Kereta Api Bandara Lahat"
    assert facts(doc) == {("Andi Wijaya", event), ("Sari Dewi", event)}
    # with no event named before it, "acara itu" gives nothing
    alone = annotate(nlp, "Tampak hadir dalam acara itu antara lain Bupati Sari Dewi.", {"Sari Dewi": "PER"})
    assert facts(alone) == set()


@pytest.mark.parametrize("body", ["Majelis Kehormatan Partai", "Majelis Kehormatan Partai (MKP)"])
def test_the_agent_of_a_decision_taken_in_a_hearing_attends_it(nlp, body):
    doc = annotate(
        nlp,
        f"Putusan itu diketuk oleh {body} dalam sidang pembacaan putusan etik di Jakarta.",
        {"Majelis Kehormatan Partai": "ORG", "MKP": "ORG", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Majelis Kehormatan Partai", "sidang pembacaan putusan etik")}


def test_a_delegation_led_by_a_person_and_its_members_listed_after_it_attend(nlp):
    doc = annotate(
        nlp,
        "Ikatan Surveyor menggelar Surveyors Summit di Taipei. Delegasi Indonesia dipimpin oleh Ketua Umum ISI "
        "Virgo Jaya dan sejumlah pengurus di antaranya Syartoni dan Lucky Fakhri.",
        {"Ikatan Surveyor": "ORG", "Taipei": "LOC", "Indonesia": "LOC", "ISI": "ORG", "Virgo Jaya": "PER", "Syartoni": "PER", "Lucky Fakhri": "PER"},
    )
    assert {a for a, e in facts(doc) if e == "Surveyors Summit"} == {"Ikatan Surveyor", "Virgo Jaya", "Syartoni", "Lucky Fakhri"}
    assert {e for _, e in facts(doc)} == {"Surveyors Summit"}  # the delegation is who came, no event of its own


def test_a_name_after_acara_with_no_event_noun_is_the_event(nlp):
    ents = {"Erwin Hutapea": "PER", "Jakarta": "LOC"}
    doc = annotate(nlp, "Inflasi masih tinggi, kata Erwin Hutapea dalam acara Efektivitas Kebijakan Moneter di Jakarta.", ents)
    assert facts(doc) == {("Erwin Hutapea", "Efektivitas Kebijakan Moneter")}
    # "acara" alone still only points back
    assert facts(annotate(nlp, "Inflasi masih tinggi, kata Erwin Hutapea dalam acara di Jakarta.", ents)) == set()


def test_signing_an_agreement_with_others_is_a_meeting_of_the_signatories(nlp):
    doc = annotate(
        nlp,
        "Menteri Dalam Negeri Andi Wijaya meneken kesepakatan bersama dengan Menteri Agama Sari Dewi di Jakarta.",
        {"Andi Wijaya": "PER", "Sari Dewi": "PER", "Jakarta": "LOC"},
    )
    assert {a for a, _ in facts(doc)} == {"Andi Wijaya", "Sari Dewi"}


# -- speakers the quote component resolved ------------------------------------------------------


@pytest.fixture(scope="module")
def nlp_after_quote():
    """Attendance after the quote component, as in the default pipeline."""
    return relation_pipeline("pemilu_quote", "pemilu_attendance")


def test_a_clitic_speaker_at_an_event_is_the_person_the_quotation_was_given_to(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        'Menteri Investasi Rudi Hartono menolak tudingan itu. "Kami tidak menghalangi siapa pun. '
        "Semua aturan sudah jelas. Pasal demi pasal sudah kami jalankan,\" katanya dalam acara "
        "Forum Bisnis Nusantara 2025 di Jakarta, Senin (19/10/2025).",
        {"Rudi Hartono": "PER", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Rudi Hartono", "Forum Bisnis Nusantara 2025")}


def test_an_event_inside_the_reported_words_is_not_the_speakers(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        "Ketua Umum Partai Harapan Bangsa Yusuf Hamdani ditanya soal usulan itu. Dia tidak menampik bahwa "
        "fraksi di DPR telah mendukung usulan Baleg dalam Rapat Paripurna DPR.",
        {"Partai Harapan Bangsa": "ORG", "Yusuf Hamdani": "PER", "DPR": "ORG", "Baleg": "ORG"},
    )
    assert "Yusuf Hamdani" not in {a for a, _ in facts(doc)}


def test_an_ampersand_joins_the_words_of_an_event_name(nlp):
    doc = annotate(
        nlp,
        "Menteri Perhubungan Rudi Santoso menghadiri pameran Marine & Railway Indonesia di Jakarta.",
        {"Rudi Santoso": "PER", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Rudi Santoso", "pameran Marine & Railway Indonesia")}


def test_how_often_two_people_met_is_not_part_of_the_meeting(nlp):
    doc = annotate(
        nlp,
        "Dedi Kurniawan dan Hasan Basri sebelumnya telah bertemu dua kali di Lahat.",
        {"Dedi Kurniawan": "PER", "Hasan Basri": "PER", "Lahat": "LOC"},
    )
    assert {e for _, e in facts(doc)} == {"bertemu"}


def test_a_date_inside_a_name_dates_no_event(nlp):
    doc = annotate(
        nlp,
        "Rektor Dedi Kurniawan menghadiri sidang terbuka di Universitas 17 Agustus 1945 Surabaya, Sabtu (22/7/2017).",
        {"Dedi Kurniawan": "PER", "Universitas 17 Agustus 1945 Surabaya": "ORG"},
    )
    assert by_attendee(doc)["Dedi Kurniawan"]["date"]["value"] == "2017-07-22"


def test_a_speaker_describing_the_occasion_in_other_words_names_no_new_event(nlp):
    doc = annotate(
        nlp,
        "Rektor Dedi Kurniawan menghadiri sidang terbuka S3 Ilmu Hukum di Universitas Lahat, Sabtu (22/7/2017). "
        '"Kami terkejut karena ia menjadi penguji, padahal itu sidang doktor hukum," kata Hasan Basri. '
        "Dalam sidang doktoral tersebut, hadir juga Ketua DPRD Lahat Sri Lestari.",
        {"Dedi Kurniawan": "PER", "Universitas Lahat": "ORG", "Hasan Basri": "PER", "DPRD Lahat": "ORG", "Sri Lestari": "PER"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "sidang terbuka S3 Ilmu Hukum"), ("Sri Lestari", "sidang terbuka S3 Ilmu Hukum")}


def test_a_list_led_by_di_antaranya_goes_on_with_those_present(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Dedi Kurniawan menghadiri Kongres ke-4 Diaspora Lahat. Selain Dedi, ada sejumlah tokoh lain "
        "yang juga hadir di acara tersebut. Di antaranya adalah Menteri Luar Negeri Sri Lestari, Menteri Perhubungan Hasan Basri.",
        {"KPU": "ORG", "Dedi Kurniawan": "PER", "Dedi": "PER", "Sri Lestari": "PER", "Hasan Basri": "PER"},
    )
    assert {a for a, e in facts(doc) if e == "Kongres ke-4 Diaspora Lahat"} == {"Dedi Kurniawan", "Sri Lestari", "Hasan Basri"}


def test_hal_itu_disampaikan_olehnya_is_the_last_speaker(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        "Menteri Dalam Negeri Dedi Kurniawan menyoroti harga beras. Menurutnya, produksi nasional sudah cukup. "
        "Meski begitu, menurutnya langkah intervensi tetap harus digencarkan. "
        "Hal itu disampaikan olehnya saat membuka Gerakan Pangan Murah di Kendari, Selasa (26/8/2025).",
        {"Dedi Kurniawan": "PER", "Kendari": "LOC"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "Gerakan Pangan Murah")}


def test_the_same_occasion_is_the_one_reported_not_one_the_speaker_names(nlp):
    doc = annotate(
        nlp,
        "Komisi III DPR menggelar rapat kerja di Jakarta. Menteri Hukum Dedi Kurniawan menyetujui revisi itu. "
        '"Kami berterima kasih atas selesainya pembahasan untuk diteruskan pada rapat paripurna DPR," '
        "kata Dedi Kurniawan dalam kesempatan sama.",
        {"Komisi III DPR": "ORG", "Dedi Kurniawan": "PER", "Jakarta": "LOC", "DPR": "ORG"},
    )
    assert ("Dedi Kurniawan", "rapat kerja") in facts(doc) and not any("paripurna" in e for _, e in facts(doc))


def test_those_a_speech_is_given_before_are_at_the_event(nlp):
    doc = annotate(
        nlp,
        "Partai Maju menggelar puncak HUT ke-20 Partai Maju di Jakarta. Dalam kesempatan itu, pendakwah Hasan Basri "
        "memberikan ceramah di hadapan Presiden Dedi Kurniawan.",
        {"Partai Maju": "ORG", "Jakarta": "LOC", "Hasan Basri": "PER", "Dedi Kurniawan": "PER"},
    )
    assert ("Dedi Kurniawan", "HUT ke-20 Partai Maju") in facts(doc)


def test_those_a_hearing_brings_in_attend_it(nlp):
    doc = annotate(
        nlp,
        "Sidang kasus korupsi proyek jalan digelar di Pengadilan Tipikor Semarang. Sidang tersebut menghadirkan "
        "dua terdakwa yakni Direktur PT Maju Jaya, Dedi Kurniawan, dan Kepala Cabang PT Maju Jaya Hasan Basri.",
        {"Pengadilan Tipikor Semarang": "ORG", "PT Maju Jaya": "ORG", "Dedi Kurniawan": "PER", "Hasan Basri": "PER"},
    )
    assert {a for a, _ in facts(doc)} >= {"Dedi Kurniawan", "Hasan Basri"}


def test_the_names_after_the_copula_of_a_relative_clause_cue_attend(nlp):
    doc = annotate(
        nlp,
        "Lima calon anggota KPU Lahat yang menjalani uji kelayakan pada Rabu 11 September adalah Dedi Kurniawan (Dosen), "
        "Hasan Basri (Advokat) dan Sri Lestari (Jaksa).",
        {"KPU Lahat": "ORG", "Dedi Kurniawan": "PER", "Hasan Basri": "PER", "Sri Lestari": "PER"},
    )
    assert facts(doc) == {(a, "uji kelayakan") for a in ("Dedi Kurniawan", "Hasan Basri", "Sri Lestari")}


def test_a_list_whose_lead_follows_a_noun_phrase_goes_on_with_those_present(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Ikatan Surveyor Lahat Dedi Kurniawan menghadiri Lahat Surveyors Summit di Taipei. "
        "Sementara perwakilan dari Badan Geospasial Lahat antara lain Hasan Basri dan Sri Lestari (ITB).",
        {"Ikatan Surveyor Lahat": "ORG", "Dedi Kurniawan": "PER", "Taipei": "LOC", "Badan Geospasial Lahat": "ORG",
         "Hasan Basri": "PER", "Sri Lestari": "PER", "ITB": "ORG"},
    )
    assert {a for a, _ in facts(doc)} >= {"Dedi Kurniawan", "Hasan Basri", "Sri Lestari"}
    # a clause with a verb before the lead is no list of those present
    doc = annotate(
        nlp,
        "Dedi Kurniawan menghadiri Lahat Surveyors Summit di Taipei. Panitia membahas banyak hal, antara lain "
        "usulan Hasan Basri.",
        {"Dedi Kurniawan": "PER", "Taipei": "LOC", "Hasan Basri": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Dedi Kurniawan"}


def test_an_attended_object_closed_by_a_demonstrative_is_the_event_named_before(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju, Dedi Kurniawan, turut memperingati HUT ke-72 Republik Indonesia. "
        "Tahun ini Dedi menghadiri perayaan itu di Universitas Lahat, Kamis (17/8/2017).",
        {"Partai Maju": "ORG", "Dedi Kurniawan": "PER", "Republik Indonesia": "LOC", "Dedi": "PER", "Universitas Lahat": "LOC"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "HUT ke-72 Republik Indonesia")}


def test_a_group_listed_after_the_event_and_the_same_venue_pointed_back(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju, Dedi Kurniawan, menghadiri HUT ke-72 Republik Indonesia di Universitas Lahat, "
        "Kamis (17/8/2017). Tokoh lain juga ikut menghadiri upacara bendera di Universitas Lahat tersebut. "
        "Sejumlah petinggi Partai Maju juga ikut hadir dalam upacara ini, antara lain Sekjen Partai Maju Hasan Basri "
        "dan Sri Lestari.",
        {"Partai Maju": "ORG", "Dedi Kurniawan": "PER", "Republik Indonesia": "LOC", "Universitas Lahat": "LOC",
         "Hasan Basri": "PER", "Sri Lestari": "PER"},
    )
    assert facts(doc) == {(a, "HUT ke-72 Republik Indonesia") for a in ("Dedi Kurniawan", "Hasan Basri", "Sri Lestari")}


def test_a_place_the_event_is_about_is_not_its_venue(nlp):
    doc = annotate(
        nlp,
        "Bupati Lahat Dedi Kurniawan hadir dalam sidang kasus korupsi proyek pembangunan Masjid Agung Lahat, Selasa (22/10/2025).",
        {"Lahat": "LOC", "Dedi Kurniawan": "PER", "Masjid Agung Lahat": "LOC"},
    )
    rec = by_attendee(doc)["Dedi Kurniawan"]
    assert rec["location"] is None


# -- patterns from the annotated news articles (session 6) -------------------------------------


def test_an_ordinal_opens_an_event_name_in_english(nlp):
    doc = annotate(
        nlp,
        "Gubernur Lahat Dedi Kurniawan menerima penghargaan dalam acara The 12th Conference Sumatra Engineers Union (CSEU12).",
        {"Lahat": "LOC", "Dedi Kurniawan": "PER"},
    )
    assert facts(doc) == {("Dedi Kurniawan", "The 12th Conference Sumatra Engineers Union (CSEU12)")}


def test_a_demonstrative_after_two_events_named_together_points_to_the_first(nlp):
    doc = annotate(
        nlp,
        "Selain itu, juga digelar Pameran Alat Pertanian (Alper) dan Pameran Layanan Terpadu (PLT). "
        "Pameran tersebut diikuti beberapa perusahaan, antara lain PT Tani Maju dan PT Benih Lahat.",
        {"PT Tani Maju": "ORG", "PT Benih Lahat": "ORG"},
    )
    assert facts(doc) == {(a, "Pameran Alat Pertanian (Alper)") for a in ("PT Tani Maju", "PT Benih Lahat")}


def test_an_event_first_named_as_to_be_held_is_attended_by_nobody(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju, Dedi Kurniawan mendukung Hasan Basri untuk maju lagi saat Musyawarah Nasional "
        "(Munas) Partai Maju, yang rencananya akan digelar pada Desember nanti. "
        "Hasan mengatakan, pertemuan dengan Dedi itu membahas situasi politik. "
        "Tampak hadir, antara lain Sekjen Partai Maju Sri Lestari dan Agus Salim.",
        {"Partai Maju": "ORG", "Dedi Kurniawan": "PER", "Hasan Basri": "PER", "Hasan": "PER", "Dedi": "PER",
         "Sri Lestari": "PER", "Agus Salim": "PER"},
    )
    found = facts(doc)
    assert not any("Munas" in event for _, event in found)
    assert {("Sri Lestari", "pertemuan"), ("Agus Salim", "pertemuan")} <= found


def test_an_anniversary_still_to_come_past_its_ordinal_is_no_event_in_view(nlp):
    doc = annotate(
        nlp,
        "PMI Lahat menggelar donor darah serentak di Gedung Serbaguna Lahat. Kegiatan itu digelar menyambut HUT PMI "
        "ke 74 yang akan jatuh pada 17 September mendatang. Turut hadir Bupati Lahat Budi Santoso.",
        {"PMI Lahat": "ORG", "Gedung Serbaguna Lahat": "LOC", "PMI": "ORG", "Lahat": "LOC", "Budi Santoso": "PER"},
    )
    assert ("Budi Santoso", "donor darah serentak") in facts(doc)
    assert not any("HUT" in event for _, event in facts(doc))


def test_the_place_of_a_post_inside_a_listed_title_does_not_end_the_list(nlp):
    doc = annotate(
        nlp,
        "Menteri Lahat Budi Santoso bertemu Menteri Jambi Ali Akbar. Dalam pertemuan tersebut, Dirjen Perkeretaapian "
        "Dedi Irawan, Sekretaris Utama Kedubes Indonesia di Phnom Penh Kamboja Noam Lazuardy, dan GM Marketing PT INKA "
        "Wai Wahdan.",
        {"Lahat": "LOC", "Budi Santoso": "PER", "Jambi": "LOC", "Ali Akbar": "PER", "Dedi Irawan": "PER",
         "Kedubes Indonesia": "ORG", "Phnom Penh": "LOC", "Kamboja": "LOC", "Noam Lazuardy": "PER", "PT INKA": "ORG",
         "Wai Wahdan": "PER"},
    )
    attendees = {a for a, _ in facts(doc)}
    assert {"Dedi Irawan", "Noam Lazuardy", "Wai Wahdan"} <= attendees
    assert "Phnom Penh" not in attendees and "Kamboja" not in attendees


def test_hadir_after_an_adverbial_pointing_back_to_a_meeting_named_by_its_verb(nlp):
    doc = annotate(
        nlp,
        "Menteri Lahat Budi Santoso bertemu Menteri Jambi Ali Akbar. Dalam pertemuan tersebut hadir Dedi Irawan dan Wai Wahdan.",
        {"Lahat": "LOC", "Budi Santoso": "PER", "Jambi": "LOC", "Ali Akbar": "PER", "Dedi Irawan": "PER", "Wai Wahdan": "PER"},
    )
    assert facts(doc) == {(a, "bertemu") for a in ("Budi Santoso", "Ali Akbar", "Dedi Irawan", "Wai Wahdan")}


def test_the_body_of_a_post_after_pada_inside_a_listed_title_does_not_end_the_list(nlp):
    doc = annotate(
        nlp,
        "Acara penandatanganan nota kesepahaman turut dihadiri Gubernur Jambi Wayan Santika, Direktur Jenderal Bina Desa "
        "pada Kementerian Dalam Negeri La Ode Ahmad, dan Kepala Kejaksaan Tinggi Jambi Ketut Sumedana.",
        {"Jambi": "LOC", "Wayan Santika": "PER", "Kementerian Dalam Negeri": "ORG", "La Ode Ahmad": "PER",
         "Kejaksaan Tinggi Jambi": "ORG", "Ketut Sumedana": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Wayan Santika", "La Ode Ahmad", "Ketut Sumedana"}


def test_a_visit_named_after_a_meeting_verb_in_its_sentence_is_that_meeting(nlp):
    doc = annotate(
        nlp,
        "Sekjen Partai Rakyat Vietnam Nguyen Van Long menemui pimpinan MPR dalam lawatan resminya ke Indonesia, Selasa (22/8).",
        {"Partai Rakyat Vietnam": "ORG", "Nguyen Van Long": "PER", "MPR": "ORG", "Indonesia": "LOC"},
    )
    assert {e for _, e in facts(doc)} == {"menemui pimpinan MPR"}


def test_the_place_an_inauguration_opened_is_part_of_the_event_not_its_venue(nlp):
    doc = annotate(
        nlp,
        "Bambang Santoso menghadiri acara peresmian Grha Suara Warga di Kantor Pusat Warga, Yogyakarta, Minggu (25/2/2018). "
        "Hadir dalam acara tersebut antara lain Ketua Umum PP Warga Haedar Salim.",
        {"Bambang Santoso": "PER", "Grha Suara Warga": "LOC", "Kantor Pusat Warga": "LOC", "Yogyakarta": "LOC",
         "PP Warga": "ORG", "Haedar Salim": "PER"},
    )
    assert facts(doc) == {(a, "peresmian Grha Suara Warga") for a in ("Bambang Santoso", "Haedar Salim")}
    assert {text_of(r["location"]) for r in records(doc, "attendance")} == {"Kantor Pusat Warga"}


def test_an_occasion_described_in_lower_case_after_kegiatan_is_the_event(nlp):
    doc = annotate(
        nlp,
        "Hal itu diungkapkan Adi saat mendampingi Hanif Santoso dalam kegiatan senam sehat bersama PWI Kota Lahat, Jumat (17/10).",
        {"Adi": "PER", "Hanif Santoso": "PER", "PWI Kota Lahat": "ORG"},
    )
    assert ("Hanif Santoso", "kegiatan senam sehat") in facts(doc)
    # a generic noun with no attendance around it names no event
    plain = annotate(nlp, "Warga Lahat menjalani kegiatan sehari-hari seperti biasa.", {"Lahat": "LOC"})
    assert facts(plain) == set()


def test_the_body_an_audience_went_to_attends(nlp):
    doc = annotate(
        nlp,
        "Sebelumnya, sejumlah korban melakukan audiensi ke Komisi XIII DPR RI atas dugaan eksploitasi.",
        {"Komisi XIII DPR RI": "ORG"},
    )
    assert facts(doc) == {("Komisi XIII DPR RI", "audiensi")}


def test_an_envoy_posted_untuk_a_country_with_an_honorific_is_listed(nlp):
    doc = annotate(
        nlp,
        "Menteri Susi Santika hadir pada acara Malam Budaya di KRI Bima Suci. Pada kesempatan itu, Menteri Susi "
        "didampingi oleh Wuspo Lukito bersama Dubes Indonesia untuk Italia Ibu Esti Andayani.",
        {"Susi Santika": "PER", "KRI Bima Suci": "LOC", "Susi": "PER", "Wuspo Lukito": "PER", "Indonesia": "LOC",
         "Italia": "LOC", "Esti Andayani": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Susi Santika", "Wuspo Lukito", "Esti Andayani"}


def test_acara_tersebut_after_an_occasion_named_by_its_verb_points_to_it(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso mengaku puas melihat debat Pilkada Lahat pekan lalu. "
        "Megawati Sari hari ini meresmikan Kantor DPP Pemuda Maju di Jalan Cianjur, Menteng. "
        "Acara tersebut dihadiri oleh Ketua Umum DPP Pemuda Maju Nazar Kiemas dan Ruhut Situmorang.",
        {"Budi Santoso": "PER", "Megawati Sari": "PER", "Kantor DPP Pemuda Maju": "LOC", "Jalan Cianjur": "LOC",
         "Menteng": "LOC", "DPP Pemuda Maju": "ORG", "Nazar Kiemas": "PER", "Ruhut Situmorang": "PER"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events["Nazar Kiemas"] == events["Ruhut Situmorang"] == events["Megawati Sari"]
    assert events["Nazar Kiemas"].startswith("meresmikan")


def test_bertemu_a_named_person_is_the_verb_alone_a_described_group_stays(nlp):
    doc = annotate(
        nlp,
        "Wali Kota Lahat Budi Santoso bertemu dengan Ali Akbar di Istana Bogor, Senin (19/2/2018). "
        "Presiden Dedi Kurniawan bertemu dengan 61 tokoh Papua di Istana Negara, Selasa (10/9/2019).",
        {"Lahat": "LOC", "Budi Santoso": "PER", "Ali Akbar": "PER", "Istana Bogor": "LOC", "Dedi Kurniawan": "PER",
         "Papua": "LOC", "Istana Negara": "LOC"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events["Budi Santoso"] == events["Ali Akbar"] == "bertemu"
    assert events["Dedi Kurniawan"] == "bertemu dengan 61 tokoh Papua"


def test_companions_of_a_person_already_at_an_event_attend_it(nlp):
    doc = annotate(
        nlp,
        "Presiden Budi Santoso mendatangi festival musik Pekan Raya Lahat di Lapangan Merdeka, Jumat (12/8). "
        "Budi sempat berkeliling selama dua jam. "
        "Budi juga didampingi oleh Kepala Staf Kepresidenan Teten Saputra serta pemilik Grup Musik Lahat Bram Hendrata.",
        {"Budi Santoso": "PER", "Lapangan Merdeka": "LOC", "Budi": "PER", "Teten Saputra": "PER", "Grup Musik Lahat": "ORG",
         "Bram Hendrata": "PER"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events.get("Teten Saputra") == events.get("Bram Hendrata") == events["Budi Santoso"]


def test_meninjau_and_datang_ke_name_a_visit(nlp):
    doc = annotate(
        nlp,
        "Ketua Umum Partai Maju Mega Santika meninjau Pasar Bunga Lahat, Senin (9/6). "
        "Pada 15 September 2019, Kapolri Tito Karno juga datang ke Riau.",
        {"Partai Maju": "ORG", "Mega Santika": "PER", "Pasar Bunga Lahat": "LOC", "Riau": "LOC", "Tito Karno": "PER"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events["Mega Santika"] == "meninjau Pasar Bunga Lahat" and events["Tito Karno"] == "datang ke Riau"


def test_visiting_the_sick_and_condolence_visits_are_visits(nlp):
    doc = annotate(
        nlp,
        "Presiden Bima Santosa menjenguk Rudi Hartono di RSUD Lahat, Senin (9/6). "
        "Ketua DPRD Rina Marlina membesuk Sinta Dewi di RSUD Lahat. "
        "Wali Kota Dedi Irawan turut bertakziah ke rumah duka almarhum di Lahat.",
        {"Bima Santosa": "PER", "Rudi Hartono": "PER", "RSUD Lahat": "LOC", "Rina Marlina": "PER",
         "Sinta Dewi": "PER", "Dedi Irawan": "PER", "Lahat": "LOC"},
    )
    assert facts(doc) == {
        ("Bima Santosa", "menjenguk Rudi Hartono"),
        ("Rina Marlina", "membesuk Sinta Dewi"),
        ("Dedi Irawan", "bertakziah"),
    }
    # visits to the same sick person are one occasion, named as it was first written
    again = annotate(
        nlp,
        "Ketua DPRD Rina Marlina membesuk Rudi Hartono di RSUD Lahat. Bupati Dedi Irawan juga menjenguk Rudi Hartono.",
        {"Rina Marlina": "PER", "Rudi Hartono": "PER", "RSUD Lahat": "LOC", "Dedi Irawan": "PER"},
    )
    assert facts(again) == {("Rina Marlina", "membesuk Rudi Hartono"), ("Dedi Irawan", "membesuk Rudi Hartono")}


def test_coming_to_a_country_is_travel_not_a_visit(nlp):
    doc = annotate(
        nlp,
        "Pebalap Marco Santoro sudah beberapa kali datang ke Indonesia. Rina Marlina datang ke Gedung KPK, Senin (9/6).",
        {"Marco Santoro": "PER", "Indonesia": "LOC", "Rina Marlina": "PER", "Gedung KPK": "LOC"},
    )
    assert facts(doc) == {("Rina Marlina", "datang ke Gedung KPK")}


def test_a_request_to_meet_is_no_meeting(nlp):
    doc = annotate(
        nlp,
        "Komite Tani Lahat meminta perwakilan petani dapat bertemu Presiden Budi Santoso terkait konflik lahan.",
        {"Komite Tani Lahat": "ORG", "Budi Santoso": "PER"},
    )
    assert facts(doc) == set()


def test_a_person_named_inside_the_quotation_is_not_the_speaker_at_the_event(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        "Wakil Ketua MPR Hidayat Nur Salim meminta pemerintah mencairkan dana Pramuka. "
        '"Sudah saya sampaikan ke Pak Budi agar anggaran segera dicairkan," katanya usai menjadi pembicara '
        "pada sosialisasi pilar kebangsaan di Hotel Borobudur, Sabtu (5/8).",
        {"MPR": "ORG", "Hidayat Nur Salim": "PER", "Budi": "PER", "Hotel Borobudur": "LOC"},
    )
    assert {a for a, _ in facts(doc)} == {"Hidayat Nur Salim"}


def test_a_passive_cues_subject_opened_by_kegiatan_names_the_event(nlp):
    doc = annotate(
        nlp,
        "Kegiatan penghitungan mundur Lahat Games 2018 juga dihadiri Ketua Panitia Budi Santoso dan "
        "sejumlah perwakilan Dewan Olahraga Lahat.",
        {"Budi Santoso": "PER", "Dewan Olahraga Lahat": "ORG"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso", "Dewan Olahraga Lahat"}


def test_every_name_of_a_listed_subject_meets(nlp):
    # "A, B, C, dan D bertemu": the commas of a list closed by "dan" separate names, they are
    # no apposition ("Menantu Presiden A, B" stays one person's title and name)
    doc = annotate(
        nlp,
        "Pada tanggal 28 Desember 1954, Budi Santoso, Ali Rahman, Siti Aminah, dan Joko Susilo bertemu di Bogor "
        "untuk membahas rencana konferensi.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Siti Aminah": "PER", "Joko Susilo": "PER", "Bogor": "LOC"},
    )
    assert facts(doc) == {(a, "bertemu") for a in ("Budi Santoso", "Ali Rahman", "Siti Aminah", "Joko Susilo")}


def test_bodies_holding_an_event_together_all_attend(nlp):
    doc = annotate(
        nlp,
        "Pemerintah Kota Lahat bersama DPRD Kota Lahat menggelar Rapat Paripurna ke-1 di Lahat, Selasa (21/10/2025). "
        "Ikatan Surveyor Lahat (ISL) bekerja sama dengan Dinas Pertanahan Lahat dan Forum Geodesi Jambi menggelar "
        "Surveyors Summit 2019 pada Senin (9/9).",
        {"Pemerintah Kota Lahat": "ORG", "DPRD Kota Lahat": "ORG", "Lahat": "LOC", "Ikatan Surveyor Lahat": "ORG",
         "ISL": "ORG", "Dinas Pertanahan Lahat": "ORG", "Forum Geodesi Jambi": "ORG"},
    )
    assert facts(doc) == {
        ("Pemerintah Kota Lahat", "Rapat Paripurna ke-1"), ("DPRD Kota Lahat", "Rapat Paripurna ke-1"),
        ("Ikatan Surveyor Lahat", "Surveyors Summit 2019"), ("Dinas Pertanahan Lahat", "Surveyors Summit 2019"),
        ("Forum Geodesi Jambi", "Surveyors Summit 2019"),
    }


def test_people_seen_at_the_meeting_attend_it(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri pertemuan di Gedung KPK, Senin (16/9/2019). Selain itu, nampak juga Ali Rahman "
        "(mantan Deputi Pencegahan), Siti Aminah (mantan Direktur Monitoring), dan Joko Susilo.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Siti Aminah": "PER", "Joko Susilo": "PER", "Gedung KPK": "LOC"},
    )
    assert facts(doc) == {(a, "pertemuan") for a in ("Budi Santoso", "Ali Rahman", "Siti Aminah", "Joko Susilo")}


def test_bersama_as_together_stays_in_the_event_with_as_partner_does_not(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri acara buka bersama di Aula Lahat. Dedi Kurniawan mengikuti doa dan zikir "
        "bersama di Lapangan Merdeka Lahat. Rudi Hartono memimpin rapat bersama Komisi Tani Lahat.",
        {"Budi Santoso": "PER", "Aula Lahat": "LOC", "Dedi Kurniawan": "PER", "Lapangan Merdeka Lahat": "LOC",
         "Rudi Hartono": "PER", "Komisi Tani Lahat": "ORG"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events["Budi Santoso"] == "acara buka bersama"
    assert events["Dedi Kurniawan"].endswith("zikir bersama")
    assert events["Rudi Hartono"] == "rapat"


def test_a_speaker_at_an_occasion_described_after_acara(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        '"Itu kayaknya peningkatan jalan," kata Budi Santoso di sela-sela acara buka bersama di Aula Lahat, Kamis (20/6).',
        {"Budi Santoso": "PER", "Aula Lahat": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "acara buka bersama")}


def test_a_speaker_at_a_fit_and_proper_test(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        '"Mudah-mudahan ini belum berubah," ujar Anggota Komisi Hukum Budi Santoso dalam Uji Kepatutan dan Kelayakan '
        "Capim Lahat di Ruang Rapat Komisi Hukum, Kamis (12/9/2019).",
        {"Komisi Hukum": "ORG", "Budi Santoso": "PER", "Ruang Rapat Komisi Hukum": "LOC"},
    )
    assert {(a, e.split()[0]) for a, e in facts(doc)} == {("Budi Santoso", "Uji")}


def test_a_speaker_at_an_occasion_of_a_named_body(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        '"Kami siap," kata Budi Santoso, berbicara pada acara Yayasan Lahat Sejahtera di Palembang.',
        {"Budi Santoso": "PER", "Yayasan Lahat Sejahtera": "ORG", "Palembang": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "acara Yayasan Lahat Sejahtera")}


def test_the_parties_listed_after_a_meeting_pointed_back_to(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri pertemuan tingkat tinggi di Lahat. Budi Santoso memimpin jalannya pertemuan "
        "tersebut dengan tokoh dunia seperti Gubernur Jambi Ali Rahman dan Menlu Lahatia Joko Susilo.",
        {"Budi Santoso": "PER", "Lahat": "LOC", "Jambi": "LOC", "Ali Rahman": "PER", "Lahatia": "LOC", "Joko Susilo": "PER"},
    )
    assert facts(doc) == {(a, "pertemuan tingkat tinggi") for a in ("Budi Santoso", "Ali Rahman", "Joko Susilo")}


def test_guests_listed_at_a_wedding_ceremony(nlp):
    doc = annotate(
        nlp,
        "Sejumlah anggota kabinet yang hadir pada acara akad nikah Sari - Bima antara lain Menteri Kelautan "
        "Budi Santoso; Menteri Agama Ali Rahman; dan Menteri Dalam Negeri Siti Aminah.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Siti Aminah": "PER"},
    )
    assert {a for a, e in facts(doc) if "akad nikah" in e} == {"Budi Santoso", "Ali Rahman", "Siti Aminah"}


def test_a_role_word_inside_an_event_name_and_its_acronym_later(nlp):
    doc = annotate(
        nlp,
        "Gubernur Lahat Budi Santoso memimpin Rapat Pimpinan (Rapim) bersama kepala OPD di Ruang Rapat Papandayan, "
        "Senin (16/9/19). Setelah rapim selesai, Budi mengatakan bahwa tahun pertama masih membangun fondasi. "
        "Dedi Kurniawan menghadiri pelantikan Ketua KPU Lahat Rudi Hartono.",
        {"Lahat": "LOC", "Budi Santoso": "PER", "Budi": "PER", "Ruang Rapat Papandayan": "LOC", "Dedi Kurniawan": "PER",
         "KPU Lahat": "ORG", "Rudi Hartono": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "Rapat Pimpinan (Rapim)"), ("Dedi Kurniawan", "pelantikan")}


def test_a_performance_and_a_pile_driving_ceremony_are_events(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        "Partai Maju Lahat menggelar pertunjukan wayang kulit di Lapangan Merdeka. Turut hadir dalam pertunjukan itu "
        'antara lain Sekjen Partai Maju Budi Santoso. "Desa harus dibangun," ujar Ali Rahman usai pemancangan tiang '
        "pertama Lahat Tower di Jakarta, Kamis.",
        {"Partai Maju Lahat": "ORG", "Lapangan Merdeka": "LOC", "Partai Maju": "ORG", "Budi Santoso": "PER",
         "Ali Rahman": "PER", "Jakarta": "LOC"},
    )
    assert facts(doc) == {
        ("Partai Maju Lahat", "pertunjukan wayang kulit"), ("Budi Santoso", "pertunjukan wayang kulit"),
        ("Ali Rahman", "pemancangan tiang pertama Lahat Tower"),
    }


def test_a_road_show_a_celebration_and_the_event_named_after_ajang(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        '"Kami berangkat dengan 12 bus," kata Budi Santoso di sela Road Show Lahat Games 2016. "Hybrid lebih '
        'sederhana," kata Ali Rahman saat ditemui seusai perayaan produksi mobil di Karawang. "MPV kelas 1.200cc," '
        "ujar Joko Susilo kepada wartawan, di ajang Lahat International Motor Show (LIMS) 2017, di Jakarta.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Karawang": "LOC", "Joko Susilo": "PER", "Jakarta": "LOC"},
    )
    assert facts(doc) == {
        ("Budi Santoso", "Road Show Lahat Games 2016"), ("Ali Rahman", "perayaan produksi mobil"),
        ("Joko Susilo", "Lahat International Motor Show (LIMS) 2017"),
    }


def test_a_title_given_a_quotation_is_the_subject_of_the_meeting_after_it(nlp_after_quote):
    doc = annotate(
        nlp_after_quote,
        'Presiden Budi Santoso menanggapi isu itu. "Organisasi itu harus ditindak," kata Presiden di Istana Lahat '
        "saat bertemu pemimpin redaksi media nasional di Jakarta, Rabu (17/5).",
        {"Budi Santoso": "PER", "Istana Lahat": "LOC", "Jakarta": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "bertemu pemimpin redaksi media nasional")}


def test_a_group_visit_and_the_list_of_who_came(nlp):
    doc = annotate(
        nlp,
        "Sejumlah mantan pimpinan Komisi Lahat mendatangi Gedung Komisi Lahat, Senin (16/9). Mereka yang hadir ialah "
        "Joko Susilo, Ali Rahman, dan Siti Aminah.",
        {"Komisi Lahat": "ORG", "Gedung Komisi Lahat": "LOC", "Joko Susilo": "PER", "Ali Rahman": "PER", "Siti Aminah": "PER"},
    )
    assert facts(doc) == {(a, "mendatangi Gedung Komisi Lahat") for a in ("Joko Susilo", "Ali Rahman", "Siti Aminah")}


def test_everyone_listed_after_the_group_met(nlp):
    doc = annotate(
        nlp,
        "Dari dokumen itu, Budi Santoso bertemu politikus Partai Maju seperti Ketua Majelis Ali Rahman, Ketua Fraksi "
        "Joko Susilo, Sekretaris Fraksi Siti Aminah dan yang lainnya.",
        {"Budi Santoso": "PER", "Partai Maju": "ORG", "Ali Rahman": "PER", "Joko Susilo": "PER", "Siti Aminah": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso", "Ali Rahman", "Joko Susilo", "Siti Aminah"}


def test_a_verbless_list_opened_by_kemudian_goes_on(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso membuka rapat koordinasi itu. Hadir dalam acara ini, Menteri Sekretaris Negara Ali Rahman, "
        "Menteri Dalam Negeri Joko Susilo. Kemudian Menteri BUMN Siti Aminah, Ketua DPD Rudi Hartono dan lainnya. "
        "Kemudian Dedi Kurniawan menolak usulan itu.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Joko Susilo": "PER", "Siti Aminah": "PER", "Rudi Hartono": "PER",
         "DPD": "ORG", "Dedi Kurniawan": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso", "Ali Rahman", "Joko Susilo", "Siti Aminah", "Rudi Hartono"}


def test_an_event_carried_out_by_a_titled_person(nlp):
    doc = annotate(
        nlp,
        "Peresmian Terminal Peti Kemas Lahat dilakukan secara langsung oleh Wakil Gubernur Provinsi Lampung, Budi Santoso, "
        "dengan pemotongan pita. Rapat itu tetap bisa digelar, meski Ali Rahman tidak hadir.",
        {"Provinsi Lampung": "LOC", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso"}


def test_the_result_of_a_meeting_with_its_attendees_in_a_relative_clause(nlp):
    doc = annotate(
        nlp,
        "Besaran ganti rugi berdasarkan hasil rapat koordinasi pada 9-10 Mei 2024 yang dihadiri Kejaksaan Tinggi, "
        "BPKP dan Dinas Perikanan. Anggaran itu juga sesuai hasil rapat yang disampaikan Bupati Lahat Budi Santoso.",
        {"Kejaksaan Tinggi": "ORG", "BPKP": "ORG", "Dinas Perikanan": "ORG", "Lahat": "LOC", "Budi Santoso": "PER"},
    )
    assert facts(doc) == {(a, "rapat koordinasi") for a in ("Kejaksaan Tinggi", "BPKP", "Dinas Perikanan")}


def test_a_prayer_led_by_the_president_and_those_who_joined_it(nlp):
    doc = annotate(
        nlp,
        "Presiden Budi Santoso melaksanakan salat minta hujan di Masjid Amrulloh, Pekanbaru. Turut melaksanakan salat "
        "tersebut di antaranya Menteri Sosial Ali Rahman dan Gubernur Riau Joko Susilo.",
        {"Budi Santoso": "PER", "Masjid Amrulloh": "LOC", "Pekanbaru": "LOC", "Ali Rahman": "PER", "Riau": "LOC",
         "Joko Susilo": "PER"},
    )
    assert facts(doc) == {(a, "salat minta hujan") for a in ("Budi Santoso", "Ali Rahman", "Joko Susilo")}


def test_a_pronoun_ends_the_event_phrase(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso lalu menuju masjid untuk melaksanakan Salat Zuhur. Usai salat ia mengenang masa awal jabatannya.",
        {"Budi Santoso": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "Salat Zuhur")}


def test_a_meeting_after_an_earlier_event_is_not_that_event(nlp):
    doc = annotate(
        nlp,
        "Usai mengikuti rapat paripurna, Budi Santoso lalu menuju wisma bertemu dengan para pegawai Kemenpora.",
        {"Budi Santoso": "PER", "Kemenpora": "ORG"},
    )
    assert ("Budi Santoso", "bertemu dengan para pegawai") in facts(doc)


def test_an_envoy_listed_among_the_companions(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menggelar pertemuan bilateral dengan pemerintah Jerman. Dalam pertemuan ini Budi Santoso juga "
        "didampingi Kepala BKPM Ali Rahman, dan Duta Besar Indonesia untuk Jerman Joko Susilo.",
        {"Budi Santoso": "PER", "BKPM": "ORG", "Ali Rahman": "PER", "Indonesia": "LOC", "Jerman": "LOC", "Joko Susilo": "PER"},
    )
    assert facts(doc) == {(a, "pertemuan bilateral") for a in ("Budi Santoso", "Ali Rahman", "Joko Susilo")}


def test_a_meeting_point_is_no_meeting(nlp):
    doc = annotate(
        nlp,
        "\"Nah titik temu itulah yang disebut pembahasan,\" kata Budi Santoso usai bertemu Ali Rahman di Menteng.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Menteng": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "bertemu"), ("Ali Rahman", "bertemu")}


def test_a_visit_by_a_title_and_comma_before_the_name(nlp):
    doc = annotate(
        nlp,
        "Peluang itu dijajaki dalam kunjungan Wakil Wali Kota Bogor, Budi Santoso ke Utrecht, Belanda. Dalam kunjungan "
        "tersebut, Budi didampingi Ali Rahman.",
        {"Bogor": "LOC", "Budi Santoso": "PER", "Utrecht": "LOC", "Belanda": "LOC", "Budi": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "kunjungan"), ("Ali Rahman", "kunjungan")}


def test_a_funeral_led_by_the_president(nlp):
    doc = annotate(
        nlp,
        "Upacara pemakaman sendiri dipimpin langsung oleh Presiden Budi Santoso di TMP Kalibata.",
        {"Budi Santoso": "PER", "TMP Kalibata": "LOC"},
    )
    assert facts(doc) == {("Budi Santoso", "Upacara pemakaman")}


def test_the_host_of_a_meeting_attends_it(nlp):
    doc = annotate(
        nlp,
        "Kementerian Pertahanan (Kemhan) menjadi tuan rumah Rapat Kerja Nasional Dewan Kerajinan Nasional. Rapat itu "
        "digelar di ruang rapat Kemhan.",
        {"Kementerian Pertahanan": "ORG", "Kemhan": "ORG", "Dewan Kerajinan Nasional": "ORG"},
    )
    assert facts(doc) == {("Kementerian Pertahanan", "Rapat Kerja Nasional Dewan Kerajinan Nasional")}


def test_how_often_two_people_met_is_no_part_of_the_event(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso mengaku sudah bertemu sebanyak lima kali dengan Ali Rahman.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "bertemu"), ("Ali Rahman", "bertemu")}


def test_those_who_went_along_with_the_president(nlp):
    doc = annotate(
        nlp,
        "Presiden Budi Santoso melakukan kunjungan kerja ke Riau. Turut menyertai Presiden dalam kunjungan kerja ini di "
        "antaranya Joko Susilo dan Siti Aminah.",
        {"Budi Santoso": "PER", "Riau": "LOC", "Joko Susilo": "PER", "Siti Aminah": "PER"},
    )
    assert facts(doc) == {(a, "kunjungan kerja") for a in ("Budi Santoso", "Joko Susilo", "Siti Aminah")}


def test_an_opening_occasion_whose_clause_starts_before_the_first_comma(nlp):
    doc = annotate(
        nlp,
        "Dalam pertemuan bilateral ini Budi Santoso didampingi Kepala BKPM Ali Rahman, dan Duta Besar Indonesia untuk "
        "Jerman Joko Susilo.",
        {"Budi Santoso": "PER", "BKPM": "ORG", "Ali Rahman": "PER", "Indonesia": "LOC", "Jerman": "LOC", "Joko Susilo": "PER"},
    )
    assert facts(doc) == {(a, "pertemuan bilateral") for a in ("Budi Santoso", "Ali Rahman", "Joko Susilo")}


def test_a_body_that_decided_in_its_own_meeting_attended_it(nlp):
    doc = annotate(
        nlp,
        "Rapat Dewan Gubernur (RDG) Bank Indonesia (BI) memutuskan menurunkan suku bunga acuan. Sebelumnya Bank "
        "Sentral Eropa dalam rapat pleno pada 18 September memutuskan hal yang sama. Komisi XI DPR menyetujui aturan "
        "itu untuk disahkan dalam rapat paripurna. Kementerian Haji sendiri telah disahkan dalam Rapat Paripurna DPR RI "
        "pada 26 Agustus 2025.",
        {"Bank Indonesia": "ORG", "BI": "ORG", "Bank Sentral Eropa": "ORG", "Komisi XI DPR": "ORG",
         "Kementerian Haji": "ORG", "DPR RI": "ORG"},
    )
    # what was decided ("Kementerian Haji ... disahkan") is no attendee; the body holding the meeting is
    assert facts(doc) == {("Bank Indonesia", "Rapat Dewan Gubernur (RDG) Bank Indonesia (BI)"),
                          ("Bank Sentral Eropa", "rapat pleno"), ("DPR RI", "Rapat Paripurna DPR RI")}


def test_the_person_a_relative_clause_of_attendance_describes_is_named_after_it(nlp):
    doc = annotate(
        nlp,
        "Mahasiswa menggelar aksi solidaritas di Bundaran Lahat. "
        "Salah seorang mahasiswi yang mengikuti aksi tersebut, Rina Marlina, mengaku aksi itu damai.",
        {"Bundaran Lahat": "LOC", "Rina Marlina": "PER"},
    )
    assert ("Rina Marlina", "aksi solidaritas") in facts(doc)
    # without the demonstrative closing the clause, a name after the event is no attendee
    doc = annotate(
        nlp,
        "Warga yang menghadiri rapat Budi Santoso pulang lebih awal.",
        {"Budi Santoso": "PER"},
    )
    assert ("Budi Santoso", "rapat") not in facts(doc)


def test_a_year_opening_an_event_name_is_part_of_it(nlp):
    doc = annotate(
        nlp,
        '"Terima kasih kepada semua mitra," kata Ketua Panitia Dedi Irawan dalam acara 2024 Lahat Appreciation Night '
        "di Hotel Sanjaya.",
        {"Dedi Irawan": "PER", "Hotel Sanjaya": "LOC"},
    )
    assert facts(doc) == {("Dedi Irawan", "2024 Lahat Appreciation Night")}


def test_an_event_without_venue_takes_the_place_where_its_attendee_was_quoted():
    nlp = relation_pipeline("pemilu_quote", "pemilu_attendance")  # the attributions come from quote
    text = (
        "Bupati Lahat Bursah Zarnubi menghadiri rapat koordinasi pengendalian inflasi daerah, Senin (4/3/2024). "
        "Rapat itu juga dihadiri Kepala Dinas Perdagangan Lahat Yulius. "
        '"Harga beras harus kita jaga," ujar Bursah di Pendopo Rumah Dinas Bupati, Lahat, Senin (4/3/2024).'
    )
    ents = {"Lahat": "LOC", "Bursah Zarnubi": "PER", "Yulius": "PER", "Bursah": "PER", "Pendopo Rumah Dinas Bupati": "LOC"}
    doc = annotate(nlp, text, ents)
    venues = {r["attendee"]["text"]: (r["location"] or {}).get("text") for r in records(doc, "attendance")}
    assert venues == {"Bursah Zarnubi": "Pendopo Rumah Dinas Bupati", "Yulius": "Pendopo Rumah Dinas Bupati"}
    # an attendee of two events of the article does not tell which one was held where he spoke
    doc = annotate(nlp, text.replace("Senin (4/3/2024). ", "Senin (4/3/2024), lalu menghadiri apel siaga. ", 1), ents)
    assert all(r["location"] is None for r in records(doc, "attendance"))
    # where the press met him is where he spoke; not where he was reached by phone
    met = text.replace("ujar Bursah di", "ujar Bursah saat ditemui di")
    assert {(r["location"] or {}).get("text") for r in records(annotate(nlp, met, ents), "attendance")} == {"Pendopo Rumah Dinas Bupati"}
    phoned = text.replace("ujar Bursah di", "ujar Bursah saat dihubungi di")
    assert all(r["location"] is None for r in records(annotate(nlp, phoned, ents), "attendance"))


def test_the_title_an_event_is_given_is_part_of_its_name(nlp):
    doc = annotate(
        nlp,
        "Kepala Dinas Budi Santoso menghadiri sosialisasi bertajuk “Peningkatan Upaya Pengendalian Kebakaran Hutan "
        "dan Lahan” di Auditorium Soedjarwo. Dedi Irawan hadir di pameran teknologi bertajuk ID.Connect di Lahat.",
        {"Budi Santoso": "PER", "Auditorium Soedjarwo": "LOC", "Dedi Irawan": "PER", "Lahat": "LOC"},
    )
    assert facts(doc) == {
        ("Budi Santoso", "sosialisasi bertajuk “Peningkatan Upaya Pengendalian Kebakaran Hutan dan Lahan”"),
        ("Dedi Irawan", "pameran teknologi bertajuk ID.Connect"),
    }


def test_a_quoted_title_right_after_the_event_noun_is_part_of_its_name(nlp):
    doc = annotate(
        nlp,
        "Wali Kota Budi Santoso menghadiri kegiatan 'Gerakan Nasional: 1000 Wirausaha Muda' di Aula Pemkab Lahat. "
        "Dedi Irawan menjadi pembicara dalam acara diskusi “Pemilu Damai, Warga Berdaya” di Lahat.",
        {"Budi Santoso": "PER", "Aula Pemkab Lahat": "LOC", "Dedi Irawan": "PER", "Lahat": "LOC"},
    )
    assert facts(doc) == {
        ("Budi Santoso", "kegiatan 'Gerakan Nasional: 1000 Wirausaha Muda'"),
        ("Dedi Irawan", "diskusi “Pemilu Damai, Warga Berdaya”"),
    }
    # words quoted after the event are someone's speech, not its title
    spoken = annotate(
        nlp,
        "Budi Santoso menghadiri rapat pleno “Semua berjalan lancar,” kata Dedi Irawan.",
        {"Budi Santoso": "PER", "Dedi Irawan": "PER"},
    )
    assert facts(spoken) == {("Budi Santoso", "rapat pleno")}


def test_bare_headline_verbs_are_cues(nlp):
    doc = annotate(
        nlp,
        "Menteri Ketenagakerjaan Budi Santoso hadiri peresmian BLK Komunitas Pondok Pesantren Al Badar di Lahat. "
        "Kepala Kantor Bea Cukai Dedi Irawan kunjungi Dinas Koperasi Lahat.",
        {"Budi Santoso": "PER", "BLK Komunitas Pondok Pesantren Al Badar": "ORG", "Lahat": "LOC",
         "Bea Cukai": "ORG", "Dedi Irawan": "PER", "Dinas Koperasi Lahat": "ORG"},
    )
    assert ("Budi Santoso", "peresmian BLK Komunitas Pondok Pesantren Al Badar") in facts(doc)
    assert any(who == "Dedi Irawan" and event.startswith("kunjungi Dinas Koperasi") for who, event in facts(doc))


def test_a_body_joined_to_the_subject_person_attends_too(nlp):
    doc = annotate(
        nlp,
        "Ibu Negara Rina Marlina bersama Organisasi Aksi Solidaritas Lahat menghadiri acara pencanangan Lahat Bersih "
        "di Kali Lematang. Ketua KPU Lahat Budi Santoso menghadiri rapat pleno.",
        {"Rina Marlina": "PER", "Organisasi Aksi Solidaritas Lahat": "ORG", "Kali Lematang": "LOC",
         "KPU Lahat": "ORG", "Budi Santoso": "PER"},
    )
    attendees = {who for who, _ in facts(doc)}
    assert "Organisasi Aksi Solidaritas Lahat" in attendees
    assert "KPU Lahat" not in attendees  # the body of a title is no companion


def test_occasions_of_business_and_entertainment_news_are_events(nlp):
    doc = annotate(
        nlp,
        '"Target kami naik," kata Budi Santoso dalam Media Briefing Ditjen Pajak di Kantor DJP, Jakarta. '
        "Dedi Irawan hadir pada Grand Opening Hotel Lahat Raya. Rina Marlina menghadiri gala dinner para investor.",
        {"Budi Santoso": "PER", "Ditjen Pajak": "ORG", "Kantor DJP": "LOC", "Jakarta": "LOC", "Dedi Irawan": "PER",
         "Hotel Lahat Raya": "ORG", "Rina Marlina": "PER"},
    )
    events = dict(facts(doc))
    assert events["Budi Santoso"] == "Media Briefing Ditjen Pajak"
    assert events["Dedi Irawan"].startswith("Grand Opening")
    assert events["Rina Marlina"].startswith("gala dinner")


def test_the_companions_listed_after_the_one_they_accompanied(nlp):
    doc = annotate(
        nlp,
        "Presiden Budi Santoso melakukan kunjungan kenegaraan ke Kamboja pada Senin. Turut menyertai Presiden dan Ibu "
        "Rina Marlina dalam penerbangan menuju Kamboja, Menteri Luar Negeri Joko Susilo, Sekretaris Kabinet Ali Rahman. "
        "Turut mendampingi Presiden dalam kunjungan tersebut, Menteri Pertanian Siti Aminah dan Kepala Staf Dedi Irawan.",
        {"Budi Santoso": "PER", "Kamboja": "LOC", "Rina Marlina": "PER", "Joko Susilo": "PER", "Ali Rahman": "PER",
         "Siti Aminah": "PER", "Dedi Irawan": "PER"},
    )
    assert facts(doc) == {(a, "kunjungan kenegaraan") for a in
                          ("Budi Santoso", "Rina Marlina", "Joko Susilo", "Ali Rahman", "Siti Aminah", "Dedi Irawan")}


def test_the_description_of_the_one_met_is_no_part_of_the_meeting(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso pada Senin bertemu dengan pendiri perusahaan rintisan asal Lahat, Ali Rahman. Joko Susilo telah "
        "bertemu dengan tokoh Tanah Abang seperti Dedi Irawan di Balai Kota. Siti Aminah bertemu dengan perwakilan "
        "Bank Sumsel.",
        {"Budi Santoso": "PER", "Lahat": "LOC", "Ali Rahman": "PER", "Joko Susilo": "PER", "Tanah Abang": "LOC",
         "Dedi Irawan": "PER", "Balai Kota": "LOC", "Siti Aminah": "PER", "Bank Sumsel": "ORG"},
    )
    events = {who: event for who, event in facts(doc)}
    assert events["Ali Rahman"] == events["Budi Santoso"] == "bertemu"
    assert events["Dedi Irawan"] == events["Joko Susilo"] == "bertemu"
    assert events["Siti Aminah"].startswith("bertemu dengan perwakilan")  # no one named: the description stays


def test_companions_at_a_press_conference_are_not_at_the_earlier_meeting(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri pertemuan internal pimpinan KPU pada Senin. Budi dalam konferensi pers di Gedung KPU "
        "didampingi Ali Rahman dan Joko Susilo.",
        {"Budi Santoso": "PER", "KPU": "ORG", "Budi": "PER", "Gedung KPU": "LOC", "Ali Rahman": "PER", "Joko Susilo": "PER"},
    )
    assert ("Ali Rahman", "pertemuan internal pimpinan KPU") not in facts(doc)
    assert {("Ali Rahman", "konferensi pers"), ("Joko Susilo", "konferensi pers")} <= facts(doc)


def test_the_list_of_those_present_after_a_sentence_about_the_visit(nlp):
    doc = annotate(
        nlp,
        "Mantan pimpinan KPU mendatangi Gedung KPU Lahat, Senin siang. Kedatangan mereka untuk membahas situasi terkini. "
        "Mereka yang hadir ialah Ali Rahman, Joko Susilo, dan Siti Aminah.",
        {"KPU": "ORG", "Gedung KPU Lahat": "LOC", "Ali Rahman": "PER", "Joko Susilo": "PER", "Siti Aminah": "PER"},
    )
    assert {a for a, e in facts(doc) if e == "mendatangi Gedung KPU Lahat"} >= {"Ali Rahman", "Joko Susilo", "Siti Aminah"}


def test_a_visit_in_the_clitic_form_and_a_parade_are_events(nlp):
    doc = annotate(
        nlp,
        "Dalam kunjungannya ke Lahat, Budi Santoso meninjau pasar. Ali Rahman turut hadir dalam parade budaya di "
        "Palembang.",
        {"Lahat": "LOC", "Budi Santoso": "PER", "Ali Rahman": "PER", "Palembang": "LOC"},
    )
    events = dict(facts(doc))
    assert events["Budi Santoso"] == "kunjungannya"
    assert events["Ali Rahman"] == "parade budaya"


def test_a_meeting_set_for_a_month_to_come_is_not_attended(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso mengundang Ali Rahman dalam acara Musyawarah Besar Pemuda Lahat pada 27 Oktober mendatang. "
        "Joko Susilo menyarankan pimpinan KPU untuk dapat bertemu langsung dengan Presiden. Jadwal Siti Aminah "
        "bertemu pihak Kemendagri yakni Rabu, 18 September 2019 mendatang.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Joko Susilo": "PER", "KPU": "ORG", "Siti Aminah": "PER",
         "Kemendagri": "ORG"},
    )
    assert facts(doc) == set()


def test_the_ceremony_of_an_event_already_named_is_that_event(nlp):
    doc = annotate(
        nlp,
        "Pemakaman Presiden ketiga RI Budi Santoso berlangsung hikmat. Upacara pemakaman dipimpin langsung oleh "
        "Presiden Joko Susilo. Hadir dalam upacara tersebut Wakil Presiden Ali Rahman.",
        {"Budi Santoso": "PER", "Joko Susilo": "PER", "Ali Rahman": "PER"},
    )
    assert {(a, e) for a, e in facts(doc) if a != "Budi Santoso"} == {
        ("Joko Susilo", "Pemakaman Presiden"), ("Ali Rahman", "Pemakaman Presiden")}


def test_receiving_a_delegation_is_meeting_it_and_receiving_a_thing_is_not(nlp):
    doc = annotate(
        nlp,
        "Menkopolhukam Budi Santoso menerima perwakilan massa aksi 313 di kantornya. Dukungan disampaikan Joko Susilo "
        "saat menerima rombongan Persatuan Olahraga Lahat di Kemenpora. Ali Rahman menerima penghargaan dari Bupati.",
        {"Budi Santoso": "PER", "Joko Susilo": "PER", "Persatuan Olahraga Lahat": "ORG", "Kemenpora": "ORG",
         "Ali Rahman": "PER"},
    )
    events = dict(facts(doc))
    assert events["Budi Santoso"] == "menerima perwakilan massa aksi"
    assert events["Joko Susilo"] == events["Persatuan Olahraga Lahat"]
    assert events["Joko Susilo"].startswith("menerima rombongan")
    assert "Ali Rahman" not in events


def test_the_names_listed_after_a_group_described_by_a_relative_clause(nlp):
    doc = annotate(
        nlp,
        "Sejumlah anggota kabinet Budi Santoso yang hadir pada acara akad nikah Rina - Dedi antara lain Menteri Agama "
        "Ali Rahman; Menteri Pertanian Siti Aminah; dan Menteri Dalam Negeri Joko Susilo.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Siti Aminah": "PER", "Joko Susilo": "PER"},
    )
    assert {a for a, _ in facts(doc)} >= {"Ali Rahman", "Siti Aminah", "Joko Susilo"}


def test_a_list_of_guests_with_a_place_in_it_and_a_list_opened_by_ada(nlp):
    doc = annotate(
        nlp,
        "KPU Lahat menggelar 2024 Election Appreciation Night di Kantor KPU Lahat. Hadir dalam acara tersebut seluruh "
        "mitra kerja. Di antaranya Bawaslu Lahat, Dinas Kominfo Lahat, dan penyedia logistik di Palembang. Ketua KPU "
        "Budi Santoso dilantik dalam pelantikan pengurus Forum Lahat. Puluhan tokoh turut menyaksikan pelantikan "
        "tersebut. Ada Ali Rahman, Joko Susilo, hingga Siti Aminah.",
        {"KPU Lahat": "ORG", "Kantor KPU Lahat": "LOC", "Bawaslu Lahat": "ORG", "Dinas Kominfo Lahat": "ORG",
         "Palembang": "LOC", "KPU": "ORG", "Budi Santoso": "PER", "Forum Lahat": "ORG", "Ali Rahman": "PER",
         "Joko Susilo": "PER", "Siti Aminah": "PER"},
    )
    events = dict(facts(doc))
    assert events["KPU Lahat"] == events["Bawaslu Lahat"] == events["Dinas Kominfo Lahat"] == "2024 Election Appreciation Night"
    assert events["Ali Rahman"] == events["Joko Susilo"] == events["Siti Aminah"] == events["Budi Santoso"]


def test_an_undated_meeting_takes_the_day_its_attendee_was_quoted_but_not_a_day_he_spoke_of():
    nlp = relation_pipeline("pemilu_quote", "pemilu_attendance")  # the attributions come from quote
    text = (
        "Menteri Dalam Negeri Budi Santoso meneken kesepakatan bersama dengan Menteri Agama Ali Rahman. "
        '"Ini menjadi semacam peringatan bagi kita," ujar Budi dalam keterangannya, Selasa (14/10/2025).'
    )
    ents = {"Budi Santoso": "PER", "Ali Rahman": "PER", "Budi": "PER"}
    doc = annotate(nlp, text, ents)
    assert {(r["date"] or {}).get("text") for r in records(doc, "attendance")} == {"Selasa (14/10/2025)"}
    spoke_of = text.replace("dalam keterangannya, Selasa (14/10/2025)", "tentang kejadian pekan lalu")
    assert all(r["date"] is None for r in records(annotate(nlp, spoke_of, ents), "attendance"))


def test_a_meeting_named_by_its_verb_is_placed_by_the_noun_that_points_back_to_it(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso pada Senin bertemu dengan pengusaha Ali Rahman. Pertemuan itu berlangsung di Hotel Lahat Raya.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Hotel Lahat Raya": "LOC"},
    )
    assert {(r["event"]["text"], (r["location"] or {}).get("text")) for r in records(doc, "attendance")} == {
        ("bertemu", "Hotel Lahat Raya")}


def test_the_place_a_speaker_was_quoted_at_after_the_people_he_spoke_to():
    nlp = relation_pipeline("pemilu_quote", "pemilu_attendance")
    text = (
        "Presiden Budi Santoso membuka Konferensi Insinyur Lahat ke-37. "
        '"Kita punya banyak insinyur muda," ujar Budi di hadapan para insinyur se-Sumatera di Gedung Serbaguna Lahat, '
        "Rabu (11/9/2019)."
    )
    doc = annotate(nlp, text, {"Budi Santoso": "PER", "Budi": "PER", "Gedung Serbaguna Lahat": "LOC"})
    assert {(r["location"] or {}).get("text") for r in records(doc, "attendance")} == {"Gedung Serbaguna Lahat"}


def test_everyone_met_when_two_are_named_after_the_verb(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso bertemu dengan Ali Rahman dan Joko Susilo di Palembang.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Joko Susilo": "PER", "Palembang": "LOC"},
    )
    assert facts(doc) == {(a, "bertemu") for a in ("Budi Santoso", "Ali Rahman", "Joko Susilo")}


def test_an_occasion_named_by_a_presence_cue_is_not_the_event_in_view(nlp):
    doc = annotate(
        nlp,
        "Sebanyak 19 negara lolos ke turnamen tenis Lahat Cup yang digelar Januari di Palembang. Sejumlah mantan "
        "petenis top hadir dalam drawing yang digelar Senin pagi di Gedung Serbaguna Lahat. Mereka adalah Budi "
        "Santoso dan Ali Rahman.",
        {"Palembang": "LOC", "Gedung Serbaguna Lahat": "LOC", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "drawing"), ("Ali Rahman", "drawing")}


def test_a_meeting_included_in_one_just_named_is_that_meeting(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso telah menemui petinggi Persib termasuk bertemu dengan manajer Persib, Ali Rahman, dan direktur "
        "olahraga Persib, Joko Susilo.",
        {"Budi Santoso": "PER", "Persib": "ORG", "Ali Rahman": "PER", "Joko Susilo": "PER"},
    )
    events = dict(facts(doc))
    assert events["Ali Rahman"] == events["Joko Susilo"] == events["Budi Santoso"] == "menemui petinggi Persib"


def test_a_panel_of_judges_led_by_someone_is_no_event(nlp):
    doc = annotate(
        nlp,
        "Majelis Hakim Pengadilan Negeri Lahat yang dipimpin hakim ketua Budi Santoso menyatakan terdakwa bersalah.",
        {"Pengadilan Negeri Lahat": "ORG", "Budi Santoso": "PER"},
    )
    assert facts(doc) == set()


def test_a_launch_of_a_campaign_is_an_event(nlp):
    doc = annotate(
        nlp,
        "Ibu Negara Rina Marlina didampingi Ketua TP PKK Lahat Siti Aminah meresmikan Pencanangan Aksi Lahat Bersih "
        "di tepi Sungai Lematang, Kamis (19/9/2019).",
        {"Rina Marlina": "PER", "Siti Aminah": "PER", "Sungai Lematang": "LOC"},
    )
    assert {(a, e[:11]) for a, e in facts(doc)} == {("Rina Marlina", "Pencanangan"), ("Siti Aminah", "Pencanangan")}


def test_the_one_met_named_after_yang_bernama(nlp):
    doc = annotate(
        nlp,
        "Polantas Bripka Budi Santoso bertemu dengan pengendara mobil yang bernama Ali Rahman di Polres Lahat.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER", "Polres Lahat": "ORG"},
    )
    assert facts(doc) == {("Budi Santoso", "bertemu"), ("Ali Rahman", "bertemu")}


def test_the_place_after_a_body_and_its_acronym_is_the_venue(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri Festival Konstitusi di Universitas Sriwijaya (Unsri) Palembang, Selasa (10/9).",
        {"Budi Santoso": "PER", "Universitas Sriwijaya": "ORG", "Unsri": "ORG", "Palembang": "LOC"},
    )
    assert {(r["location"] or {}).get("text") for r in records(doc, "attendance")} == {"Palembang"}


def test_an_elected_title_before_the_one_met_does_not_end_the_list(nlp):
    # "terpilih" looks like a ter- verb but is part of the title
    doc = annotate(
        nlp,
        "Ketua DPRD Lahat, Budi Santoso mengaku tak membahas anggaran saat bertemu Bupati terpilih, Ali Rahman.",
        {"DPRD Lahat": "ORG", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Budi Santoso", "bertemu"), ("Ali Rahman", "bertemu")}


def test_a_destruction_of_seized_goods_is_an_event_its_guests_attend(nlp):
    doc = annotate(
        nlp,
        "Pemusnahan barang bukti oleh Bea Cukai Lahat berlangsung di Desa Merapi, Rabu (11/9/2019). Kegiatan ini "
        "dihadiri oleh perwakilan instansi terkait seperti Kanwil DJKN Sumsel dan Balai Lelang Sriwijaya.",
        {"Bea Cukai Lahat": "ORG", "Desa Merapi": "LOC", "Kanwil DJKN Sumsel": "ORG", "Balai Lelang Sriwijaya": "ORG"},
    )
    assert facts(doc) == {("Kanwil DJKN Sumsel", "Pemusnahan barang bukti"), ("Balai Lelang Sriwijaya", "Pemusnahan barang bukti")}


def test_the_venue_is_the_narrowest_place_named_for_the_event(nlp):
    # a state or a province is where a town or a hall is: the narrower place is the venue
    doc = annotate(
        nlp,
        "Situs jual-beli terdepan di Indonesia menyelenggarakan Pameran Otomotif Lahat di Sales Gallery Lahat Garden. "
        "Presiden Budi Santoso melakukan kunjungan kerja ke Riau dan memimpin rapat terbatas di Pekanbaru.",
        {"Indonesia": "LOC", "Sales Gallery Lahat Garden": "LOC", "Budi Santoso": "PER", "Riau": "LOC", "Pekanbaru": "LOC"},
    )
    places = {r["event"]["text"]: (r["location"] or {}).get("text") for r in records(doc, "attendance")}
    assert places["rapat terbatas"] == "Pekanbaru"


def test_a_province_named_as_its_capital_is_no_broader_than_the_town(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso menghadiri rapat koordinasi di Jakarta. Rapat itu juga membahas banjir di Bekasi.",
        {"Budi Santoso": "PER", "Jakarta": "LOC", "Bekasi": "LOC"},
    )
    assert {(r["location"] or {}).get("text") for r in records(doc, "attendance")} == {"Jakarta"}


def test_those_present_from_one_side_of_the_event(nlp):
    doc = annotate(
        nlp,
        "Panitia Haji Lahat menggelar Malam Apresiasi Haji 2019 di Jeddah. Dari Panitia Haji Lahat, hadir penanggung "
        "jawab Budi Santoso, Konjen RI Ali Rahman, serta jajaran lainnya.",
        {"Panitia Haji Lahat": "ORG", "Jeddah": "LOC", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert {a for a, _ in facts(doc)} >= {"Budi Santoso", "Ali Rahman"}


def test_a_body_after_hadir_di_is_the_place_not_an_attendee(nlp):
    doc = annotate(
        nlp,
        "Sidang pembacaan putusan digelar Senin. Para terdakwa juga sudah hadir di PN Lahat sejak pukul 13.00 WIB.",
        {"PN Lahat": "ORG"},
    )
    assert facts(doc) == set()


def test_a_clause_with_its_own_unnamed_subject_is_not_the_speakers(nlp):
    doc = annotate(
        nlp,
        "\"Ada sedikit kesejukan di udara,\" ujar penasihat Gedung Putih Budi Santoso ketika para negosiator bertemu "
        "pada Kamis pagi. \"Kami optimistis,\" kata Ali Rahman saat bertemu wartawan.",
        {"Gedung Putih": "ORG", "Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Ali Rahman"}


def test_a_body_led_by_someone_is_no_event_he_leads(nlp):
    doc = annotate(
        nlp,
        "Kampanye pemilu digelar pekan ini. Pemilu menjadi pertarungan antara Partai Lahat yang dipimpin Budi Santoso "
        "dan Partai Sriwijaya yang dipimpin Ali Rahman. Rapat koordinasi yang dipimpin Dedi Irawan berlangsung lancar.",
        {"Partai Lahat": "ORG", "Budi Santoso": "PER", "Partai Sriwijaya": "ORG", "Ali Rahman": "PER", "Dedi Irawan": "PER"},
    )
    assert facts(doc) == {("Dedi Irawan", "Rapat koordinasi")}


def test_present_in_doing_something_is_no_occasion(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso mengatakan negara hadir dalam menjaga keamanan bangsa. Ali Rahman juga sudah menghadiri mediasi "
        "yang digelar pada Kamis (2/11).",
        {"Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert facts(doc) == {("Ali Rahman", "mediasi")}


def test_whose_thing_or_group_is_not_who_was_there(nlp):
    doc = annotate(
        nlp,
        "Keris milik Presiden Budi Santoso dikirab dalam Kirab 1001 Keris, Minggu. Sejumlah anggota kabinet Budi Santoso "
        "yang hadir pada acara akad nikah itu antara lain Menteri Agama Ali Rahman.",
        {"Budi Santoso": "PER", "Ali Rahman": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Ali Rahman"}


def test_a_birthday_is_an_event_whole(nlp):
    doc = annotate(
        nlp,
        "Budi Santoso terlihat menghadiri perayaan ulang tahun Siti Aminah. Ali Rahman juga hadir di ulang tahun yang "
        "kelima klub itu.",
        {"Budi Santoso": "PER", "Siti Aminah": "PER", "Ali Rahman": "PER"},
    )
    events = {a: e for a, e in facts(doc)}
    assert events["Budi Santoso"].startswith("perayaan ulang tahun")
    assert events["Ali Rahman"].startswith("ulang tahun")


def test_a_body_in_a_title_the_lexicon_does_not_know_is_no_attendee(nlp):
    doc = annotate(
        nlp,
        "Mantan Danjen Kopassus ini menyatakan sempat bertemu Budi Santoso beberapa bulan lalu.",
        {"Kopassus": "ORG", "Budi Santoso": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso"}


def test_the_one_met_after_an_adverb(nlp):
    # "langsung dengan" before the one met: the unnamed chief of a body, not the body
    doc = annotate(
        nlp,
        "Pimpinan KPK pun telah bertemu langsung dengan Panglima TNI untuk membahasnya. Budi Santoso bertemu "
        "langsung dengan Ketua KPU Lahat Ali Rahman di kantornya.",
        {"KPK": "ORG", "TNI": "ORG", "Budi Santoso": "PER", "KPU Lahat": "ORG", "Ali Rahman": "PER"},
    )
    assert {a for a, _ in facts(doc)} == {"Budi Santoso", "Ali Rahman"}


def test_an_officer_of_a_body_listed_without_a_name_is_not_the_body(nlp):
    doc = annotate(
        nlp,
        "Dalam peresmian monumen itu, turut hadir Rektor UNS Budi Santoso dan Perwira Tinggi TNI Angkatan Udara.",
        {"UNS": "ORG", "Budi Santoso": "PER", "TNI Angkatan Udara": "ORG"},
    )
    assert "TNI Angkatan Udara" not in {a for a, _ in facts(doc)}


def test_rapat_after_a_verb_of_shutting_means_tightly_not_a_meeting(nlp):
    doc = annotate(
        nlp,
        "Ketua KPU Lahat Ali Rahman menghadiri rapat koordinasi di Lahat, Selasa (10/9/2019). Namun, Ali masih "
        "menutup rapat daftar nama calon yang sudah menyerahkan berkas itu.",
        {"KPU Lahat": "ORG", "Ali Rahman": "PER", "Lahat": "LOC", "Ali": "PER"},
    )
    assert facts(doc) == {("Ali Rahman", "rapat koordinasi")}


def test_a_meeting_said_not_to_happen_over_names_in_apposition_is_no_attendance(nlp):
    doc = annotate(
        nlp,
        "Iran mengatakan, bahwa tidak akan ada pertemuan antara Presiden Iran, Hassan Rouhani dan Presiden Amerika "
        "Serikat, Donald Trump di sela-sela Sidang Majelis Umum PBB di New York.",
        {"Iran": "LOC", "Hassan Rouhani": "PER", "Amerika Serikat": "LOC", "Donald Trump": "PER",
         "Majelis Umum PBB": "ORG", "New York": "LOC"},
    )
    assert facts(doc) == set()


def test_a_visit_received_has_the_host_and_the_visitors_attend(nlp):
    doc = annotate(
        nlp,
        "Bea Cukai Lahat menerima kunjungan Tim Saber Pungli, Selasa (10/9/2019). Bupati Lahat Ali Rahman juga "
        "mendapat kunjungan kerja dari Kepala Dinas Budi Santoso. KPU Lahat menerima laporan dari Bawaslu Lahat.",
        {"Bea Cukai Lahat": "ORG", "Tim Saber Pungli": "ORG", "Lahat": "LOC", "Ali Rahman": "PER",
         "Budi Santoso": "PER", "KPU Lahat": "ORG", "Bawaslu Lahat": "ORG"},
    )
    assert facts(doc) == {
        ("Bea Cukai Lahat", "kunjungan"), ("Tim Saber Pungli", "kunjungan"),
        ("Ali Rahman", "kunjungan kerja"), ("Budi Santoso", "kunjungan kerja"),
    }


def test_an_event_named_in_english_keeps_its_lower_case_joiners(nlp):
    doc = annotate(
        nlp,
        "Ketua MPR Ali Rahman menghadiri acara MPR Goes to Campus di Manado, Kamis (28/8/2025).",
        {"MPR": "ORG", "Ali Rahman": "PER", "Manado": "LOC"},
    )
    assert facts(doc) == {("Ali Rahman", "acara MPR Goes to Campus")}


def test_a_generic_noun_before_an_event_named_again_with_a_demonstrative(nlp):
    # "Dalam acara penghitungan mundur Asian Games 2018 itu" names again the countdown of the
    # first paragraph (without "acara"), not the "konsolidasi sosial" a quotation spoke of last
    text, _ = news_text("indosum-02694")
    lines = text.split("\n")[:5]
    doc = annotate(
        nlp,
        "\n".join(lines),
        {"Imam Nahrawi": "PER", "Monumen Nasional": "LOC", "Monas": "LOC", "Palembang": "LOC",
         "Joko Widodo": "PER", "Jusuf Kalla": "PER", "Megawati Soekarnoputri": "PER"},
    )
    events = {event for attendee, event in facts(doc) if attendee in ("Joko Widodo", "Jusuf Kalla", "Megawati Soekarnoputri")}
    assert events and all("penghitungan mundur" in event for event in events)


def test_those_who_welcome_a_visit_attend_it_but_not_those_who_welcome_a_decision(nlp):
    text, date = news_text("detiksum2025-00644")
    doc = annotate(
        nlp,
        "\n".join(text.split("\n")[:2]),
        {"PGN Saka": "ORG", "PT Saka Energi Indonesia": "ORG", "Pertamina": "ORG", "Simon Aloysius Mantiri": "PER",
         "Intan Fauzi": "PER", "Fuji Koesumadewi": "PER", "Achmad Agus Miftakhurrohman": "PER",
         "M. Atras Mafazi": "PER", "Simon": "PER"},
        date=date,
    )
    # (the names glued to the hyphens around them are no tokens of their own here)
    assert ("Achmad Agus Miftakhurrohman", "kunjungan kerja") in facts(doc)
    doc = annotate(
        nlp,
        "KPU menggelar rapat pleno di Jambi. Bima Santosa menyambut baik keputusan rapat pleno itu.",
        {"KPU": "ORG", "Jambi": "LOC", "Bima Santosa": "PER"},
    )
    assert not any(attendee == "Bima Santosa" for attendee, _ in facts(doc))


def test_an_occasion_in_lower_case_words_is_named_by_the_relative_clause_of_its_attendees(nlp):
    # "ditandai dengan acara adat yang dihadiri oleh ...": no presence preposition before "acara",
    # but the relative clause says who attended the occasion the lower-case words describe
    sentence = news_sentence("clickid-07426", "acara adat yang dihadiri")
    doc = annotate(
        nlp,
        sentence,
        {"Badan Usaha Milik Negara": "ORG", "BUMN": "ORG", "Rini Soemarno": "PER", "Pelindo III": "ORG",
         "Doso Agung": "PER", "Bali": "LOC", "Wayan oster": "PER"},
    )
    assert {("Rini Soemarno", "acara adat"), ("Doso Agung", "acara adat"), ("Wayan oster", "acara adat")} <= facts(doc)


def test_an_inspection_is_the_occasion_whatever_its_object_but_a_review_is_none(nlp):
    # "meninjau lokasi tanggul jebol": no name in the object, still a visit that the subject
    # attended; "meninjau kembali putusan MK" reviews a ruling
    doc = annotate(
        nlp,
        news_sentences(("indosum-02895", "meninjau lokasi tanggul"), ("clickid-04094", "meninjau langsung")),
        {"Anies": "PER", "Musala Sabili": "LOC", "Joko Widodo": "PER", "Jokowi": "PER", "Pekanbaru": "LOC", "Riau": "LOC"},
    )
    assert facts(doc) == {
        ("Anies", "meninjau lokasi tanggul jebol"),
        ("Joko Widodo", "meninjau langsung kondisi kebakaran hutan"),
    }
    doc = annotate(
        nlp,
        news_sentence("medianews2023-00255", "meninjau kembali putusan"),
        {"MKMK": "ORG", "MK": "ORG"},
    )
    assert facts(doc) == set()


def test_a_title_right_after_a_visit_noun_is_the_visitor_not_the_name_of_the_visit(nlp):
    # "usai menerima kunjungan Duta Besar Amerika Serikat ke kantornya": the ambassador visited
    doc = annotate(
        nlp,
        news_sentence("detiksum2025-00277", "menerima kunjungan Duta Besar"),
        {"Yusril": "PER", "Amerika Serikat": "LOC"},
    )
    assert facts(doc) == {("Yusril", "kunjungan")}


def test_bertemu_in_a_match_report_is_playing_against_not_a_meeting(nlp):
    # "memperbaiki catatan Crystal Palace kala bertemu Arsenal", "sudah langsung bertemu di
    # babak pertama": sides of a match; "bertemu dengan Presiden" elsewhere is a meeting
    doc = annotate(
        nlp,
        news_sentences(("indosum-00471", "kala bertemu Arsenal"), ("medianews2023-00100", "langsung bertemu di babak pertama")),
        {"Crystal Palace": "ORG", "Arsenal": "ORG", "Putri Kusuma Wardani": "PER", "Ester Nurumi Tri Wardoyo": "PER"},
    )
    assert facts(doc) == set()
    doc = annotate(
        nlp,
        "Ketua KPU Hasyim Asy'ari bertemu dengan Presiden Joko Widodo di Istana Negara, Senin (6/11/2023).",
        {"KPU": "ORG", "Hasyim Asy'ari": "PER", "Joko Widodo": "PER", "Istana Negara": "LOC"},
    )
    assert facts(doc) == {("Hasyim Asy'ari", "bertemu"), ("Joko Widodo", "bertemu")}
