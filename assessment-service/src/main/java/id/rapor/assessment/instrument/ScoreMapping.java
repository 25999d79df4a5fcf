package id.rapor.assessment.instrument;

/** How an indicator's measure becomes its score on the instrument's scale. */
public enum ScoreMapping {
    /** The measure is the score (a rubric level, a number on the scale; a yes scores the yesValue). */
    AS_IS,
    /**
     * The measure's range mapped linearly onto 0..scale maximum: {@code (m − lo) ÷ (hi − lo) × max}, or
     * {@code (hi − m) ÷ (hi − lo) × max} when the indicator is reversed (a lower measure is better).
     */
    LINEAR,
    /** The score of the highest threshold the measure reaches ({@code atLeast} ascending, the first at or below lo). */
    THRESHOLDS
}
