package id.rapor.survey.questionnaire;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import id.rapor.survey.questionnaire.QuestionnaireDtos.NewVersionRequest;
import id.rapor.survey.questionnaire.QuestionnaireDtos.QuestionnaireView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Questionnaire versions: public to read (kiosks render them), versioned by units and admins. */
@Path("/api/v1/survey/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Versioned survey questionnaires (SKM 2017, IKM 2004, PEKPPP F-03)")
public class QuestionnaireResource {

    @Inject
    QuestionnaireService service;

    @GET
    @PermitAll
    @Operation(
            operationId = "listQuestionnaires",
            summary = "List questionnaire versions",
            description = "Standard versions, plus a unit's own when unitId is given.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(
            responseCode = "400",
            description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<QuestionnaireView> list(@QueryParam("code") String code, @QueryParam("unitId") UUID unitId) {
        return service.list(code, unitId);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(
            operationId = "getQuestionnaire",
            summary = "One questionnaire version with its items, labels, weights and bands")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionnaireView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "createQuestionnaireVersion",
            summary = "Create a new questionnaire version",
            description =
                    "A unit adds items or reweights (weights must sum to 1); scale, regulation and bands follow the base version.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's role, region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Weights do not sum to 1, unknown base or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull NewVersionRequest request, @Context UriInfo uri) {
        QuestionnaireView created = service.createVersion(request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/survey/questionnaires/" + created.id()))
                .entity(created)
                .build();
    }
}
