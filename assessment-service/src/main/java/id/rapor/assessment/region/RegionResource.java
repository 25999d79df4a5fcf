package id.rapor.assessment.region;

import id.rapor.assessment.region.RegionDtos.RegionView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.web.PageView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Kemendagri region register: public reference data, readable without a token. */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Provinsi, kabupaten/kota and kecamatan with their Kemendagri codes")
public class RegionResource {

    @Inject
    RegionService service;

    @GET
    @PermitAll
    @Operation(
            operationId = "listRegions",
            summary = "List regions by level and parent",
            description = "level: province, regency or district; parent: the code of the parent region.")
    @APIResponse(responseCode = "200", description = "A page of regions")
    @APIResponse(
            responseCode = "400",
            description = "Unknown level or bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<RegionView> list(
            @QueryParam("level")
                    @Pattern(
                            regexp = "(?i)province|regency|district",
                            message = "must be province, regency or district")
                    String level,
            @QueryParam("parent") String parent,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(10000) int size) {
        return service.list(level == null ? null : RegionLevel.valueOf(level.toUpperCase()), parent, page, size);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getRegion", summary = "One region by its Kemendagri code")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(
            responseCode = "404",
            description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionView get(@PathParam("code") String code) {
        return service.get(code);
    }
}
