package id.rapor.assessment.unit;

import id.rapor.events.RegionCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the unit register. */
public final class UnitDtos {

    /** Kemendagri code of a province, kabupaten/kota, kecamatan or desa. */
    public static final String REGION_CODE = RegionCodes.PATTERN;

    private UnitDtos() {}

    /**
     * A subject to create or the new state of one: a unit (in a region, optionally of an instansi), a Pemda (type
     * PEMDA, the code of its province or kab/kota) or an instansi (KEMENTERIAN_LEMBAGA, BUMN, BUMD: no region).
     */
    @Schema(name = "UnitRequest")
    public record UnitRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Puskesmas Sungguminasa")
            String name,

            @NotNull @Schema(example = "PUSKESMAS") UnitType type,

            @Pattern(regexp = REGION_CODE, message = "must be a Kemendagri region code such as 73.06")
            @Schema(
                    example = "73.06",
                    description = "Required for a unit and a Pemda (province or kab/kota code); absent for an instansi")
            String regionCode,

            @Size(max = 200) @Schema(example = "Dinas Kesehatan Kabupaten Gowa")
            String parentOrganisation,

            @Schema(
                    nullable = true,
                    description = "The instansi (K/L, BUMN, BUMD) a unit belongs to, such as a BUMN's branch office")
            UUID instansiId) {

        /** A unit of a region with no instansi. */
        public UnitRequest(String name, UnitType type, String regionCode, String parentOrganisation) {
            this(name, type, regionCode, parentOrganisation, null);
        }
    }

    /** A unit as the register holds it. */
    @Schema(name = "Unit")
    public record UnitView(
            UUID id,
            String name,
            UnitType type,
            @Schema(description = "UNIT, PEMDA or INSTANSI") SubjectKind subjectKind,
            @Schema(nullable = true) String regionCode,
            @Schema(nullable = true) String provinceCode,
            @Schema(nullable = true) String parentOrganisation,
            @Schema(nullable = true) UUID instansiId,
            boolean active,
            long revision,
            Instant createdAt,
            Instant updatedAt) {

        static UnitView of(ServiceUnit unit) {
            return new UnitView(
                    unit.id,
                    unit.name,
                    unit.type,
                    unit.subjectKind,
                    unit.regionCode,
                    unit.provinceCode,
                    unit.parentOrganisation,
                    unit.instansiId,
                    unit.active,
                    unit.revision,
                    unit.createdAt,
                    unit.updatedAt);
        }
    }

    /** The result of a bulk import: the units registered, in the order of the rows. */
    @Schema(name = "UnitBulkResult")
    public record BulkResult(int created, java.util.List<UnitView> units) {}
}
