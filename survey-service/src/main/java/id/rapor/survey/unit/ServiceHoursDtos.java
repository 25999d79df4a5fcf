package id.rapor.survey.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of a unit's service hours. */
public final class ServiceHoursDtos {

    private ServiceHoursDtos() {}

    /** Local time of day, 24-hour clock. */
    static final String TIME = "^([01]\\d|2[0-3]):[0-5]\\d$";

    /** One opening interval on one weekday, in the unit's local time. */
    @Schema(name = "SurveyServiceHoursInterval")
    public record Interval(
            @NotNull @Schema(example = "MONDAY") DayOfWeek weekday,

            @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") @Schema(example = "08:00")
            String opens,

            @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") @Schema(example = "15:00")
            String closes) {}

    /** A unit's service hours; a weekday not listed is a closed day. */
    @Schema(name = "SurveyServiceHoursRequest")
    public record ServiceHoursRequest(
            @Size(max = 40)
            @Schema(
                    description = "IANA time zone; when absent it follows the unit's province (WIB Asia/Jakarta, "
                            + "WITA Asia/Makassar, WIT Asia/Jayapura)",
                    example = "Asia/Makassar")
            String timeZone,

            @NotNull @Size(max = 28) List<@Valid @NotNull Interval> intervals) {}

    /** A unit's service hours as stored, with the time zone in force and where it comes from. */
    @Schema(name = "SurveyServiceHours")
    public record ServiceHoursView(
            UUID unitId,
            @Schema(example = "Asia/Makassar") String timeZone,
            @Schema(description = "CONFIGURED or PROVINCE") String timeZoneSource,
            List<Interval> intervals,
            String updatedBy,
            Instant updatedAt) {}
}
