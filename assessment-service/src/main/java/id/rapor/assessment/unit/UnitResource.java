package id.rapor.assessment.unit;

import id.rapor.assessment.unit.UnitDtos.BulkResult;
import id.rapor.assessment.unit.UnitDtos.UnitRequest;
import id.rapor.assessment.unit.UnitDtos.UnitView;
import id.rapor.assessment.unit.UnitService.BulkRow;
import id.rapor.platform.error.Problem;
import id.rapor.platform.idempotency.IdempotencyKeys;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.LargeBody;
import id.rapor.platform.web.Locations;
import id.rapor.platform.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service-unit register. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Register of public-service units")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role or region",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UnitResource {

    @Inject
    UnitService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "createUnit", summary = "Register a service unit", description = "Publishes UnitChanged.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Region code not in the Kemendagri register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull UnitRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        UnitView created = service.create(request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/units/" + created.id()))
                .entity(created)
                .build();
    }

    @POST
    @LargeBody
    @Path("bulk")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "importUnits",
            summary = "Register many units from a JSON array",
            description = "All or nothing; errors name the row as [index].field. Honours Idempotency-Key: a replay "
                    + "returns the first result with 200. Publishes one UnitChanged per unit.")
    @APIResponse(
            responseCode = "201",
            description = "All units registered",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replay of an earlier request with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid rows (none registered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A row names a region not in the register (none registered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bulkJson(@NotNull List<UnitRequest> units, @HeaderParam("Idempotency-Key") String key) {
        List<BulkRow> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            rows.add(new BulkRow("[" + i + "]", units.get(i)));
        }
        return bulkResponse(service.bulk(rows, key, units));
    }

    @POST
    @LargeBody
    @Path("bulk")
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "importUnits",
            summary = "Register many units from CSV",
            description = "Header name,type,regionCode,parentOrganisation. All or nothing; errors name the line and "
                    + "column as 'line N.column' (the header is line 1). Honours Idempotency-Key. "
                    + "Publishes one UnitChanged per unit.")
    @APIResponse(
            responseCode = "201",
            description = "All units registered",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replay of an earlier request with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed CSV or invalid rows (none registered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A row names a region not in the register (none registered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bulkCsv(String csv, @HeaderParam("Idempotency-Key") String key) {
        return bulkResponse(service.bulk(UnitCsv.parse(csv), key, java.util.Map.of("csv", csv == null ? "" : csv)));
    }

    private static Response bulkResponse(IdempotencyKeys.Outcome<BulkResult> outcome) {
        return Response.status(outcome.replayed() ? 200 : 201)
                .entity(outcome.body())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listUnits", summary = "List units the caller may see")
    @APIResponse(responseCode = "200", description = "One page of units")
    public PageView<UnitView> list(
            @QueryParam("region") String region,
            @QueryParam("type") UnitType type,
            @QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(region, type, active, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "getUnit", summary = "One unit")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "updateUnit", summary = "Change a unit", description = "Publishes UnitChanged.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(
            responseCode = "404",
            description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Region code not in the Kemendagri register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitView update(@PathParam("id") UUID id, @Valid @NotNull UnitRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "deactivateUnit",
            summary = "Deactivate a unit",
            description = "Kept in the register; publishes UnitChanged.")
    @APIResponse(responseCode = "200", description = "The unit, now inactive")
    public UnitView deactivate(@PathParam("id") UUID id) {
        return service.setActive(id, false);
    }

    @POST
    @Path("{id}/activate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "activateUnit", summary = "Reactivate a unit", description = "Publishes UnitChanged.")
    @APIResponse(responseCode = "200", description = "The unit, now active")
    public UnitView activate(@PathParam("id") UUID id) {
        return service.setActive(id, true);
    }
}
