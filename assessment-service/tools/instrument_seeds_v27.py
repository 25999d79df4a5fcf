#!/usr/bin/env python3
"""Writes V27_1__register_instruments.sql: the SOP, SPM and INOVASI registers as scored instruments (INSTRUMENTS-
ADDENDUM 3, 4 and 5), answered with the generic answer types; and V31_1__spm_provinsi_instrument.sql: SPM of a
province's government (SPM_PROVINSI) on the same index and bands as the kab/kota one. Each indicator names in `source` the register measure
that proposes its answer (GET /api/v1/assessment/assessments/{id}/register-answers): REGISTER:MEASURE[:ARGUMENT].
Applied migrations are never edited; a change is a new version. Run from the module directory:
python3 tools/instrument_seeds_v27.py
"""
from instrument_seeds_v23 import MIGRATIONS, insert, slot

A_D_BANDS = [
    {"lowerBound": 80, "code": "A", "label": "Sangat baik", "zone": "HIJAU"},
    {"lowerBound": 65, "code": "B", "label": "Baik", "zone": "HIJAU"},
    {"lowerBound": 50, "code": "C", "label": "Cukup", "zone": "KUNING"},
    {"lowerBound": 0, "code": "D", "label": "Kurang", "zone": "MERAH"},
]


def ind(code, text, weight, answer_type, source, evidence="Dokumen pendukung", **extra):
    out = {"code": code, "text": text, "weight": weight, "answerType": answer_type}
    out.update(extra)
    out["evidence"] = [slot(evidence)]
    out["source"] = source
    return out


def equal_weights(n):
    """n weights in percent with two decimals summing to exactly 100: the remainder goes to the last ones."""
    cents = 10000
    base = cents // n
    extra = cents - base * n
    return [(base + (1 if i >= n - extra else 0)) / 100 for i in range(n)]


def sop():
    # PermenPANRB 35/2012: SOP-AP documented with its header (REFERENCE 5), monitored/evaluated (Tabel 7 and the
    # yes/no criteria, addendum 3.2-3.3). No official scoring exists (3.4): every weight, window and band is Rapor's.
    aspects = [
        {"code": "ketersediaan", "name": "Ketersediaan SOP", "weight": 20, "indicators": [
            ind("SOP01", "SOP yang telah ditetapkan dari seluruh SOP unit yang terdaftar (draft dan ditetapkan; "
                "target = layanan/proses yang memerlukan SOP)", 100, "PERCENT_OF_TARGET", "SOP:IN_FORCE",
                "Keputusan penetapan SOP")]},
        {"code": "kelengkapan", "name": "Kelengkapan identitas SOP-AP", "weight": 20, "indicators": [
            ind("SOP02", "SOP ditetapkan dengan identitas SOP-AP lengkap (kualifikasi pelaksana, keterkaitan, "
                "peralatan/perlengkapan, peringatan, pencatatan/pendataan) dan dokumen (flowchart, mutu baku) "
                "terunggah", 100, "PERCENT_OF_TARGET", "SOP:HEADER_COMPLETE", "Dokumen SOP")]},
        {"code": "pemutakhiran", "name": "Pemutakhiran SOP", "weight": 15, "indicators": [
            ind("SOP03", "SOP ditetapkan yang dibuat atau direvisi dalam 3 tahun terakhir (tahun penilaian dan 2 "
                "tahun sebelumnya)", 100, "PERCENT_OF_TARGET", "SOP:UPDATED_WITHIN:3", "Riwayat revisi SOP")]},
        {"code": "penerapan", "name": "Monitoring dan evaluasi penerapan SOP", "weight": 45, "indicators": [
            ind("SOP04", "SOP ditetapkan yang dimonitor/dievaluasi penerapannya pada tahun penilaian", 30,
                "PERCENT_OF_TARGET", "SOP:EVALUATED", "Laporan monitoring dan evaluasi SOP"),
            ind("SOP05", "SOP ditetapkan yang berjalan dengan baik menurut evaluasi tahun penilaian (Tabel 7; SOP "
                "yang belum dievaluasi tidak dihitung berjalan baik)", 35, "PERCENT_OF_TARGET", "SOP:APPLIED_WELL",
                "Laporan monitoring dan evaluasi SOP"),
            ind("SOP06", "Kriteria evaluasi penerapan yang terpenuhi (jawaban ya) atas SOP ditetapkan (SOP yang "
                "belum dievaluasi dihitung dengan kriteria set baku, tanpa ya)", 35, "PERCENT_OF_TARGET",
                "SOP:CRITERIA_MET", "Berita acara evaluasi SOP"),
        ]},
    ]
    return {"aspects": aspects, "bands": A_D_BANDS}


