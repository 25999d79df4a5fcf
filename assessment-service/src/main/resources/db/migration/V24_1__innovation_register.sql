-- The innovation register ("satu instansi/unit satu inovasi"): each unit's public-service innovations with their
-- stage (inisiatif → uji coba → penerapan, one way), evidence links, the innovation they replicate and the
-- competition tier they reached. PermenPANRB 30/2014 (Pedoman Inovasi Pelayanan Publik); the Pangkalpinang circular
-- SE Walikota 05/2014 (seed 002); fields per INSTRUMENTS-ADDENDUM §5.3-5.4.

-- Competition tiers an innovation can reach, as data: the KIPP tiers and the years they existed, plus regional
-- competitions. Rows not backed by a source are confirmed = false with the reason.
create table innovation_competition_tier (
    code      text    primary key,
    name      text    not null,
    level     text    not null check (level in ('KAB_KOTA', 'PROVINSI', 'NASIONAL')),
    rank      integer not null,
    year_from integer,
    year_to   integer,
    confirmed boolean not null,
    reason    text,
    source    text    not null
);
insert into innovation_competition_tier (code, name, level, rank, year_from, year_to, confirmed, reason, source) values
    ('KAB_KOTA', 'Kompetisi inovasi kabupaten/kota', 'KAB_KOTA', 1, null, null, false,
     'Kab/kota pre-selections are inferred practice of Bagian Organisasi; no regulation or round was found',
     'INSTRUMENTS-ADDENDUM §5.4 [U]'),
    ('PROVINSI', 'Kompetisi inovasi provinsi (KIPP provinsi, e.g. KOVABLIK)', 'PROVINSI', 2, null, null, true, null,
     'INSTRUMENTS-ADDENDUM §5.2, Sulsel 2022 [C1 A36]'),
    ('KIPP_TOP_99', 'KIPP Top 99 Inovasi Pelayanan Publik', 'NASIONAL', 3, 2014, null, true, null,
     'INSTRUMENTS-ADDENDUM §5.2 [C2 A23, A27, A30, A40]'),
    ('KIPP_TOP_9', 'KIPP Top 9', 'NASIONAL', 4, 2014, 2014, true, null, 'INSTRUMENTS-ADDENDUM §5.2 [C2]'),
    ('KIPP_TOP_25', 'KIPP Top 25', 'NASIONAL', 4, 2015, 2015, true, null, 'INSTRUMENTS-ADDENDUM §5.2 [C2]'),
    ('KIPP_TOP_35', 'KIPP Top 35', 'NASIONAL', 4, 2016, 2016, true, null, 'INSTRUMENTS-ADDENDUM §5.2 [C2]'),
    ('KIPP_TOP_40', 'KIPP Top 40', 'NASIONAL', 4, 2017, 2018, true, null, 'INSTRUMENTS-ADDENDUM §5.2 [C2]'),
    ('KIPP_TOP_45', 'KIPP Top 45', 'NASIONAL', 4, 2019, null, true, null,
     'INSTRUMENTS-ADDENDUM §5.2 [C2]; Kepmen 18/2019 [C1 A28]'),
    ('KIPP_TOP_5_OA', 'KIPP Top 5 Outstanding Achievement (kelompok khusus)', 'NASIONAL', 4, 2020, null, true, null,
     'INSTRUMENTS-ADDENDUM §5.2 [C2]');

-- The "one agency one innovation" coverage rule, as data: a unit counts as covered in a year when it holds at
-- least min_innovations innovations of that year at min_stage or beyond.
create table innovation_coverage_rule (
    code            text    primary key,
    min_innovations integer not null check (min_innovations > 0),
    min_stage       text    not null check (min_stage in ('INISIATIF', 'UJI_COBA', 'PENERAPAN')),
    confirmed       boolean not null,
    reason          text,
    source          text    not null
);
insert into innovation_coverage_rule (code, min_innovations, min_stage, confirmed, reason, source) values
    ('SATU_UNIT_SATU_INOVASI', 1, 'PENERAPAN', false,
     'At least one innovation a year is sourced (PermenPANRB 19/2016 [C1 A35]; SE Walikota Pangkalpinang 05/2014, '
         || 'seed 002); counting a unit only once its innovation is in penerapan is an inference: how Bagian '
         || 'Organisasi count coverage is not documented',
     'INSTRUMENTS-ADDENDUM §5.1, §5.3 [U]');

create table innovation (
    id                 uuid        primary key,
    unit_id            uuid        not null references service_unit (id),
    region_code        text,
    name               text        not null,
    innovator          text        not null,
    year               integer     not null,
    jenis              text        not null check (jenis in ('DIGITAL', 'NON_DIGITAL')),
    bentuk             text        not null check (bentuk in ('TATA_KELOLA', 'PELAYANAN_PUBLIK', 'LAINNYA')),
    inisiator          text check (inisiator in ('KEPALA_DAERAH', 'DPRD', 'PERANGKAT_DAERAH', 'ASN', 'MASYARAKAT')),
    purpose            text,
    benefit            text,
    result             text,
    stage              text        not null check (stage in ('INISIATIF', 'UJI_COBA', 'PENERAPAN')),
    trial_date         date,
    implemented_date   date,
    replicated_from_id uuid        references innovation (id),
    competition_tier   text        references innovation_competition_tier (code),
    competition_year   integer,
    verified           boolean,
    verified_by        text,
    verified_at        timestamptz,
    verification_note  text,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_by         text        not null,
    updated_at         timestamptz not null,
    version            bigint      not null
);
create index innovation_unit on innovation (unit_id, year);
create index innovation_region on innovation (region_code, year);
create index innovation_replicated_from on innovation (replicated_from_id);

create table innovation_evidence (
    innovation_id uuid    not null references innovation (id) on delete cascade,
    position      integer not null,
    label         text    not null,
    url           text    not null,
    primary key (innovation_id, position)
);

-- Who did what to an innovation or an SOP (V24_2), append-only like the assessments' audit trail: one trail for
-- all registers, keyed by register and the subject's id.
create table register_audit (
    id         bigint      generated always as identity primary key,
    register   text        not null check (register in ('innovation', 'sop')),
    subject_id uuid        not null,
    at         timestamptz not null,
    actor      text        not null,
    role       text        not null,
    action     text        not null,
    detail     text        not null
);
create index register_audit_subject on register_audit (register, subject_id, id);
create trigger register_audit_no_change before update or delete on register_audit
    for each row execute function audit_entry_append_only();
