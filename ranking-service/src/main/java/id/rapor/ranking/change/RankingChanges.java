package id.rapor.ranking.change;

import id.rapor.events.RankingChanged;
import id.rapor.events.RankingChanged.UnitStanding;
import id.rapor.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Announces what a processed fact did to the provincial rankings: while a live event is applied, every ranking scope
 * (index, period, province, subject kind) it is about to touch is read as it stands before the first change; once the
 * event is applied the scopes are read again and one {@link RankingChanged} per scope that moved (a unit's value,
 * band, zone or rank) goes to the outbox, in the projection's transaction. A scope is locked for the rest of the
 * transaction when first read, so two facts of the same province are announced one after the other and each
 * event's "before" is the previous one's "after". A rebuild applies events without tracking and announces nothing:
 * it reproduces the projection from the same facts.
 */
@ApplicationScoped
public class RankingChanges {

    /** A provincial ranking: the subjects of one kind in one province, by one index in one period. */
    record Scope(String indexCode, String period, String province, String subjectKind) {}

    /** A subject's place in a scope. */
    record Standing(UUID unitId, String regionCode, BigDecimal value, String zone, String band, Integer rank) {}

    /** The scopes read before the first change in the current transaction, with their standings then. */
    private static final ThreadLocal<Map<Scope, Map<UUID, Standing>>> TRACKED = new ThreadLocal<>();

    @Inject
    EntityManager em;

    @Inject
    OutboxWriter outbox;

    /**
     * Runs {@code work} (the application of one event) with tracking on, then writes one {@link RankingChanged} per
     * scope whose standings moved. Must join the transaction the work runs in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T tracking(Supplier<T> work) {
        Map<Scope, Map<UUID, Standing>> before = new LinkedHashMap<>();
        TRACKED.set(before);
        T result;
        try {
            result = work.get();
        } finally {
            TRACKED.remove();
        }
        announce(before);
        return result;
    }

    /** Before the unit's result of index {@code code} in {@code period} is replaced: remembers its ranking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeResult(UUID unitId, String code, String period) {
        Map<Scope, Map<UUID, Standing>> tracked = TRACKED.get();
        if (tracked == null) {
            return;
        }
        Object[] unit = placeOf(unitId);
        if (unit != null) {
            remember(tracked, new Scope(code, period, (String) unit[0], (String) unit[1]));
        }
    }

    /**
     * Before the unit's replica changes (activation, region, kind): remembers every ranking the unit has a result in,
     * in the province and kind it has now and in those it will have.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeUnit(UUID unitId, String newProvince, String newKind) {
        Map<Scope, Map<UUID, Standing>> tracked = TRACKED.get();
        if (tracked == null) {
            return;
        }
        Set<List<String>> places = new LinkedHashSet<>();
        Object[] unit = placeOf(unitId);
        if (unit != null) {
            places.add(List.of((String) unit[0], (String) unit[1]));
        }
        if (newProvince != null) {
            places.add(List.of(newProvince, newKind == null ? "UNIT" : newKind));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> results = em.createNativeQuery(
                        "select distinct index_code, period from unit_result where unit_id = ?1 order by 1, 2")
                .setParameter(1, unitId)
                .getResultList();
        for (List<String> place : places) {
            for (Object[] r : results) {
                remember(tracked, new Scope((String) r[0], (String) r[1], place.get(0), place.get(1)));
            }
        }
    }

    /** The province and subject kind of a known unit that has a province; null otherwise. */
    private Object[] placeOf(UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select province_code, subject_kind from unit_projection where id = ?1 "
                                + "and province_code is not null")
                .setParameter(1, unitId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void remember(Map<Scope, Map<UUID, Standing>> tracked, Scope scope) {
        if (!tracked.containsKey(scope)) {
            // one fact of a province at a time: the standings read here stay as they are until this commit
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(7, hashtext(?1))) l")
                    .setParameter(
                            1,
                            scope.indexCode() + "/" + scope.period() + "/" + scope.province() + "/"
                                    + scope.subjectKind())
                    .getSingleResult();
            tracked.put(scope, standings(scope));
        }
    }

    /** The active subjects of the scope with a result, ranked as the unit ranking ranks them (competition rank). */
    private Map<UUID, Standing> standings(Scope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.region_code, r.value, r.zone, r.band_code, "
                        + "case when r.value is null then null else rank() over (order by r.value desc nulls last) end "
                        + "from unit_result r join unit_projection u on u.id = r.unit_id "
                        + "where r.index_code = ?1 and r.period = ?2 and u.province_code = ?3 "
                        + "and u.subject_kind = ?4 and u.active")
                .setParameter(1, scope.indexCode())
                .setParameter(2, scope.period())
                .setParameter(3, scope.province())
                .setParameter(4, scope.subjectKind())
                .getResultList();
        Map<UUID, Standing> standings = new LinkedHashMap<>();
        for (Object[] r : rows) {
            standings.put(
                    (UUID) r[0],
                    new Standing(
                            (UUID) r[0],
                            (String) r[1],
                            (BigDecimal) r[2],
                            (String) r[3],
                            (String) r[4],
                            r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        return standings;
    }

    private void announce(Map<Scope, Map<UUID, Standing>> tracked) {
        em.flush();
        tracked.forEach((scope, before) -> {
            List<UnitStanding> changes = changes(before, standings(scope));
            if (!changes.isEmpty()) {
                outbox.append(new RankingChanged(
                        UUID.randomUUID(),
                        RankingChanged.TYPE,
                        RankingChanged.SCHEMA_VERSION,
                        Instant.now(),
                        scope.indexCode(),
                        scope.period(),
                        scope.province(),
                        scope.subjectKind(),
                        changes));
            }
        });
    }

    /** The subjects whose value, zone, band or rank differ, best rank now first, then those no longer ranked. */
    static List<UnitStanding> changes(Map<UUID, Standing> before, Map<UUID, Standing> after) {
        Set<UUID> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<UnitStanding> changes = new ArrayList<>();
        for (UUID id : ids) {
            Standing was = before.get(id);
            Standing is = after.get(id);
            if (was != null && is != null && same(was, is)) {
                continue;
            }
            changes.add(new UnitStanding(
                    id,
                    is != null ? is.regionCode() : was.regionCode(),
                    was == null ? null : was.value(),
                    is == null ? null : is.value(),
                    was == null ? null : was.zone(),
                    is == null ? null : is.zone(),
                    was == null ? null : was.band(),
                    is == null ? null : is.band(),
                    was == null ? null : was.rank(),
                    is == null ? null : is.rank()));
        }
        changes.sort(Comparator.comparing(UnitStanding::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(UnitStanding::previousRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(UnitStanding::unitId));
        return changes;
    }

    private static boolean same(Standing a, Standing b) {
        boolean sameValue = a.value() == null
                ? b.value() == null
                : b.value() != null && a.value().compareTo(b.value()) == 0;
        return sameValue
                && Objects.equals(a.zone(), b.zone())
                && Objects.equals(a.band(), b.band())
                && Objects.equals(a.rank(), b.rank());
    }
}
