package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        boolean active)
        implements RaporEvent {

    public static final String TYPE = "UnitChanged";
    public static final int SCHEMA_VERSION = 1;

    /** Builds the event for the unit's state after a change. */
    public static UnitChanged of(
            UUID unitId,
            long version,
            String name,
            String unitType,
            String regionCode,
            String parentOrganisation,
            boolean active,
            Instant occurredAt) {
        return new UnitChanged(
                UUID.randomUUID(),
                TYPE,
                SCHEMA_VERSION,
                occurredAt,
                unitId,
                version,
                name,
                unitType,
                regionCode,
                RegionCodes.province(regionCode),
                RegionCodes.regency(regionCode),
                parentOrganisation,
                active);
    }

    /**
     * Why a consumer cannot apply this event (no unit id, no name or type, a malformed region code), or empty. The
     * one rule both replicas follow; a defective event is dead-lettered.
     */
    public Optional<String> defect() {
        List<String> faults = new ArrayList<>();
        if (unitId == null) {
            faults.add("no unitId");
        }
        if (name == null || name.isBlank()) {
            faults.add("no name");
        }
        if (unitType == null || unitType.isBlank()) {
            faults.add("no unitType");
        }
        if (!RegionCodes.isValid(regionCode)) {
            faults.add("no valid regionCode (" + regionCode + ")");
        }
        return faults.isEmpty()
                ? Optional.empty()
                : Optional.of("UnitChanged " + eventId + ": " + String.join(", ", faults));
    }

    /** Whether this event replaces a replica holding {@code heldVersion}: only a strictly newer version does. */
    public boolean supersedes(long heldVersion) {
        return version > heldVersion;
    }

    /** The province of the unit: as sent, or derived from the region code when a producer left it out. */
    public String province() {
        return provinceCode != null ? provinceCode : RegionCodes.province(regionCode);
    }

    /** The kabupaten/kota of the unit: as sent, or derived from the region code (null for a province). */
    public String regency() {
        return regencyCode != null ? regencyCode : RegionCodes.regency(regionCode);
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
