package id.rapor.assessment.innovation;

import id.rapor.assessment.innovation.InnovationDtos.RegionSummary;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region's "one agency one innovation" coverage in a year. */
@Path("/api/v1/assessment/regions/{code}/innovations/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Innovations", description = "The innovation register and its one-agency-one-innovation coverage")
public class InnovationSummaryResource {

    @Inject
    InnovationService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getRegionInnovationSummary",
            summary = "Units of a region covered by the one-agency-one-innovation rule in a year, and counts per stage",
            description = "For admins, viewers and evaluators whose region contains it. The rule applied (at least "
                    + "one innovation of the year in penerapan) is seeded data and says whether a source confirms it.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = RegionSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "year missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The region lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionSummary summary(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return service.summary(code, year);
    }
}