SOP_UNCONFIRMED = [
    "SOP: no official scoring exists (PermenPANRB 35/2012 yields berjalan/tidak and revise/not); the indicators, "
    "their weights (20/20/15/45; 30/35/35) and bands A-D are Rapor defaults",
    "SOP03: the 3-year window for an SOP to count as up to date is an assumption",
    "SOP evaluation criteria wording (Tabel 8 not reached) and the yearly evaluation cadence",
]

# The 29 kab/kota basic services (addendum 4.2, V25_1 spm_service), bidang by bidang; each has one penerima
# indicator <service>.P, answered with sasaran as target and dilayani as achieved.
SPM_BIDANG = [
    ("pendidikan", "Pendidikan", "DIK", ["Pendidikan Anak Usia Dini (PAUD)", "Pendidikan Dasar",
                                          "Pendidikan Kesetaraan"]),
    ("kesehatan", "Kesehatan", "KES", [
        "ibu hamil", "ibu bersalin", "bayi baru lahir", "balita", "usia pendidikan dasar", "usia produktif",
        "usia lanjut", "penderita hipertensi", "penderita diabetes melitus", "ODGJ berat",
        "orang terduga tuberkulosis", "orang dengan risiko terinfeksi HIV"]),
    ("pekerjaan_umum", "Pekerjaan Umum", "PU", ["Pemenuhan kebutuhan pokok air minum sehari-hari",
                                                "Penyediaan pelayanan pengolahan air limbah domestik"]),
    ("perumahan_rakyat", "Perumahan Rakyat dan Kawasan Permukiman", "PKP", [
        "Penyediaan dan rehabilitasi rumah layak huni bagi korban bencana kabupaten/kota",
        "Fasilitasi rumah layak huni bagi masyarakat terkena relokasi program Pemda kabupaten/kota"]),
    ("trantibumlinmas", "Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat", "TRB", [
        "Ketenteraman dan ketertiban umum", "Informasi rawan bencana", "Pencegahan dan kesiapsiagaan terhadap bencana",
        "Penyelamatan dan evakuasi korban bencana", "Penyelamatan dan evakuasi korban kebakaran"]),
    ("sosial", "Sosial", "SOS", [
        "Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti",
        "Rehabilitasi sosial dasar anak terlantar di luar panti",
        "Rehabilitasi sosial dasar lanjut usia terlantar di luar panti",
        "Rehabilitasi sosial dasar gelandangan dan pengemis di luar panti",
        "Perlindungan dan jaminan sosial saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota"]),
]


# The 9 provincial basic services seeded in V25_1 spm_service (addendum 4.2): the provincial trantibumlinmas services
# were not retrieved and are not in the catalogue; the sosial service is itself unconfirmed there.
SPM_BIDANG_PROVINSI = [
    ("pendidikan", "Pendidikan", "DIK", ["Pendidikan Menengah", "Pendidikan Khusus"]),
    ("kesehatan", "Kesehatan", "KES", [
        "bagi penduduk terdampak krisis kesehatan akibat bencana dan/atau berpotensi bencana provinsi",
        "bagi penduduk pada kondisi kejadian luar biasa (KLB) provinsi"]),
    ("pekerjaan_umum", "Pekerjaan Umum", "PU", [
        "Pemenuhan kebutuhan air minum curah lintas kabupaten/kota",
        "Penyediaan pelayanan pengolahan air limbah domestik regional lintas kabupaten/kota"]),
    ("perumahan_rakyat", "Perumahan Rakyat dan Kawasan Permukiman", "PKP", [
        "Penyediaan dan rehabilitasi rumah layak huni bagi korban bencana provinsi",
        "Fasilitasi rumah layak huni bagi masyarakat terkena relokasi program Pemda provinsi"]),
    ("sosial", "Sosial", "SOS", [
        "Rehabilitasi sosial dasar penyandang disabilitas, anak, lanjut usia terlantar, gelandangan dan pengemis di "
        "dalam panti"]),
]

