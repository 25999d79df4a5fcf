-- Respondent score moments per campaign and per demographic group: how many scores, their sum and the sum of their
-- squares (exact fractions as text, e.g. '1327/9'), each score a respondent's weighted mean answer. Kept in the
-- transaction of every tally change; every result's 95 % interval is computed from them, never from the rows.
alter table campaign_tally add column score_count bigint;
alter table campaign_tally add column score_sum text;
alter table campaign_tally add column score_square_sum text;
-- Campaigns without counted respondents start from zero; the others stay null until ScoreBackfill fills them once
-- from their counted responses at start-up.
update campaign_tally set score_count = 0, score_sum = '0', score_square_sum = '0' where respondents = 0;

create table campaign_group_score_tally (
    campaign_id      uuid   not null references campaign (id),
    dimension        text   not null,
    group_value      text   not null,
    score_count      bigint not null,
    score_sum        text   not null,
    score_square_sum text   not null,
    primary key (campaign_id, dimension, group_value)
);
