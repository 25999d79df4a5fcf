-- Evaluation instruments as versioned data: each row is one published version, never changed afterwards.
create table instrument_version (
    id              uuid        primary key,
    code            text        not null,
    version         integer     not null check (version > 0),
    name            text        not null,
    index_code      text        not null,
    legal_basis     text        not null,
    valid_from_year integer,
    valid_to_year   integer,
    scale_max       numeric     not null check (scale_max > 0),
    definition      text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    unique (code, version)
);

-- Published versions are immutable: results name the version they were computed under.
create function instrument_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'instrument versions are immutable; publish a new version instead';
end;
$$;
create trigger instrument_version_no_update before update or delete on instrument_version
    for each row execute function instrument_version_immutable();
