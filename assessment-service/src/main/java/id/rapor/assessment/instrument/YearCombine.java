package id.rapor.assessment.instrument;

/** How the yearly values of a MULTI_YEAR answer combine into its measure. */
public enum YearCombine {
    MEAN,
    SUM,
    LAST,
    MIN,
    MAX
}
