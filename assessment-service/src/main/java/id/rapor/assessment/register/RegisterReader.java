package id.rapor.assessment.register;

import java.util.UUID;

/**
 * One register (SOP, SPM, innovation) read for the answers of an assessment: a snapshot of the subject's records of
 * a year, which proposes the answer of each measure an indicator's {@code source} names.
 */
public interface RegisterReader {

    /** The register's name in an indicator's source ({@link RegisterSource#register()}). */
    String register();

    /** The subject's records for {@code year}. */
    Snapshot read(UUID subjectId, int year);

    /** The records of one subject and year. */
    interface Snapshot {

        /** Whether the subject has no record in the register that bears on the year. */
        boolean isEmpty();

        /** The proposal for one measure; {@link Proposal#none(String)} for a measure the register does not know. */
        Proposal propose(RegisterSource source);
    }
}
