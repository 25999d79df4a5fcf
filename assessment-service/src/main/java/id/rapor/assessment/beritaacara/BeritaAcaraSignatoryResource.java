package id.rapor.assessment.beritaacara;

import id.rapor.assessment.beritaacara.BeritaAcaraDtos.SignatoriesRequest;
import id.rapor.assessment.beritaacara.BeritaAcaraDtos.SignatoryView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who signs the berita acara of a region's evaluation cycles: configuration data of the region's evaluators. */
@Path("/api/v1/assessment/regions/{regionCode}/berita-acara-signatories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Documents in the regulation's layout")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's region, or not an admin or evaluator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BeritaAcaraSignatoryResource {

    @Inject
    BeritaAcaraService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceBeritaAcaraSignatories",
            summary = "Set who signs the berita acara of a region's cycles, in signing order",
            description = "Replaces the region's register (name, NIP, jabatan per person). A cycle's berita acara "
                    + "is signed by the register of the cycle's scope region as it stands when it is issued.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "biro", value = BeritaAcaraDtos.SIGNATORIES_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The register as stored",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a region code, a missing name or jabatan, or a bad NIP; errors name the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SignatoryView> replace(
            @PathParam("regionCode") String regionCode, @Valid @NotNull SignatoriesRequest request) {
        return service.replaceSignatories(regionCode, request);
    }

    @GET
    @Operation(operationId = "listBeritaAcaraSignatories", summary = "Who signs the berita acara of a region's cycles")
    @APIResponse(
            responseCode = "200",
            description = "In signing order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SignatoryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a region code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SignatoryView> list(@PathParam("regionCode") String regionCode) {
        return service.signatories(regionCode);
    }
}
