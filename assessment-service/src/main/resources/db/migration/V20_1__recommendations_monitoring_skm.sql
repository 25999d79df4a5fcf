-- An evaluator's recommendation on one indicator of an assessment, and the unit's follow-up of it:
-- BELUM (not started) → PROSES (in progress) → SELESAI (done), one step at a time. Changes are audited in
-- the assessment's audit trail.
create table recommendation (
    id             uuid        primary key,
    assessment_id  uuid        not null references assessment (id),
    cycle_id       uuid        not null references evaluation_cycle (id),
    unit_id        uuid        not null references service_unit (id),
    region_code    text        not null,
    indicator_code text        not null,
    text           text        not null,
    written_by     text        not null,
    written_at     timestamptz not null,
    status         text        not null,
    follow_up      text,
    evidence_url   text,
    answered_by    text,
    answered_at    timestamptz,
    done_at        timestamptz,
    version        bigint      not null
);
create index recommendation_assessment on recommendation (assessment_id);
create index recommendation_cycle on recommendation (cycle_id, region_code);

-- A monitoring (pemantauan) of the lokus of an earlier cycle: it tracks the follow-up of that cycle's
-- recommendations, and is the baseline of next_cycle_id once that cycle is named.
create table monitoring (
    id              uuid        primary key,
    source_cycle_id uuid        not null references evaluation_cycle (id),
    next_cycle_id   uuid        references evaluation_cycle (id),
    name            text        not null,
    scope_region    text,
    opened_by       text        not null,
    opened_at       timestamptz not null
);
create index monitoring_source on monitoring (source_cycle_id);
create index monitoring_next on monitoring (next_cycle_id);

-- The newest SKM facts per unit and year from the survey service (SkmFollowUpSummarized), version-guarded.
create table skm_fact (
    unit_id     uuid        not null,
    year        integer     not null,
    version     bigint      not null,
    payload     text        not null,
    received_at timestamptz not null,
    primary key (unit_id, year)
);

-- Which indicators of which instrument the SKM facts answer, and with which fact: data, so a new instrument
-- version maps its own codes.
create table skm_indicator_source (
    instrument_code text not null,
    indicator_code  text not null,
    fact            text not null check (fact in ('SKM_HELD', 'MEDIA_COUNT', 'RTL_DONE', 'FOLLOW_UP_SPEED')),
    primary key (instrument_code, indicator_code)
);
insert into skm_indicator_source (instrument_code, indicator_code, fact) values
    ('PEKPPP', '6.a.B', 'SKM_HELD'),
    ('PEKPPP', '7.a.T', 'MEDIA_COUNT'),
    ('PEKPPP', '8.a.Ak', 'RTL_DONE'),
    ('PEKPPP', '9.a.Ak', 'FOLLOW_UP_SPEED');

-- What the operator did with a system suggestion: ACCEPTED (the suggested value) or OVERRIDDEN (another, with a note).
create table skm_suggestion_decision (
    assessment_id   uuid          not null references assessment (id),
    indicator_code  text          not null,
    fact            text          not null,
    suggested_value numeric(8, 2),
    value           numeric(8, 2) not null,
    decision        text          not null,
    note            text,
    facts_version   bigint        not null,
    decided_by      text          not null,
    decided_at      timestamptz   not null,
    primary key (assessment_id, indicator_code)
);
