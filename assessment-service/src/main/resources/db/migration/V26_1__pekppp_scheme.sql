-- PEKPPP schemes (nasional, mandiri, khusus, pemantauan) as configuration of an evaluation cycle. A cycle without a
-- regional scope was a ministry cycle, so it becomes NASIONAL; every other existing cycle is MANDIRI.
alter table evaluation_cycle add column scheme text;
update evaluation_cycle set scheme = case when scope_region is null then 'NASIONAL' else 'MANDIRI' end;
alter table evaluation_cycle alter column scheme set not null;
alter table evaluation_cycle add constraint evaluation_cycle_scheme
    check (scheme in ('NASIONAL', 'MANDIRI', 'KHUSUS', 'PEMANTAUAN'));

-- A pemantauan cycle monitors an earlier cycle whose lokus it takes over.
alter table evaluation_cycle add column monitors_cycle_id uuid references evaluation_cycle (id);
alter table evaluation_cycle add constraint evaluation_cycle_monitors
    check ((scheme = 'PEMANTAUAN') = (monitors_cycle_id is not null));
create index evaluation_cycle_monitors on evaluation_cycle (monitors_cycle_id);
create index evaluation_cycle_year_scheme on evaluation_cycle (year, scheme);

-- The published ranking recorded as the cycle's pemeringkatan (from ResultPublished events; newest version wins).
alter table evaluation_cycle add column pemeringkatan_region text;
alter table evaluation_cycle add column pemeringkatan_period text;
alter table evaluation_cycle add column pemeringkatan_version int;
alter table evaluation_cycle add column pemeringkatan_content_hash text;
alter table evaluation_cycle add column pemeringkatan_published_at timestamptz;
alter table evaluation_cycle add column pemeringkatan_publication_id uuid;

-- The ordered phase plan of a cycle: the day each planned phase starts; a phase runs until the next one starts.
create table cycle_phase (
    cycle_id uuid not null references evaluation_cycle (id),
    phase    text not null,
    starts   date not null,
    primary key (cycle_id, phase),
    unique (cycle_id, starts)
);

insert into cycle_phase (cycle_id, phase, starts)
select id, 'SELF_ASSESSMENT', self_assessment_starts from evaluation_cycle
union all select id, 'EVALUATION', evaluation_starts from evaluation_cycle
union all select id, 'REVISION', revision_starts from evaluation_cycle
union all select id, 'FINAL', final_starts from evaluation_cycle;

alter table evaluation_cycle drop column self_assessment_starts;
alter table evaluation_cycle drop column evaluation_starts;
alter table evaluation_cycle drop column revision_starts;
alter table evaluation_cycle drop column final_starts;

-- The service type (ruang lingkup) of a lokus, when the cycle's organiser gives it: a mandiri cycle's lokus must
-- then cover administratif, barang and jasa.
alter table assessment add column ruang_lingkup text
    check (ruang_lingkup in ('ADMINISTRATIF', 'BARANG', 'JASA'));

-- Verifikasi lapangan: an evaluator's field visit to a lokus, a record that is never changed (a correction is a new
-- visit). Adjusted scores are applied to the visiting tier's score rows; the visit keeps them with their reasons.
create table field_visit (
    id            uuid        primary key,
    assessment_id uuid        not null references assessment (id),
    tier          text        not null,
    visit_date    date        not null,
    team          text        not null,
    observations  text        not null,
    photos        text        not null,
    adjustments   text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index field_visit_assessment on field_visit (assessment_id, recorded_at);

create function field_visit_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a field visit is a record: record a new visit to correct it';
end;
$$;
create trigger field_visit_no_change before update or delete on field_visit
    for each row execute function field_visit_immutable();
