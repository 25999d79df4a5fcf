package id.rapor.survey.tally;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Queries of campaign tallies. */
@ApplicationScoped
public class TallyRepository implements PanacheRepositoryBase<CampaignTally, UUID> {

    /** The campaign's tally row, locked: every writer of a campaign's responses goes through this lock. */
    public CampaignTally lock(UUID campaignId) {
        return findByIdOptional(campaignId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("campaign " + campaignId + " has no tally row"));
    }

    /**
     * The campaign's tally row locked for a folder, in one statement: empty when no change waits for it or another
     * transaction holds it (that one folds what is pending, or its owner re-checks after its commit).
     */
    public java.util.Optional<CampaignTally> tryLockWithChanges(UUID campaignId) {
        @SuppressWarnings("unchecked")
        List<CampaignTally> locked = getEntityManager()
                .createNativeQuery(
                        "select * from campaign_tally where campaign_id = ?1 and exists (select 1 from "
                                + "campaign_tally_change c where c.campaign_id = ?1) for update skip locked",
                        CampaignTally.class)
                .setParameter(1, campaignId)
                .getResultList();
        return locked.stream().findFirst();
    }

    /** Appends a tally change waiting to be folded. */
    public void appendChange(UUID campaignId, long respondents, long flagged, String change) {
        getEntityManager()
                .createNativeQuery("insert into campaign_tally_change (campaign_id, respondents, flagged, change) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb))")
                .setParameter(1, campaignId)
                .setParameter(2, respondents)
                .setParameter(3, flagged)
                .setParameter(4, change)
                .executeUpdate();
    }

