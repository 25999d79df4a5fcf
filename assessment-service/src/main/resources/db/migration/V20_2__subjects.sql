-- Assessment subjects beyond service units: a Pemda (province or kab/kota government, unit_type PEMDA, one per
-- region) and an instansi without a region (K/L, BUMN, BUMD). A unit may belong to an instansi (a BUMN's branch
-- offices) and is then ranked within it as well.
alter table service_unit add column subject_kind text not null default 'UNIT'
    check (subject_kind in ('UNIT', 'PEMDA', 'INSTANSI'));
alter table service_unit add column instansi_id uuid references service_unit (id);
alter table service_unit alter column region_code drop not null;
alter table service_unit alter column province_code drop not null;
alter table service_unit add constraint service_unit_region_by_kind
    check ((subject_kind = 'INSTANSI') = (region_code is null));
create unique index service_unit_one_pemda_per_region on service_unit (region_code) where subject_kind = 'PEMDA';
create index service_unit_instansi on service_unit (instansi_id);

-- The assessment of an instansi has no region: only the national (admin) scope reaches it.
alter table assessment alter column region_code drop not null;

-- The lokus rule of an instrument version: which subject kinds it assesses (JSON array of text).
alter table instrument_version add column subject_kinds text not null default '["UNIT"]';

-- The entity-level Ombudsman kepatuhan (seed 002: Pemerintah Kota Pangkalpinang 2015, 55.19 kuning over 36 produk
-- layanan) assesses a Pemda as well as a unit; the seeded version's content is unchanged.
alter table instrument_version disable trigger instrument_version_no_update;
update instrument_version set subject_kinds = '["UNIT", "PEMDA"]' where code = 'OMBUDSMAN_KEPATUHAN' and version = 1;
alter table instrument_version enable trigger instrument_version_no_update;
