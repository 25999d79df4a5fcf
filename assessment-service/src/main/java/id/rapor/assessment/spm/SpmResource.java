package id.rapor.assessment.spm;

import id.rapor.assessment.spm.SpmDtos.ServiceView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seeded SPM catalogue: basic services per bidang and level with their indicators. */
@Path("/api/v1/assessment/spm/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "SPM",
        description =
                "Standar Pelayanan Minimal (PP 2/2018, Permendagri 59/2021): basic services, indicators, and each Pemda's sasaran and capaian")
public class SpmResource {

    @Inject
    SpmService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "listSpmServices",
            summary = "The SPM basic services (jenis pelayanan dasar) per bidang and level with their indicators",
            description = "Seeded from INSTRUMENTS-ADDENDUM §4.2–4.3: the 29 kab/kota services and a partial "
                    + "provincial list (provincial trantibumlinmas not retrieved, not seeded). Each service and "
                    + "indicator says whether a source confirms it (confirmed, reason). level: provinsi or kabkota.")
    @APIResponse(
            responseCode = "200",
            description = "By level, bidang and position",
            content = @Content(schema = @Schema(implementation = ServiceView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "level is neither provinsi nor kabkota",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ServiceView> list(@QueryParam("level") String level) {
        return service.services(level);
    }
}
