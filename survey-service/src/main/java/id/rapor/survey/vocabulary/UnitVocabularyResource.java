package id.rapor.survey.vocabulary;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.vocabulary.VocabularyDtos.VocabularyRequest;
import id.rapor.survey.vocabulary.VocabularyDtos.VocabularyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's own controlled vocabularies of the breakdown dimensions (e.g. its jenis layanan), kept by its managers. */
@Path("/api/v1/survey/units/{unitId}/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Answer options of pendidikan, pekerjaan and jenis layanan")
public class UnitVocabularyResource {

    private static final String EXAMPLE =
            "{\"values\": [\"Perekaman KTP-el\", \"Kartu Keluarga\", \"Akta Kelahiran\"]}";

    @Inject
    Vocabulary vocabulary;

    @PUT
    @Path("{dimension}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceUnitVocabulary",
            summary = "Set a unit's terms of one dimension (e.g. its jenis layanan)",
            description = "Replaces the unit's own terms of education, occupation or serviceUsed; the terms for "
                    + "every unit stay. For the unit's managers.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = VocabularyRequest.class),
                            examples = @ExampleObject(name = "jenis layanan", value = EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The unit's terms of the dimension",
            content = @Content(schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown dimension, empty, reserved or repeated terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VocabularyView replaceForUnit(
            @PathParam("unitId") UUID unitId,
            @PathParam("dimension") String dimension,
            @Valid @NotNull VocabularyRequest request) {
        return vocabulary.replace(unitId, null, dimension, request.values());
    }
}
