package id.rapor.assessment.cycle;

/**
 * The phases a cycle's plan may contain, in their usual order; a plan starts with SELF_ASSESSMENT and ends with FINAL,
 * and each phase gates which actions are allowed.
 */
public enum Phase {
    /** Units fill in answers and evidence (F-01) and submit. */
    SELF_ASSESSMENT,
    /**
     * Pra-evaluasi: the evaluators measure the current condition from the desk (F-02) while the units' self-assessment
     * still runs; units answer and submit, evaluators score, send back and verify.
     */
    PRA_EVALUASI,
    /** Evaluators score per tier, send back and verify. */
    EVALUATION,
    /** Verifikasi lapangan: evaluators visit the lokus (field-visit records adjust scores), score and verify. */
    VERIFIKASI_LAPANGAN,
    /** Sent-back units revise and resubmit; evaluators re-score and verify. */
    REVISION,
    /** Pemeringkatan: the ranking is published; nothing changes. The cycle reaches FINAL once it is recorded. */
    PEMERINGKATAN,
    /** Results are final; nothing changes. */
    FINAL;

    /** Phases in which evaluators score, send back and verify. */
    public static final Phase[] EVALUATING = {PRA_EVALUASI, EVALUATION, VERIFIKASI_LAPANGAN, REVISION};
}
