package id.rapor.ranking.unit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the unit replica. */
public final class UnitDtos {

    private UnitDtos() {}

    /** A subject (unit, Pemda, instansi) as the ranking service knows it (from the unit events). */
    @Schema(name = "RankedUnit")
    public record UnitView(
            UUID id,
            String name,
            String unitType,
            @Schema(description = "UNIT, PEMDA or INSTANSI") String subjectKind,
            @Schema(nullable = true) String regionCode,
            @Schema(nullable = true) String provinceCode,
            @Schema(nullable = true) String regencyCode,

            @Schema(nullable = true, description = "The instansi (K/L, BUMN) a unit belongs to")
            UUID instansiId,

            boolean active,
            long version) {

        static UnitView of(UnitProjection unit) {
            return new UnitView(
                    unit.id,
                    unit.name,
                    unit.unitType,
                    unit.subjectKind,
                    unit.regionCode,
                    unit.provinceCode,
                    unit.regencyCode,
                    unit.instansiId,
                    unit.active,
                    unit.version);
        }
    }
}
