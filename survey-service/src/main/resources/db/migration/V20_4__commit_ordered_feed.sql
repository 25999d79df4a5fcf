-- The feed's order is the order in which rows became visible, not the clock: change_xid is the id of the
-- transaction that last wrote the row (a default and the touch trigger keep it, so no writer has to know). A reader
-- only returns rows whose transaction is below the oldest one still running (pg_snapshot_xmin), so a transaction
-- that started early and commits late can never slip behind a cursor that has already moved past it.
alter table survey_response add column change_xid xid8 not null default pg_current_xact_id();

create or replace function survey_response_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := clock_timestamp();
    new.change_xid := pg_current_xact_id();
    return new;
end $$;

-- Keyset order of the feed and of increments of the response export.
create index survey_response_commit_feed on survey_response (campaign_id, change_xid, id);
