package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ranking of index {@code indexCode} in {@code period} among the units of province {@code regionCode} changed:
 * one event per ranking and recomputation, listing the units whose value, zone, band or rank in the province moved
 * (a previous value of null: the unit entered the ranking; a value of null: it left it). Ranks of the other units
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
        return indexCode + "/" + period + "/" + regionCode;
    }

    @Override
    public String topic() {
        return Topics.RANKINGS;
    }
}
