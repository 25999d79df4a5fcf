package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A service unit was created, updated, deactivated or reactivated. Carries the unit's full state so
 * consumers can upsert it; {@code version} increases with every change and guards against reordering.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID unitId,
        long version,
        String name,
        String unitType,
        String regionCode,
        String provinceCode,
        String regencyCode,
        String parentOrganisation,
        boolean active) implements RaporEvent {

    public static final String TYPE = "UnitChanged";
    public static final int SCHEMA_VERSION = 1;

    /** Builds the event for the unit's state after a change. */
    public static UnitChanged of(UUID unitId, long version, String name, String unitType, String regionCode,
            String parentOrganisation, boolean active, Instant occurredAt) {
        return new UnitChanged(UUID.randomUUID(), TYPE, SCHEMA_VERSION, occurredAt, unitId, version, name, unitType,
                regionCode, RegionCodes.province(regionCode), RegionCodes.regency(regionCode), parentOrganisation,
                active);
    }

    @Override
    public String aggregateId() {
        return unitId.toString();
    }

    @Override
    public String topic() {
        return Topics.UNITS;
    }
}
