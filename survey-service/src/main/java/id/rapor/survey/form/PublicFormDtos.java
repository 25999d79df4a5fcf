package id.rapor.survey.form;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the public form: what a kiosk or QR-code page needs to show and submit, and nothing more. */
public final class PublicFormDtos {

    private PublicFormDtos() {}

    /** A campaign as its public form shows it: no tally, no creator, no token, no personal data. */
    @Schema(name = "SurveyPublicForm")
    public record PublicForm(
            @Schema(description = "Where responses and challenge requests go")
            UUID campaignId,

            @Schema(nullable = true, example = "SKM Semester I 2026")
            String title,

            @Schema(example = "2026-S1") String period,
            LocalDate periodStart,
            LocalDate periodEnd,

            @Schema(description = "false once the campaign is closed: the form then accepts nothing")
            boolean open,

            PublicUnit unit,
            PublicQuestionnaire questionnaire) {}

    /** The unit being surveyed. */
    @Schema(name = "SurveyPublicFormUnit")
    public record PublicUnit(
            @Schema(example = "Puskesmas Bantimurung") String name,
            @Schema(example = "PUSKESMAS") String unitType,
            @Schema(example = "73.09.01") String regionCode) {}

    /** The questionnaire version: its items in order with the label of each answer value. */
    @Schema(name = "SurveyPublicFormQuestionnaire")
    public record PublicQuestionnaire(
            @Schema(example = "SKM_2017") String code,
            int version,
            String name,
            @Schema(example = "PERMENPANRB_14_2017") String regulation,
            int scaleMin,
            int scaleMax,
            List<PublicItem> items) {}

    /** One unsur: code, name, the official question and one label per answer value from the scale's minimum. */
    @Schema(name = "SurveyPublicFormItem")
    public record PublicItem(
            @Schema(example = "U1") String code,
            @Schema(example = "Persyaratan") String name,
            String question,

            @Schema(example = "[\"Tidak sesuai\", \"Kurang sesuai\", \"Sesuai\", \"Sangat sesuai\"]")
            List<String> labels) {}
}
