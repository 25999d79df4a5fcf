package id.rapor.survey.saran;

import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.saran.SaranDtos.AuditView;
import id.rapor.survey.saran.SaranDtos.CategoryView;
import id.rapor.survey.saran.SaranDtos.SaranDetail;
import id.rapor.survey.saran.SaranDtos.SaranUpdate;
import id.rapor.survey.saran.SaranDtos.SaranView;
import id.rapor.survey.saran.SaranDtos.StatusChange;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The life of saran/kritik: every response with a suggestion (kept only with consent) is one, "baru" until its unit's
 * managers (its operator, evaluators of the region, admins) categorise it, reply, note and move it to
 * ditindaklanjuti and selesai. Every change is audited (who, when, which field, before and after).
 */
@ApplicationScoped
public class SaranService {

    /** Largest page of a campaign's saran. */
    public static final int MAX_SIZE = 200;

    private static final String SELECT = "select r.id, r.campaign_id, r.client_id, r.channel, r.submitted_at, "
            + "r.suggestion, r.voided, f.category, c.label, coalesce(f.status, 'BARU'), f.reply, f.note, "
            + "coalesce(f.version, 0), f.updated_by, f.updated_at from survey_response r "
            + "left join saran_followup f on f.response_id = r.id left join saran_category c on c.code = f.category ";

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** The category vocabulary in its order. */
    public List<CategoryView> categories() {
        return SaranCategory.<SaranCategory>list("order by position").stream()
                .map(c -> new CategoryView(c.code, c.label, c.description, c.position, c.active, c.confirmed, c.note))
                .toList();
    }

