-- CBAN (Citra Bhakti Abdi Negara, INSTRUMENTS-ADDENDUM 1) reaches the ranking: the assessment service's CBAN
-- instrument (subject PEMDA, a kab/kota government) feeds index CBAN and grades it with its own band table (A-D,
-- Rapor defaults, unconfirmed: the results say so). Pemda rank among Pemda (subjectKind=PEMDA). The award tiers
-- (piala from the President, piagam from MenPAN-RB) have no cut-offs in any source, so no band is mapped to an award.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('CBAN', 1, 'Citra Bhakti Abdi Negara (penyelenggaraan pelayanan publik pemerintah kabupaten/kota)',
        'PermenPAN 12/2009 jo. PermenPANRB 44/2011; PermenPANRB 66/2012 (CBAN 2013)',
        date '2009-01-01', 'ASSESSMENT', 0, 100, 2, '{}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Indicators, weights and bands are unconfirmed [U] (only the 12 component names of the 2009/2010 round are '
            || 'sourced); the 66/2012 lampiran (18 instruments, 42 indicators) was not found. Biennial award.',
        'seed');
