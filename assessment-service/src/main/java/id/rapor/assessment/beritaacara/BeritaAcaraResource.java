package id.rapor.assessment.beritaacara;

import id.rapor.assessment.beritaacara.BeritaAcaraService.Issued;
import id.rapor.documents.Formats;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The berita acara of a finalised evaluation cycle (PDF). */
@Path("/api/v1/assessment/cycles/{id}/berita-acara")
@Tag(name = "Reports", description = "Documents in the regulation's layout")
@SecurityRequirement(name = "bearer")
public class BeritaAcaraResource {

    /** Response header with the document's number. */
    static final String NUMBER = "Rapor-Document-Number";

    /** Response header with the SHA-256 stored when the document was issued. */
    static final String SHA256 = "Rapor-Document-SHA256";

    @Inject
    BeritaAcaraService service;

    @GET
    @Produces({Formats.PDF, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR})
    @Operation(
            operationId = "getCycleBeritaAcara",
            summary = "The berita acara of a final evaluation cycle (PDF)",
            description = "Issued when the cycle is finalised (moved to FINAL, or on the first download once its "
                    + "dates made it final), numbered per year (BA-001/PEKPPP/2026): the lokus with their results, "
                    + "the evaluators who verified them, and the signatories registered for the cycle's region "
                    + "(PUT /api/v1/assessment/regions/{regionCode}/berita-acara-signatories). Returned as issued, "
                    + "with its number and the SHA-256 stored at issue in headers. For admins, viewers and "
                    + "evaluators who may read the cycle.")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            headers = {
                @Header(
                        name = NUMBER,
                        description = "e.g. BA-001/PEKPPP/2026",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = SHA256,
                        description = "Hex SHA-256 of the document, as stored at issue",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = Formats.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region, or an operator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The cycle is not final yet (errors name phase)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Issued issued = service.get(id);
        return Response.ok(issued.pdf(), Formats.PDF)
                .header("Content-Disposition", "attachment; filename=\"berita-acara-" + id + ".pdf\"")
                .header(NUMBER, issued.number())
                .header(SHA256, issued.sha256())
                .build();
    }
}
