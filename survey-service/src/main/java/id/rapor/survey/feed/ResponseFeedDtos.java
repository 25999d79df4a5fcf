package id.rapor.survey.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the response feed: responses as stored, with personal fields only where allowed. */
public final class ResponseFeedDtos {

    private ResponseFeedDtos() {}

    /** Why a response's personal fields are or are not shown. */
    public enum PersonalFields {
        /** Consent was given and the caller may read personal data of the unit. */
        SHOWN,
        /** The respondent gave no consent: none were kept. */
        NO_CONSENT,
        /** The caller may not read them (the unit's own operator). */
        NOT_PERMITTED
    }

    /** Demographics and the suggestion, for readers with access to them. */
    @Schema(name = "SurveyResponsePersonal")
    public record Personal(
            @Schema(example = "P") String gender,
            @Schema(example = "34") Integer age,
            @Schema(example = "30-39") String ageBand,
            @Schema(example = "D4/S1") String education,
            @Schema(example = "Wirausaha") String occupation,
            @Schema(example = "Perekaman KTP-el") String serviceUsed,
            @Schema(example = "Antrean terlalu panjang") String suggestion) {}

    /** One stored response. */
    @Schema(name = "SurveyResponseView")
    public record ResponseItem(
            @Schema(description = "Rapor's id of the stored row (also the saran id)", example = "1042")
            long id,

            @Schema(description = "The client's response id", example = "kiosk-7:000123")
            String responseId,

            @Schema(example = "WEB/public") String namespace,
            @Schema(enumeration = {"WEB", "BATCH", "CSV"}) String channel,
            Instant submittedAt,

            @Schema(description = "When the row last changed (submission, void, review)")
            Instant updatedAt,

            @Schema(description = "Answer value per item code", example = "{\"U1\": 4, \"U2\": 3}")
            Map<String, Integer> answers,

            boolean consent,
            PersonalFields personalFields,

            @Schema(description = "Present only when personalFields is SHOWN")
            Personal personal,

            List<String> qualityFlags,

            @Schema(enumeration = {"COUNTED", "FLAGGED", "ACCEPTED", "EXCLUDED"})
            String reviewState,

            boolean voided,
            String voidReason,
            Instant voidedAt,
            String batchReference) {}

    /** One page of the feed, in (updatedAt, id) order. */
    @Schema(name = "SurveyResponsePage")
    public record ResponsePage(
            List<ResponseItem> items,
            int size,

            @Schema(
                    description = "Pass as cursor to continue after this page (now or in a later pull); the cursor "
                            + "asked with when the page is empty")
            String nextCursor,

            @Schema(description = "Whether more rows follow at once")
            boolean hasMore) {}
}
