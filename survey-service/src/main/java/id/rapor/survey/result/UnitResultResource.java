package id.rapor.survey.result;

import id.rapor.platform.error.Problem;
import id.rapor.survey.result.ResultDtos.ResultView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The result of a unit over the campaigns of one period: live for its managers, the published snapshot for others. */
@Path("/api/v1/survey/units/{unitId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "IKM results from running tallies")
public class UnitResultResource {

    @Inject
    ResultService service;

    @GET
    @PermitAll
    // Optional token: none reads the published snapshot, a manager's token the live result.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "getUnitResult",
            summary = "A unit's IKM over its campaigns of a period",
            description = "Summed tallies (Σ sums ÷ "
                    + "Σ counts per unsur) of every campaign whose period lies inside this one, listed in campaignIds: 2026 "
                    + "pools 2026-S1 and 2026-S2 (or 2026-Q1..Q4). They must share one questionnaire version. The unit's managers (its operator, "
                    + "evaluators of its region, admins) read the live result, with publication naming the version "
                    + "published now (null: a draft); everyone else reads the published snapshot, with its id, "
                    + "version, content hash and time in publication.")
    @APIResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(implementation = ResultView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or unreadable period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No campaign of the unit in that period; for readers other than the unit's managers, "
                    + "nothing published yet (problem type not-published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The campaigns use different questionnaire versions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultView get(
            @PathParam("unitId") UUID unitId,
            @QueryParam("period") @NotBlank String period,
            @QueryParam("breakdowns") @DefaultValue("true") boolean breakdowns) {
        return service.unit(unitId, period, breakdowns);
    }
}
