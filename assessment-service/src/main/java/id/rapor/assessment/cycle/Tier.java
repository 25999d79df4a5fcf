package id.rapor.assessment.cycle;

/** Scoring tiers of PEKPPP Mandiri: the unit's self-score, the kab/kota Bagian Organisasi, the provincial Biro. */
public enum Tier {
    MANDIRI,
    KABKOTA,
    PROVINSI
}
