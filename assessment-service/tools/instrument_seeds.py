#!/usr/bin/env python3
"""Writes db/migration/V4__instrument_seeds.sql: the instruments Rapor ships with, as data.

Numbers come from the domain reference (PEKPPP sections 3.3-3.7, Ombudsman 4.1-4.2, other instruments 5).
Values the reference marks unconfirmed are seeded as editable data and say so in their legal basis.
Run from the module directory: python3 tools/instrument_seeds.py
"""
import json
import pathlib

OUT = pathlib.Path("src/main/resources/db/migration/V4__instrument_seeds.sql")

GENERIC_LEVELS = ["Tidak tersedia / tidak dilaksanakan"] + [
    f"Memenuhi kriteria tingkat {n} menurut pedoman PEKPPP" for n in range(1, 6)]

LEVEL_TEXTS = {
    1: ["Tidak tersedia SP",
        "Ada SP, tidak memenuhi 14 komponen",
        "SP memenuhi 14 komponen",
        "SP memenuhi 14 komponen dan ditetapkan",
        "SP memenuhi 14 komponen, disusun melibatkan masyarakat dan ditetapkan",
        "SP memenuhi 14 komponen, melibatkan masyarakat, ditetapkan, dan dimonitor serta dievaluasi"],
    2: ["Tidak melibatkan unsur masyarakat"] + [f"Melibatkan {n} unsur masyarakat" for n in range(1, 5)] + [
        "Melibatkan lebih dari 4 unsur masyarakat (pengguna layanan, ahli/praktisi/akademisi, instansi terkait, "
        "organisasi masyarakat sipil, media massa)"],
    8: ["Tidak ada RTL", "RTL ada, belum dilaksanakan", "RTL selesai kurang dari 30%", "RTL selesai 30-80%",
        "RTL selesai lebih dari 80%", "RTL selesai 100%"],
    9: ["Tidak ditindaklanjuti"] + [f"Ditindaklanjuti dalam {m} bulan sejak laporan SKM" for m in (12, 9, 6, 3, 1)],
}

