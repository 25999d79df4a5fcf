-- Where a unit published its SKM result: the kinds are a vocabulary kept as data (PermenPANRB 14/2017 asks for the
-- result to be published; the kinds below are the usual ones, seeded as Rapor's proposal).
create table publication_medium_kind (
    code        text    primary key,
    label       text    not null,
    position    integer not null,
    active      boolean not null default true,
    confirmed   boolean not null default false,
    note        text
);

insert into publication_medium_kind (code, label, position, note) values
    ('WEBSITE', 'Website', 1, 'Rapor proposal; not from a regulation'),
    ('BANNER', 'Banner / papan informasi', 2, 'Rapor proposal; not from a regulation'),
    ('MEDIA_SOSIAL', 'Media sosial', 3, 'Rapor proposal; not from a regulation'),
    ('CETAK', 'Media cetak', 4, 'Rapor proposal; not from a regulation'),
    ('LAINNYA', 'Lainnya', 5, 'Rapor proposal; not from a regulation');

-- One publication of a unit's SKM result of a period in one medium, with the evidence link.
create table publication_medium (
    id           uuid        primary key,
    unit_id      uuid        not null,
    period       text        not null,
    period_year  integer     not null,
    kind         text        not null references publication_medium_kind (code),
    description  text,
    evidence_url text        not null,
    published_on date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index publication_medium_unit on publication_medium (unit_id, period_year);

-- A follow-up plan (rencana tindak lanjut, RTL) of a unit for one unsur of its SKM result of a period:
-- rencana → berjalan → selesai. baseline_nrr is the unsur's NRR in that period when the plan was made.
create table follow_up_plan (
    id           uuid          primary key,
    unit_id      uuid          not null,
    period       text          not null,
    period_year  integer       not null,
    period_end   date          not null,
    item_code    text          not null,
    item_name    text          not null,
    reasons      text          not null,
    baseline_nrr numeric(6, 2),
    action       text          not null,
    owner        text          not null,
    due_date     date          not null,
    evidence_url text,
    status       text          not null,
    version      bigint        not null,
    created_by   text          not null,
    created_at   timestamptz   not null,
    updated_by   text          not null,
    updated_at   timestamptz   not null,
    started_at   timestamptz,
    done_at      timestamptz
);
create index follow_up_plan_unit on follow_up_plan (unit_id, period_year, period);

-- Every change to publication media and follow-up plans, append-only: who, when, which field, before and after.
create table follow_up_audit (
    id         bigint generated always as identity primary key,
    subject    text        not null,
    subject_id uuid        not null,
    unit_id    uuid        not null,
    action     text        not null,
    field      text,
    old_value  text,
    new_value  text,
    actor      text        not null,
    at         timestamptz not null
);
create index follow_up_audit_subject on follow_up_audit (subject_id, id);

-- The version of the SKM facts last published per unit and year (SkmFollowUpSummarized.version).
create table skm_fact_version (
    unit_id uuid    not null,
    year    integer not null,
    version bigint  not null,
    primary key (unit_id, year)
);