# Kategori indeks SPM (addendum 4.4, C2 K-SPM1 + A17): 100 paripurna, 90-99 utama, 80-89 madya, 70-79 pratama,
# 60-69 muda, below 60 belum tuntas. Zones are Rapor's.
SPM_BANDS = [
    {"lowerBound": 100, "code": "TUNTAS_PARIPURNA", "label": "Tuntas Paripurna", "zone": "HIJAU"},
    {"lowerBound": 90, "code": "TUNTAS_UTAMA", "label": "Tuntas Utama", "zone": "HIJAU"},
    {"lowerBound": 80, "code": "TUNTAS_MADYA", "label": "Tuntas Madya", "zone": "HIJAU"},
    {"lowerBound": 70, "code": "TUNTAS_PRATAMA", "label": "Tuntas Pratama", "zone": "KUNING"},
    {"lowerBound": 60, "code": "TUNTAS_MUDA", "label": "Tuntas Muda", "zone": "KUNING"},
    {"lowerBound": 0, "code": "BELUM_TUNTAS", "label": "Belum Tuntas", "zone": "MERAH"},
]


def spm(bidang=SPM_BIDANG, level="KK"):
    """One aspect per bidang of equal weight, one penerima indicator <level>-<short>-<n>.P per service."""
    aspect_weights = equal_weights(len(bidang))
    aspects = []
    for (code, name, short, services), weight in zip(bidang, aspect_weights):
        weights = equal_weights(len(services))
        indicators = []
        for n, (service, w) in enumerate(zip(services, weights), 1):
            indicator = f"{level}-{short}-{n}.P"
            text = (f"Pelayanan kesehatan {service}" if short == "KES" else service)
            indicators.append(ind(indicator, f"Capaian penerima layanan dasar: {text} (dilayani dari sasaran, "
                                  "target 100 %)", w, "PERCENT_OF_TARGET", f"SPM:SERVED:{indicator}",
                                  "Data capaian SPM (e-SPM)"))
        aspects.append({"code": code, "name": name, "weight": weight, "indicators": indicators})
    return {"aspects": aspects, "bands": SPM_BANDS}


SPM_UNCONFIRMED = [
    "SPM index aggregation: the six bidang weigh equally (16.66/16.67 %) and so do the services within a bidang; "
    "how penerima and mutu indicators weigh into the index was not found",
    "SPM: only the penerima indicators are scored (mutu indicators are not in the catalogue); capaian above 100 % "
    "counts as 100 %",
    "SPM category zones (paripurna/utama/madya hijau, pratama/muda kuning, belum tuntas merah) are Rapor's; the "
    "category cut-offs 100/90/80/70/60 are sourced",
]

SPM_PROVINSI_UNCONFIRMED = [
    "SPM index aggregation: the five bidang seeded for a province weigh equally (20 %) and so do the services within "
    "a bidang; how penerima and mutu indicators weigh into the index was not found",
    "SPM: only the penerima indicators are scored (mutu indicators are not in the catalogue); capaian above 100 % "
    "counts as 100 %",
    "SPM provinsi: the provincial trantibumlinmas services were not retrieved and are not scored; adding them changes "
    "the bidang weights",
    "PR-SOS-1: the provincial sosial service (rehabilitasi sosial dasar di dalam panti) is itself unconfirmed in the "
    "catalogue: the addendum's reading, supported only by a provincial nomenclature seed",
    "SPM category zones (paripurna/utama/madya hijau, pratama/muda kuning, belum tuntas merah) are Rapor's; the "
    "category cut-offs 100/90/80/70/60 are sourced",
]