# (number, aspect, suffix, text, weight in aspect, typical bukti dukung) per REFERENCE.md 3.4
PEKPPP = [
    (1, "a", "Ak", "Tersedia Standar Pelayanan (SP) sesuai ketentuan (14 komponen)", "17", "Daftar jenis layanan; SK SP; berita acara"),
    (2, "a", "P", "Penyusunan/perubahan SP melibatkan unsur masyarakat", "14", "BA kesepakatan, daftar hadir, notulen, foto (FKP)"),
    (3, "a", "T", "Jumlah media publikasi komponen service delivery", "7", "Foto/screenshot media; screenshot SIPPN"),
    (4, "a", "K", "Peninjauan ulang SP secara berkala", "14", "BA FKP peninjauan SP"),
    (5, "a", "K", "Siklus Maklumat Pelayanan (ketersediaan, penetapan, publikasi)", "10", "SK maklumat; foto publikasi"),
    (6, "a", "B", "SKM dilaksanakan sesuai PermenPANRB", "17", "Laporan SKM; alat SKM; RTL"),
    (7, "a", "T", "Jumlah media publikasi hasil SKM", "7", "Foto/screenshot publikasi"),
    (8, "a", "Ak", "Persentase rencana tindak lanjut SKM yang selesai", "7", "Laporan SKM n-1 dan RTL; laporan tindak lanjut"),
    (9, "a", "Ak", "Kecepatan tindak lanjut hasil SKM", "7", "Laporan SKM 2 tahun terakhir dan tindak lanjut"),
    (10, "b", "As", "Waktu pelayanan yang memudahkan", "10", "SK jam layanan; surat tugas lembur/libur"),
    (11, "b", "K", "Kode etik dan kode perilaku / budaya pelayanan", "20", "Dokumen kode etik"),
    (12, "b", "Ak", "Mekanisme menjaga/meningkatkan motivasi kerja", "20", "Sertifikat diklat, penghargaan"),
    (13, "b", "K", "Kriteria penghargaan pegawai berprestasi", "20", "SK penghargaan"),
    (14, "b", "K", "Pelaksana menerapkan budaya pelayanan", "30", "Foto seragam, name tag, 5S"),
    (15, "c", "K", "Tempat parkir dengan fasilitas pendukung", "15", "Foto parkir"),
    (16, "c", "As", "Ruang tunggu: fasilitas wajib dan pelengkap", "23", "Foto/video ruang tunggu"),
    (17, "c", "As", "Toilet pengguna layak pakai", "20", "Foto toilet"),
    (18, "c", "K", "Sarana prasarana bagi kelompok rentan", "20", "Foto ramp, kursi roda, guiding block, loket khusus"),
    (19, "c", "As", "Sarana prasarana penunjang", "11", "Ruang laktasi, bermain anak, ibadah, P3K"),
    (20, "c", "B", "Sarana Front Office (FO) informasi", "11", "Foto FO"),
    (21, "d", "T", "SIPP untuk informasi publik", "30", "Akun/screenshot SIPPN"),
    (22, "d", "B", "SIPP pendukung operasional", "20", "Screenshot aplikasi internal"),
    (23, "d", "As", "Kualitas penggunaan SIPP elektronik (web/aplikasi)", "20", "Screenshot front-end/back-end"),
    (24, "d", "T", "Pemutakhiran data dan informasi kanal digital", "30", "Paling sedikit 5 posting berurutan dengan tanggal"),
    (25, "e", "P", "Sarana konsultasi dan pengaduan tatap muka berkualitas", "20", "Foto ruang; SK petugas"),
    (26, "e", "P", "Media konsultasi/pengaduan untuk semua lapisan", "25", "SP4N-LAPOR!, kotak, WA, email"),
    (27, "e", "Ak", "Akuntabilitas hasil konsultasi/pengaduan", "25", "Register, statistik, laporan berkala"),
    (28, "e", "Ak", "Tindak lanjut konsultasi/pengaduan", "30", "Laporan tindak lanjut; screenshot SP4N-LAPOR!"),
    (29, "f", "B", "Penciptaan inovasi pelayanan publik", "50", "Proposal, dokumentasi, piagam kompetisi"),
    (30, "f", "B", "Sumber daya keberlanjutan inovasi", "50", "SK tim, anggaran, sarpras inovasi"),
]
PEKPPP_ASPECTS = [("a", "Kebijakan Pelayanan", "24"), ("b", "Profesionalisme SDM", "25"),
                  ("c", "Sarana Prasarana", "18"), ("d", "Sistem Informasi Pelayanan Publik (SIPP)", "11"),
                  ("e", "Konsultasi dan Pengaduan", "10"), ("f", "Inovasi Pelayanan Publik", "12")]
IPP_BANDS = [("4.51", "A", "Pelayanan Prima", "HIJAU"), ("4.01", "A-", "Sangat Baik", "HIJAU"),
             ("3.51", "B", "Baik", "HIJAU"), ("3.01", "B-", "Baik dengan Catatan", "KUNING"),
             ("2.51", "C", "Cukup", "KUNING"), ("2.01", "C-", "Cukup dengan Catatan", "KUNING"),
             ("1.51", "D", "Buruk", "MERAH"), ("1.01", "E", "Sangat Buruk", "MERAH"), ("0", "F", "Gagal", "MERAH")]


def band(lower, code, label, zone):
    return {"lowerBound": lower, "code": code, "label": label, "zone": zone}


def indicator(code, text, weight, answer_type, levels=None, evidence=None, **extra):
    out = {"code": code, "text": text, "weight": weight, "answerType": answer_type}
    if levels:
        out["levels"] = [{"level": i, "text": t} for i, t in enumerate(levels)]
    out.update({k: v for k, v in extra.items()})
    out["evidence"] = evidence or []
    return out


def slot(label, required=True, code="bukti"):
    return {"code": code, "label": label, "required": required}


def pekppp():
    aspects = []
    for code, name, weight in PEKPPP_ASPECTS:
        items = [indicator(f"{n}.{a}.{s}", text, w, "RUBRIC", LEVEL_TEXTS.get(n, GENERIC_LEVELS), [slot(bukti)])
                 for n, a, s, text, w, bukti in PEKPPP if a == code]
        aspects.append({"code": code, "name": name, "weight": weight, "indicators": items})
    aspects.append({"code": "g", "name": "Informasi Tambahan", "weight": "0", "indicators": [
        indicator("31.g.antrian", "Tersedia sistem antrian (informasi tambahan, tidak dinilai)", "0", "YES_NO",
                  evidence=[slot("Foto antrian; antrian online", required=False)])]})
    return {"aspects": aspects, "bands": [band(*b) for b in IPP_BANDS]}


