-- Wakes the outbox relay when a transaction that appended to the outbox commits (PostgreSQL delivers a NOTIFY at
-- commit, once per transaction and channel), so events leave without waiting for the next poll.
create or replace function outbox_message_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('rapor_outbox', '');
    return null;
end
$$;
create trigger outbox_message_notify after insert on outbox_message
    for each statement execute function outbox_message_notify();
