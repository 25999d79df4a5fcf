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
 * Schema 2: the register holds assessment subjects of three kinds ({@code subjectKind}: {@code UNIT}, {@code PEMDA}
 * for a province or kab/kota government, {@code INSTANSI} for a K/L or BUMN without a region, whose
 * {@code regionCode} is null) and a unit may belong to an instansi ({@code instansiId}). A schema-1 event is a
 * {@code UNIT} with no instansi.
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
        boolean active,
        /** Schema 2: {@code UNIT}, {@code PEMDA} or {@code INSTANSI}; null in schema 1 (a unit). */
        String subjectKind,
        /** Schema 2: the instansi (K/L, BUMN) a unit belongs to, or null. */
        UUID instansiId)
        implements RaporEvent {

    public static final String TYPE = "UnitChanged";
    /** 2: adds {@code subjectKind} and {@code instansiId}; an INSTANSI has no region code. */
    public static final int SCHEMA_VERSION = 2;

    public static final String UNIT = "UNIT";
    public static final String PEMDA = "PEMDA";
    public static final String INSTANSI = "INSTANSI";

    /** Builds the event for a unit (no instansi) after a change. */
    public static UnitChanged of(
            UUID unitId,
            long version,
            String name,
            String unitType,
            String regionCode,
            String parentOrganisation,
            boolean active,
            Instant occurredAt) {
        return of(unitId, version, name, unitType, regionCode, parentOrganisation, active, UNIT, null, occurredAt);
    }

    /** Builds the event for a subject's state after a change. */
    public static UnitChanged of(
            UUID unitId,
            long version,
            String name,
            String unitType,
            String regionCode,
            String parentOrganisation,
            boolean active,
            String subjectKind,
            UUID instansiId,
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
                active,
                subjectKind,
                instansiId);
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
        String kind = kind();
        if (!List.of(UNIT, PEMDA, INSTANSI).contains(kind)) {
            faults.add("unknown subjectKind (" + kind + ")");
        } else if (INSTANSI.equals(kind)) {
            if (regionCode != null) {
                faults.add("an INSTANSI has no regionCode (" + regionCode + ")");
            }
        } else if (!RegionCodes.isValid(regionCode)) {
            faults.add("no valid regionCode (" + regionCode + ")");
        }
        return faults.isEmpty()
                ? Optional.empty()
                : Optional.of("UnitChanged " + eventId + ": " + String.join(", ", faults));
    }

    /** The subject kind: as sent, or {@code UNIT} for a schema-1 event. */
    public String kind() {
        return subjectKind == null ? UNIT : subjectKind;
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
