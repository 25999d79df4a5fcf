-- Local replica of the unit register (from UnitChanged events); only used to validate unit ids.
create table unit_replica (
    id             uuid        primary key,
    name           text        not null,
    unit_type      text        not null,
    region_code    text        not null,
    province_code  text        not null,
    regency_code   text,
    active         boolean     not null,
    version        bigint      not null,
    updated_at     timestamptz not null
);

-- Questionnaires are versioned data: a standard one per regulation, and a unit's own versions derived from it.
create table questionnaire (
    id          uuid        primary key,
    code        text        not null,
    version     integer     not null,
    name        text        not null,
    regulation  text        not null,
    unit_id     uuid,
    based_on    uuid        references questionnaire (id),
    scale_min   integer     not null,
    scale_max   integer     not null,
    confirmed   boolean     not null default true,
    note        text,
    created_at  timestamptz not null default now(),
    unique (code, version)
);

create table questionnaire_item (
    questionnaire_id uuid    not null references questionnaire (id),
    position         integer not null,
    code             text    not null,
    name             text    not null,
    question         text    not null,
    weight           text    not null,
    labels           jsonb   not null,
    primary key (questionnaire_id, code),
    unique (questionnaire_id, position)
);

-- Grade bands on the 25–100 konversi scale, inclusive lower bounds applied to the value rounded to 2 decimals.
create table questionnaire_band (
    questionnaire_id uuid         not null references questionnaire (id),
    lower_bound      numeric(6,2) not null,
    code             text         not null,
    label            text         not null,
    primary key (questionnaire_id, code)
);

create table campaign (
    id               uuid        primary key,
    unit_id          uuid        not null,
    questionnaire_id uuid        not null references questionnaire (id),
    title            text,
    period           text        not null,
    period_start     date        not null,
    period_end       date        not null,
    population       bigint,
    status           text        not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    closed_at        timestamptz
);
create index campaign_unit_period on campaign (unit_id, period);

-- Responses are append-only; a void keeps the row and flags it. Answers are stored by item code.
create table survey_response (
    id            bigint      generated always as identity primary key,
    campaign_id   uuid        not null references campaign (id),
    client_id     text        not null,
    request_hash  text        not null,
    answers       jsonb       not null,
    gender        text,
    age           integer,
    age_band      text,
    education     text,
    occupation    text,
    service_used  text,
    suggestion    text,
    consent       boolean     not null,
    channel       text        not null,
    submitted_at  timestamptz not null,
    voided        boolean     not null default false,
    void_reason   text,
    voided_by     text,
    voided_at     timestamptz
);
create unique index survey_response_client on survey_response (campaign_id, client_id);

-- Running tallies (sufficient statistics), updated in the transaction of each accepted request.
create table campaign_tally (
    campaign_id    uuid        primary key references campaign (id),
    tally_version  bigint      not null,
    respondents    bigint      not null,
    updated_at     timestamptz not null
);

create table campaign_item_tally (
    campaign_id  uuid   not null references campaign (id),
    item_code    text   not null,
    answer_sum   bigint not null,
    answer_count bigint not null,
    primary key (campaign_id, item_code)
);
