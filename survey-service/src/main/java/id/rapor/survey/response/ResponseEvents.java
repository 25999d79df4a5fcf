package id.rapor.survey.response;

import id.rapor.events.SurveyResponsesChanged;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.survey.campaign.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells integrators which responses were written: one outbox event per written batch (split every
 * {@link SurveyResponsesChanged#MAX_IDS} ids), never one per row, and one per void, in the writing transaction.
 */
@ApplicationScoped
public class ResponseEvents {

    @Inject
    OutboxWriter outbox;

    /** The batch just inserted for {@code campaign}; {@code flags} holds the ids held for review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(
            Campaign campaign,
            Collection<PreparedResponse> rows,
            ResponseWriter.Stamp stamp,
            Map<String, List<String>> flags) {
        List<String> ids = rows.stream().map(PreparedResponse::clientId).toList();
        int parts = Math.max(1, (ids.size() + SurveyResponsesChanged.MAX_IDS - 1) / SurveyResponsesChanged.MAX_IDS);
        for (int part = 0; part < parts; part++) {
            List<String> chunk = ids.subList(
                    part * SurveyResponsesChanged.MAX_IDS,
                    Math.min(ids.size(), (part + 1) * SurveyResponsesChanged.MAX_IDS));
            List<String> flagged = new ArrayList<>();
            for (String id : chunk) {
                if (flags.containsKey(id)) {
                    flagged.add(id);
                }
            }
            outbox.append(new SurveyResponsesChanged(
                    UUID.randomUUID(),
                    SurveyResponsesChanged.ACCEPTED,
                    SurveyResponsesChanged.SCHEMA_VERSION,
                    stamp.at(),
                    campaign.id,
                    campaign.unitId,
                    campaign.period,
                    stamp.channel(),
                    stamp.namespace(),
                    stamp.batchReference(),
                    List.copyOf(chunk),
                    List.copyOf(flagged),
                    null,
                    part + 1,
                    parts));
        }
    }

    /** One response of {@code campaign} voided. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voided(Campaign campaign, String namespace, String responseId, String reason, Instant at) {
        outbox.append(new SurveyResponsesChanged(
                UUID.randomUUID(),
                SurveyResponsesChanged.VOIDED,
                SurveyResponsesChanged.SCHEMA_VERSION,
                at,
                campaign.id,
                campaign.unitId,
                campaign.period,
                null,
                namespace,
                null,
                List.of(responseId),
                List.of(),
                reason,
                1,
                1));
    }
}
