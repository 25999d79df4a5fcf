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

    /** Adds {@code sum} and {@code count} to one item's running totals. */
    public void addToItem(UUID campaignId, String itemCode, long sum, long count) {
        getEntityManager()
                .createNativeQuery("insert into campaign_item_tally (campaign_id, item_code, answer_sum, "
                        + "answer_count) values (?1, ?2, ?3, ?4) on conflict (campaign_id, item_code) do update set "
                        + "answer_sum = campaign_item_tally.answer_sum + excluded.answer_sum, "
                        + "answer_count = campaign_item_tally.answer_count + excluded.answer_count")
                .setParameter(1, campaignId)
                .setParameter(2, itemCode)
                .setParameter(3, sum)
                .setParameter(4, count)
                .executeUpdate();
    }

    /** Adds a delta's demographic group counts and sums with two JDBC batches. */
    public void addToGroups(UUID campaignId, TallyDelta delta) {
        getEntityManager().unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into campaign_group_tally (campaign_id, "
                    + "dimension, group_value, respondents) values (?, ?, ?, ?) on conflict (campaign_id, dimension, "
                    + "group_value) do update set respondents = campaign_group_tally.respondents "
                    + "+ excluded.respondents")) {
                for (Map.Entry<TallyDelta.GroupKey, long[]> g : delta.groups().entrySet()) {
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
                for (Map.Entry<TallyDelta.GroupItemKey, long[]> g :
                        delta.groupItems().entrySet()) {
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
