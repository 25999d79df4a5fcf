package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What Rapor's own data says about a unit's SKM in a year, the facts the PEKPPP Kebijakan indicators on SKM ask for:
 * whether an SKM was held per PermenPANRB 14/2017 with an adequate sample, the media its result was published in,
 * the share of follow-up plans (RTL) done and how fast they were done. Published by the survey service whenever one
 * of these changes; {@code version} increases per unit and year, so consumers keep the newest and ignore stale or
 * duplicate deliveries.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkmFollowUpSummarized(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID unitId,
        int year,
        long version,
        String regionCode,
        /** Campaigns of the unit whose period lies in the year, with at least one counted response. */
        int campaignsHeld,
        /** Whether every such campaign used a questionnaire of PermenPANRB 14/2017 and reached its minimum sample. */
        boolean heldPerRegulation,
        /** Whether every such campaign had a population and reached the Krejcie–Morgan minimum. */
        boolean sampleAdequate,
        long respondents,
        /** Distinct publication media kinds recorded for the year's periods. */
        int mediaCount,
        List<String> mediaKinds,
        int plansTotal,
        int plansDone,
        /** plansDone ÷ plansTotal × 100, 2 dp; null without plans. */
        BigDecimal donePercent,
        /** Days from the end of the surveyed period to the completion of its last finished plan; null when none. */
        Integer followUpDays,
        /** Links to the records the facts come from (API paths and the evidence links recorded with them). */
        List<String> evidence)
        implements RaporEvent {

    public static final String TYPE = "SkmFollowUpSummarized";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return unitId + ":" + year;
    }

    @Override
    public String topic() {
        return Topics.SKM_FOLLOW_UP;
    }
}
