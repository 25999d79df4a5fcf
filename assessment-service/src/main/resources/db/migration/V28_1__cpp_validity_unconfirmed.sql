-- CPP_LEGACY v1 states valid years 2012-2016, and no source gives them: seed 000 ties PermenPANRB 38/2012 to CPP
-- 2011-2013, and the regulation was followed by PermenPANRB 1/2015 (INSTRUMENTS-ADDENDUM 2.1). The years stay as
-- they are (cycles of those years keep their results) and are marked unconfirmed, so every CPP result says so; an
-- administrator changes them by publishing the next version. The award tiers have no cut-offs either.
alter table instrument_version disable trigger instrument_version_no_update;

update instrument_version set unconfirmed =
    '["CPP components, weights and bands other than SDM 17, sarpras 8, pengaduan 10",'
    ' "CPP validity years 2012-2016: no source gives them (seed 000 ties PermenPANRB 38/2012 to CPP 2011-2013)",'
    ' "CPP award tiers (piala, piagam, tingkat pratama) have no cut-offs: no band is an award tier"]'
where code = 'CPP_LEGACY' and version = 1;

alter table instrument_version enable trigger instrument_version_no_update;
