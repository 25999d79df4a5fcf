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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who signs the documents of the units of a province or kab/kota without their own; audited. */
@Path("/api/v1/survey/regions/{regionCode}/report-signatory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Documents in the regulation's layout and their settings")
public class RegionSignatoryResource {

    @Inject
    SignatoryService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "setRegionReportSignatory",
            summary = "Set who signs the documents of a province or kab/kota",
            description = "For evaluators of that region and admins; used by every unit inside it without its own "
                    + "signatory; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kabag", value = ReportDtos.SIGNATORY_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a province or kab/kota code, missing name or position, or a bad NIP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignatoryView setForRegion(
            @PathParam("regionCode") String regionCode, @Valid @NotNull SignatoryRequest request) {
        return service.setForRegion(regionCode, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "getRegionReportSignatory", summary = "Who signs the documents of a region")
    @APIResponse(
            responseCode = "200",
            description = "The signatory",
            content = @Content(schema = @Schema(implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a province or kab/kota code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "None set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignatoryView getForRegion(@PathParam("regionCode") String regionCode) {
        return service.forRegion(regionCode);
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "listRegionReportSignatoryChanges", summary = "Changes of a region's signatory")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(
            responseCode = "400",
            description = "Not a province or kab/kota code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SignatoryChange> regionAudit(@PathParam("regionCode") String regionCode) {
        return service.auditOfRegion(regionCode);
    }
}
