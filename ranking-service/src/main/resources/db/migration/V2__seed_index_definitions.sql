-- Seed definitions, version 1 of each index. Admins change them through the API (a new version each time).

-- SKM: PermenPANRB 14/2017 mutu on the rounded 25–100 IKM (A >= 88.31, B >= 76.61, C >= 65.00, else D).
-- Tallies of a Kepmenpan 25/2004 questionnaire use that regulation's table: A > 81.25, B > 62.50, C > 43.75,
-- D >= 25; on values rounded to 2 decimals "> 81.25" is ">= 81.26". Zone mapping A,B hijau, C kuning, D merah.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('IKM', 1, 'Indeks Kepuasan Masyarakat',
        'PermenPANRB 14/2017 (SKM, mutu A-D); Kepmenpan 25/KEP/M.PAN/2/2004 for tallies of 2004 questionnaires',
        date '2004-01-01', 'SURVEY_TALLY', 25, 100, 2,
        '{"default":[{"lowerBound":88.31,"code":"A","label":"Sangat baik","zone":"HIJAU"},{"lowerBound":76.61,"code":"B","label":"Baik","zone":"HIJAU"},{"lowerBound":65.00,"code":"C","label":"Kurang baik","zone":"KUNING"},{"lowerBound":25.00,"code":"D","label":"Tidak baik","zone":"MERAH"}],"KEPMENPAN_25_2004":[{"lowerBound":81.26,"code":"A","label":"Sangat baik","zone":"HIJAU"},{"lowerBound":62.51,"code":"B","label":"Baik","zone":"HIJAU"},{"lowerBound":43.76,"code":"C","label":"Kurang baik","zone":"KUNING"},{"lowerBound":25.00,"code":"D","label":"Tidak baik","zone":"MERAH"}]}',
        '{"excludeQuestionnaireCodes":["PEKPPP_F03"],"minimumRespondents":1}',
        'Zone mapping of the mutu grades is local practice and editable.', 'seed');

-- PEKPPP: IPP on 0-5, categories A..F; hijau A/A-/B, kuning B-/C/C-, merah D/E/F. The public survey (F-03)
-- blend is data: weight 0 by default; 0.25 with a minimum respondent count is a documented local practice [U].
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('IPP', 1, 'Indeks Pelayanan Publik (PEKPPP)',
        'PermenPANRB 29/2022 jo. PermenPANRB 4/2023; Pedoman Menteri PANRB 5/2023',
        date '2022-01-01', 'ASSESSMENT', 0, 5, 2,
        '{"default":[{"lowerBound":4.51,"code":"A","label":"Pelayanan Prima","zone":"HIJAU"},{"lowerBound":4.01,"code":"A-","label":"Sangat Baik","zone":"HIJAU"},{"lowerBound":3.51,"code":"B","label":"Baik","zone":"HIJAU"},{"lowerBound":3.01,"code":"B-","label":"Baik dengan Catatan","zone":"KUNING"},{"lowerBound":2.51,"code":"C","label":"Cukup","zone":"KUNING"},{"lowerBound":2.01,"code":"C-","label":"Cukup dengan Catatan","zone":"KUNING"},{"lowerBound":1.51,"code":"D","label":"Buruk","zone":"MERAH"},{"lowerBound":1.01,"code":"E","label":"Sangat Buruk","zone":"MERAH"},{"lowerBound":0,"code":"F","label":"Gagal","zone":"MERAH"}]}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"],"blend":{"questionnaireCode":"PEKPPP_F03","weight":0,"minimumRespondents":30,"belowMinimum":"ZERO"}}',
        'F-03 blend weight and minimum respondents are unconfirmed [U]; one local practice uses 0.75 x F-02 + 0.25 x F-03.',
        'seed');

-- Ombudsman 2013-2021 kepatuhan: hijau 81.00-100, kuning 51.00-80.99, merah 0-50.99.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('KEPATUHAN', 1, 'Kepatuhan terhadap Standar Pelayanan Publik (Ombudsman)',
        'UU 25/2009; Peraturan Ombudsman 17/2015', date '2013-01-01', 'ASSESSMENT', 0, 100, 2,
        '{"default":[{"lowerBound":81.00,"code":"TINGGI","label":"Kepatuhan tinggi","zone":"HIJAU"},{"lowerBound":51.00,"code":"SEDANG","label":"Kepatuhan sedang","zone":"KUNING"},{"lowerBound":0,"code":"RENDAH","label":"Kepatuhan rendah","zone":"MERAH"}]}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}', null, 'seed');

-- Ombudsman 2022-2024 opini A-E; A,B hijau, C kuning, D,E merah. The cut-offs are unconfirmed [U] (a hypothesis
-- from published 2022 scores), hence editable data.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('OPINI_OMBUDSMAN', 1, 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (Opini Ombudsman)',
        'Ombudsman RI penilaian kepatuhan 2022-2024', date '2022-01-01', 'ASSESSMENT', 0, 100, 2,
        '{"default":[{"lowerBound":88,"code":"A","label":"Kualitas Tertinggi","zone":"HIJAU"},{"lowerBound":78,"code":"B","label":"Kualitas Tinggi","zone":"HIJAU"},{"lowerBound":57,"code":"C","label":"Kualitas Sedang","zone":"KUNING"},{"lowerBound":37,"code":"D","label":"Kualitas Rendah","zone":"MERAH"},{"lowerBound":0,"code":"E","label":"Kualitas Terendah","zone":"MERAH"}]}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Cut-offs 88/78/57/37 are an unconfirmed hypothesis [U]; change them when the official table is known.',
        'seed');
