package id.rapor.survey.result;

import id.rapor.scoring.ConfidenceInterval;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey index's 95 % interval on the 25–100 scale, with its method and what a target width would need. */
@Schema(
        name = "SurveyInterval",
        description = "95 % interval of the IKM (25–100) from the respondents' score moments: Student t on the mean "
                + "of the respondents' weighted mean answers (a simple random sample), with the finite-population "
                + "correction (1 − n/N) when the population is known; centred on the published IKM, never outside "
                + "25–100. Null below two respondents.")
public record IntervalView(
        @Schema(example = "84.12") BigDecimal lower,
        @Schema(example = "91.38") BigDecimal upper,

        @Schema(description = "Half the width (t × SE × 25)", example = "3.63")
        BigDecimal halfWidth,

        @Schema(example = "0.95") BigDecimal level,

        @Schema(
                description = "STUDENT_T_SRS, or STUDENT_T_SRS_FPC with the finite-population correction",
                example = "STUDENT_T_SRS_FPC")
        String method,

        @Schema(description = "Respondents with a score") long respondents,

        @Schema(description = "Degrees of freedom of the t quantile (respondents − 1)")
        long degreesOfFreedom,

        @Schema(
                nullable = true,
                description = "The half-width aimed at (survey.results.target-half-width); null on groups",
                example = "2.5")
        BigDecimal targetHalfWidth,

        @Schema(
                nullable = true,
                description = "How many respondents more would narrow the half-width to the target if the answers "
                        + "spread as they do now (0: already narrow enough); null on groups")
        Long additionalRespondents) {

    /** The view of an interval, with the target and the respondents it needs when given. */
    public static IntervalView of(ConfidenceInterval.Interval i, BigDecimal target, Long additional) {
        return new IntervalView(
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
