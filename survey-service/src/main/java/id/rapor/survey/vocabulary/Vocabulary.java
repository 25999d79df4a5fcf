package id.rapor.survey.vocabulary;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.vocabulary.VocabularyDtos.Term;
import id.rapor.survey.vocabulary.VocabularyDtos.VocabularyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.query.NativeQuery;

/**
 * The controlled vocabularies of the breakdown dimensions (pendidikan, pekerjaan, jenis layanan), stored as data for
 * every unit, one unit or one campaign. The one place where a respondent's free text becomes a breakdown group: the
 * matching term, or {@link #OTHER} when none matches.
 */
@ApplicationScoped
public class Vocabulary {

    /** The group of answers that match no term of the vocabulary. */
    public static final String OTHER = "Lainnya";

    /** The dimensions with a controlled vocabulary; gender and age band are checked by format instead. */
    public static final List<String> DIMENSIONS = List.of("education", "occupation", "serviceUsed");

    private static final int MAX_TERMS = 100;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Inject
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    /** Maps free text to vocabulary terms for one campaign. */
    public static final class Mapping {

        private final Map<String, Map<String, String>> terms;

        Mapping(Map<String, Map<String, String>> terms) {
            this.terms = terms;
        }

        /** The breakdown group of a raw value: the matching term (as spelled in the vocabulary) or "Lainnya". */
        public String group(String dimension, String raw) {
            Map<String, String> byKey = terms.get(dimension);
            if (byKey == null || raw == null) {
                return raw;
            }
            if (raw.equals(TallyDelta.NOT_GIVEN) || raw.equals(OTHER)) {
                return raw;
            }
            return byKey.getOrDefault(key(raw), OTHER);
        }

        /** The demographic values as breakdown groups (null stays null: not given). */
        public Map<String, String> groups(Map<String, String> demographics) {
            Map<String, String> mapped = new HashMap<>(demographics);
            for (String dimension : DIMENSIONS) {
                String raw = demographics.get(dimension);
                if (raw != null) {
                    mapped.put(dimension, group(dimension, raw));
                }
            }
            return mapped;
        }
    }

    /** The vocabulary that applies to a campaign: terms for every unit, for its unit and for it. */
    public Mapping forCampaign(Campaign campaign) {
        return forCampaigns(campaign.unitId, List.of(campaign.id));
    }

    /** The vocabulary of a unit's campaigns together (a pooled period): every term that applies to one of them. */
    public Mapping forCampaigns(UUID unitId, List<UUID> campaignIds) {
        Map<String, Map<String, String>> terms = new HashMap<>();
        for (String dimension : DIMENSIONS) {
            terms.put(dimension, new HashMap<>());
        }
        for (Term term : terms(unitId, campaignIds)) {
            terms.get(term.dimension()).putIfAbsent(key(term.value()), term.value());
        }
        return new Mapping(terms);
    }

    /** The vocabulary of a campaign as the form shows it (public: the answer options). */
    public VocabularyView view(UUID campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        Map<String, List<Term>> byDimension = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            byDimension.put(dimension, new ArrayList<>());
        }
        for (Term term : terms(campaign.unitId, List.of(campaign.id))) {
            byDimension.get(term.dimension()).add(term);
        }
        return new VocabularyView(campaignId, campaign.unitId, OTHER, byDimension);
    }

    /**
     * Replaces the terms of one dimension for a unit (campaignId null) or one campaign of it; for the unit's
     * managers. Responses already counted keep their group; breakdowns map groups no longer in the vocabulary to
     * "Lainnya" when read.
     */
    @Transactional
    public VocabularyView replace(UUID unitId, UUID campaignId, String dimension, List<String> values) {
        if (!DIMENSIONS.contains(dimension)) {
            throw ProblemException.badRequest("dimension", "must be one of " + DIMENSIONS);
        }
        if (campaignId != null) {
            Campaign campaign = campaigns.find(campaignId);
            unitId = campaign.unitId;
        }
        campaigns.requireManage(unitId);
        Set<String> seen = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        if (values == null || values.size() > MAX_TERMS) {
            throw ProblemException.badRequest("values", "must list at most " + MAX_TERMS + " terms");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).trim();
            if (value.isEmpty() || value.length() > 200) {
                errors.add(new Problem.FieldError("values[" + i + "]", "must be 1 to 200 characters"));
            } else if (key(value).equals(key(OTHER)) || value.equals(TallyDelta.NOT_GIVEN)) {
                errors.add(new Problem.FieldError("values[" + i + "]", "is reserved"));
            } else if (!seen.add(key(value))) {
                errors.add(new Problem.FieldError("values[" + i + "]", "appears twice"));
            } else {
                clean.add(value);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        em.createNativeQuery("delete from vocabulary_term where dimension = ?1 and unit_id = ?2 and "
                        + "campaign_id is not distinct from ?3")
                .unwrap(NativeQuery.class)
                .setParameter(1, dimension)
                .setParameter(2, unitId)
                .setParameter(3, campaignId, UUID.class)
                .executeUpdate();
        for (String value : clean) {
            em.createNativeQuery("insert into vocabulary_term (dimension, unit_id, campaign_id, value, confirmed, "
                            + "source, created_by) values (?1, ?2, ?3, ?4, true, ?5, ?5)")
                    .unwrap(NativeQuery.class)
                    .setParameter(1, dimension)
                    .setParameter(2, unitId)
                    .setParameter(3, campaignId, UUID.class)
                    .setParameter(4, value)
                    .setParameter(5, caller.name())
                    .executeUpdate();
        }
        List<Term> saved = clean.stream()
                .map(v -> new Term(dimension, v, true, campaignId == null ? "UNIT" : "CAMPAIGN", caller.name()))
                .toList();
        return new VocabularyView(campaignId, unitId, OTHER, Map.of(dimension, saved));
    }

    private List<Term> terms(UUID unitId, List<UUID> campaignIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select dimension, value, confirmed, "
                        + "case when campaign_id is not null then 'CAMPAIGN' when unit_id is not null then 'UNIT' "
                        + "else 'ALL_UNITS' end, source from vocabulary_term where (unit_id is null and campaign_id is "
                        + "null) or (unit_id = ?1 and campaign_id is null) or campaign_id in (?2) order by id")
                .setParameter(1, unitId)
                .setParameter(2, campaignIds)
                .getResultList();
        List<Term> terms = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            terms.add(new Term((String) row[0], (String) row[1], (Boolean) row[2], (String) row[3], (String) row[4]));
        }
        return terms;
    }

    private static String key(String value) {
        return SPACES.matcher(value.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
