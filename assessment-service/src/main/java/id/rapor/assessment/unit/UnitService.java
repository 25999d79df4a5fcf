package id.rapor.assessment.unit;

import id.rapor.assessment.region.RegionService;
import id.rapor.assessment.unit.UnitDtos.BulkResult;
import id.rapor.assessment.unit.UnitDtos.UnitRequest;
import id.rapor.assessment.unit.UnitDtos.UnitView;
import id.rapor.events.RegionCodes;
import id.rapor.events.UnitChanged;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.idempotency.IdempotencyKeys;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers, changes and lists service units; every change publishes the unit's full state. */
@ApplicationScoped
public class UnitService {

    /** Largest number of units one bulk import may carry. */
    public static final int MAX_BULK_ROWS = 5000;

    @Inject
    UnitRepository units;

    @Inject
    OutboxWriter outbox;

    @Inject
    Caller caller;

    @Inject
    RegionService regions;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Validator validator;

    @Inject
    SubjectRules subjects;

    /** One row of a bulk import and how errors name it ({@code [3]} for JSON, {@code line 5} for CSV). */
    public record BulkRow(String label, UnitRequest request) {}

    /** Registers a subject (unit, Pemda, instansi) the caller manages and publishes it. */
    @Transactional
    public UnitView create(UnitRequest request) {
        subjects.requireManage(request);
        if (request.regionCode() != null) {
            regions.requireExisting("regionCode", request.regionCode());
        }
        return register(request);
    }

    /**
     * Registers many units at once, all or nothing: every row is checked (fields, the caller's region scope, the
     * region register) before any is written. With an idempotency key, a replay returns the first result.
     */
    @Transactional
    public IdempotencyKeys.Outcome<BulkResult> bulk(List<BulkRow> rows, String idempotencyKey, Object request) {
        if (idempotencyKey == null) {
            return new IdempotencyKeys.Outcome<>(importRows(rows), false);
        }
        return idempotency.once(
                "units.bulk:" + caller.name(), idempotencyKey, request, BulkResult.class, () -> importRows(rows));
    }

    private BulkResult importRows(List<BulkRow> rows) {
        if (rows.isEmpty() || rows.size() > MAX_BULK_ROWS) {
            throw ProblemException.badRequest("units", "must hold 1 to " + MAX_BULK_ROWS + " units");
        }
        List<Problem.FieldError> invalid = new ArrayList<>();
        for (BulkRow row : rows) {
            if (row.request() == null) {
                invalid.add(new Problem.FieldError(row.label(), "must not be null"));
                continue;
            }
            validator.validate(row.request()).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<UnitRequest> v) ->
                            v.getPropertyPath().toString()))
                    .forEach(v -> invalid.add(
                            new Problem.FieldError(row.label() + "." + v.getPropertyPath(), v.getMessage())));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        for (BulkRow row : rows) {
            if (SubjectKind.of(row.request().type()) == SubjectKind.INSTANSI
                    ? !caller.isAdmin()
                    : !caller.canManage(row.request().regionCode())) {
                throw ProblemException.forbidden(
                        row.label() + ": region " + row.request().regionCode() + " lies outside your scope");
            }
        }
        Map<String, Boolean> known = new HashMap<>();
        List<Problem.FieldError> missing = new ArrayList<>();
        for (BulkRow row : rows) {
            String code = row.request().regionCode();
            if (code != null && !known.computeIfAbsent(code, regions::exists)) {
                missing.add(new Problem.FieldError(
                        row.label() + ".regionCode", "Region " + code + " is not in the Kemendagri register"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    missing.size() + " rows name a region that is not in the register",
                    missing);
        }
        List<UnitView> created =
                rows.stream().map(row -> register(row.request())).toList();
        return new BulkResult(created.size(), created);
    }

    private UnitView register(UnitRequest request) {
        subjects.check(request, null);
        Instant now = Instant.now();
        ServiceUnit unit = new ServiceUnit();
        unit.id = UUID.randomUUID();
        unit.createdAt = now;
        unit.active = true;
        apply(unit, request);
        unit.revision = 1;
        unit.updatedAt = now;
        units.persist(unit);
        publish(unit);
        return UnitView.of(unit);
    }

    /** Replaces a unit's data; both its old and new region must be in the caller's scope. */
    @Transactional
    public UnitView update(UUID id, UnitRequest request) {
        ServiceUnit unit = units.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
        caller.requireManage(unit.regionCode);
        subjects.requireManage(request);
        if (request.regionCode() != null) {
            regions.requireExisting("regionCode", request.regionCode());
        }
        subjects.check(request, unit.id);
        if (SubjectKind.of(request.type()) != unit.subjectKind) {
            throw ProblemException.businessRule(
                    "type", "a " + unit.subjectKind.name().toLowerCase() + " stays one; register a new subject");
        }
        apply(unit, request);
        touch(unit);
        return UnitView.of(unit);
    }

    /** Marks a unit active or inactive (kept in the register either way). */
    @Transactional
    public UnitView setActive(UUID id, boolean active) {
        ServiceUnit unit = units.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
        caller.requireManage(unit.regionCode);
        if (unit.active != active) {
            unit.active = active;
            touch(unit);
        }
        return UnitView.of(unit);
    }

    /** One unit, if the caller may see it. */
    public UnitView get(UUID id) {
        ServiceUnit unit = units.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
        caller.requireRead(unit.regionCode, unit.id);
        return UnitView.of(unit);
    }

    /** Units the caller may see, filtered and paged. */
    public PageView<UnitView> list(String region, UnitType type, Boolean active, int page, int size) {
        String scope = region;
        if (!caller.readsEverything()) {
            if (caller.isOperator()) {
                UUID own = caller.unit().orElseThrow(() -> ProblemException.forbidden("Token has no unit claim"));
                ServiceUnit unit = units.findByIdOptional(own).orElse(null);
                var items = unit == null || (region != null && !RegionCodes.within(unit.regionCode, region))
                        ? java.util.List.<UnitView>of()
                        : java.util.List.of(UnitView.of(unit));
                return new PageView<>(items, page, size, items.size());
            }
            String own = caller.region().orElseThrow(() -> ProblemException.forbidden("Token has no region claim"));
            if (region == null || RegionCodes.within(own, region)) {
                scope = own;
            } else if (!RegionCodes.within(region, own)) {
                throw ProblemException.forbidden("Region " + region + " lies outside your scope");
            }
        }
        return new PageView<>(
                units.search(scope, type, active, page, size).stream()
                        .map(UnitView::of)
                        .toList(),
                page,
                size,
                units.countMatching(scope, type, active));
    }

    private void apply(ServiceUnit unit, UnitRequest request) {
        unit.name = request.name().trim();
        unit.type = request.type();
        unit.regionCode = request.regionCode();
        unit.provinceCode = RegionCodes.province(request.regionCode());
        unit.parentOrganisation = request.parentOrganisation();
        unit.subjectKind = SubjectKind.of(request.type());
        unit.instansiId = request.instansiId();
    }

    private void touch(ServiceUnit unit) {
        unit.revision++;
        unit.updatedAt = Instant.now();
        publish(unit);
    }

    private void publish(ServiceUnit unit) {
        outbox.append(UnitChanged.of(
                unit.id,
                unit.revision,
                unit.name,
                unit.type.name(),
                unit.regionCode,
                unit.parentOrganisation,
                unit.active,
                unit.subjectKind.eventName(),
                unit.instansiId,
                unit.updatedAt));
    }
}
