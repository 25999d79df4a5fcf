package id.rapor.survey.vocabulary;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.vocabulary.VocabularyDtos.VocabularyRequest;
import id.rapor.survey.vocabulary.VocabularyDtos.VocabularyView;
import jakarta.annotation.security.PermitAll;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaign's controlled vocabularies of the breakdown dimensions: read by forms, kept by the unit's managers. */
@Path("/api/v1/survey/campaigns/{campaignId}/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "Answer options of pendidikan, pekerjaan and jenis layanan")
public class VocabularyResource {

    private static final String EXAMPLE =
            "{\"values\": [\"Perekaman KTP-el\", \"Kartu Keluarga\", \"Akta Kelahiran\"]}";

    @Inject
    Vocabulary vocabulary;

    @GET
    @PermitAll
    @Operation(
            operationId = "getCampaignVocabulary",
            summary = "The answer options of a campaign's form",
            description = "Per dimension (education, occupation, serviceUsed) the terms for every unit, for the "
                    + "campaign's unit and for the campaign. Breakdowns count anything else as 'Lainnya'. Seeded "
                    + "terms say confirmed=false: they come from the regulation's sample questionnaire [U].")
    @APIResponse(
            responseCode = "200",
            description = "The vocabulary",
            content = @Content(schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VocabularyView get(@PathParam("campaignId") UUID campaignId) {
        return vocabulary.view(campaignId);
    }

    @PUT
    @Path("{dimension}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceCampaignVocabulary",
            summary = "Set a campaign's own terms of one dimension",
            description = "Replaces the campaign's own terms; the unit's and every unit's terms stay. For the unit's "
                    + "managers.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = VocabularyRequest.class),
                            examples = @ExampleObject(name = "jenis layanan", value = EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The campaign's terms of the dimension",
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
    @APIResponse(
            responseCode = "404",
            description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VocabularyView replaceForCampaign(
            @PathParam("campaignId") UUID campaignId,
            @PathParam("dimension") String dimension,
            @Valid @NotNull VocabularyRequest request) {
        return vocabulary.replace(null, campaignId, dimension, request.values());
    }
}
