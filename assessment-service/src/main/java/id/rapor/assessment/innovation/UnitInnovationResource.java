package id.rapor.assessment.innovation;

import id.rapor.assessment.innovation.InnovationDtos.InnovationRequest;
import id.rapor.assessment.innovation.InnovationDtos.InnovationView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's innovations in the register ("satu unit satu inovasi"). */
@Path("/api/v1/assessment/units/{unitId}/innovations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Innovations", description = "The innovation register and its one-agency-one-innovation coverage")
public class UnitInnovationResource {

    @Inject
    InnovationService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerInnovation",
            summary = "Register an innovation of a unit",
            description = "For the unit's operator and admins. Starts at inisiatif unless a stage is given; "
                    + "penerapan needs implementedDate. The competition tier is a code of the seeded tiers and must "
                    + "have existed in the competition year. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = InnovationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field missing or malformed, unknown tier, or a replication of the unit's own innovation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the unit's operator nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "penerapan without implementedDate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("unitId") UUID unitId, @Valid @NotNull InnovationRequest request) {
        InnovationView created = service.register(unitId, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/innovations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listUnitInnovations",
            summary = "The innovations of a unit, optionally of one year",
            description = "For the unit's operator, evaluators of its region, admins and viewers.")
    @APIResponse(
            responseCode = "200",
            description = "Newest year first",
            content = @Content(schema = @Schema(implementation = InnovationView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InnovationView> list(@PathParam("unitId") UUID unitId, @QueryParam("year") Integer year) {
        return service.list(unitId, year);
    }
}
