#!/usr/bin/env python3
"""Writes V23_2__ombudsman_opini_indicators.sql and V23_3__cban.sql: instrument versions using the generic answer
types (INSTRUMENTS-ADDENDUM.md 1 and 7). Applied migrations are never edited; a change is a new version.
Run from the module directory: python3 tools/instrument_seeds_v23.py
"""
import json
import pathlib

MIGRATIONS = pathlib.Path("src/main/resources/db/migration")

OPINI_BANDS = [
    {"lowerBound": 88, "code": "A", "label": "Kualitas Tertinggi", "zone": "HIJAU"},
    {"lowerBound": 78, "code": "B", "label": "Kualitas Tinggi", "zone": "HIJAU"},
    {"lowerBound": 57, "code": "C", "label": "Kualitas Sedang", "zone": "KUNING"},
    {"lowerBound": 37, "code": "D", "label": "Kualitas Rendah", "zone": "MERAH"},
    {"lowerBound": 0, "code": "E", "label": "Kualitas Terendah", "zone": "MERAH"},
]

LEVELS_0_3 = [
    "0: tidak tersedia / tidak memenuhi",
    "1: memenuhi sebagian kecil",
    "2: memenuhi sebagian besar",
    "3: memenuhi seluruhnya",
]


def slot(label, required=False, code="bukti"):
    return {"code": code, "label": label, "required": required}


def interval(code, text, weight, respondent):
    """An Ombudsman 2022-2024 indicator: interval 0-3 (S45), mapped linearly onto 0-100 (score / 3 x 100)."""
    return {"code": code, "text": f"{text} ({respondent})", "weight": weight, "answerType": "RUBRIC",
            "levels": [{"level": i, "text": t} for i, t in enumerate(LEVELS_0_3)], "mapping": "LINEAR",
            "evidence": [slot("Lembar kerja penilaian")]}


def opini_v2():
    # Input: 6 kompetensi + 9 sarpras = 15 (S44 header, addendum 7.1). S46: the first carries 12.22% of Input;
    # the other 14 share the rest equally: 14 x 6.27 = 87.78 (unconfirmed).
    input_items = [
        "Pengetahuan tentang komponen standar pelayanan",
        "Pengetahuan terkait tugas dan kewenangan jabatan",
        "Pengetahuan tentang lembaga Ombudsman",
        "Pengetahuan tentang bentuk-bentuk maladministrasi",
        "Pengetahuan tentang rekomendasi Ombudsman",
        "Pengetahuan tentang layanan yang ramah kelompok marginal/rentan",
        "Frekuensi pengawasan internal",
        "Ketersediaan jumlah petugas sesuai Analisis Beban Kerja (ABK)",
        "Ketersediaan kompensasi bagi komponen standar pelayanan yang diberikan",
        "Ketersediaan jaminan keamanan dan keselamatan pelayanan",
        "Penjaminan mutu / jaminan pelayanan",
        "Instrumen evaluasi kinerja pelaksana",
        "Dasar hukum standar pelayanan",
        "Sarana prasarana pengguna layanan termasuk berkebutuhan khusus",
        "Penyuluhan kepada masyarakat",
    ]
    inputs = [interval(f"IN{n:02d}", text, 12.22 if n == 1 else 6.27,
                       "wawancara pelaksana" if n <= 6 else "wawancara dan observasi")
              for n, text in enumerate(input_items, 1)]
    # Proses: 11 indicators (C2 S44, S40); the split and equal weights are unconfirmed: 10 x 9.09 + 9.10.
    proses_items = [
        "Persyaratan", "Sistem, mekanisme dan prosedur", "Jangka waktu penyelesaian", "Biaya/tarif",
        "Produk pelayanan", "Publikasi maklumat pelayanan", "Substansi maklumat pelayanan",
        "Pelayanan khusus bagi kelompok rentan", "Visi, misi dan motto pelayanan", "Atribut pelaksana",
        "Pelayanan terpadu",
    ]
    proses = [interval(f"PR{n:02d}", text, 9.10 if n == 11 else 9.09, "observasi produk layanan")
              for n, text in enumerate(proses_items, 1)]
    # Output: 5 maladministrasi perceptions; the first three C1 S40, the other two from the Inperma forms [U].
    output_items = ["Penundaan berlarut", "Permintaan imbalan", "Penyimpangan prosedur", "Tidak kompeten",
                    "Diskriminasi / tidak patut"]
    output = [interval(f"OU{n:02d}", f"Tidak ada persepsi maladministrasi: {text.lower()}", 20,
                       "wawancara pengguna layanan")
              for n, text in enumerate(output_items, 1)]
    # Pengaduan: only pembinaan pengelola pengaduan is named (C1 S45); the rest and the count are unconfirmed.
    pengaduan_items = ["Pembinaan pengelola pengaduan", "Sarana dan media pengaduan",
                       "Prosedur dan petugas pengelola pengaduan", "Tindak lanjut dan penyelesaian pengaduan",
                       "Integrasi SP4N-LAPOR!"]
    pengaduan = [interval(f"PG{n:02d}", text, 20, "wawancara pengelola pengaduan")
                 for n, text in enumerate(pengaduan_items, 1)]
    return {"aspects": [
        {"code": "input", "name": "Input", "weight": 21.85, "indicators": inputs},
        {"code": "proses", "name": "Proses", "weight": 32.37, "indicators": proses},
        {"code": "output", "name": "Output", "weight": 24.24, "indicators": output},
        {"code": "pengaduan", "name": "Pengaduan", "weight": 21.54, "indicators": pengaduan},
    ], "bands": OPINI_BANDS}