def inovasi():
    # PermenPANRB 30/2014, one agency one innovation (at least one a year, 19/2016), stages inisiatif -> uji coba ->
    # penerapan, replication and competition tiers (addendum 5). No national scoring of a unit exists.
    stage_levels = ["0: tidak ada inovasi tahun penilaian", "1: inisiatif", "2: uji coba", "3: penerapan"]
    tier_levels = ["0: belum mengikuti/lolos kompetisi", "1: kompetisi kabupaten/kota",
                   "2: kompetisi provinsi (KIPP provinsi)", "3: KIPP Top 99",
                   "4: KIPP Top 45/40/35/25/9 atau Top 5 Outstanding Achievement"]
    aspects = [
        {"code": "keberadaan", "name": "Satu unit satu inovasi", "weight": 30, "indicators": [
            ind("INV01", "Inovasi pelayanan publik unit yang terdaftar pada tahun penilaian (sekurang-kurangnya "
                "satu)", 100, "COUNT", "INNOVATION:OF_YEAR", "Profil inovasi",
                thresholds=[{"atLeast": 0, "score": 0}, {"atLeast": 1, "score": 100}])]},
        {"code": "tahap", "name": "Tahap inovasi", "weight": 25, "indicators": [
            ind("INV02", "Tahap tertinggi yang dicapai inovasi tahun penilaian", 100, "RUBRIC",
                "INNOVATION:STAGE", "Bukti uji coba/penerapan",
                levels=[{"level": i, "text": t} for i, t in enumerate(stage_levels)], mapping="LINEAR")]},
        {"code": "bukti", "name": "Bukti dan profil inovasi", "weight": 15, "indicators": [
            ind("INV03", "Inovasi tahun penilaian yang terdokumentasi", 100, "CHECKLIST", "INNOVATION:PROFILE",
                "Bukti dukung inovasi", items=[
                    {"code": "bukti", "text": "Bukti dukung terunggah"},
                    {"code": "profil", "text": "Tujuan, manfaat dan hasil diuraikan"},
                    {"code": "verifikasi", "text": "Diverifikasi evaluator"}])]},
        {"code": "replikasi", "name": "Replikasi", "weight": 10, "indicators": [
            ind("INV04", "Inovasi unit yang direplikasi unit lain (sampai dengan tahun penilaian)", 100, "COUNT",
                "INNOVATION:REPLICATED", "Bukti replikasi",
                thresholds=[{"atLeast": 0, "score": 0}, {"atLeast": 1, "score": 100}])]},
        {"code": "kompetisi", "name": "Kompetisi inovasi", "weight": 20, "indicators": [
            ind("INV05", "Tingkat kompetisi tertinggi yang dicapai inovasi unit (sampai dengan tahun penilaian)", 100,
                "RUBRIC", "INNOVATION:COMPETITION", "Keputusan hasil kompetisi",
                levels=[{"level": i, "text": t} for i, t in enumerate(tier_levels)], mapping="LINEAR")]},
    ]
    # Predikat of the Kemendagri Indeks Inovasi Daerah 2023 (addendum 5.3, C1 A37), borrowed for a unit.
    bands = [
        {"lowerBound": 60.01, "code": "SANGAT_INOVATIF", "label": "Sangat Inovatif", "zone": "HIJAU"},
        {"lowerBound": 35, "code": "INOVATIF", "label": "Inovatif", "zone": "KUNING"},
        {"lowerBound": 0.01, "code": "KURANG_INOVATIF", "label": "Kurang Inovatif", "zone": "MERAH"},
        {"lowerBound": 0, "code": "TIDAK_DAPAT_DINILAI", "label": "Tidak Dapat Dinilai", "zone": "MERAH"},
    ]
    return {"aspects": aspects, "bands": bands}


