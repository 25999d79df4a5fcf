-- Compliance with the 14 standar pelayanan components, fed by the assessment service's STANDAR_PELAYANAN
-- instrument (index code KEPATUHAN_SP). Its bands are Rapor defaults mirroring the Ombudsman 81/51 zones: data.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('KEPATUHAN_SP', 1, 'Kepatuhan Standar Pelayanan (14 komponen)',
        'UU 25/2009 pasal 21; PermenPANRB 15/2014', date '2014-01-01', 'ASSESSMENT', 0, 100, 2,
        '{"default":[{"lowerBound":81,"code":"PATUH","label":"Patuh","zone":"HIJAU"},{"lowerBound":51,"code":"SEBAGIAN","label":"Patuh sebagian","zone":"KUNING"},{"lowerBound":0,"code":"TIDAK","label":"Tidak patuh","zone":"MERAH"}]}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Bands are Rapor defaults, unconfirmed; change them as a new version.', 'seed');
