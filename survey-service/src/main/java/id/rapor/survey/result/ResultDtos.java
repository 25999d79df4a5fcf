package id.rapor.survey.result;

import id.rapor.events.Basis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of survey results. Decimals are rounded from exact fractions only for display. */
public final class ResultDtos {

    private ResultDtos() {}

    /** One item: NRR = sum ÷ count (2 dp), NRR tertimbang = NRR × weight (4 dp). */
    @Schema(name = "SurveyItemResult")
    public record ItemResult(
            String code,
            String name,
            String weight,
            long sum,
            long count,
            @Schema(nullable = true) BigDecimal nrr,
            @Schema(nullable = true) BigDecimal weightedNrr) {}

    /** The Krejcie–Morgan minimum sample for the population and whether the respondents reach it. */
    @Schema(name = "SurveySample")
    public record Sample(
            @Schema(nullable = true) Long population,
            @Schema(nullable = true) Long minimumSample,
            @Schema(nullable = true) Boolean met) {}

    /**
     * One demographic group: respondents and its IKM (25–100, 2 dp) when every item has an answer and the group is
     * large enough to show without revealing individual answers ({@code survey.results.minimum-group-size}).
     */
    @Schema(name = "SurveyBreakdownGroup")
    public record Group(
            String value,
            long respondents,
            @Schema(nullable = true) BigDecimal ikmKonversi,

            @Schema(nullable = true, description = "95 % interval of the group's IKM, when it is shown")
            IntervalView interval) {

        /** The value under which groups below the minimum size are merged for readers without raw access. */
        public static final String MERGED = "Lainnya (digabung)";
    }

    /** The result of a campaign, or of a unit over the campaigns of a period. */
    @Schema(name = "SurveyResult")
    public record ResultView(
            UUID unitId,

            @Schema(description = "The campaigns summed (one for a campaign result)")
            List<UUID> campaignIds,

            String period,

            @Schema(nullable = true, description = "OPEN or CLOSED for a campaign result")
            String status,

            String questionnaireCode,
            int questionnaireVersion,
            @Schema(example = "PERMENPANRB_14_2017") String regulation,
            boolean questionnaireConfirmed,
            long respondents,

            @Schema(nullable = true, description = "Tally version of a campaign result")
            Long tallyVersion,

            List<ItemResult> items,

            @Schema(nullable = true, description = "IKM on the 1–4 scale, 4 dp", example = "3.5324")
            BigDecimal ikm,

            @Schema(nullable = true, description = "IKM on the 1–4 scale as an exact fraction", example = "763/216")
            String ikmExact,

            @Schema(nullable = true, description = "IKM on the 25–100 scale, 2 dp; the graded value", example = "88.31")
            BigDecimal ikmKonversi,

            @Schema(nullable = true, example = "A") String mutu,

            @Schema(nullable = true, example = "Sangat Baik")
            String mutuLabel,

            @Schema(nullable = true, example = "HIJAU") String zone,

            @Schema(
                    description = "confirmed false, with reasons, when the questionnaire, its weights or its bands "
                            + "are not confirmed by the sources")
            Basis basis,

            Sample sample,

            @Schema(description = "Per dimension (gender, ageBand, education, occupation, serviceUsed)")
            Map<String, List<Group>> breakdowns,

            @Schema(nullable = true, description = "Why a value is missing, when it is")
            String note,

            @Schema(description = "Responses held out of the result until an evaluator reviews them")
            long flagged,

            @Schema(description = "Responses an evaluator excluded")
            long excluded,

            @Schema(
                    description = "OK; REVIEW_PENDING (flagged responses wait, none too many); LOW (flagged and "
                            + "excluded exceed survey.integrity.flags.quality-threshold of all responses)")
            String dataQuality,

            @Schema(
                    nullable = true,
                    description = "For anonymous readers: the published snapshot this result is (its id, version, "
                            + "content hash and time). For the unit's managers, who read the live result: the "
                            + "version published now, or null while the result is a draft")
            PublicationRef publication,

            @Schema(
                    nullable = true,
                    description = "95 % interval of ikmKonversi and the respondents a target width needs")
            IntervalView interval) {

        /** This result marked as (or, live, next to) the published snapshot {@code ref}. */
        public ResultView withPublication(PublicationRef ref) {
            return new ResultView(
                    unitId,
                    campaignIds,
                    period,
                    status,
                    questionnaireCode,
                    questionnaireVersion,
                    regulation,
                    questionnaireConfirmed,
                    respondents,
                    tallyVersion,
                    items,
                    ikm,
                    ikmExact,
                    ikmKonversi,
                    mutu,
                    mutuLabel,
                    zone,
                    basis,
                    sample,
                    breakdowns,
                    note,
                    flagged,
                    excluded,
                    dataQuality,
                    ref,
                    interval);
        }

        /** This result without its demographic breakdowns. */
        public ResultView withoutBreakdowns() {
            return new ResultView(
                    unitId,
                    campaignIds,
                    period,
                    status,
                    questionnaireCode,
                    questionnaireVersion,
                    regulation,
                    questionnaireConfirmed,
                    respondents,
                    tallyVersion,
                    items,
                    ikm,
                    ikmExact,
                    ikmKonversi,
                    mutu,
                    mutuLabel,
                    zone,
                    basis,
                    sample,
                    null,
                    note,
                    flagged,
                    excluded,
                    dataQuality,
                    publication,
                    interval);
        }
    }

    /** Which published snapshot a result is, or is next to. */
    @Schema(name = "SurveyResultPublication")
    public record PublicationRef(
            UUID id,
            @Schema(example = "1") int version,

            @Schema(description = "sha256 (hex) of the snapshot's canonical JSON")
            String contentHash,

            java.time.Instant publishedAt) {

        public static PublicationRef of(id.rapor.platform.publication.PublicationView view) {
            return new PublicationRef(view.id(), view.version(), view.contentHash(), view.publishedAt());
        }
    }

    /**
     * What a survey result publication holds: the unit's result over the period and each of its campaigns' results,
     * all as an anonymous reader may see them (privacy floor applied), without publication stamps.
     */
    public record PublishedResult(ResultView unit, List<ResultView> campaigns) {}
}
