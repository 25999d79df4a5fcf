-- Controlled vocabularies of the breakdown dimensions, stored as data. A term applies to every unit (unit_id and
-- campaign_id null), to one unit, or to one campaign; a campaign's vocabulary of a dimension is the union of the
-- three. Free text that matches no term is counted as 'Lainnya' in breakdowns (the respondent's own words stay in
-- the response row, readable only by those who read raw responses).
create table vocabulary_term (
    id          bigint      generated always as identity primary key,
    dimension   text        not null check (dimension in ('education', 'occupation', 'serviceUsed')),
    unit_id     uuid,
    campaign_id uuid        references campaign (id),
    value       text        not null check (length(value) between 1 and 200),
    confirmed   boolean     not null default false,
    source      text,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create unique index vocabulary_term_scope on vocabulary_term (
    dimension,
    coalesce(unit_id, '00000000-0000-0000-0000-000000000000'),
    coalesce(campaign_id, '00000000-0000-0000-0000-000000000000'),
    lower(value));
create index vocabulary_term_unit on vocabulary_term (unit_id) where unit_id is not null;

-- [U] Typical category lists of the PermenPANRB 14/2017 sample questionnaire (REFERENCE 1.6): editable data,
-- unconfirmed until a regulation text confirms them.
insert into vocabulary_term (dimension, value, confirmed, source, created_by) values
    ('education', 'SD', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('education', 'SMP', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('education', 'SMA', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('education', 'D1-D3', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('education', 'D4/S1', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('education', 'S2 ke atas', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('occupation', 'PNS', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('occupation', 'TNI', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('occupation', 'Polri', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('occupation', 'Swasta', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed'),
    ('occupation', 'Wirausaha', false, 'PermenPANRB 14/2017 sample questionnaire [U]', 'seed');

-- Service hours of a unit, per ISO weekday (1 Monday .. 7 Sunday) in the unit's local time. A unit without rows has
-- no service-hours check; a weekday without a row is a closed day. Several rows a day allow a break.
create table unit_service_hours (
    unit_id  uuid    not null,
    weekday  integer not null check (weekday between 1 and 7),
    opens    time    not null,
    closes   time    not null check (closes > opens),
    primary key (unit_id, weekday, opens)
);

-- The unit's time zone when set explicitly; otherwise it comes from its province (province_time_zone).
create table unit_service_schedule (
    unit_id    uuid        primary key,
    time_zone  text,
    updated_by text        not null,
    updated_at timestamptz not null
);

-- Indonesia's three time zones by province (Kemendagri code): WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura.
create table province_time_zone (
    province_code text primary key,
    time_zone     text not null
);
insert into province_time_zone (province_code, time_zone) values
    ('11', 'Asia/Jakarta'), ('12', 'Asia/Jakarta'), ('13', 'Asia/Jakarta'), ('14', 'Asia/Jakarta'),
    ('15', 'Asia/Jakarta'), ('16', 'Asia/Jakarta'), ('17', 'Asia/Jakarta'), ('18', 'Asia/Jakarta'),
    ('19', 'Asia/Jakarta'), ('21', 'Asia/Jakarta'), ('31', 'Asia/Jakarta'), ('32', 'Asia/Jakarta'),
    ('33', 'Asia/Jakarta'), ('34', 'Asia/Jakarta'), ('35', 'Asia/Jakarta'), ('36', 'Asia/Jakarta'),
    ('51', 'Asia/Makassar'), ('52', 'Asia/Makassar'), ('53', 'Asia/Makassar'),
    ('61', 'Asia/Pontianak'), ('62', 'Asia/Pontianak'),
    ('63', 'Asia/Makassar'), ('64', 'Asia/Makassar'), ('65', 'Asia/Makassar'),
    ('71', 'Asia/Makassar'), ('72', 'Asia/Makassar'), ('73', 'Asia/Makassar'), ('74', 'Asia/Makassar'),
    ('75', 'Asia/Makassar'), ('76', 'Asia/Makassar'),
    ('81', 'Asia/Jayapura'), ('82', 'Asia/Jayapura'),
    ('91', 'Asia/Jayapura'), ('92', 'Asia/Jayapura'), ('93', 'Asia/Jayapura'), ('94', 'Asia/Jayapura'),
    ('95', 'Asia/Jayapura'), ('96', 'Asia/Jayapura');

-- The flag sweep looks for campaigns with recent counted single submissions.
create index survey_response_recent_counted on survey_response (submitted_at)
    where client_key is not null and review_state = 'COUNTED';
