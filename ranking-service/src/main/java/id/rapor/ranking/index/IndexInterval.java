package id.rapor.ranking.index;

import id.rapor.scoring.ConfidenceInterval;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 95 % interval of an index that rests on survey data, on the index's published scale. */
@Schema(
        name = "IndexInterval",
        description = "95 % interval from the survey tallies' respondent score moments (scoring.ConfidenceInterval): "
                + "Student t on the mean of the respondents' weighted mean answers, with the finite-population "
                + "correction when every campaign's population is known (STUDENT_T_SRS[_FPC]); a roll-up treats its "
                + "units as strata (STUDENT_T_STRATIFIED); an IPP blend carries the survey's interval times its "
                + "weight. Null below two respondents or when a tally predates the score moments.")
public record IndexInterval(
        @Schema(example = "84.12") BigDecimal lower,
        @Schema(example = "91.38") BigDecimal upper,
        @Schema(example = "3.63") BigDecimal halfWidth,
        @Schema(example = "0.95") BigDecimal level,
        @Schema(example = "STUDENT_T_SRS_FPC") String method,
        long respondents,
        long degreesOfFreedom,

        @Schema(
                nullable = true,
                description = "The half-width aimed at (ranking.precision.target-half-width); null when not asked",
                example = "2.5")
        BigDecimal targetHalfWidth,

        @Schema(
                nullable = true,
                description = "Respondents more that would narrow the half-width to the target if the answers spread "
                        + "as they do now; 0 when already narrow enough; null when not asked")
        Long additionalRespondents) {

    /** The view of a scoring interval, with the target and the respondents it needs when given. */
    public static IndexInterval of(ConfidenceInterval.Interval i, BigDecimal target, Long additional) {
        return new IndexInterval(
                i.lower(),
                i.upper(),
                i.halfWidth(),
                i.level(),
                i.method(),
                i.respondents(),
                i.degreesOfFreedom(),
                target,
                additional);
    }
}
