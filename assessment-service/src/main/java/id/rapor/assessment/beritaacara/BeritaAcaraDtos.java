package id.rapor.assessment.beritaacara;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the berita acara and its signatories. */
public final class BeritaAcaraDtos {

    private BeritaAcaraDtos() {}

    /** The request example of the signatory register. */
    static final String SIGNATORIES_EXAMPLE = "{\"signatories\": [{\"name\": \"Drs. Andi Baso Makkawaru, M.Si.\", "
            + "\"nip\": \"197001011990011001\", \"jabatan\": \"Kepala Biro Organisasi Setda Provinsi Sulawesi "
            + "Selatan\"}, {\"name\": \"Hj. Nurhayati, S.Sos.\", \"nip\": \"198203152006042002\", "
            + "\"jabatan\": \"Ketua Tim Evaluator PEKPPP\"}]}";

    /** One person who signs, as registered. */
    @Schema(name = "BeritaAcaraSignatoryItem")
    public record SignatoryItem(
            @Schema(example = "Drs. Andi Baso Makkawaru, M.Si.") @NotBlank @Size(max = 200)
            String name,

            @Schema(
                    description = "Nomor Induk Pegawai: 18 digits (spaces allowed), or omitted",
                    example = "197001011990011001")
            @Pattern(regexp = "^[0-9 ]{18,21}$", message = "must be the 18 digits of a NIP")
            String nip,

            @Schema(example = "Kepala Biro Organisasi Setda Provinsi Sulawesi Selatan") @NotBlank @Size(max = 300)
            String jabatan) {}

    /** The whole register of a region, in signing order (replaces what was there). */
    @Schema(name = "BeritaAcaraSignatoriesRequest")
    public record SignatoriesRequest(
            @NotNull @Size(max = 10) List<@Valid @NotNull SignatoryItem> signatories) {}

    /** A registered signatory. */
    @Schema(name = "BeritaAcaraSignatory")
    public record SignatoryView(
            UUID id,
            String regionCode,
            int position,
            String name,
            String nip,
            String jabatan,
            String updatedBy,
            Instant updatedAt) {}
}
