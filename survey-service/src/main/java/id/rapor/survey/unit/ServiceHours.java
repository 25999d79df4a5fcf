package id.rapor.survey.unit;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.unit.ServiceHoursDtos.Interval;
import id.rapor.survey.unit.ServiceHoursDtos.ServiceHoursRequest;
import id.rapor.survey.unit.ServiceHoursDtos.ServiceHoursView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Service hours per unit (per ISO weekday, in the unit's local time: configured, or WIB/WITA/WIT from its province)
 * and whether an instant lies outside them, for the {@code OUTSIDE_SERVICE_HOURS} quality flag. A unit without
 * configured hours is never outside.
 */
@ApplicationScoped
public class ServiceHours {

    @Inject
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    /** Whether {@code at} lies outside the unit's service hours (false when it has none configured). */
    public boolean isOutside(UUID unitId, Instant at) {
        List<Object[]> hours = hours(unitId);
        if (hours.isEmpty()) {
            return false;
        }
        ZoneId zone = zone(unitId).map(ZoneId::of).orElse(ZoneId.of("Asia/Jakarta"));
        ZonedDateTime local = at.atZone(zone);
        int weekday = local.getDayOfWeek().getValue();
        LocalTime time = local.toLocalTime();
        for (Object[] row : hours) {
            if (((Number) row[0]).intValue() == weekday
                    && !time.isBefore(toLocal(row[1]))
                    && time.isBefore(toLocal(row[2]))) {
                return false;
            }
        }
        return true;
    }

    /** The unit's service hours; for those who may read the unit's campaigns' management data. */
    public ServiceHoursView get(UUID unitId) {
        requireKnown(unitId);
        campaigns.requireManage(unitId);
        return view(unitId);
    }

    /**
     * Replaces the unit's service hours. Set by an evaluator of the region or an admin, never by the unit's own
     * operator: the hours decide which of its responses are flagged.
     */
    @Transactional
    public ServiceHoursView replace(UUID unitId, ServiceHoursRequest request) {
        requireKnown(unitId);
        campaigns.requireReview(unitId);
        String zone = request.timeZone() == null || request.timeZone().isBlank()
                ? null
                : request.timeZone().trim();
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw ProblemException.badRequest("timeZone", "is not a known time zone (e.g. Asia/Makassar)");
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.intervals().size(); i++) {
            Interval interval = request.intervals().get(i);
            if (!LocalTime.parse(interval.closes()).isAfter(LocalTime.parse(interval.opens()))) {
                errors.add(new Problem.FieldError("intervals[" + i + "].closes", "must be after opens"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        em.createNativeQuery("delete from unit_service_hours where unit_id = ?1")
                .setParameter(1, unitId)
                .executeUpdate();
        for (Interval interval : request.intervals()) {
            em.createNativeQuery("insert into unit_service_hours (unit_id, weekday, opens, closes) values "
                            + "(?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, unitId)
                    .setParameter(2, interval.weekday().getValue())
                    .setParameter(3, Time.valueOf(LocalTime.parse(interval.opens())))
                    .setParameter(4, Time.valueOf(LocalTime.parse(interval.closes())))
                    .executeUpdate();
        }
        em.createNativeQuery("insert into unit_service_schedule (unit_id, time_zone, updated_by, updated_at) values "
                        + "(?1, ?2, ?3, ?4) on conflict (unit_id) do update set time_zone = excluded.time_zone, "
                        + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .setParameter(1, unitId)
                .setParameter(2, zone == null ? "" : zone)
                .setParameter(3, caller.name())
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
        return view(unitId);
    }

    private void requireKnown(UUID unitId) {
        Number known = (Number) em.createNativeQuery("select count(*) from unit_replica where id = ?1")
                .setParameter(1, unitId)
                .getSingleResult();
        if (known.longValue() == 0) {
            throw ProblemException.notFound("Unit", unitId);
        }
    }

    private ServiceHoursView view(UUID unitId) {
        List<Interval> intervals = new ArrayList<>();
        for (Object[] row : hours(unitId)) {
            intervals.add(new Interval(
                    DayOfWeek.of(((Number) row[0]).intValue()),
                    toLocal(row[1]).toString(),
                    toLocal(row[2]).toString()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> schedule = em.createNativeQuery(
                        "select time_zone, updated_by, updated_at from " + "unit_service_schedule where unit_id = ?1")
                .setParameter(1, unitId)
                .getResultList();
        String configured = schedule.isEmpty() ? null : (String) schedule.get(0)[0];
        boolean own = configured != null && !configured.isEmpty();
        return new ServiceHoursView(
                unitId,
                zone(unitId).orElse(null),
                own ? "CONFIGURED" : "PROVINCE",
                intervals,
                schedule.isEmpty() ? null : (String) schedule.get(0)[1],
                schedule.isEmpty() ? null : toInstant(schedule.get(0)[2]));
    }

    /** The configured time zone, else the one of the unit's province. */
    private Optional<String> zone(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<String> zones = em.createNativeQuery("select coalesce(nullif(s.time_zone, ''), p.time_zone) from "
                        + "unit_replica u left join unit_service_schedule s on s.unit_id = u.id left join "
                        + "province_time_zone p on p.province_code = u.province_code where u.id = ?1")
                .setParameter(1, unitId)
                .getResultList();
        return zones.stream().filter(z -> z != null).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> hours(UUID unitId) {
        return em.createNativeQuery("select weekday, opens, closes from unit_service_hours where unit_id = ?1 "
                        + "order by weekday, opens")
                .setParameter(1, unitId)
                .getResultList();
    }

    private static LocalTime toLocal(Object value) {
        if (value instanceof Time t) {
            return t.toLocalTime();
        }
        return (LocalTime) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