    /** Removes and returns the committed changes waiting for the campaign: {respondents, flagged, change json}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> takeChanges(UUID campaignId) {
        return getEntityManager()
                .createNativeQuery("delete from campaign_tally_change where campaign_id = ?1 "
                        + "returning respondents, flagged, change::text")
                .setParameter(1, campaignId)
                .getResultList();
    }

    /** {respondents, flagged} of the changes waiting for the campaign (committed ones and the caller's own). */
    public long[] pending(UUID campaignId) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select coalesce(sum(respondents), 0), coalesce(sum(flagged), 0) "
                        + "from campaign_tally_change where campaign_id = ?1")
                .setParameter(1, campaignId)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Campaigns with changes waiting since before {@code seconds} ago. */
    @SuppressWarnings("unchecked")
    public List<UUID> campaignsWithOldChanges(int seconds) {
        return getEntityManager()
                .createNativeQuery(
                        "select distinct campaign_id from campaign_tally_change "
                                + "where created_at < now() - make_interval(secs => ?1)",
                        UUID.class)
                .setParameter(1, seconds)
                .getResultList();
    }

    /** Adds per item {sum, count} to the items' running totals in one statement. */
    public void addToItems(UUID campaignId, Map<String, long[]> items) {
        if (items.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(conn -> {
            List<String> codes = new java.util.ArrayList<>(items.keySet());
            Long[] sums = new Long[codes.size()];
            Long[] counts = new Long[codes.size()];
            for (int i = 0; i < codes.size(); i++) {
                sums[i] = items.get(codes.get(i))[0];
                counts[i] = items.get(codes.get(i))[1];
            }
            try (PreparedStatement ps = conn.prepareStatement("insert into campaign_item_tally (campaign_id, "
                    + "item_code, answer_sum, answer_count) select ?, * from unnest(?::text[], ?::bigint[], "
                    + "?::bigint[]) on conflict (campaign_id, item_code) do update set "
                    + "answer_sum = campaign_item_tally.answer_sum + excluded.answer_sum, "
                    + "answer_count = campaign_item_tally.answer_count + excluded.answer_count")) {
                ps.setObject(1, campaignId);
                ps.setArray(2, conn.createArrayOf("text", codes.toArray()));
                ps.setArray(3, conn.createArrayOf("bigint", sums));
                ps.setArray(4, conn.createArrayOf("bigint", counts));
                ps.executeUpdate();
            }
        });
    }

    /** Adds a delta's demographic group counts and sums with two JDBC batches. */
    public void addToGroups(UUID campaignId, TallyDelta delta) {
        addToGroups(campaignId, delta.groups(), delta.groupItems());
    }

    /** Adds demographic group counts and per group item sums with two JDBC batches. */
    public void addToGroups(
            UUID campaignId, Map<TallyDelta.GroupKey, long[]> groups, Map<TallyDelta.GroupItemKey, long[]> groupItems) {
        if (groups.isEmpty() && groupItems.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into campaign_group_tally (campaign_id, "
                    + "dimension, group_value, respondents) values (?, ?, ?, ?) on conflict (campaign_id, dimension, "
                    + "group_value) do update set respondents = campaign_group_tally.respondents "
                    + "+ excluded.respondents")) {
                for (Map.Entry<TallyDelta.GroupKey, long[]> g : groups.entrySet()) {
                    ps.setObject(1, campaignId);
                    ps.setString(2, g.getKey().dimension());
                    ps.setString(3, g.getKey().value());
                    ps.setLong(4, g.getValue()[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("insert into campaign_group_item_tally (campaign_id, "
                    + "dimension, group_value, item_code, answer_sum, answer_count) values (?, ?, ?, ?, ?, ?) "
                    + "on conflict (campaign_id, dimension, group_value, item_code) do update set "
                    + "answer_sum = campaign_group_item_tally.answer_sum + excluded.answer_sum, "
                    + "answer_count = campaign_group_item_tally.answer_count + excluded.answer_count")) {
                for (Map.Entry<TallyDelta.GroupItemKey, long[]> g : groupItems.entrySet()) {
                    ps.setObject(1, campaignId);
                    ps.setString(2, g.getKey().dimension());
                    ps.setString(3, g.getKey().value());
                    ps.setString(4, g.getKey().itemCode());
                    ps.setLong(5, g.getValue()[0]);
                    ps.setLong(6, g.getValue()[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Respondents per (dimension, group) summed over the given campaigns, groups in name order. */
    public Map<TallyDelta.GroupKey, Long> groupRespondents(Collection<UUID> campaignIds) {
        Map<TallyDelta.GroupKey, Long> result = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select dimension, group_value, sum(respondents) "
                        + "from campaign_group_tally where campaign_id in (?1) group by dimension, group_value "
                        + "having sum(respondents) > 0 order by dimension, group_value")
                .setParameter(1, campaignIds)
                .getResultList();
        for (Object[] row : rows) {
            result.put(new TallyDelta.GroupKey((String) row[0], (String) row[1]), ((Number) row[2]).longValue());
        }
        return result;
    }

    /** Per (dimension, group) the per item {sum, count}, summed over the given campaigns. */
    public Map<TallyDelta.GroupKey, Map<String, long[]>> groupItemTotals(Collection<UUID> campaignIds) {
        Map<TallyDelta.GroupKey, Map<String, long[]>> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select dimension, group_value, item_code, "
                        + "sum(answer_sum), sum(answer_count) from campaign_group_item_tally where campaign_id in (?1) "
                        + "group by dimension, group_value, item_code")
                .setParameter(1, campaignIds)
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(new TallyDelta.GroupKey((String) row[0], (String) row[1]), k -> new HashMap<>())
                    .put((String) row[2], new long[] {((Number) row[3]).longValue(), ((Number) row[4]).longValue()});
        }
        return result;
    }

    /** Per item code {sum, count}, summed over the given campaigns. */
    public Map<String, long[]> itemTotals(Collection<UUID> campaignIds) {
        Map<String, long[]> totals = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select item_code, sum(answer_sum), "
                        + "sum(answer_count) from campaign_item_tally where campaign_id in (?1) group by item_code")
                .setParameter(1, campaignIds)
                .getResultList();
        for (Object[] row : rows) {
            totals.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return totals;
    }

    /** Respondents summed over the given campaigns. */
    public long respondents(Collection<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return 0;
        }
        Number n = (Number) getEntityManager()
                .createNativeQuery(
                        "select coalesce(sum(respondents), 0) from " + "campaign_tally where campaign_id in (?1)")
                .setParameter(1, campaignIds)
                .getSingleResult();
        return n.longValue();
    }

    /** {flagged, excluded} summed over the given campaigns. */
    public long[] qualityCounts(Collection<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return new long[2];
        }
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select coalesce(sum(flagged), 0), "
                        + "coalesce(sum(excluded), 0) from campaign_tally where campaign_id in (?1)")
                .setParameter(1, campaignIds)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
