-- Evaluation cycles: an instrument version, a year, a scope (null: national) and phase start dates.
create table evaluation_cycle (
    id                     uuid        primary key,
    name                   text        not null,
    instrument_version_id  uuid        not null references instrument_version (id),
    year                   integer     not null,
    scope_region           text        references region (code),
    tiers                  text        not null,
    self_assessment_starts date        not null,
    evaluation_starts      date        not null,
    revision_starts        date        not null,
    final_starts           date        not null,
    phase_override         text,
    created_at             timestamptz not null,
    created_by             text        not null,
    check (self_assessment_starts < evaluation_starts and evaluation_starts < revision_starts
           and revision_starts < final_starts)
);
create index evaluation_cycle_scope on evaluation_cycle (scope_region);

-- One assessment per unit (lokus) per cycle.
create table assessment (
    id           uuid        primary key,
    cycle_id     uuid        not null references evaluation_cycle (id),
    unit_id      uuid        not null references service_unit (id),
    region_code  text        not null,
    status       text        not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    unique (cycle_id, unit_id)
);
create index assessment_region on assessment (region_code);
create index assessment_unit on assessment (unit_id);

-- The operator's answer per indicator (its value is the MANDIRI tier's score) with evidence.
create table assessment_answer (
    id             uuid        primary key,
    assessment_id  uuid        not null references assessment (id),
    indicator_code text        not null,
    value          numeric     not null,
    evidence       text        not null,
    note           text,
    answered_by    text        not null,
    answered_at    timestamptz not null,
    unique (assessment_id, indicator_code)
);

-- Evaluators' scores per tier (KABKOTA, PROVINSI) and indicator, with a note.
create table assessment_score (
    id             uuid        primary key,
    assessment_id  uuid        not null references assessment (id),
    tier           text        not null,
    indicator_code text        not null,
    value          numeric     not null,
    note           text,
    scored_by      text        not null,
    scored_at      timestamptz not null,
    unique (assessment_id, tier, indicator_code)
);

-- Append-only trail of every change to an assessment.
create table audit_entry (
    id            bigint      generated always as identity primary key,
    assessment_id uuid        not null references assessment (id),
    at            timestamptz not null,
    actor         text        not null,
    role          text        not null,
    action        text        not null,
    detail        text        not null
);
create index audit_entry_assessment on audit_entry (assessment_id, id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
