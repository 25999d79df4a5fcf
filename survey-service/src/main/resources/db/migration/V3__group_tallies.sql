-- Running tallies per demographic group (gender, age band, education, occupation, service used), so breakdowns
-- stay cheap with millions of responses. Kept in the same transaction as campaign_tally.
create table campaign_group_tally (
    campaign_id  uuid   not null references campaign (id),
    dimension    text   not null,
    group_value  text   not null,
    respondents  bigint not null,
    primary key (campaign_id, dimension, group_value)
);

create table campaign_group_item_tally (
    campaign_id  uuid   not null references campaign (id),
    dimension    text   not null,
    group_value  text   not null,
    item_code    text   not null,
    answer_sum   bigint not null,
    answer_count bigint not null,
    primary key (campaign_id, dimension, group_value, item_code)
);
