-- Tally changes waiting to be folded into campaign_tally and its item, group and score tallies. A writer appends one
-- row per accepted request without touching the tally rows, so concurrent writers of one campaign never wait on each
-- other; one folder at a time (under the campaign's tally row lock) sums the committed rows, deletes them and
-- publishes one SurveyTallyChanged for all of them.
create table campaign_tally_change (
    id           bigint      generated always as identity primary key,
    campaign_id  uuid        not null references campaign (id),
    respondents  bigint      not null,
    flagged      bigint      not null,
    change       jsonb       not null,
    created_at   timestamptz not null default now()
);
create index campaign_tally_change_campaign on campaign_tally_change (campaign_id, id);
