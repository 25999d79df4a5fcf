package id.rapor.platform.publication;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published snapshot's record: which version, its content hash, who published it when, and on what basis. */
@Schema(name = "Publication", description = "A published, immutable result snapshot")
public record PublicationView(
        UUID id,
        @Schema(example = "survey-result") String kind,

        @Schema(
                description = "Whose result: a unit id, a region code, …",
                example = "0b7f5e8a-3c1d-4f2a-9e6b-1a2b3c4d5e6f")
        String subject,

        @Schema(example = "2026-S1") String period,
        @Schema(example = "1") int version,

        @Schema(description = "sha256 (hex) of the canonical JSON of the snapshot (sorted keys, no whitespace)")
        String contentHash,

        Instant publishedAt,
        String publishedBy,

        @Schema(nullable = true, description = "Readers see the snapshot from this instant; null: at once")
        Instant embargoUntil,

        @Schema(nullable = true, description = "The version this one corrects, if any")
        UUID supersedes,

        @Schema(nullable = true, description = "Why a correction was published")
        String reason,

        @Schema(description = "Definitions the snapshot was computed with, e.g. questionnaire versions")
        Map<String, String> basis,

        PublicationState state) {}
