package id.rapor.survey.unit;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.unit.ServiceHoursDtos.ServiceHoursRequest;
import id.rapor.survey.unit.ServiceHoursDtos.ServiceHoursView;
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

/** A unit's service hours: single submissions outside them are flagged OUTSIDE_SERVICE_HOURS for review. */
@Path("/api/v1/survey/units/{unitId}/service-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey units", description = "The units the survey service knows (replicated from the register)")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No event for this unit has arrived",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceHoursResource {

    @Inject
    ServiceHours hours;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(
            operationId = "getUnitServiceHours",
            summary = "A unit's service hours",
            description = "Per weekday in the unit's local time; the time zone is configured or follows the province "
                    + "(WIB, WITA, WIT). No intervals: no service-hours check.")
    @APIResponse(
            responseCode = "200",
            description = "The service hours",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceHoursView get(@PathParam("unitId") UUID unitId) {
        return hours.get(unitId);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceUnitServiceHours",
            summary = "Set a unit's service hours",
            description = "Replaces every interval. An evaluator of the unit's region or an admin only: the unit's "
                    + "own operator does not decide which of its responses are flagged. Applies to responses "
                    + "arriving afterwards.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ServiceHoursRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "weekdays",
                                            value =
                                                    "{\"timeZone\": \"Asia/Makassar\", \"intervals\": ["
                                                            + "{\"weekday\": \"MONDAY\", \"opens\": \"08:00\", \"closes\": \"15:00\"},"
                                                            + "{\"weekday\": \"FRIDAY\", \"opens\": \"08:00\", \"closes\": \"11:30\"}]}")))
    @APIResponse(
            responseCode = "200",
            description = "The new service hours",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown time zone, malformed time, or an interval that closes before it opens",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceHoursView replace(@PathParam("unitId") UUID unitId, @Valid @NotNull ServiceHoursRequest request) {
        return hours.replace(unitId, request);
    }
}
