-- The SOP, SPM and innovation registers reach the ranking as scored instruments (assessment service
-- V27_1__register_instruments.sql): each instrument feeds its index here and grades it with its own band table, so
-- results carry the instrument's band, zone and unconfirmed basis. Units rank among units, Pemda among Pemda
-- (subjectKind).

-- SOP AP (PermenPANRB 35/2012): no official scoring exists; indicators, weights and bands A-D are Rapor defaults.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('SOP_AP', 1, 'Evaluasi penerapan SOP Administrasi Pemerintahan',
        'PermenPANRB 35/2012 (Pedoman Penyusunan SOP AP); Permendagri 52/2011',
        date '2012-01-01', 'ASSESSMENT', 0, 100, 2, '{}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Unconfirmed [U]: 35/2012 yields only berjalan/tidak and revise/not; the indicators, weights, the 3-year '
            || 'update window and the bands A-D (80/65/50) are Rapor defaults, editable as a new instrument version.',
        'seed');

-- SPM (PP 2/2018, Permendagri 59/2021): the capaian of the kab/kota basic services; category cut-offs sourced
-- (Tuntas Paripurna 100, Utama 90, Madya 80, Pratama 70, Muda 60, Belum Tuntas below), aggregation and zones not.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('SPM', 1, 'Indeks capaian Standar Pelayanan Minimal',
        'PP 2/2018; Permendagri 100/2018 jo. 59/2021',
        date '2019-01-01', 'ASSESSMENT', 0, 100, 2, '{}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Category cut-offs 100/90/80/70/60 are sourced [C2]; the aggregation (equal bidang, equal services) and the '
            || 'zones (madya and above hijau, pratama/muda kuning, belum tuntas merah) are unconfirmed [U].',
        'seed');

-- Inovasi (PermenPANRB 30/2014, satu instansi satu inovasi): no national scoring of a unit; bands borrowed from the
-- Kemendagri IID 2023 predikat (60.01/35.00/0.01).
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('INOVASI', 1, 'Satu unit satu inovasi (inovasi pelayanan publik)',
        'PermenPANRB 30/2014; PermenPANRB 19/2016',
        date '2014-01-01', 'ASSESSMENT', 0, 100, 2, '{}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Unconfirmed [U]: indicators and weights are Rapor defaults; the bands are the IID 2023 predikat of a Pemda '
            || 'index applied to a unit, zones Rapor''s.',
        'seed');
