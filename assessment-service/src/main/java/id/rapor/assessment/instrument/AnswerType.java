package id.rapor.assessment.instrument;

/** How an indicator is answered: a rubric level (0..5 with a text each), yes/no, or a number in a range. */
public enum AnswerType {
    RUBRIC,
    YES_NO,
    NUMBER
}
