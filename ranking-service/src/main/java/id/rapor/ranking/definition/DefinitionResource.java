package id.rapor.ranking.definition;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionChange;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionRequest;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionView;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Index definitions: public to read, versioned by admins. */
@Path("/api/v1/ranking/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Index definitions", description = "Sources, band tables and zones of each index, versioned")
@APIResponse(
        responseCode = "401",
        description = "Invalid token (reads need none; a token sent must be valid)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DefinitionResource {

    @Inject
    DefinitionService service;

    @Inject
    PreviewService previews;

    private static final String PREVIEW_EXAMPLE = """
            {"period": "2024",
             "scale": {"regulation": "OMBUDSMAN_OPINI/v2", "decimals": 2, "confirmed": false,
                       "bands": [{"lowerBound": 89, "code": "A", "label": "Opini A", "zone": "HIJAU"},
                                 {"lowerBound": 79, "code": "B", "label": "Opini B", "zone": "HIJAU"},
                                 {"lowerBound": 58, "code": "C", "label": "Opini C", "zone": "KUNING"},
                                 {"lowerBound": 38, "code": "D", "label": "Opini D", "zone": "MERAH"},
                                 {"lowerBound": 0, "code": "E", "label": "Opini E", "zone": "MERAH"}]}}""";

    @GET
    @PermitAll
    @Operation(operationId = "listDefinitions", summary = "The newest version of every index definition")
    @APIResponse(responseCode = "200", description = "Definitions")
    public List<DefinitionView> list() {
        return service.latest();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "listDefinitionVersions", summary = "Every version of one index definition, newest first")
    @APIResponse(responseCode = "200", description = "Versions")
    @APIResponse(
            responseCode = "404",
            description = "No such index",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DefinitionView> versions(@PathParam("code") String code) {
        return service.versions(code);
    }

    @GET
    @Path("{code}/versions/{version}")
    @PermitAll
    @Operation(operationId = "getDefinitionVersion", summary = "One version of an index definition")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(
            responseCode = "404",
            description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DefinitionView version(@PathParam("code") String code, @PathParam("version") int version) {
        return service.version(code, version);
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "createDefinitionVersion",
            summary = "Create the next version of an index definition",
            description = "Recomputes the unit results of periods starting on or after effectiveFrom; earlier "
                    + "results keep the version they were computed with.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with the number of results recomputed",
            content = @Content(schema = @Schema(implementation = DefinitionChange.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid definition (fields named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "A concurrent change created the same version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A band table names a regulation no producer publishes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @PathParam("code") String code, @Valid @NotNull DefinitionRequest request, @Context UriInfo uri) {
        DefinitionChange change = service.create(code, request);
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        Locations.of("/api/v1/ranking/definitions/" + code + "/versions/"
                                + change.definition().version()))
                .entity(change)
                .build();
    }

    @POST
    @Path("{code}/preview")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "previewDefinition",
            summary = "Preview a definition version or a new band table before publishing it",
            description = "Applies the definition version (as publishing would) and/or the grading of a new "
                    + "instrument or questionnaire version to the stored facts, recomputes the period through the same "
                    + "code as publication, and lists the units and regions whose value, band, zone or rank would "
                    + "change, before and after. Nothing is written: the work is rolled back.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreviewDtos.PreviewRequest.class),
                            examples = @ExampleObject(name = "opini cut-offs one point up", value = PREVIEW_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "What would change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreviewDtos.Preview.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request (fields named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown index",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A band table names a regulation no producer publishes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewDtos.Preview preview(
            @PathParam("code") String code, @Valid @NotNull PreviewDtos.PreviewRequest request) {
        return previews.preview(code, request);
    }
}
