package id.rapor.ranking.unit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the unit replica. */
public final class UnitDtos {

    private UnitDtos() {}

    /** A unit as the ranking service knows it (from the unit events). */
    @Schema(name = "RankedUnit")
    public record UnitView(
            UUID id,
            String name,
            String unitType,
            String regionCode,
            String provinceCode,
            @Schema(nullable = true) String regencyCode,
            boolean active,
            long version) {

        static UnitView of(UnitProjection unit) {
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
