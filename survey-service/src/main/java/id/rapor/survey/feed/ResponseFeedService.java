package id.rapor.survey.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.feed.CommitCursor;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.feed.ResponseFeedDtos.Personal;
import id.rapor.survey.feed.ResponseFeedDtos.PersonalFields;
import id.rapor.survey.feed.ResponseFeedDtos.ResponseItem;
import id.rapor.survey.feed.ResponseFeedDtos.ResponsePage;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a campaign's responses back out for those who manage its unit, as a keyset feed in commit order: rows are
 * ordered by the id of the transaction that last wrote them and their own id, and only rows whose transaction is
 * older than every transaction still running are returned. A transaction that started first and commits last is thus
 * never skipped: its rows stay out of the feed until it commits, and then come after the cursor. A cursor continues
 * where the last page ended, {@code updatedSince} starts an increment. The price: a long transaction anywhere on
 * the database server holds the feed back until it ends. Personal fields (the
 * demographics and the suggestion) only where consent was given and the caller may read raw responses (an evaluator
 * of the region or an admin, never the unit's own operator).
 */
@ApplicationScoped
public class ResponseFeedService {

    /** Default and largest page size. */
    public static final int DEFAULT_SIZE = 100;

    public static final int MAX_SIZE = 1_000;

    /** Columns read by the feed and the exports, in this order. */
    public static final String COLUMNS = "r.id, r.client_id, r.namespace, r.channel, r.submitted_at, r.updated_at, "
            + "r.answers::text, r.consent, r.gender, r.age, r.age_band, r.education, r.occupation, r.service_used, "
            + "r.suggestion, r.quality_flags, r.review_state, r.voided, r.void_reason, r.voided_at, r.batch_reference, "
            + "r.change_xid::text";

    /** Column index of the writing transaction's id in {@link #COLUMNS}. */
    static final int CHANGE_XID = 22;

    /** Rows whose writing transaction has ended, and after the cursor (two parameters) when one is given. */
    static final String COMMITTED = CommitCursor.committed("r.change_xid");

    public static final String AFTER = CommitCursor.after("r.change_xid", "r.id");

    /** Rows written before a horizon (one parameter, see {@link CommitCursor#bindBefore}). */
    public static final String BEFORE = CommitCursor.before("r.change_xid");

    /** The feed's and the increments' order. */
    public static final String ORDER = " order by r.change_xid, r.id";

    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() {};

    @Inject
    CampaignService campaigns;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** What a caller may read of a campaign's responses, checked before any row is read. */
    public record Access(Campaign campaign, boolean personal) {}

    /** 404 for an unknown campaign, 403 unless the caller manages its unit; whether personal fields are visible. */
    public Access access(UUID campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        return new Access(campaign, campaigns.canReview(campaign.unitId));
    }

    /**
     * The horizon of a read starting now: every transaction below it has ended, none at or above it is visible yet.
     * As a cursor it continues with everything from that transaction on.
     */
    public CommitCursor horizon() {
        return CommitCursor.horizon(dataSource);
    }

    /** One page of the feed after {@code cursor} (or from the start of the filter). */
    public ResponsePage list(UUID campaignId, ResponseFilter filter, String cursor, Integer size) {
        int limit = size == null ? DEFAULT_SIZE : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        CommitCursor after = CommitCursor.parse(cursor);
        Access access = access(campaignId);
        String sql = "select " + COLUMNS + " from survey_response r where " + filter.where() + COMMITTED
                + (after == null ? "" : AFTER) + ORDER + " limit ?";
        List<ResponseItem> items = new ArrayList<>();
        List<String> xids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = filter.bind(ps, campaignId);
            if (after != null) {
                i = after.bind(ps, i);
            }
            ps.setInt(i, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs, access.personal()));
                    xids.add(rs.getString(CHANGE_XID));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading responses failed (SQL state " + e.getSQLState() + ")", e);
        }
        boolean more = items.size() > limit;
        if (more) {
            items = items.subList(0, limit);
        }
        String next = items.isEmpty()
                ? cursor
                : new CommitCursor(
                                Long.parseUnsignedLong(xids.get(items.size() - 1)),
                                items.get(items.size() - 1).id())
                        .text();
        return new ResponsePage(List.copyOf(items), limit, next, more);
    }

    /** The response at the result set's current row; personal fields only with consent and {@code personal}. */
    public ResponseItem item(ResultSet rs, boolean personal) throws SQLException {
        boolean consent = rs.getBoolean(8);
        PersonalFields shown =
                !consent ? PersonalFields.NO_CONSENT : personal ? PersonalFields.SHOWN : PersonalFields.NOT_PERMITTED;
        Personal fields = shown != PersonalFields.SHOWN
                ? null
                : new Personal(
                        rs.getString(9),
                        (Integer) rs.getObject(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15));
        return new ResponseItem(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                instant(rs, 5),
                instant(rs, 6),
                answers(rs.getString(7)),
                consent,
                shown,
                fields,
                flags(rs.getArray(16)),
                rs.getString(17),
                rs.getBoolean(18),
                rs.getString(19),
                instant(rs, 20),
                rs.getString(21));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static List<String> flags(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    Map<String, Integer> answers(String json) {
        try {
            return mapper.readValue(json, ANSWERS);
        } catch (IOException e) {
            throw new IllegalStateException("stored answers are not an object of numbers", e);
        }
    }
}
