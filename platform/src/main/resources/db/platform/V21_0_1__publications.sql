-- Published snapshots of results (survey results, assessment results, rankings) per subject and period.
-- A snapshot is immutable: a correction is a new version that supersedes the previous one, with a reason.
create table publication (
    id            uuid        primary key,
    -- What is published, e.g. 'survey-result', 'ranking'.
    kind          text        not null,
    -- Whose result: a unit id, a region code, an index and region.
    subject       text        not null,
    period        text        not null,
    version       integer     not null check (version > 0),
    content       jsonb       not null,
    -- sha256 (hex) of the canonical JSON of the content: sorted keys, no insignificant whitespace.
    content_hash  text        not null,
    -- The definitions the content was computed with, e.g. questionnaire or index definition versions.
    basis         jsonb       not null,
    published_by  text        not null,
    published_at  timestamptz not null,
    -- Readers see the snapshot only from this instant; null: at once.
    embargo_until timestamptz,
    supersedes    uuid        references publication (id),
    reason        text,
    unique (kind, subject, period, version)
);

-- The current snapshot: the highest version of a subject and period whose embargo has passed.
create index publication_current on publication (kind, subject, period, version desc) include (embargo_until);

create function publication_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'publication % is immutable: publish a correction instead', old.id
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger publication_immutable
    before update or delete on publication
    for each row execute function publication_immutable();
