package id.rapor.assessment.register;

import id.rapor.assessment.assessment.AssessmentDtos.EvidenceItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the answers an assessment's register proposes. */
public final class RegisterAnswerDtos {

    private RegisterAnswerDtos() {}

    /**
     * A proposed answer in the shape of the answer endpoint's item: send it unchanged in {@code answers} of
     * {@code PUT .../answers} to accept it.
     */
    @Schema(name = "RegisterProposedAnswer")
    public record ProposedAnswer(
            @Schema(example = "SOP04") String indicatorCode,

            @Schema(
                    nullable = true,
                    example = "3",
                    description = "The value of a RUBRIC, YES_NO, NUMBER or COUNT indicator")
            BigDecimal value,

            @Schema(
                    nullable = true,
                    description = "The parts of a CHECKLIST (item code to 1 or 0) or PERCENT_OF_TARGET (target and "
                            + "achieved) indicator")
            Map<String, BigDecimal> parts,

            @Schema(description = "Evidence links of the register records, in the indicator's first evidence slot")
            List<EvidenceItem> evidence,

            @Schema(example = "proposed from the SOP register: 3 of 4 SOP ditetapkan evaluated in 2025")
            String note) {}

    /** One indicator's proposal from the register, where it came from, and whether the reading is confirmed. */
    @Schema(name = "RegisterAnswer")
    public record RegisterAnswer(
            @Schema(example = "SOP04") String indicatorCode,

            @Schema(example = "SOP:EVALUATED", description = "The indicator's source: REGISTER:MEASURE[:ARGUMENT]")
            String source,

            @Schema(nullable = true, description = "null when the register does not decide the answer (see reason)")
            ProposedAnswer answer,

            @Schema(example = "3 of 4 SOP ditetapkan have an evaluation of 2025")
            String reason,

            @Schema(description = "API paths of the register records the proposal rests on")
            List<String> records,

            @Schema(description = "Whether the reading of the register into the answer is confirmed by the sources")
            boolean confirmed,

            List<String> unconfirmed) {}

    /** The answers an assessment's register proposes; nothing is written until the operator sends them. */
    @Schema(name = "RegisterAnswers")
    public record RegisterAnswers(
            UUID assessmentId,
            UUID unitId,
            int year,
            String instrumentCode,
            int instrumentVersion,

            @Schema(description = "Whether the subject has no record of the year in the registers the indicators name")
            boolean registerEmpty,

            @Schema(description = "The indicators with a source, in the instrument's order")
            List<RegisterAnswer> items) {}
}
