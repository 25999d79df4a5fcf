package id.rapor.assessment.instrument;

import id.rapor.assessment.instrument.InstrumentDtos.InstrumentRequest;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentSummary;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluation instruments as versioned data: every edit publishes a new, immutable version. */
@Path("/api/v1/assessment/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "PEKPPP, Ombudsman and other instruments, versioned")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InstrumentResource {

    @Inject
    InstrumentService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listInstruments", summary = "The newest version of every instrument")
    @APIResponse(responseCode = "200", description = "The newest version of each instrument")
    public List<InstrumentSummary> list() {
        return service.listLatest();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createInstrument", summary = "Create an instrument (publishes version 1)")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "An instrument with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Weights do not sum to 100% or another rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull InstrumentRequest request, @Context UriInfo uri) {
        InstrumentView created = service.create(request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of(
                                "/api/v1/assessment/instruments/" + created.code() + "/versions/" + created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getInstrument",
            summary = "The newest version of an instrument with its aspects, indicators and bands")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(
            responseCode = "404",
            description = "No such instrument",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstrumentView latest(@PathParam("code") String code) {
        return service.get(code, null);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "reviseInstrument",
            summary = "Edit an instrument (publishes the next version; earlier versions are untouched)")
    @APIResponse(
            responseCode = "201",
            description = "New version published",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such instrument",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Weights do not sum to 100% or another rule is broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(
            @PathParam("code") String code, @Valid @NotNull InstrumentRequest request, @Context UriInfo uri) {
        InstrumentView created = service.revise(code, request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of("/api/v1/assessment/instruments/" + code + "/versions/" + created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listInstrumentVersions", summary = "Every version of an instrument")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    @APIResponse(
            responseCode = "404",
            description = "No such instrument",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InstrumentSummary> versions(@PathParam("code") String code) {
        return service.versions(code);
    }

    @GET
    @Path("{code}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "getInstrumentVersion", summary = "One version of an instrument")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(
            responseCode = "404",
            description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstrumentView version(@PathParam("code") String code, @PathParam("version") int version) {
        return service.get(code, version);
    }
}
