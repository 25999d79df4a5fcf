-- An evaluator's review of a Pemda's SPM entries of a year (evaluators of the region or admins): verified or
-- returned with a note. Append-only: the latest review is the current one.
create table spm_review (
    id          uuid        primary key,
    pemda_id    uuid        not null references service_unit (id),
    year        integer     not null,
    verdict     text        not null check (verdict in ('TERVERIFIKASI', 'DIKEMBALIKAN')),
    note        text,
    reviewed_by text        not null,
    reviewed_at timestamptz not null
);
create index spm_review_pemda on spm_review (pemda_id, year, reviewed_at);
create trigger spm_review_no_change before update or delete on spm_review
    for each row execute function audit_entry_append_only();
