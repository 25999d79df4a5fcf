-- Outbound webhooks, fed from the outbox: a router copies each outbox row into one delivery per matching
-- subscription (in outbox order, in one transaction with marking the row routed); senders deliver them.

-- Rows already in the outbox predate every subscription: nothing to route.
alter table outbox_message add column routed_at timestamptz;
update outbox_message set routed_at = now();
create index outbox_message_unrouted on outbox_message (id) where routed_at is null;

create table webhook_subscription (
    id                   uuid        primary key,
    url                  text        not null,
    -- Kept so deliveries can be signed (HMAC needs the key itself); never returned after creation.
    secret               text        not null,
    -- Comma-separated webhook event types, e.g. 'survey.tally.changed,assessment.verified'.
    event_types          text        not null,
    region_code          text,
    unit_id              uuid,
    description          text,
    status               text        not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason        text,
    consecutive_failures integer     not null default 0,
    -- Consecutive failures that pause it; null: rapor.webhooks.pause-after-failures.
    pause_after_failures integer,
    retry_at             timestamptz,
    created_by           text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create table webhook_delivery (
    id               uuid        primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    -- The outbox row's id: deliveries of one aggregate go out in this order.
    sequence         bigint      not null,
    event_id         uuid        not null,
    event_type       text        not null,
    aggregate_id     text        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    redeliveries     integer     not null default 0,
    created_at       timestamptz not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_pending on webhook_delivery (subscription_id, aggregate_id, sequence)
    where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, sequence desc);