def yes_no_aspect(code, name, weight, items):
    return {"code": code, "name": name, "weight": weight, "indicators": [
        indicator(c, text, w, "YES_NO", evidence=[slot("Foto/dokumen pemenuhan komponen")]) for c, text, w in items]}


def number_aspect(code, name, weight, items):
    return {"code": code, "name": name, "weight": weight, "indicators": [
        indicator(c, text, w, "NUMBER", min="0", max="100", evidence=[slot("Lembar kerja penilaian", required=False)])
        for c, text, w in items]}


def ombudsman_kepatuhan():
    items = [("P01", "Persyaratan", "10"), ("P02", "Sistem, mekanisme dan prosedur", "10"),
             ("P03", "Jangka waktu penyelesaian", "10"), ("P04", "Biaya/tarif", "10"),
             ("P05", "Produk pelayanan", "10"), ("P06", "Maklumat pelayanan (publikasi dan substansi)", "10"),
             ("P07", "Pelayanan khusus bagi kelompok rentan", "10"), ("P08", "Atribut pelaksana", "10"),
             ("P09", "Pelayanan terpadu", "10"), ("P10", "Visi dan misi", "5"), ("P11", "Motto pelayanan", "5")]
    return {"aspects": [yes_no_aspect("kepatuhan", "Pemenuhan komponen standar pelayanan", "100", items)],
            "bands": [band("81", "HIJAU", "Kepatuhan tinggi", "HIJAU"), band("51", "KUNING", "Kepatuhan sedang", "KUNING"),
                      band("0", "MERAH", "Kepatuhan rendah", "MERAH")]}


def ombudsman_opini():
    aspects = [number_aspect("input", "Input", "21.85", [("IN1", "Kompetensi pelaksana", "50"),
                                                         ("IN2", "Sarana prasarana", "50")]),
               number_aspect("proses", "Proses", "32.37", [("PR1", "Pemenuhan standar pelayanan", "100")]),
               number_aspect("output", "Output", "24.24", [("OU1", "Persepsi maladministrasi pengguna layanan", "100")]),
               number_aspect("pengaduan", "Pengaduan", "21.54", [("PG1", "Pengelolaan pengaduan", "100")])]
    return {"aspects": aspects,
            "bands": [band("88", "A", "Kualitas Tertinggi", "HIJAU"), band("78", "B", "Kualitas Tinggi", "HIJAU"),
                      band("57", "C", "Kualitas Sedang", "KUNING"), band("37", "D", "Kualitas Rendah", "MERAH"),
                      band("0", "E", "Kualitas Terendah", "MERAH")]}


def cpp_legacy():
    components = [("visi", "Visi, misi dan motto", "5"), ("sp", "Standar pelayanan dan maklumat", "15"),
                  ("sdm", "Sumber daya manusia", "17"), ("sarpras", "Sarana prasarana pelayanan", "8"),
                  ("prosedur", "Sistem dan prosedur (SOP, ISO)", "10"), ("ikm", "Indeks kepuasan masyarakat", "15"),
                  ("sipp", "Sistem informasi pelayanan publik", "10"), ("pengaduan", "Penanganan pengaduan", "10"),
                  ("produktivitas", "Produktivitas pencapaian target", "10")]
    aspects = [number_aspect(c, name, w, [(f"CPP.{c}", f"Nilai komponen {name.lower()}", "100")])
               for c, name, w in components]
    return {"aspects": aspects,
            "bands": [band("85", "PRIMA", "Citra Pelayanan Prima", "HIJAU"), band("70", "BAIK", "Baik", "HIJAU"),
                      band("55", "CUKUP", "Cukup", "KUNING"), band("0", "KURANG", "Kurang", "MERAH")]}


