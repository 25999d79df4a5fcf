package id.rapor.assessment.unit;

/** Kinds of public-service unit Rapor evaluates. */
public enum UnitType {
    DISDUKCAPIL,
    DPMPTSP,
    RSUD,
    PUSKESMAS,
    KECAMATAN,
    SAMSAT,
    OTHER
}
