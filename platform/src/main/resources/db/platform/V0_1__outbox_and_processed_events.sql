-- Transactional outbox: written in the business transaction, published in id order by the relay.
create table outbox_message (
    id             bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    event_type     text        not null,
    payload        text        not null,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);
create index outbox_message_unsent on outbox_message (id) where sent_at is null;

-- Idempotent consumption: one row per (consumer, event) written in the same transaction as the effect.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Idempotent retries: the first result of a request under a client key, replayed for the same key.
create table idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    response_body text,
    created_at    timestamptz not null default now(),
    primary key (scope, key)
);
