-- One grading rule and one home per band table: a questionnaire version's IKM on 25-100 is rounded half-up to
-- `decimals` and the rounded value is classified by the version's own bands, which now also carry the zone. The
-- ranking receives this table in SurveyTallyChanged and keeps no copy of its own.
alter table questionnaire add column decimals integer not null default 2 check (decimals between 0 and 6);
-- whether the sources confirm the bands' cut-offs and zone mapping
alter table questionnaire add column bands_confirmed boolean not null default true;
-- the unconfirmed parts a result of this version rests on, as a JSON array of text
alter table questionnaire add column unconfirmed jsonb not null default '[]';
alter table questionnaire_band add column zone text check (zone in ('HIJAU', 'KUNING', 'MERAH'));

-- Mutu A and B hijau, C kuning, D merah: local practice, not printed in PermenPANRB 14/2017 or Kepmenpan 25/2004.
update questionnaire_band set zone = case code when 'A' then 'HIJAU' when 'B' then 'HIJAU' when 'C' then 'KUNING'
    else 'MERAH' end;
update questionnaire set bands_confirmed = false,
    unconfirmed = '["zone mapping of the mutu grades (A, B hijau; C kuning; D merah) is local practice"]'
where id in (select questionnaire_id from questionnaire_band);
update questionnaire set unconfirmed =
    '["F-03 items, answer scale, labels and weights are placeholders (only 1.a.K1 and 10.d.T are known)"]'
where code = 'PEKPPP_F03';
