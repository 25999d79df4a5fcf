-- One grading rule: an instrument version's total is rounded half-up to `decimals` and the rounded value is
-- classified by the version's band table (the only authored copy of that table; consumers receive it in events).
-- `bands_confirmed` is false when the domain reference does not confirm the cut-offs or the zone mapping;
-- `unconfirmed` (JSON array of text) names every unconfirmed part a result of this version rests on.
alter table instrument_version add column decimals integer not null default 2 check (decimals between 0 and 6);
alter table instrument_version add column bands_confirmed boolean not null default true;
alter table instrument_version add column unconfirmed text not null default '[]';

-- The seeded versions gain what their legal-basis text already says; scores and bands are unchanged, so the
-- immutability trigger is lifted for this one statement set only.
alter table instrument_version disable trigger instrument_version_no_update;

update instrument_version set bands_confirmed = false, unconfirmed =
    '["IPP zone mapping (hijau A/A-/B, kuning B-/C/C-, merah D/E/F): no source gives IPP colours",'
    ' "rubric level texts of 26 indicators are placeholders"]'
where code = 'PEKPPP' and version = 1;

update instrument_version set bands_confirmed = false, unconfirmed =
    '["IPP zone mapping (hijau A/A-/B, kuning B-/C/C-, merah D/E/F): no source gives IPP colours",'
    ' "PEKPPP 2023 indicator set and weights taken as the 2022 set",'
    ' "rubric level texts of 26 indicators are placeholders"]'
where code = 'PEKPPP' and version = 2;

update instrument_version set unconfirmed = '["Ombudsman 2013-2021 indicator list and weights"]'
where code = 'OMBUDSMAN_KEPATUHAN' and version = 1;

update instrument_version set bands_confirmed = false, unconfirmed =
    '["Ombudsman opini A-E cut-offs 88/78/57/37",'
    ' "Ombudsman Input dimension split 50/50 between kompetensi pelaksana and sarana prasarana"]'
where code = 'OMBUDSMAN_OPINI' and version = 1;

update instrument_version set bands_confirmed = false, unconfirmed =
    '["CPP components, weights and bands other than SDM 17, sarpras 8, pengaduan 10"]'
where code = 'CPP_LEGACY' and version = 1;

update instrument_version set bands_confirmed = false, unconfirmed =
    '["Standar Pelayanan component weights and bands are Rapor defaults"]'
where code = 'STANDAR_PELAYANAN' and version = 1;

alter table instrument_version enable trigger instrument_version_no_update;
