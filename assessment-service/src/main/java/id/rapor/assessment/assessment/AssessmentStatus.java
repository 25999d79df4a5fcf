package id.rapor.assessment.assessment;

/** Where an assessment stands: being filled, awaiting evaluation, sent back for revision, or verified. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VERIFIED
}
