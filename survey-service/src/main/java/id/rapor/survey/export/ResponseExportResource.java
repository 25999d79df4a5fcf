package id.rapor.survey.export;

import id.rapor.platform.error.Problem;
import id.rapor.platform.export.ExportFormat;
import id.rapor.platform.feed.CommitCursor;
import id.rapor.platform.security.Roles;
import id.rapor.survey.feed.ResponseFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's responses as CSV or XLSX, streamed from the database. */
@Path("/api/v1/survey/campaigns/{campaignId}/responses/export")
@Tag(name = "Exports", description = "CSV and XLSX for warehouses and spreadsheets")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "400",
        description = "Invalid format, filter or period; errors name the parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's region or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such campaign or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ResponseExportResource {

    @Inject
    SurveyExportService service;

    @GET
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "exportCampaignResponses",
            summary = "Export a campaign's responses as CSV or XLSX (streamed)",
            description = "For those who manage the unit, with the feed's filters; rows in the feed's commit order, "
                    + "streamed from the database (millions of rows never held in memory). Increments: the "
                    + "Rapor-Next-Cursor header of the answer holds the cursor to pass next time (as cursor, here or "
                    + "to the feed); the export holds every row committed before it and none after, so consecutive "
                    + "pulls see each change exactly once. updatedSince (inclusive) starts without a cursor. Columns: id, "
                    + "response_id, namespace, campaign_id, unit_id, period, channel, submitted_at, updated_at, "
                    + "consent, personal_fields (SHOWN, NO_CONSENT, NOT_PERMITTED), gender, age, age_band, "
                    + "education, occupation, service_used, suggestion (the seven personal fields empty unless "
                    + "personal_fields is SHOWN: consent given and the caller an evaluator of the region or an "
                    + "admin), quality_flags (';'-separated), review_state, voided, void_reason, voided_at, "
                    + "batch_reference, then one column per item code of the questionnaire (U1..U9) with the "
                    + "answer. Instants are ISO 8601 in UTC; numbers are plain with a dot in CSV and numeric cells in "
                    + "XLSX; CSV is UTF-8, RFC 4180, text starting with = + - @ gets a leading apostrophe.")
    @APIResponse(
            responseCode = "200",
            description = "The table",
            headers =
                    @org.eclipse.microprofile.openapi.annotations.headers.Header(
                            name = SurveyExportService.NEXT_CURSOR,
                            description = "The cursor of the next increment",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(
                        mediaType = ExportFormat.CSV_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        example = "id,response_id,namespace,...,U1,U2\r\n1042,kiosk-7:000123,WEB/public,...,4,3\r\n"),
                @Content(
                        mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response responses(
            @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format,
            @Parameter(description = "WEB, BATCH or CSV") @QueryParam("channel") String channel,
            @Parameter(description = "ISO date or instant, inclusive") @QueryParam("submittedFrom")
                    String submittedFrom,
            @Parameter(description = "ISO date or instant, inclusive") @QueryParam("submittedTo") String submittedTo,
            @Parameter(description = "Only with (true) or without (false) quality flags") @QueryParam("flagged")
                    Boolean flagged,
            @Parameter(description = "Only voided (true) or not voided (false)") @QueryParam("voided") Boolean voided,
            @Parameter(description = "Only rows changed at or after this ISO instant", example = "2026-07-01T00:00:00Z")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(description = "Rapor-Next-Cursor of the previous export, or nextCursor of the feed")
                    @QueryParam("cursor")
                    String cursor) {
        ExportFormat chosen = ExportFormat.of(format);
        ResponseFilter filter =
                ResponseFilter.parse(channel, submittedFrom, submittedTo, flagged, voided, updatedSince);
        return service.responses(campaignId, filter, CommitCursor.parse(cursor), chosen);
    }
}
