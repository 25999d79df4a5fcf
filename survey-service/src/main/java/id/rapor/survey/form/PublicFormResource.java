package id.rapor.survey.form;

import id.rapor.platform.error.Problem;
import id.rapor.survey.form.PublicFormDtos.PublicForm;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public survey form by its token (QR code, kiosk link): readable by anyone who holds the link. */
@Path("/api/v1/survey/forms/{formToken}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public form", description = "What a kiosk or QR-code page shows before a citizen answers")
public class PublicFormResource {

    @Inject
    PublicFormService service;

    @GET
    @PermitAll
    @Operation(
            operationId = "getPublicForm",
            summary = "The survey form behind a form link",
            description = "For the campaign whose current public form token is in the path: the unit's name, type "
                    + "and region, the period, whether it is open, and the questionnaire's items with their official "
                    + "questions and answer labels. No tally, no ids but the campaign's (where responses go), no "
                    + "personal data. Then GET .../campaigns/{campaignId}/vocabulary for the answer options of the "
                    + "respondent fields, .../challenge per submission, and POST .../responses with the token as "
                    + "X-Form-Token. A rotated or revoked token answers 404 at once (not cached).")
    @APIResponse(
            responseCode = "200",
            description = "The form",
            content = @Content(schema = @Schema(implementation = PublicForm.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a form token (field formToken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No form has this token (unknown, rotated or revoked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "The token of the form link", example = "3q2-7wX9aZ0kLmN4pQrStUvWxYz01234")
                    @PathParam("formToken")
                    String formToken) {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(service.byToken(formToken)).cacheControl(noCache).build();
    }
}
