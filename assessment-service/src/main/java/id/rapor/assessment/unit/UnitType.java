package id.rapor.assessment.unit;

/**
 * Kinds of register entry Rapor evaluates: service units, and the subjects that are not units ({@link SubjectKind}):
 * PEMDA (a province or kab/kota government), KEMENTERIAN_LEMBAGA, BUMN and BUMD (instansi without a region).
 */
public enum UnitType {
    DISDUKCAPIL,
    DPMPTSP,
    RSUD,
    PUSKESMAS,
    KECAMATAN,
    SAMSAT,
    OTHER,
    PEMDA,
    KEMENTERIAN_LEMBAGA,
    BUMN,
    BUMD
}