def standar_pelayanan():
    delivery = [("SP01", "Persyaratan", "17"), ("SP02", "Sistem, mekanisme dan prosedur", "17"),
                ("SP03", "Jangka waktu penyelesaian", "17"), ("SP04", "Biaya/tarif", "17"),
                ("SP05", "Produk pelayanan", "16"), ("SP06", "Penanganan pengaduan, saran dan masukan", "16")]
    manufacturing = [("SP07", "Dasar hukum", "12.5"), ("SP08", "Sarana, prasarana dan/atau fasilitas", "12.5"),
                     ("SP09", "Kompetensi pelaksana", "12.5"), ("SP10", "Pengawasan internal", "12.5"),
                     ("SP11", "Jumlah pelaksana", "12.5"), ("SP12", "Jaminan pelayanan", "12.5"),
                     ("SP13", "Jaminan keamanan dan keselamatan pelayanan", "12.5"),
                     ("SP14", "Evaluasi kinerja pelaksana", "12.5")]
    return {"aspects": [yes_no_aspect("delivery", "Komponen service delivery (dipublikasikan)", "50", delivery),
                        yes_no_aspect("manufacturing", "Komponen manufacturing", "50", manufacturing)],
            "bands": [band("81", "PATUH", "Patuh", "HIJAU"), band("51", "SEBAGIAN", "Patuh sebagian", "KUNING"),
                      band("0", "TIDAK", "Tidak patuh", "MERAH")]}


VERSIONS = [
    ("PEKPPP", 1, "PEKPPP 2022 (evaluator, F-02)", "IPP",
     "PermenPANRB 29/2022; Pedoman Menteri PANRB 1/2022", 2022, 2022, "5", pekppp()),
    ("PEKPPP", 2, "PEKPPP 2023 (evaluator, F-02)", "IPP",
     "PermenPANRB 29/2022 jo. PermenPANRB 4/2023; Pedoman Menteri PANRB 5/2023", 2023, None, "5", pekppp()),
    ("OMBUDSMAN_KEPATUHAN", 1, "Ombudsman RI: kepatuhan terhadap standar pelayanan publik 2013-2021", "KEPATUHAN",
     "UU 25/2009; Peraturan Ombudsman 17/2015. Zones 81/51 confirmed; indicator list and weights unconfirmed "
     "(editable data)", 2013, 2021, "100", ombudsman_kepatuhan()),
    ("OMBUDSMAN_OPINI", 1, "Ombudsman RI: penilaian kepatuhan penyelenggaraan pelayanan publik 2022-2024",
     "OPINI_OMBUDSMAN",
     "UU 25/2009; metode Ombudsman RI 2022-2024. Dimension weights confirmed; opini A-E cut-offs 88/78/57/37 "
     "unconfirmed (editable data)", 2022, 2024, "100", ombudsman_opini()),
    ("CPP_LEGACY", 1, "Penilaian kinerja unit pelayanan publik (Citra Pelayanan Prima, legacy)", "CPP",
     "PermenPANRB 38/2012. Weights SDM 17, sarpras 8, pengaduan 10 confirmed; other components, weights and "
     "bands unconfirmed (editable data)", 2012, 2016, "100", cpp_legacy()),
    ("STANDAR_PELAYANAN", 1, "Kepatuhan Standar Pelayanan (14 komponen)", "KEPATUHAN_SP",
     "UU 25/2009 pasal 21; PermenPANRB 15/2014. Component weights and bands are Rapor defaults (editable data)",
     2014, None, "100", standar_pelayanan()),
]


NUMERIC_KEYS = {"weight", "lowerBound", "min", "max", "yesValue"}


def numbers(node):
    """Writes weights and bounds as JSON numbers (int or the shortest float text, which reads back exactly)."""
    if isinstance(node, dict):
        return {k: (num(v) if k in NUMERIC_KEYS else numbers(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [numbers(v) for v in node]
    return node


def num(text):
    value = float(text)
    return int(value) if value.is_integer() else value


def literal(value):
    return "null" if value is None else str(value)


with open(OUT, "w", encoding="utf-8") as out:
    out.write("-- Instruments shipped with Rapor, generated by tools/instrument_seeds.py (edit there, not here).\n")
    for code, version, name, index, basis, start, end, scale, definition in VERSIONS:
        body = json.dumps(numbers(definition), ensure_ascii=False, indent=1)
        assert "$json$" not in body and "${" not in body
        out.write("insert into instrument_version (id, code, version, name, index_code, legal_basis, valid_from_year,"
                  " valid_to_year, scale_max, definition, created_at, created_by) values (\n")
        out.write(f"    gen_random_uuid(), '{code}', {version}, '{name}', '{index}', '{basis}', {literal(start)}, "
                  f"{literal(end)}, {scale},\n    $json$\n{body}\n$json$, now(), 'seed');\n")