    /** A campaign's saran, newest first, optionally of one status and/or category. */
    public PageView<SaranView> list(UUID campaignId, String status, String category, int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if (page < 0 || page > PageView.MAX_PAGE) {
            throw ProblemException.badRequest("page", "must be between 0 and " + PageView.MAX_PAGE);
        }
        SaranStatus wanted = status == null || status.isBlank() ? null : SaranStatus.parse(status, "status");
        if (category != null && !category.isBlank()) {
            requireCategory(category, "category");
        }
        Campaign campaign = managed(campaignId);
        String where = "where r.campaign_id = ? and r.suggestion is not null"
                + (wanted == null ? "" : " and coalesce(f.status, 'BARU') = ?")
                + (category == null || category.isBlank() ? "" : " and f.category = ?");
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from survey_response r left join saran_followup f on f.response_id = r.id "
                            + where)) {
                bind(ps, campaignId, wanted, category);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<SaranView> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + where + " order by r.id desc limit ? offset ?")) {
                int i = bind(ps, campaignId, wanted, category);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs, campaign.unitId));
                    }
                }
            }
            return new PageView<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("reading saran failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** One saran with its audit trail. */
    public SaranDetail get(UUID campaignId, long id) {
        Campaign campaign = managed(campaignId);
        return new SaranDetail(read(campaign, id), audit(id));
    }

    /** Sets category, reply and/or note (absent fields unchanged); audited per changed field. */
    @Transactional
    public SaranDetail update(UUID campaignId, long id, SaranUpdate change) {
        Campaign campaign = managed(campaignId);
        if (change.category() != null && !change.category().isBlank()) {
            requireCategory(change.category(), "category");
        }
        SaranFollowup followup = lock(campaign, id);
        if (change.expectedVersion() != null && change.expectedVersion() != followup.version) {
            throw ProblemException.conflict("Saran " + id + " is at version " + followup.version + ", not "
                    + change.expectedVersion() + ": read it again");
        }
        boolean changed = false;
        if (change.category() != null) {
            changed |= set(followup, "CATEGORY", "category", followup.category, blankToNull(change.category()));
        }
        if (change.reply() != null) {
            changed |= set(followup, "REPLY", "reply", followup.reply, blankToNull(change.reply()));
        }
        if (change.note() != null) {
            changed |= set(followup, "NOTE", "note", followup.note, blankToNull(change.note()));
        }
        if (changed) {
            touch(followup);
        }
        em.flush();
        return new SaranDetail(read(campaign, id), audit(id));
    }

    /** Moves the status one step (baru → ditindaklanjuti → selesai); 409 for any other move. */
    @Transactional
    public SaranDetail changeStatus(UUID campaignId, long id, StatusChange change) {
        SaranStatus target = SaranStatus.parse(change.status(), "status");
        Campaign campaign = managed(campaignId);
        SaranFollowup followup = lock(campaign, id);
        SaranStatus current = SaranStatus.valueOf(followup.status);
        if (current.next() != target) {
            throw ProblemException.conflict("Saran " + id + " is " + current.text() + "; "
                    + (current.next() == null
                            ? "it is finished"
                            : "it can only move to " + current.next().text())
                    + ", not to " + target.text());
        }
        set(followup, "STATUS", "status", current.text(), target.text());
        followup.status = target.name();
        if (change.note() != null) {
            set(followup, "NOTE", "note", followup.note, blankToNull(change.note()));
        }
        touch(followup);
        em.flush();
        return new SaranDetail(read(campaign, id), audit(id));
    }

    private Campaign managed(UUID campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        return campaign;
    }

    private void requireCategory(String code, String field) {
        SaranCategory category = SaranCategory.findById(code.trim());
        if (category == null || !category.active) {
            throw ProblemException.badRequest(field, "is not a category of GET /api/v1/survey/saran-categories");
        }
    }

    /** The follow-up row of saran {@code id}, created "baru" on first touch, locked for this transaction. */
    private SaranFollowup lock(Campaign campaign, long id) {
        Number exists = (Number) em.createNativeQuery("select count(*) from survey_response "
                        + "where id = ?1 and campaign_id = ?2 and suggestion is not null")
                .setParameter(1, id)
                .setParameter(2, campaign.id)
                .getSingleResult();
        if (exists.longValue() == 0) {
            throw ProblemException.notFound("Saran", id);
        }
        em.createNativeQuery("insert into saran_followup (response_id, campaign_id, status, version, updated_by, "
                        + "updated_at) values (?1, ?2, 'BARU', 0, ?3, ?4) on conflict do nothing")
                .setParameter(1, id)
                .setParameter(2, campaign.id)
                .setParameter(3, caller.name())
                .setParameter(4, OffsetDateTime.now())
                .executeUpdate();
        return em.find(SaranFollowup.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean set(SaranFollowup followup, String action, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        switch (field) {
            case "category" -> followup.category = after;
            case "reply" -> followup.reply = after;
            case "note" -> followup.note = after;
            default -> {
                // status is set by the caller, which knows the enum
            }
        }
        SaranAudit entry = new SaranAudit();
        entry.responseId = followup.responseId;
        entry.campaignId = followup.campaignId;
        entry.action = action;
        entry.field = field;
        entry.oldValue = before;
        entry.newValue = after;
        entry.actor = caller.name();
        entry.at = Instant.now();
        entry.persist();
        return true;
    }

    private void touch(SaranFollowup followup) {
        followup.version++;
        followup.updatedBy = caller.name();
        followup.updatedAt = Instant.now();
    }

    private SaranView read(Campaign campaign, long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        SELECT + "where r.id = ? and r.campaign_id = ? and r.suggestion is not null")) {
            ps.setLong(1, id);
            ps.setObject(2, campaign.id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Saran", id);
                }
                return view(rs, campaign.unitId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading saran failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private List<AuditView> audit(long id) {
        return SaranAudit.<SaranAudit>list("responseId = ?1 order by id", id).stream()
                .map(a -> new AuditView(a.id, a.action, a.field, a.oldValue, a.newValue, a.actor, a.at))
                .toList();
    }

    private static int bind(PreparedStatement ps, UUID campaignId, SaranStatus status, String category)
            throws SQLException {
        int i = 1;
        ps.setObject(i++, campaignId);
        if (status != null) {
            ps.setString(i++, status.name());
        }
        if (category != null && !category.isBlank()) {
            ps.setString(i++, category.trim());
        }
        return i;
    }

    private static SaranView view(ResultSet rs, UUID unitId) throws SQLException {
        OffsetDateTime submitted = rs.getObject(5, OffsetDateTime.class);
        OffsetDateTime updated = rs.getObject(15, OffsetDateTime.class);
        return new SaranView(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                unitId,
                rs.getString(3),
                rs.getString(4),
                submitted.toInstant(),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getString(9),
                SaranStatus.valueOf(rs.getString(10)).text(),
                rs.getString(11),
                rs.getString(12),
                rs.getLong(13),
                rs.getString(14),
                updated == null ? null : updated.toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
