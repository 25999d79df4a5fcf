-- The export's increments follow the order in which changes became visible, not the clock: change_xid is the id of
-- the transaction that last wrote the assessment (every write to an assessment, its answers or scores touches the
-- row). A reader only returns rows whose transaction is below the oldest one still running, so a transaction that
-- started early and commits late is never skipped by an increment that has already moved past its time.
alter table assessment add column change_xid xid8 not null default pg_current_xact_id();

create function assessment_touch_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end $$;

create trigger assessment_change_xid before update on assessment
    for each row execute function assessment_touch_change_xid();

create index assessment_commit_order on assessment (change_xid, id);
