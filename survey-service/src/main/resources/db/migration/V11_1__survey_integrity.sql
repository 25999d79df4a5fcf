-- Survey integrity: public form tokens, proof-of-work and rate limits shared by every instance, quality flags
-- with a review queue, void approval, and client response ids namespaced by channel and caller.

-- What a QR code or kiosk link carries; separate from the campaign id, rotated or revoked by the unit's managers.
-- Without one, the campaign accepts no anonymous responses.
alter table campaign add column form_token text;
create unique index campaign_form_token on campaign (form_token) where form_token is not null;

-- A response id is unique per campaign within its namespace (channel and caller), so an anonymous caller can never
-- claim an id an operator's import will use. Quality flags hold a response out of the tally until reviewed.
alter table survey_response add column namespace text not null default 'WEB/public';
alter table survey_response add column client_key text;
alter table survey_response add column batch_reference text;
alter table survey_response add column quality_flags text[] not null default '{}';
-- COUNTED (in the tally), FLAGGED (held out, awaiting review), ACCEPTED (reviewed, in the tally), EXCLUDED
alter table survey_response add column review_state text not null default 'COUNTED';
alter table survey_response add column reviewed_by text;
alter table survey_response add column reviewed_at timestamptz;
alter table survey_response add column review_reason text;
-- Rows from before this version keep their channel as namespace, so a later import by staff cannot collide.
update survey_response set namespace = channel || '/before-v11' where channel <> 'WEB';
drop index survey_response_client;
create unique index survey_response_client on survey_response (campaign_id, namespace, client_id);
create index survey_response_lookup on survey_response (campaign_id, client_id);
create index survey_response_flagged on survey_response (campaign_id) where review_state = 'FLAGGED';
-- The identical-run check reads a campaign's latest responses.
create index survey_response_latest on survey_response (campaign_id, id);
create index survey_response_client_key on survey_response (campaign_id, client_key, submitted_at)
    where client_key is not null;

alter table campaign_tally add column flagged bigint not null default 0;
alter table campaign_tally add column excluded bigint not null default 0;

-- Proof-of-work solutions already used (until their challenge expires), so each one is accepted once across instances.
create table pow_spent (
    salt        text        primary key,
    expires_at  timestamptz not null
);
create index pow_spent_expiry on pow_spent (expires_at);

-- Token buckets of the service's own submission limits (per campaign and per client), shared by every instance.
create table rate_bucket (
    bucket_key  text             primary key,
    tokens      double precision not null,
    allowed     boolean          not null,
    updated_at  timestamptz      not null
);

-- A unit operator's request to void one of its own unit's responses; an evaluator of the region or an admin decides.
create table void_request (
    id              uuid        primary key,
    campaign_id     uuid        not null references campaign (id),
    namespace       text        not null,
    client_id       text        not null,
    reason          text        not null,
    requested_by    text        not null,
    requested_at    timestamptz not null,
    state           text        not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text
);
create index void_request_campaign on void_request (campaign_id, state);

-- Append-only trail of integrity decisions: reviews, void requests and their decisions, form token changes.
create table integrity_audit (
    id          bigint      generated always as identity primary key,
    campaign_id uuid        not null references campaign (id),
    response_id text,
    namespace   text,
    action      text        not null,
    reason      text,
    actor       text        not null,
    at          timestamptz not null
);
create index integrity_audit_campaign on integrity_audit (campaign_id, at);
