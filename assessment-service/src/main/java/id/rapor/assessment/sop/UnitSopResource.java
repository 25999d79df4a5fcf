package id.rapor.assessment.sop;

import id.rapor.assessment.sop.SopDtos.SopRequest;
import id.rapor.assessment.sop.SopDtos.SopView;
import id.rapor.assessment.sop.SopDtos.UnitSummary;
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

/** A unit's SOP register (the unit is the owning OPD) and its coverage and compliance summary. */
@Path("/api/v1/assessment/units/{unitId}/sops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SOP", description = "The SOP register (PermenPANRB 35/2012) and the evaluation of SOP implementation")
public class UnitSopResource {

    @Inject
    SopService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerSop",
            summary = "Register an SOP of a unit with its SOP-AP header",
            description = "For the unit's operator and admins. Status draft unless given; the number is unique "
                    + "within the unit (409 naming number). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = SopView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A header field missing or malformed, or dates out of order",
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
            responseCode = "409",
            description = "The unit already has an SOP with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("unitId") UUID unitId, @Valid @NotNull SopRequest request) {
        SopView created = service.register(unitId, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/sops/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listUnitSops",
            summary = "The SOPs of a unit",
            description = "For the unit's operator, evaluators of its region, admins and viewers.")
    @APIResponse(
            responseCode = "200",
            description = "By number",
            content = @Content(schema = @Schema(implementation = SopView.class, type = SchemaType.ARRAY)))
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
    public List<SopView> list(@PathParam("unitId") UUID unitId) {
        return service.list(unitId);
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "getUnitSopSummary",
            summary = "A unit's SOP coverage and compliance in a year",
            description = "From each SOP in force and its latest evaluation of the year: evaluated ÷ in force "
                    + "(coverage), berjalan baik ÷ evaluated (compliance), SOPs needing revision, mean local score.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = UnitSummary.class)))
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
            description = "The unit lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitSummary summary(@PathParam("unitId") UUID unitId, @QueryParam("year") Integer year) {
        return service.summary(unitId, year);
    }
}
