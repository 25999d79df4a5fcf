-- Index definitions: versioned data (bands, zones, how sources combine), never constants in code.
create table index_definition (
    id              bigint generated always as identity primary key,
    code            text        not null,
    version         integer     not null,
    name            text        not null,
    legal_basis     text        not null,
    effective_from  date        not null,
    source          text        not null check (source in ('SURVEY_TALLY', 'ASSESSMENT')),
    scale_min       numeric     not null,
    scale_max       numeric     not null,
    decimals        integer     not null check (decimals between 0 and 6),
    -- {"default": [{"lowerBound": 88.31, "code": "A", "label": "...", "zone": "HIJAU"}, ...], "<regulation>": [...]}
    band_tables     text        not null,
    -- source selection and combination rules, see DefinitionDtos.Rules
    rules           text        not null,
    note            text,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    unique (code, version)
);

-- Local replica of the unit register (from UnitChanged), version-guarded.
create table unit_projection (
    id             uuid primary key,
    version        bigint      not null,
    name           text        not null,
    unit_type      text        not null,
    region_code    text        not null,
    province_code  text,
    regency_code   text,
    active         boolean     not null,
    event_id       uuid        not null,
    updated_at     timestamptz not null default now()
);
create index unit_projection_province on unit_projection (province_code);
create index unit_projection_regency on unit_projection (regency_code);

-- Latest tally per survey campaign (highest tally_version wins); facts are kept even before the unit is known.
create table survey_tally (
    campaign_id           uuid primary key,
    tally_version         bigint      not null,
    unit_id               uuid        not null,
    period                text        not null,
    questionnaire_code    text,
    questionnaire_version integer     not null,
    regulation            text,
    campaign_status       text,
    population            bigint,
    respondents           bigint      not null,
    items                 text        not null,
    event_id              uuid        not null,
    occurred_at           timestamptz
);
create index survey_tally_unit_period on survey_tally (unit_id, period);

-- Latest state per assessment (highest version wins); only VERIFIED counts as a result.
create table assessment_fact (
    assessment_id      uuid primary key,
    version            bigint      not null,
    event_type         text        not null,
    unit_id            uuid        not null,
    index_code         text        not null,
    period             text        not null,
    tier               text,
    instrument_code    text,
    instrument_version integer,
    total              numeric,
    scale_max          numeric,
    aspects            text,
    band_code          text,
    event_id           uuid        not null,
    occurred_at        timestamptz
);
create index assessment_fact_unit_period on assessment_fact (unit_id, period);

-- One computed index per unit, period and index, with the inputs that produced it.
create table unit_result (
    id                  uuid primary key,
    unit_id             uuid        not null,
    index_code          text        not null,
    period              text        not null,
    period_start        date        not null,
    state               text        not null check (state in ('OK', 'INSUFFICIENT_DATA')),
    reason              text,
    value               numeric,
    value_exact         numeric,
    band_code           text,
    band_label          text,
    zone                text,
    regulation          text,
    respondents         bigint,
    definition_version  integer     not null,
    inputs              text        not null,
    computed_at         timestamptz not null default now(),
    unique (unit_id, index_code, period)
);
create index unit_result_index_period on unit_result (index_code, period, value desc);

-- Sufficient statistics behind a survey-based result, summed again for regional roll-ups.
create table unit_result_item (
    id          bigint generated always as identity primary key,
    result_id   uuid   not null references unit_result (id) on delete cascade,
    item_code   text   not null,
    weight      text   not null,
    item_sum    bigint not null,
    item_count  bigint not null,
    unique (result_id, item_code)
);
