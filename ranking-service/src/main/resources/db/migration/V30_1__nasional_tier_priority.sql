-- PEKPPP cycles may end in the ministry's own tier (NASIONAL, KemenPANRB: schemes nasional and khusus). Where a unit
-- has verified results of several tiers in one period, the ministry's is the most authoritative, so every seeded
-- definition that ranks verified assessments by tier puts NASIONAL first; definitions that already name it keep
-- their order.
update index_definition
set rules = jsonb_set(rules::jsonb, '{tierPriority}', '["NASIONAL"]'::jsonb || (rules::jsonb -> 'tierPriority'))::text
where rules::jsonb ? 'tierPriority'
  and not (rules::jsonb -> 'tierPriority') ? 'NASIONAL';
