package id.rapor.assessment.spm;

import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.spm.SpmDtos.EntriesRequest;
import id.rapor.assessment.spm.SpmDtos.ReviewRequest;
import id.rapor.assessment.spm.SpmDtos.Sheet;
import id.rapor.assessment.spm.SpmDtos.Summary;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Pemda's SPM sasaran and capaian per year, and their summary. */
@Path("/api/v1/assessment/units/{pemdaId}/spm")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "SPM",
        description =
                "Standar Pelayanan Minimal (PP 2/2018, Permendagri 59/2021): basic services, indicators, and each Pemda's sasaran and capaian")
public class PemdaSpmResource {

    @Inject
    SpmService service;

    @PUT
    @Path("{year}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putPemdaSpm",
            summary = "Enter a Pemda's sasaran and number served per SPM indicator for a year",
            description = "For the Pemda's operator and admins. Indicators named replace their earlier entry; others "
                    + "are kept. The indicators must be of the Pemda's level (province or kab/kota). dilayani may "
                    + "exceed sasaran (sasaran are often estimates; no source forbids it): the row says aboveSasaran. "
                    + "Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The Pemda's sheet of the year",
            content = @Content(schema = @Schema(implementation = Sheet.class)))
    @APIResponse(
            responseCode = "400",
            description = "A count negative or missing, an indicator unknown or named twice, or the year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the Pemda's operator nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The subject is not a Pemda, or an indicator is of the other level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sheet put(
            @PathParam("pemdaId") UUID pemdaId,
            @PathParam("year") @Min(2019) @Max(2100) int year,
            @Valid @NotNull EntriesRequest request) {
        return service.enter(pemdaId, year, request);
    }

    @POST
    @Path("{year}/review")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviewPemdaSpm",
            summary = "Review a Pemda's SPM entries of a year: terverifikasi or dikembalikan",
            description = "For evaluators of the Pemda's region and admins. Append-only; the sheet shows the latest "
                    + "review and whether an entry changed since. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet with the review",
            content = @Content(schema = @Schema(implementation = Sheet.class)))
    @APIResponse(
            responseCode = "400",
            description = "verdict missing or unknown, or the year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the Pemda's region nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The subject is not a Pemda, or it has no entry of the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sheet review(
            @PathParam("pemdaId") UUID pemdaId,
            @PathParam("year") @Min(2019) @Max(2100) int year,
            @Valid @NotNull ReviewRequest request) {
        return service.review(pemdaId, year, request);
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getPemdaSpm",
            summary = "A Pemda's SPM sheet of a year: every indicator of its level with sasaran, dilayani, capaian",
            description = "For the Pemda's operator, evaluators of its region, admins and viewers. capaian = "
                    + "dilayani ÷ sasaran × 100, half-up to 2 decimals (null when sasaran is 0); simpulan memenuhi "
                    + "when capaian ≥ 100. confirmed/reason say when a service or indicator is unconfirmed.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet",
            content = @Content(schema = @Schema(implementation = Sheet.class)))
    @APIResponse(
            responseCode = "400",
            description = "The year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The Pemda lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The subject is not a Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sheet get(@PathParam("pemdaId") UUID pemdaId, @PathParam("year") @Min(2019) @Max(2100) int year) {
        return service.get(pemdaId, year);
    }

    @GET
    @Path("{year}/summary")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getPemdaSpmSummary",
            summary = "A Pemda's SPM summary of a year, per bidang and overall",
            description = "Mean capaian % over the entered indicators with sasaran > 0 (exact, then half-up to 2 "
                    + "decimals; not capped at 100) and the number of indicators at 100 %. This is not the official "
                    + "SPM index, whose penerima/mutu weighting is unconfirmed; the note says so.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @APIResponse(
            responseCode = "400",
            description = "The year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The Pemda lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The subject is not a Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Summary summary(@PathParam("pemdaId") UUID pemdaId, @PathParam("year") @Min(2019) @Max(2100) int year) {
        return service.summary(pemdaId, year);
    }

    @GET
    @Path("audit")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getPemdaSpmAudit",
            summary = "Who entered a Pemda's SPM data and when",
            description = "The append-only trail, oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The trail",
            content =
                    @Content(schema = @Schema(implementation = RegisterAudit.AuditView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The Pemda lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The subject is not a Pemda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegisterAudit.AuditView> trail(@PathParam("pemdaId") UUID pemdaId) {
        return service.trail(pemdaId);
    }
}
