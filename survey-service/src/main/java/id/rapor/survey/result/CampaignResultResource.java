package id.rapor.survey.result;

import id.rapor.platform.error.Problem;
import id.rapor.survey.result.ResultDtos.ResultView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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

/** The result of one campaign: live for its unit's managers, as published with its unit's period for others. */
@Path("/api/v1/survey/campaigns/{campaignId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "IKM results from running tallies")
public class CampaignResultResource {

    @Inject
    ResultService service;

    @GET
    @PermitAll
    // Optional token: none reads the published snapshot, a manager's token the live result.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(
            operationId = "getCampaignResult",
            summary = "A campaign's IKM result",
            description = "Respondents, per item sum/NRR/NRR tertimbang, IKM on 1–4 and 25–100, mutu from the "
                    + "questionnaire's regulation, Krejcie–Morgan minimum sample and demographic breakdowns. Live for "
                    + "the unit's managers (publication: the version published now, null: a draft); for everyone "
                    + "else the campaign as published with the unit's result of its period or of the year pooling it.")
    @APIResponse(
            responseCode = "200",
            description = "The result",
            content = @Content(schema = @Schema(implementation = ResultView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign; for readers other than the unit's managers, not published yet "
                    + "(problem type not-published)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultView get(
            @PathParam("campaignId") UUID campaignId,
            @QueryParam("breakdowns") @DefaultValue("true") boolean breakdowns) {
        return service.campaign(campaignId, breakdowns);
    }
}
