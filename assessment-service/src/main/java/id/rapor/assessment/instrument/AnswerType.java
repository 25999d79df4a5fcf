package id.rapor.assessment.instrument;

/**
 * How an indicator is answered. Each type yields a measure from the raw answer; the indicator's {@link ScoreMapping}
 * turns the measure into its score ({@link AnswerTypes} holds every rule).
 */
public enum AnswerType {
    /** A rubric level (0..n, a text each); the measure is the level. */
    RUBRIC,
    /** 1 (yes) or 0 (no); a yes scores the indicator's yesValue (default the scale maximum). */
    YES_NO,
    /** A number between min (default 0) and max (default the scale maximum). */
    NUMBER,
    /** Items ticked (parts: item code to 1 or 0, an item left out is not ticked); the measure is the ticked count. */
    CHECKLIST,
    /** A whole count (value) between min (default 0) and max (if set); the measure is the count. */
    COUNT,
    /**
     * Achievement of a target (parts {@code target} above 0 and {@code achieved} at least 0); the measure is the
     * capaian, achieved ÷ target × 100 capped at 100 (SPM: realisasi / target × 100).
     */
    PERCENT_OF_TARGET,
    /**
     * One number per year over a window of {@code years} consecutive years (parts: year to value, each between min
     * and max); the measure is the years combined ({@link YearCombine}, default the mean).
     */
    MULTI_YEAR
}
