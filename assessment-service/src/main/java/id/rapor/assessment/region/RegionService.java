package id.rapor.assessment.region;

import id.rapor.assessment.region.RegionDtos.RegionView;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the region register (public reference data) and checks codes against it. */
@ApplicationScoped
public class RegionService {

    @Inject
    RegionRepository regions;

    /** Regions of a level under a parent, paged by code. */
    public PageView<RegionView> list(RegionLevel level, String parent, int page, int size) {
        return new PageView<>(
                regions.search(level, parent, page, size).stream()
                        .map(RegionView::of)
                        .toList(),
                page,
                size,
                regions.countMatching(level, parent));
    }

    /** One region. */
    public RegionView get(String code) {
        return regions.findByIdOptional(code)
                .map(RegionView::of)
                .orElseThrow(() -> ProblemException.notFound("Region", code));
    }

    /** Throws 422 naming {@code field} unless {@code code} is in the register. */
    public void requireExisting(String field, String code) {
        if (!regions.exists(code)) {
            throw ProblemException.businessRule(field, "Region " + code + " is not in the Kemendagri register");
        }
    }

    /** Whether {@code code} is in the register. */
    public boolean exists(String code) {
        return regions.exists(code);
    }
}
