-- Survey tallies' respondent score moments (SurveyTallyChanged schema 3): count, Σ score, Σ score² as exact
-- fractions; null for tallies from before them.
alter table survey_tally add column score_count bigint;
alter table survey_tally add column score_sum text;
alter table survey_tally add column score_square_sum text;

-- A unit result's 95 % interval (bounds for rank ranges) and its precision as JSON: interval, zones it reaches,
-- score moments and population (roll-ups pool units as strata). Null when the value rests on no survey data.
alter table unit_result add column ci_lower numeric;
alter table unit_result add column ci_upper numeric;
alter table unit_result add column precision text;
