package id.rapor.survey.report;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.report.ReportDtos.SignatoryChange;
import id.rapor.survey.report.ReportDtos.SignatoryRequest;
import id.rapor.survey.report.ReportDtos.SignatoryView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who signs a unit's documents (the Laporan SKM's signatory block); every change is audited. */
@Path("/api/v1/survey/units/{unitId}/report-signatory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Documents in the regulation's layout and their settings")
public class UnitSignatoryResource {

    @Inject
    SignatoryService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "setUnitReportSignatory",
            summary = "Set who signs a unit's documents",
            description = "For the unit's operator, evaluators of its region and admins. Overrides the kab/kota's "
                    + "and province's signatory for this unit; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kepala", value = ReportDtos.SIGNATORY_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing name or position, or a NIP that is not 18 digits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignatoryView setForUnit(@PathParam("unitId") UUID unitId, @Valid @NotNull SignatoryRequest request) {
        return service.setForUnit(unitId, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getUnitReportSignatory",
            summary = "Who signs a unit's documents",
            description = "The unit's own signatory, else its kab/kota's, else its province's; scope says which.")
    @APIResponse(
            responseCode = "200",
            description = "The signatory",
            content = @Content(schema = @Schema(implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown unit, or no signatory set for it or its regions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignatoryView getForUnit(@PathParam("unitId") UUID unitId) {
        return service.forUnit(unitId);
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listUnitReportSignatoryChanges", summary = "Changes of a unit's own signatory")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SignatoryChange> unitAudit(@PathParam("unitId") UUID unitId) {
        return service.auditOfUnit(unitId);
    }
}
