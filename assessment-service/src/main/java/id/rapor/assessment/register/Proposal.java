package id.rapor.assessment.register;

import id.rapor.assessment.instrument.AnswerTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer a register proposes for one indicator: a value or parts (null when the register does not decide it),
 * how it was read, the register records it rests on, evidence links, and the parts of the reading the sources do not
 * confirm.
 */
public record Proposal(
        BigDecimal value,
        Map<String, BigDecimal> parts,
        String reason,
        List<String> records,
        List<String> evidenceLinks,
        List<String> unconfirmed) {

    /** No answer: the register does not decide it, for the given reason. */
    public static Proposal none(String reason) {
        return new Proposal(null, null, reason, List.of(), List.of(), List.of());
    }

    /** A plain value. */
    public static Proposal value(long value, String reason, List<String> records, List<String> evidence) {
        return new Proposal(BigDecimal.valueOf(value), null, reason, records, evidence, List.of());
    }

    /** Parts (checklist items, target and achieved). */
    public static Proposal parts(
            Map<String, BigDecimal> parts, String reason, List<String> records, List<String> evidence) {
        return new Proposal(null, parts, reason, records, evidence, List.of());
    }

    /** The parts of a PERCENT_OF_TARGET answer: the target and what was achieved of it. */
    public static Proposal ofTarget(
            long target, long achieved, String reason, List<String> records, List<String> evidence) {
        Map<String, BigDecimal> parts = new java.util.LinkedHashMap<>();
        parts.put(AnswerTypes.TARGET, BigDecimal.valueOf(target));
        parts.put(AnswerTypes.ACHIEVED, BigDecimal.valueOf(achieved));
        return parts(parts, reason, records, evidence);
    }

    /** This proposal with a part of its reading the sources do not confirm. */
    public Proposal unconfirmed(String why) {
        List<String> all = new java.util.ArrayList<>(unconfirmed);
        all.add(why);
        return new Proposal(value, parts, reason, records, evidenceLinks, List.copyOf(all));
    }

    public boolean decided() {
        return value != null || (parts != null && !parts.isEmpty());
    }
}
