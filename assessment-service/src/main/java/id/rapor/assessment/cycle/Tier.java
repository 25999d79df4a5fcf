package id.rapor.assessment.cycle;

/**
 * Scoring tiers, in the only order a cycle may use them: the unit's self-score, the kab/kota Bagian Organisasi, the
 * provincial Biro Organisasi (which verifies the kab/kota), and KemenPANRB (administrators only).
 */
public enum Tier {
    MANDIRI,
    KABKOTA,
    PROVINSI,
    NASIONAL
}
