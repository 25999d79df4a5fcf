package id.rapor.survey.unit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the unit replica. */
public final class UnitReplicaDtos {

    private UnitReplicaDtos() {}

    /** A unit as the survey service knows it. */
    @Schema(name = "SurveyUnit")
    public record UnitView(
            UUID id,
            String name,
            String unitType,
            String regionCode,
            String provinceCode,
            @Schema(nullable = true) String regencyCode,
            boolean active,
            long version) {

        static UnitView of(UnitReplica unit) {
            return new UnitView(
                    unit.id,
                    unit.name,
                    unit.unitType,
                    unit.regionCode,
                    unit.provinceCode,
                    unit.regencyCode,
                    unit.active,
                    unit.version);
        }
    }
}
