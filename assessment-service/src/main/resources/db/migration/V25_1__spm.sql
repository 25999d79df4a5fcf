-- Standar Pelayanan Minimal (PP 2/2018, Permendagri 59/2021; INSTRUMENTS-ADDENDUM §4): the jenis pelayanan dasar
-- per bidang and level with their penerima indicator, and per Pemda and year the sasaran and the number served.

-- The catalogue of basic services. Kab/kota: the 29 services of INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3; C2 for
-- education and health]. Provinsi: partial as the addendum lists it; the provincial trantibumlinmas services were not
-- retrieved and are not seeded, the provincial sosial service is the addendum's "di dalam panti" reading [U].
create table spm_service (
    code       text    primary key,
    level      text    not null check (level in ('PROVINSI', 'KABKOTA')),
    bidang     text    not null check (bidang in ('PENDIDIKAN', 'KESEHATAN', 'PEKERJAAN_UMUM', 'PERUMAHAN_RAKYAT',
                                                  'TRANTIBUMLINMAS', 'SOSIAL')),
    position   integer not null,
    name       text    not null,
    recipients text    not null,
    regulation text    not null,
    confirmed  boolean not null,
    reason     text,
    source     text    not null,
    valid_from integer not null,
    unique (level, bidang, position)
);

insert into spm_service (code, level, bidang, position, name, recipients, regulation, confirmed, reason, source, valid_from) values
    ('KK-DIK-1', 'KABKOTA', 'PENDIDIKAN', 1, 'Pendidikan Anak Usia Dini (PAUD)', 'warga negara usia 5–6 tahun', 'Permendikbudristek 32/2022', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM2]', 2019),
    ('KK-DIK-2', 'KABKOTA', 'PENDIDIKAN', 2, 'Pendidikan Dasar', 'warga negara usia 7–15 tahun', 'Permendikbudristek 32/2022', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM2]', 2019),
    ('KK-DIK-3', 'KABKOTA', 'PENDIDIKAN', 3, 'Pendidikan Kesetaraan', 'warga negara usia 7–18 tahun yang belum menyelesaikan pendidikan dasar dan/atau menengah', 'Permendikbudristek 32/2022', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM2]', 2019),
    ('KK-KES-1', 'KABKOTA', 'KESEHATAN', 1, 'Pelayanan kesehatan ibu hamil', 'ibu hamil', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-2', 'KABKOTA', 'KESEHATAN', 2, 'Pelayanan kesehatan ibu bersalin', 'ibu bersalin', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-3', 'KABKOTA', 'KESEHATAN', 3, 'Pelayanan kesehatan bayi baru lahir', 'bayi baru lahir', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-4', 'KABKOTA', 'KESEHATAN', 4, 'Pelayanan kesehatan balita', 'balita', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-5', 'KABKOTA', 'KESEHATAN', 5, 'Pelayanan kesehatan pada usia pendidikan dasar', 'anak usia pendidikan dasar', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-6', 'KABKOTA', 'KESEHATAN', 6, 'Pelayanan kesehatan pada usia produktif', 'warga usia 15–59 tahun', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-7', 'KABKOTA', 'KESEHATAN', 7, 'Pelayanan kesehatan pada usia lanjut', 'warga usia lanjut', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-8', 'KABKOTA', 'KESEHATAN', 8, 'Pelayanan kesehatan penderita hipertensi', 'penderita hipertensi', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-9', 'KABKOTA', 'KESEHATAN', 9, 'Pelayanan kesehatan penderita diabetes melitus', 'penderita diabetes melitus', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-10', 'KABKOTA', 'KESEHATAN', 10, 'Pelayanan kesehatan orang dengan gangguan jiwa (ODGJ) berat', 'ODGJ berat', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-11', 'KABKOTA', 'KESEHATAN', 11, 'Pelayanan kesehatan orang terduga tuberkulosis', 'orang terduga tuberkulosis', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-KES-12', 'KABKOTA', 'KESEHATAN', 12, 'Pelayanan kesehatan orang dengan risiko terinfeksi HIV', 'orang dengan risiko terinfeksi HIV', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM3, K-SPM4]', 2019),
    ('KK-PU-1', 'KABKOTA', 'PEKERJAAN_UMUM', 1, 'Pemenuhan kebutuhan pokok air minum sehari-hari', 'rumah tangga', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-PU-2', 'KABKOTA', 'PEKERJAAN_UMUM', 2, 'Penyediaan pelayanan pengolahan air limbah domestik', 'rumah tangga', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-PKP-1', 'KABKOTA', 'PERUMAHAN_RAKYAT', 1, 'Penyediaan dan rehabilitasi rumah yang layak huni bagi korban bencana kabupaten/kota', 'rumah tangga korban bencana kabupaten/kota', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-PKP-2', 'KABKOTA', 'PERUMAHAN_RAKYAT', 2, 'Fasilitasi penyediaan rumah yang layak huni bagi masyarakat yang terkena relokasi program Pemerintah Daerah kabupaten/kota', 'rumah tangga terkena relokasi program Pemda kabupaten/kota', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-TRB-1', 'KABKOTA', 'TRANTIBUMLINMAS', 1, 'Pelayanan ketenteraman dan ketertiban umum', 'warga negara terdampak gangguan ketenteraman dan ketertiban umum', 'Permendagri 114/2018, 121/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-TRB-2', 'KABKOTA', 'TRANTIBUMLINMAS', 2, 'Pelayanan informasi rawan bencana', 'warga negara di kawasan rawan bencana', 'Permendagri 114/2018, 121/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-TRB-3', 'KABKOTA', 'TRANTIBUMLINMAS', 3, 'Pelayanan pencegahan dan kesiapsiagaan terhadap bencana', 'warga negara di kawasan rawan bencana', 'Permendagri 114/2018, 121/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-TRB-4', 'KABKOTA', 'TRANTIBUMLINMAS', 4, 'Pelayanan penyelamatan dan evakuasi korban bencana', 'korban bencana', 'Permendagri 114/2018, 121/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-TRB-5', 'KABKOTA', 'TRANTIBUMLINMAS', 5, 'Pelayanan penyelamatan dan evakuasi korban kebakaran', 'korban kebakaran', 'Permendagri 114/2018, 121/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-SOS-1', 'KABKOTA', 'SOSIAL', 1, 'Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti', 'penyandang disabilitas terlantar', 'Permensos 9/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-SOS-2', 'KABKOTA', 'SOSIAL', 2, 'Rehabilitasi sosial dasar anak terlantar di luar panti', 'anak terlantar', 'Permensos 9/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-SOS-3', 'KABKOTA', 'SOSIAL', 3, 'Rehabilitasi sosial dasar lanjut usia terlantar di luar panti', 'lanjut usia terlantar', 'Permensos 9/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-SOS-4', 'KABKOTA', 'SOSIAL', 4, 'Rehabilitasi sosial dasar gelandangan dan pengemis di luar panti', 'gelandangan dan pengemis', 'Permensos 9/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('KK-SOS-5', 'KABKOTA', 'SOSIAL', 5, 'Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota', 'korban bencana kabupaten/kota', 'Permensos 9/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM3]', 2019),
    ('PR-DIK-1', 'PROVINSI', 'PENDIDIKAN', 1, 'Pendidikan Menengah', 'warga negara usia 16–18 tahun', 'Permendikbudristek 32/2022', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-DIK-2', 'PROVINSI', 'PENDIDIKAN', 2, 'Pendidikan Khusus', 'warga negara usia 4–18 tahun penyandang disabilitas', 'Permendikbudristek 32/2022', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-KES-1', 'PROVINSI', 'KESEHATAN', 1, 'Pelayanan kesehatan bagi penduduk terdampak krisis kesehatan akibat bencana dan/atau berpotensi bencana provinsi', 'penduduk terdampak krisis kesehatan akibat bencana', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM2, A20]', 2019),
    ('PR-KES-2', 'PROVINSI', 'KESEHATAN', 2, 'Pelayanan kesehatan bagi penduduk pada kondisi kejadian luar biasa (KLB) provinsi', 'penduduk pada kondisi KLB', 'Permenkes 4/2019', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C2 K-SPM2, A20]', 2019),
    ('PR-PU-1', 'PROVINSI', 'PEKERJAAN_UMUM', 1, 'Pemenuhan kebutuhan air minum curah lintas kabupaten/kota', 'kabupaten/kota yang membutuhkan air minum curah', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-PU-2', 'PROVINSI', 'PEKERJAAN_UMUM', 2, 'Penyediaan pelayanan pengolahan air limbah domestik regional lintas kabupaten/kota', 'kabupaten/kota yang membutuhkan pengolahan air limbah regional', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-PKP-1', 'PROVINSI', 'PERUMAHAN_RAKYAT', 1, 'Penyediaan dan rehabilitasi rumah yang layak huni bagi korban bencana provinsi', 'rumah tangga korban bencana provinsi', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-PKP-2', 'PROVINSI', 'PERUMAHAN_RAKYAT', 2, 'Fasilitasi penyediaan rumah yang layak huni bagi masyarakat yang terkena relokasi program Pemerintah Daerah provinsi', 'rumah tangga terkena relokasi program Pemda provinsi', 'PermenPUPR 29/2018', true, null, 'INSTRUMENTS-ADDENDUM §4.2 [C1 K-SPM2]', 2019),
    ('PR-SOS-1', 'PROVINSI', 'SOSIAL', 1, 'Rehabilitasi sosial dasar penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar, gelandangan dan pengemis di dalam panti', 'penyandang disabilitas, anak, lanjut usia terlantar, gelandangan dan pengemis di dalam panti', 'Permensos 9/2018', false, 'The provincial sosial services were not retrieved; "di dalam panti" is the addendum''s reading, supported only by a provincial nomenclature seed (programmes 1.06.04.1.01–05)', 'INSTRUMENTS-ADDENDUM §4.2 [U]', 2019);

-- The penerima (access) indicator of each service, target 100 % of the sasaran (INSTRUMENTS-ADDENDUM §4.3). The
-- addendum quotes the form's wording for two services only; the others' wording is derived from the service.
create table spm_indicator (
    code         text    primary key,
    service_code text    not null references spm_service (code),
    kind         text    not null check (kind in ('PENERIMA', 'MUTU', 'OUTCOME')),
    name         text    not null,
    served       text    not null,
    sasaran      text    not null,
    target_rule  text    not null,
    confirmed    boolean not null,
    reason       text,
    source       text    not null
);
insert into spm_indicator (code, service_code, kind, name, served, sasaran, target_rule, confirmed, reason, source)
select s.code || '.P', s.code, 'PENERIMA',
       'Persentase ' || s.recipients || ' yang mendapatkan layanan sesuai standar',
       'Jumlah ' || s.recipients || ' yang mendapatkan layanan sesuai standar',
       'Jumlah ' || s.recipients || ' (sasaran)',
       '100 % of the sasaran',
       false,
       'The wording per service is in the sector regulations'' lampiran, which were not reached; it is derived from '
           || 'the service (INSTRUMENTS-ADDENDUM §4.3 quotes two services only)',
       'INSTRUMENTS-ADDENDUM §4.3 [D]'
from spm_service s;

update spm_indicator
set served = 'Jumlah warga negara usia 7–15 tahun yang berpartisipasi dalam pendidikan dasar',
    confirmed = true, reason = null, source = 'INSTRUMENTS-ADDENDUM §4.3 [C1 K-SPM2]'
where code = 'KK-DIK-2.P';
update spm_indicator
set served = 'Jumlah ibu hamil yang mendapatkan layanan kesehatan',
    confirmed = true, reason = null, source = 'INSTRUMENTS-ADDENDUM §4.3 [C1 K-SPM2]'
where code = 'KK-KES-1.P';
update spm_indicator set sasaran = 'Jumlah estimasi penderita hipertensi berdasarkan prevalensi'
where code = 'KK-KES-8.P';
update spm_indicator set sasaran = 'Jumlah warga usia 15–59 tahun' where code = 'KK-KES-6.P';

-- Per Pemda (a province or kab/kota government) and year: the sasaran and the number served of an indicator,
-- entered by the Pemda's operator or an admin. Capaian % = dilayani ÷ sasaran × 100 is computed, never stored.
create table spm_achievement (
    id             uuid        primary key,
    pemda_id       uuid        not null references service_unit (id),
    region_code    text        not null,
    year           integer     not null,
    indicator_code text        not null references spm_indicator (code),
    sasaran        bigint      not null check (sasaran >= 0),
    dilayani       bigint      not null check (dilayani >= 0),
    evidence_url   text,
    entered_by     text        not null,
    entered_at     timestamptz not null,
    unique (pemda_id, year, indicator_code)
);

-- The register trail of a Pemda's SPM entries.
alter table register_audit drop constraint register_audit_register_check;
alter table register_audit add constraint register_audit_register_check
    check (register in ('innovation', 'sop', 'spm'));
