-- One home per band table. A producer's instrument or questionnaire version is the only authored copy of the
-- band table of the index it computes; its events carry the rounded value, the decimals, the band and the table
-- (GradeScale) and whether the value rests on unconfirmed parts (Basis). The ranking stores what it received,
-- shows the producer's band and grades roll-ups of that index with the table it received (a projection).
alter table survey_tally add column scale text;
alter table survey_tally add column basis text;
alter table assessment_fact add column value numeric;
alter table assessment_fact add column scale text;
alter table assessment_fact add column basis text;
-- the grading a unit result was graded with, so roll-ups grade the same way, and the result's basis
alter table unit_result add column scale text;
alter table unit_result add column basis text;
alter table unit_result add column confirmed boolean not null default true;
-- sample adequacy of a survey index (Krejcie-Morgan minimum for the summed population of the campaigns)
alter table unit_result add column population bigint;
alter table unit_result add column minimum_sample bigint;
alter table unit_result add column sample_adequate boolean;

-- The seeded definitions held second copies of the producers' tables (and the 2013-2021 Ombudsman bands under
-- other codes: TINGGI/SEDANG/RENDAH where the instrument says HIJAU/KUNING/MERAH). They are removed; a
-- definition keeps band tables only for an index no producer grades. Results computed with the old copies are
-- recomputed by POST /api/v1/ranking/admin/rebuild after the upgrade.
update index_definition set band_tables = '{}'
where created_by = 'seed' and code in ('IKM', 'IPP', 'KEPATUHAN', 'OPINI_OMBUDSMAN', 'KEPATUHAN_SP');
