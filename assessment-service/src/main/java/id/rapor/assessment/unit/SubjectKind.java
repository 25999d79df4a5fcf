package id.rapor.assessment.unit;

import id.rapor.events.UnitChanged;

/**
 * What an assessment's subject is: a service unit, a Pemda (the government of a province or kab/kota as a whole) or
 * an instansi without a region (a K/L, a BUMN such as PT KAI, Angkasa Pura or ASDP, a BUMD). The register derives it
 * from the unit type.
 */
public enum SubjectKind {
    UNIT,
    PEMDA,
    INSTANSI;

    /** The kind of subject a register entry of {@code type} is. */
    public static SubjectKind of(UnitType type) {
        return switch (type) {
            case PEMDA -> PEMDA;
            case KEMENTERIAN_LEMBAGA, BUMN, BUMD -> INSTANSI;
            default -> UNIT;
        };
    }

    /** The name the events carry. */
    public String eventName() {
        return switch (this) {
            case UNIT -> UnitChanged.UNIT;
            case PEMDA -> UnitChanged.PEMDA;
            case INSTANSI -> UnitChanged.INSTANSI;
        };
    }
}
