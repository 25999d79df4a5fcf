package id.rapor.assessment.cycle;

/** The phases of an evaluation cycle, in order; each gates which actions are allowed. */
public enum Phase {
    /** Units fill in answers and evidence (F-01) and submit. */
    SELF_ASSESSMENT,
    /** Evaluators score per tier, send back and verify. */
    EVALUATION,
    /** Sent-back units revise and resubmit; evaluators re-score and verify. */
    REVISION,
    /** Results are final; nothing changes. */
    FINAL
}
