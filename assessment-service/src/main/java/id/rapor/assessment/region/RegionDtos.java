package id.rapor.assessment.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the region register. */
public final class RegionDtos {

    private RegionDtos() {}

    /** One region with its parent's code. */
    @Schema(name = "Region")
    public record RegionView(
            @Schema(example = "73.06") String code,
            @Schema(example = "Kabupaten Gowa") String name,
            RegionLevel level,
            @Schema(nullable = true, example = "73") String parentCode) {

        static RegionView of(Region region) {
            return new RegionView(region.code, region.name, RegionLevel.ofDepth(region.level), region.parentCode);
        }
    }
}
