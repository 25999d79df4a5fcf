-- Assessment subjects beyond units (UnitChanged schema 2): a Pemda, or an instansi (K/L, BUMN) without a region;
-- a unit may belong to an instansi. Rankings compare subjects of one kind; roll-ups of a region count its units.
alter table unit_projection add column subject_kind text not null default 'UNIT';
alter table unit_projection add column instansi_id uuid;
alter table unit_projection alter column region_code drop not null;
create index unit_projection_instansi on unit_projection (instansi_id);
create index unit_projection_subject_kind on unit_projection (subject_kind);
