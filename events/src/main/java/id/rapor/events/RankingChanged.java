package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ranking of index {@code indexCode} in {@code period} among the subjects of kind {@code subjectKind} ({@code
 * UNIT}, {@code PEMDA}, {@code INSTANSI}) of province {@code regionCode} changed: one event per ranking and
 * processed fact, listing the units whose value, zone, band or rank in the province moved
 * (a previous rank of null: the unit was not ranked before, e.g. it had no value or was not yet known; a rank of
 * null: it is not ranked now). Ranks of the other units
 * shift accordingly; read the ranking for the full order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RankingChanged(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String indexCode,
        String period,
        /** The province whose ranking changed. */
        String regionCode,
        /** The kind of subject ranked (UNIT, PEMDA, INSTANSI). */
        String subjectKind,
        List<UnitStanding> changes)
        implements RaporEvent {

    public static final String TYPE = "RankingChanged";
    public static final int SCHEMA_VERSION = 1;

    /** One unit's standing before and after: value, zone, band and rank among the province's units. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitStanding(
            UUID unitId,
            String unitRegionCode,
            BigDecimal previousValue,
            BigDecimal value,
            String previousZone,
            String zone,
            String previousBand,
            String band,
            Integer previousRank,
            Integer rank) {}

    @Override
    public String aggregateId() {
        return indexCode + "/" + period + "/" + regionCode + "/" + subjectKind;
    }

    @Override
    public String topic() {
        return Topics.RANKINGS;
    }
}