OPINI_UNCONFIRMED = [
    "Ombudsman opini A-E cut-offs 88/78/57/37",
    "conversion of the 0-3 indicator interval to 0-100 (score / 3 x indicator weight, S45 gives only the interval)",
    "Input indicator weights: 12.22% for knowledge of the SP components (S46), the other 14 at 6.27% each; "
    "wording and order of Input items 11-15",
    "Proses: the 11-item split and its equal weights (9.09%, the last 9.10%)",
    "Output: tidak kompeten and diskriminasi as the 4th and 5th maladministrasi perceptions; equal weights",
    "Pengaduan: items other than pembinaan pengelola pengaduan, their count and equal weights",
    "indicator level texts 0-3 are placeholders; the scale direction of substansi maklumat (S45)",
]


def cban():
    def comp(code, name, weight, indicator):
        return {"code": code, "name": name, "weight": weight, "indicators": [indicator]}

    def ind(code, text, answer_type, **extra):
        out = {"code": code, "text": text, "weight": 100, "answerType": answer_type}
        out.update(extra)
        out["evidence"] = [slot("Dokumen pendukung")]
        return out

    def items(*texts):
        return [{"code": chr(ord("a") + i), "text": t} for i, t in enumerate(texts)]

    def steps(*pairs):
        return [{"atLeast": pairs[i], "score": pairs[i + 1]} for i in range(0, len(pairs), 2)]

    # The 12 components of the 2009/2010 round (C2 A1-A3, list from A3); indicators, weights and bands are
    # unconfirmed. Equal weights: 8 x 8.33 + 4 x 8.34 = 100.
    aspects = [
        comp("deregulasi", "Kebijakan deregulasi dan debirokratisasi pelayanan", 8.33, ind(
            "CB01", "Kebijakan deregulasi dan debirokratisasi yang ditetapkan", "CHECKLIST", items=items(
                "Perda/Perkada penyederhanaan perizinan", "Pelayanan terpadu satu pintu ditetapkan",
                "Standar pelayanan ditetapkan dan dipublikasikan", "Maklumat pelayanan dipublikasikan"))),
        comp("disiplin", "Penegakan disiplin", 8.33, ind(
            "CB02", "Pegawai tanpa pelanggaran disiplin dari seluruh pegawai (target = jumlah pegawai)",
            "PERCENT_OF_TARGET")),
        comp("korporasi", "Kebijakan korporasi unit pelayanan publik", 8.33, ind(
            "CB03", "Unit pelayanan yang dikelola secara korporasi (BLUD/BUMD)", "COUNT",
            thresholds=steps(0, 0, 1, 50, 3, 100))),
        comp("manajemen", "Pengembangan manajemen di daerah", 8.33, ind(
            "CB04", "Instrumen manajemen pelayanan yang diterapkan", "CHECKLIST", items=items(
                "SOP ditetapkan", "SPM diterapkan", "Survei kepuasan masyarakat dilaksanakan",
                "Pengelolaan pengaduan terpadu"))),
        comp("profesionalisme", "Peningkatan profesionalisme pejabat/pegawai di bidang pelayanan publik", 8.33, ind(
            "CB05", "Pegawai pelayanan yang mengikuti diklat pelayanan dari yang ditargetkan", "PERCENT_OF_TARGET")),
        comp("kemasyarakatan", "Pembangunan kemasyarakatan (peningkatan kesejahteraan)", 8.33, ind(
            "CB06", "Indeks Pembangunan Manusia selama 3 tahun (rata-rata)", "MULTI_YEAR", years=3, min=0,
            max=100)),
        comp("ekonomi", "Mendorong pembangunan ekonomi daerah", 8.33, ind(
            "CB07", "Capaian realisasi PAD terhadap target per tahun selama 3 tahun (%, rata-rata)", "MULTI_YEAR",
            years=3, min=0, max=100)),
        comp("egov", "Pengembangan dan pemanfaatan e-government", 8.33, ind(
            "CB08", "Jenis layanan publik yang dapat diakses secara elektronik", "COUNT",
            thresholds=steps(0, 0, 1, 25, 3, 50, 5, 75, 10, 100))),
        comp("iso", "Penerapan ISO 9001 dalam pelayanan publik", 8.34, ind(
            "CB09", "Unit pelayanan bersertifikat ISO 9001 dari unit yang ditargetkan", "PERCENT_OF_TARGET")),
        comp("kepemimpinan", "Kepemimpinan kepala daerah", 8.34, ind(
            "CB10", "Nilai tim penilai atas kepemimpinan kepala daerah di bidang pelayanan publik", "NUMBER",
            min=0, max=100)),
        comp("sarana", "Ketersediaan sarana fisik pelayanan publik", 8.34, ind(
            "CB11", "Sarana fisik pelayanan yang tersedia", "CHECKLIST", items=items(
                "Ruang tunggu layak", "Loket/front office informasi", "Sarana pengaduan",
                "Fasilitas bagi kelompok rentan"))),
        comp("pemuka", "Pendapat pemuka masyarakat terhadap kinerja bupati/walikota", 8.34, ind(
            "CB12", "Nilai rata-rata pendapat pemuka masyarakat", "NUMBER", min=0, max=100)),
    ]
    return {"aspects": aspects, "bands": [
        {"lowerBound": 80, "code": "A", "label": "Sangat baik", "zone": "HIJAU"},
        {"lowerBound": 65, "code": "B", "label": "Baik", "zone": "HIJAU"},
        {"lowerBound": 50, "code": "C", "label": "Cukup", "zone": "KUNING"},
        {"lowerBound": 0, "code": "D", "label": "Kurang", "zone": "MERAH"},
    ]}


