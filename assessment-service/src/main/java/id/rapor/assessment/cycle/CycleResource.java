package id.rapor.assessment.cycle;

import id.rapor.assessment.cycle.CycleDtos.CycleRequest;
import id.rapor.assessment.cycle.CycleDtos.CycleView;
import id.rapor.assessment.cycle.CycleDtos.LokusRequest;
import id.rapor.assessment.cycle.CycleDtos.PhaseRequest;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluation cycles: instrument version, year, scope, lokus and phases. */
@Path("/api/v1/assessment/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Evaluation cycles and their phases")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role or region",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CycleResource {

    @Inject
    CycleService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "createCycle",
            summary = "Open a cycle and an assessment for each lokus unit",
            description = "National cycles: administrators; a province or kab/kota cycle: its evaluators too. "
                    + "NASIONAL and KHUSUS cycles: administrators only. See CycleRequest for the scheme, tier and "
                    + "phase-plan rules.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such instrument version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown scope, bad scheme, tiers or phase plan, unit outside the scope, lokus not covering "
                    + "the service types",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CycleRequest request, @Context UriInfo uri) {
        CycleView created = service.create(request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/cycles/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listCycles", summary = "Cycles the caller may see")
    @APIResponse(responseCode = "200", description = "A page of cycles")
    public PageView<CycleView> list(
            @QueryParam("year") Integer year,
            @QueryParam("scheme") @Parameter(description = "Only cycles of this scheme") Scheme scheme,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(year, scheme, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "getCycle", summary = "One cycle with its current phase")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(
            responseCode = "404",
            description = "No such cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/units")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "addCycleUnits", summary = "Add lokus units to a cycle (opens their assessments)")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unit unknown, inactive or outside the scope; cycle final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView addLokus(@PathParam("id") UUID id, @Valid @NotNull LokusRequest request) {
        return service.addLokus(id, request.unitIds(), request.ruangLingkup());
    }

    @PUT
    @Path("{id}/phase")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "moveCyclePhase",
            summary = "Move a cycle to a phase regardless of its dates",
            description = "Body {\"phase\": null} returns the cycle to its dates. A cycle whose plan has "
                    + "PEMERINGKATAN cannot be moved to FINAL before its ranking publication is recorded (422 on "
                    + "phase).")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(
            responseCode = "400",
            description = "Unknown phase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "FINAL before the pemeringkatan is recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CycleView movePhase(@PathParam("id") UUID id, @NotNull PhaseRequest request) {
        return service.movePhase(id, request.phase());
    }
}