INOVASI_UNCONFIRMED = [
    "INOVASI: no national scoring of a unit's innovation exists; the indicators and weights (30/25/15/10/20) are "
    "Rapor defaults",
    "INOVASI bands: the predikat of the Kemendagri IID 2023 (60.01/35.00/0.01, a Pemda index) applied to a unit; "
    "zones are Rapor's",
    "INOVASI: the stage and competition-tier levels are mapped linearly onto 0-100",
]


def main():
    with open(MIGRATIONS / "V27_1__register_instruments.sql", "w", encoding="utf-8") as out:
        out.write("-- The SOP, SPM and innovation registers as scored instruments (INSTRUMENTS-ADDENDUM 3-5), generated "
                  "by\n-- tools/instrument_seeds_v27.py. Each indicator's `source` names the register measure that "
                  "proposes its answer\n-- (GET /api/v1/assessment/assessments/{id}/register-answers). The "
                  "ranking-service definitions are its\n-- V27_1__register_index_definitions.sql.\n")
        insert(out, "SOP_AP", 1, "Evaluasi penerapan SOP Administrasi Pemerintahan unit", "SOP_AP",
               "PermenPANRB 35/2012 (Pedoman Penyusunan SOP AP: monitoring tiap 6 bulan, evaluasi penerapan); "
               "Permendagri 52/2011. No official scoring: indicators, weights and bands unconfirmed (editable data)",
               2012, "null", sop(), SOP_UNCONFIRMED, ["UNIT", "INSTANSI"])
        insert(out, "SPM_KABKOTA", 1, "Capaian Standar Pelayanan Minimal pemerintah kabupaten/kota", "SPM",
               "PP 2/2018; Permendagri 100/2018 jo. 59/2021; sector standards (Permendikbudristek 32/2022, Permenkes "
               "4/2019, PermenPUPR 29/2018, Permensos 9/2018, Permendagri 114/2018, 121/2018). Category cut-offs "
               "sourced; aggregation weights and zones unconfirmed (editable data)",
               2019, "null", spm(), SPM_UNCONFIRMED, ["PEMDA"])
        insert(out, "INOVASI", 1, "Satu unit satu inovasi: inovasi pelayanan publik unit", "INOVASI",
               "PermenPANRB 30/2014 (Pedoman Inovasi Pelayanan Publik); PermenPANRB 19/2016 (satu instansi satu "
               "inovasi); KIPP tiers. Indicators, weights and bands unconfirmed (editable data)",
               2014, "null", inovasi(), INOVASI_UNCONFIRMED, ["UNIT", "INSTANSI"])

    with open(MIGRATIONS / "V31_1__spm_provinsi_instrument.sql", "w", encoding="utf-8") as out:
        out.write("-- SPM of a province's government (INSTRUMENTS-ADDENDUM 4), generated by tools/instrument_seeds_v27.py: "
                  "the\n-- provincial basic services of V25_1 spm_service by bidang, each penerima indicator answered "
                  "from the Pemda's\n-- SPM sheet (source SPM:SERVED:<indicator>). Same index (SPM) and band table as "
                  "SPM_KABKOTA, so a province's\n-- result reaches the ranking's SPM definition (ranking-service "
                  "V27_1__register_index_definitions.sql).\n-- The lokus rule names subject kinds only (PEMDA): it "
                  "cannot say province-level Pemda. A kab/kota Pemda's sheet\n-- holds kab/kota indicators only, "
                  "so register-answers propose nothing for it on this version.\n")
        insert(out, "SPM_PROVINSI", 1, "Capaian Standar Pelayanan Minimal pemerintah provinsi", "SPM",
               "PP 2/2018; Permendagri 100/2018 jo. 59/2021; sector standards (Permendikbudristek 32/2022, Permenkes "
               "4/2019, PermenPUPR 29/2018, Permensos 9/2018). Provincial trantibumlinmas services not retrieved; "
               "category cut-offs sourced; aggregation weights and zones unconfirmed (editable data)",
               2019, "null", spm(SPM_BIDANG_PROVINSI, "PR"), SPM_PROVINSI_UNCONFIRMED, ["PEMDA"])


if __name__ == "__main__":
    main()
