package id.rapor.survey.followup;

import id.rapor.survey.followup.FollowUpDtos.MediumKindView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vocabulary of publication media kinds, public. */
@Path("/api/v1/survey/publication-medium-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up", description = "Publication media and follow-up plans (RTL) of SKM results")
public class PublicationMediumKindResource {

    @Inject
    FollowUpService service;

    @GET
    @PermitAll
    @Operation(
            operationId = "listPublicationMediumKinds",
            summary = "The kinds of publication medium (website, banner, social media, print, other)")
    @APIResponse(
            responseCode = "200",
            description = "The vocabulary in its order",
            content = @Content(schema = @Schema(implementation = MediumKindView.class, type = SchemaType.ARRAY)))
    public List<MediumKindView> kinds() {
        return service.kinds();
    }
}