CBAN_UNCONFIRMED = [
    "CBAN indicators, answer types and scoring of the 12 components (only the component names are sourced, A3)",
    "CBAN component weights (equal, 8.33/8.34%) and bands A-D (Rapor defaults); piala and piagam have no "
    "cut-offs, so no band is mapped to an award",
    "CBAN 3-year window (PermenPANRB 66/2012, seed 000) applied to the 2009/2010 components; the 66/2012 "
    "lampiran (18 instruments, 42 indicators) was not found",
]


def sql_text(text):
    return "'" + text.replace("'", "''") + "'"


def insert(out, code, version, name, index, basis, start, end, definition, unconfirmed, kinds):
    body = json.dumps(definition, ensure_ascii=False, indent=1)
    assert "$json$" not in body and "${" not in body
    out.write("insert into instrument_version (id, code, version, name, index_code, legal_basis, valid_from_year,"
              " valid_to_year, scale_max, definition, decimals, bands_confirmed, unconfirmed, subject_kinds,"
              " created_at, created_by) values (\n")
    out.write(f"    gen_random_uuid(), '{code}', {version}, {sql_text(name)}, '{index}', {sql_text(basis)}, {start}, "
              f"{end}, 100,\n    $json$\n{body}\n$json$, 2, false,\n    {sql_text(json.dumps(unconfirmed))},\n"
              f"    {sql_text(json.dumps(kinds))}, now(), 'seed');\n")


def main():
    with open(MIGRATIONS / "V23_2__ombudsman_opini_indicators.sql", "w", encoding="utf-8") as out:
        out.write("-- Ombudsman RI 2022-2024 per indicator (INSTRUMENTS-ADDENDUM 7), generated by "
                  "tools/instrument_seeds_v23.py.\n"
                  "-- Version 2 of OMBUDSMAN_OPINI: each dimension's indicators scored 0-3 and mapped onto 0-100; the "
                  "dimension is the\n-- weighted sum of its indicators, the total the weighted sum of the dimensions. "
                  "Same index (OPINI_OMBUDSMAN) and band\n-- table as version 1, so its results reach the ranking as "
                  "version 1's do; version 1 stays for its results.\n")
        insert(out, "OMBUDSMAN_OPINI", 2, "Ombudsman RI: penilaian kepatuhan penyelenggaraan pelayanan publik 2022-2024 "
               "(per indikator)", "OPINI_OMBUDSMAN",
               "UU 25/2009; metode Ombudsman RI 2022-2024 (Peraturan Ombudsman 22/2023 cited by S46). Dimension weights "
               "21.85/32.37/24.24/21.54 and the 0-3 indicator interval confirmed; indicator weights, items and opini "
               "cut-offs unconfirmed (editable data)", 2022, 2024, opini_v2(), OPINI_UNCONFIRMED,
               ["UNIT", "PEMDA", "INSTANSI"])

    with open(MIGRATIONS / "V23_3__cban.sql", "w", encoding="utf-8") as out:
        out.write("-- CBAN (Citra Bhakti Abdi Negara, INSTRUMENTS-ADDENDUM 1), generated by tools/instrument_seeds_v23.py: "
                  "the award\n-- to a kab/kota government (subject PEMDA), with the 12 components of the 2009/2010 round "
                  "answered through the\n-- generic answer types. Index CBAN; the ranking-service definition is its "
                  "V23_1__cban_definition.sql.\n")
        insert(out, "CBAN", 1, "Citra Bhakti Abdi Negara: penilaian penyelenggaraan pelayanan publik pemerintah "
               "kabupaten/kota", "CBAN",
               "PermenPAN 12/2009 jo. PermenPANRB 44/2011 (12 components, CBAN 2010: A1-A3); PermenPANRB 66/2012 "
               "(CBAN 2013: 18 instrumen, 42 indikator, 3 tahun; lampiran not found). Indicators, weights and bands "
               "unconfirmed (editable data)", 2009, 2013, cban(), CBAN_UNCONFIRMED, ["PEMDA"])


if __name__ == "__main__":
    main()
