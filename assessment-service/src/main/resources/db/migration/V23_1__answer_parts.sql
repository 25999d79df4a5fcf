-- Generic answer types: a CHECKLIST (item code -> 1/0), PERCENT_OF_TARGET (target, achieved) or MULTI_YEAR
-- (year -> value) answer is stored as its parts (JSON object); `value` then holds the measure the parts yield
-- (ticked items, capaian %, the years combined), so readers of the value keep working.
alter table assessment_answer add column parts text;
alter table assessment_score add column parts text;
