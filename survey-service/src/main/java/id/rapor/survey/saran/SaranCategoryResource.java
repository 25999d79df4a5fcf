package id.rapor.survey.saran;

import id.rapor.survey.saran.SaranDtos.CategoryView;
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

/** The saran/kritik category vocabulary (reference data, public). */
@Path("/api/v1/survey/saran-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saran", description = "Citizens' suggestions and complaints and their follow-up")
public class SaranCategoryResource {

    @Inject
    SaranService service;

    @GET
    @PermitAll
    @Operation(
            operationId = "listSaranCategories",
            summary = "The saran/kritik category vocabulary",
            description = "Stored as data; confirmed=false marks Rapor's own proposal rather than a regulation's.")
    @APIResponse(
            responseCode = "200",
            description = "The categories in their order",
            content = @Content(schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)))
    public List<CategoryView> categories() {
        return service.categories();
    }
}
