-- The SOP register of each OPD/unit (PermenPANRB 35/2012, SOP Administrasi Pemerintahan) with the SOP-AP header
-- fields (REFERENCE §5), its revision history, and the evaluation of its implementation (INSTRUMENTS-ADDENDUM §3).

-- The evaluation criteria as versioned data: yes/no questions per SOP. Version 1 holds the seven criteria of two
-- public codebases citing 35/2012 (one a Biro Organisasi Sumbar template); version 2 the six-item variant without
-- "sinergi" another app uses. The Permen's own evaluation table (Tabel 8) was not reached, so its wording is
-- unconfirmed.
create table sop_criteria_set (
    version      integer primary key,
    name         text    not null,
    confirmed    boolean not null,
    reason       text,
    source       text    not null,
    score_reason text    not null
);
insert into sop_criteria_set (version, name, confirmed, reason, source, score_reason) values
    (1, 'Evaluasi penerapan SOP AP, 7 kriteria', false,
     'Criteria taken from two public apps citing PermenPANRB 35/2012 (C2); the Permen''s evaluation table (Tabel 8) '
         || 'was not reached, so its exact wording and the evaluation frequency are unconfirmed',
     'INSTRUMENTS-ADDENDUM §3.3 [C2 K-SOP1, K-SOP2]',
     'The score (% "ya" over the criteria) is a local convention of one app [C1 K-SOP1]; 35/2012 yields only '
         || 'berjalan/tidak and revise/not (INSTRUMENTS-ADDENDUM §3.4)'),
    (2, 'Evaluasi penerapan SOP AP, 6 kriteria (tanpa sinergi)', false,
     'The six-item variant of one app; the sources disagree with the seven-item set',
     'INSTRUMENTS-ADDENDUM §3.3 [! K-SOP3]',
     'The score (% "ya" over the criteria) is a local convention of one app [C1 K-SOP1]; 35/2012 yields only '
         || 'berjalan/tidak and revise/not (INSTRUMENTS-ADDENDUM §3.4)');

create table sop_criterion (
    set_version integer not null references sop_criteria_set (version),
    number      integer not null,
    text        text    not null,
    primary key (set_version, number)
);
insert into sop_criterion (set_version, number, text) values
    (1, 1, 'Mampu mendorong peningkatan kinerja'),
    (1, 2, 'Mudah dipahami'),
    (1, 3, 'Mudah dilaksanakan'),
    (1, 4, 'Semua orang dapat menjalankan perannya masing-masing'),
    (1, 5, 'Mampu mengatasi permasalahan yang berkaitan dengan proses'),
    (1, 6, 'Mampu menjawab kebutuhan peningkatan kinerja organisasi'),
    (1, 7, 'Sinergi satu dengan lainnya'),
    (2, 1, 'Mampu mendorong peningkatan kinerja'),
    (2, 2, 'Mudah dipahami'),
    (2, 3, 'Mudah dilaksanakan'),
    (2, 4, 'Semua orang dapat menjalankan perannya masing-masing'),
    (2, 5, 'Mampu mengatasi permasalahan yang berkaitan dengan proses'),
    (2, 6, 'Mampu menjawab kebutuhan peningkatan kinerja organisasi');

-- One SOP document of a unit (the owning OPD), with its current SOP-AP header.
create table sop_document (
    id                        uuid        primary key,
    unit_id                   uuid        not null references service_unit (id),
    region_code               text,
    number                    text        not null,
    title                     text        not null,
    made_date                 date        not null,
    revised_date              date,
    effective_date            date        not null,
    approver_name             text        not null,
    approver_nip              text,
    approver_position         text        not null,
    legal_basis               text        not null,
    implementer_qualification text,
    related_sops              text,
    equipment                 text,
    warnings                  text,
    records                   text,
    document_url              text,
    status                    text        not null check (status in ('DRAFT', 'DITETAPKAN', 'DICABUT')),
    revision                  integer     not null,
    created_by                text        not null,
    created_at                timestamptz not null,
    updated_by                text        not null,
    updated_at                timestamptz not null
);
create unique index sop_document_number on sop_document (unit_id, number);

-- The header of every earlier revision, as it was before the next one replaced it (append-only).
create table sop_revision (
    id          uuid        primary key,
    sop_id      uuid        not null references sop_document (id),
    revision    integer     not null,
    header      text        not null,
    replaced_by text        not null,
    replaced_at timestamptz not null,
    reason      text        not null,
    unique (sop_id, revision)
);

-- An evaluator's evaluation of how one SOP is applied: Tabel 7 "Monitoring Pelaksanaan SOP AP" (berjalan dengan
-- baik / tidak, catatan, tindakan, method) and the yes/no answers to a criteria set; needs_revision = any "tidak".
create table sop_evaluation (
    id              uuid        primary key,
    sop_id          uuid        not null references sop_document (id),
    unit_id         uuid        not null references service_unit (id),
    region_code     text,
    year            integer     not null,
    sop_revision    integer     not null,
    application     text        not null check (application in ('BERJALAN_BAIK', 'TIDAK_BERJALAN_BAIK')),
    method          text        not null check (method in ('OBSERVASI', 'WAWANCARA_PELAKSANA',
                                                          'WAWANCARA_PELANGGAN', 'DISKUSI_KELOMPOK', 'PENGARAHAN')),
    note            text,
    action          text,
    criteria_version integer    not null references sop_criteria_set (version),
    answers         text        not null,
    yes_count       integer     not null,
    criteria_count  integer     not null,
    needs_revision  boolean     not null,
    evaluated_by    text        not null,
    evaluated_at    timestamptz not null
);
create index sop_evaluation_sop on sop_evaluation (sop_id, year);
create index sop_evaluation_unit on sop_evaluation (unit_id, year);

-- Who did what to an SOP is kept in register_audit (V24_1).

create trigger sop_revision_no_change before update or delete on sop_revision
    for each row execute function audit_entry_append_only();
