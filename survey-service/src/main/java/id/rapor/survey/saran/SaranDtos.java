package id.rapor.survey.saran;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of saran/kritik: the vocabulary, a saran with its follow-up, changes and the audit trail. */
public final class SaranDtos {

    private SaranDtos() {}

    /** One category of the vocabulary. */
    @Schema(name = "SaranCategory")
    public record CategoryView(
            @Schema(example = "WAKTU") String code,
            @Schema(example = "Waktu penyelesaian") String label,
            String description,
            int position,
            boolean active,

            @Schema(description = "False while the list is Rapor's proposal, not a regulation's (editable data)")
            boolean confirmed,

            String note) {}

    /** A citizen's saran/kritik and where its follow-up stands. */
    @Schema(name = "Saran")
    public record SaranView(
            @Schema(description = "The id of the response that carries it", example = "1042")
            long id,

            UUID campaignId,
            UUID unitId,
            @Schema(example = "kiosk-7:000123") String responseId,
            @Schema(enumeration = {"WEB", "BATCH", "CSV"}) String channel,
            Instant submittedAt,

            @Schema(example = "Antrean terlalu panjang, mohon tambah loket")
            String text,

            @Schema(description = "Whether the response was voided")
            boolean voided,

            @Schema(example = "WAKTU") String category,
            @Schema(example = "Waktu penyelesaian") String categoryLabel,

            @Schema(enumeration = {"baru", "ditindaklanjuti", "selesai"})
            String status,

            @Schema(description = "The unit's answer to the citizen")
            String reply,

            @Schema(description = "Internal note of the unit or the evaluators")
            String note,

            @Schema(description = "Changes so far; 0 while untouched")
            long version,

            String updatedBy,
            Instant updatedAt) {}

    /** Sets category, reply and/or note; absent fields stay as they are, an empty text clears it. */
    @Schema(
            name = "SaranUpdate",
            example = "{\"category\": \"WAKTU\", \"reply\": \"Terima kasih, loket ketiga dibuka mulai Senin.\", "
                    + "\"note\": \"Diteruskan ke Kepala Puskesmas\"}")
    public record SaranUpdate(
            @Schema(description = "A code of GET /api/v1/survey/saran-categories", example = "WAKTU")
            String category,

            @Size(max = 4000) String reply,
            @Size(max = 4000) String note,

            @Schema(description = "The version read; a change made since is a 409")
            Long expectedVersion) {}

    /** Moves the status one step; the note, when given, replaces the internal note. */
    @Schema(
            name = "SaranStatusChange",
            example = "{\"status\": \"ditindaklanjuti\", \"note\": \"Loket tambahan diusulkan ke Dinas\"}")
    public record StatusChange(
            @NotBlank @Schema(enumeration = {"baru", "ditindaklanjuti", "selesai"})
            String status,

            @Size(max = 4000) String note) {}

    /** One change in the audit trail. */
    @Schema(name = "SaranAuditEntry")
    public record AuditView(
            long id,

            @Schema(enumeration = {"CATEGORY", "STATUS", "REPLY", "NOTE"})
            String action,

            String field,
            String oldValue,
            String newValue,
            String actor,
            Instant at) {}

    /** A saran with its whole trail. */
    @Schema(name = "SaranDetail")
    public record SaranDetail(SaranView saran, List<AuditView> audit) {}
}
