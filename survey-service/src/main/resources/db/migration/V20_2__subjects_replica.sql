-- UnitChanged schema 2 carries instansi (K/L, BUMN) without a region; the replica keeps them to validate ids.
alter table unit_replica alter column region_code drop not null;
alter table unit_replica alter column province_code drop not null;
