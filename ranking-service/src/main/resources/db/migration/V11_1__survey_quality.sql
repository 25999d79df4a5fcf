-- Survey data quality: responses held out of a campaign's tally for review (flagged) or refused on review (excluded),
-- from SurveyTallyChanged; zero for events from before the counts existed.
alter table survey_tally add column flagged bigint not null default 0;
alter table survey_tally add column excluded bigint not null default 0;
