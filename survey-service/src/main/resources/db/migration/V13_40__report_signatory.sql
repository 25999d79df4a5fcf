-- Who signs the documents Rapor prints (Laporan SKM): per unit, or per region (kabupaten/kota or province) for
-- every unit inside it that has none of its own. Each change is kept in an append-only audit trail.
create table report_signatory (
    scope       text        primary key,
    name        text        not null,
    nip         text,
    position    text        not null,
    place       text,
    updated_by  text        not null,
    updated_at  timestamptz not null
);

create table report_signatory_audit (
    id         bigint      generated always as identity primary key,
    scope      text        not null,
    before     jsonb,
    after      jsonb       not null,
    actor      text        not null,
    at         timestamptz not null
);
create index report_signatory_audit_scope on report_signatory_audit (scope, id);
