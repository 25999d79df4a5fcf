-- The register of public-service units evaluated by Rapor.
create table service_unit (
    id                  uuid        primary key,
    name                text        not null,
    unit_type           text        not null,
    region_code         text        not null,
    province_code       text        not null,
    parent_organisation text,
    active              boolean     not null default true,
    revision            bigint      not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index service_unit_region on service_unit (region_code);
create index service_unit_province on service_unit (province_code);
