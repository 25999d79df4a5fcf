-- CPP (Citra Pelayanan Prima, PermenPANRB 38/2012) reaches the ranking: the assessment service's CPP_LEGACY
-- instrument feeds index CPP and grades it with its own band table (PRIMA/BAIK/CUKUP/KURANG, Rapor defaults,
-- unconfirmed: the results say so). The award tiers (piala, piagam, tingkat pratama) have no cut-offs in any
-- source, so no band is mapped to an award.
insert into index_definition (code, version, name, legal_basis, effective_from, source, scale_min, scale_max,
                              decimals, band_tables, rules, note, created_by)
values ('CPP', 1, 'Citra Pelayanan Prima (kinerja unit pelayanan publik)',
        'PermenPANRB 38/2012 (Pedoman Penilaian Kinerja Unit Pelayanan Publik); predecessor PermenPANRB 7/2010',
        date '2010-01-01', 'ASSESSMENT', 0, 100, 2, '{}',
        '{"tierPriority":["PROVINSI","KABKOTA","MANDIRI"]}',
        'Components other than SDM 17, sarpras 8, pengaduan 10, the bands and the award tier cut-offs (piala, '
            || 'piagam, tingkat pratama) are unconfirmed [U]; change them as a new version.',
        'seed');
