-- Who signs the berita acara of an evaluation cycle, per region (the cycle's scope): configuration data kept by the
-- region's evaluators, in signing order.
create table berita_acara_signatory (
    id          uuid primary key,
    region_code text        not null,
    position    int         not null,
    name        text        not null,
    nip         text,
    jabatan     text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    unique (region_code, position)
);

-- The berita acara of a finalised cycle: numbered per year, the PDF as issued and its SHA-256, never rewritten.
create table berita_acara (
    cycle_id   uuid primary key references evaluation_cycle (id),
    year       int         not null,
    seq        int         not null,
    number     text        not null unique,
    pdf        bytea       not null,
    sha256     text        not null,
    issued_at  timestamptz not null,
    issued_by  text        not null,
    unique (year, seq)
);

-- An issued berita acara is a record: neither changed nor removed.
create function berita_acara_issued() returns trigger language plpgsql as $$
begin
    raise exception 'berita acara % is issued and cannot change', old.number;
end $$;

create trigger berita_acara_no_change before update or delete on berita_acara
    for each row execute function berita_acara_issued();
