package id.rapor.survey.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of report settings. */
public final class ReportDtos {

    private ReportDtos() {}

    /** The request example of the signatory endpoints. */
    static final String SIGNATORY_EXAMPLE = "{\"name\": \"Drs. Andi Baso Makkawaru, M.Si.\", "
            + "\"nip\": \"197001011990011001\", "
            + "\"position\": \"Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Jeneponto\", "
            + "\"place\": \"Jeneponto\"}";

    /** Who signs the documents of a unit or region. */
    @Schema(name = "ReportSignatoryRequest")
    public record SignatoryRequest(
            @Schema(example = "Drs. Andi Baso Makkawaru, M.Si.") @NotBlank @Size(max = 200)
            String name,

            @Schema(
                    description = "Nomor Induk Pegawai: 18 digits (spaces allowed), or omitted",
                    example = "197001011990011001")
            @Pattern(regexp = "^[0-9 ]{18,21}$", message = "must be the 18 digits of a NIP")
            String nip,

            @Schema(example = "Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Jeneponto")
            @NotBlank
            @Size(max = 300)
            String position,

            @Schema(description = "Printed before the date", example = "Jeneponto") @Size(max = 100)
            String place) {}

    /** A signatory as stored, and where it was found for a unit (its own, or its kab/kota's or province's). */
    @Schema(name = "ReportSignatory")
    public record SignatoryView(
            @Schema(example = "REGION:73.04") String scope,
            String name,
            String nip,
            String position,
            String place,
            String updatedBy,
            Instant updatedAt) {

        static SignatoryView of(Signatory s) {
            return new SignatoryView(s.scope, s.name, s.nip, s.position, s.place, s.updatedBy, s.updatedAt);
        }
    }

    /** One change of a signatory. */
    @Schema(name = "ReportSignatoryChange")
    public record SignatoryChange(
            long id, String scope, Map<String, String> before, Map<String, String> after, String actor, Instant at) {}
}
