package id.rapor.ranking.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Period;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionChange;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionRequest;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionView;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.index.FactRepository;
import id.rapor.ranking.index.ResultService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads index definitions and creates new versions, recomputing the results a new version governs. */
@ApplicationScoped
public class DefinitionService {

    @Inject
    DefinitionRepository definitions;

    @Inject
    ResultService results;

    @Inject
    Definitions parsed;

    @Inject
    FactRepository facts;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    /** The definition of {@code code} in force for {@code period}, if any. */
    public Optional<Definition> inForce(String code, Period period) {
        return parsed.inForce(code, period);
    }

    /** Whether an index code is defined. */
    public boolean exists(String code) {
        return definitions.count("code", code) > 0;
    }

    /** The newest version of every index. */
    public List<DefinitionView> latest() {
        return definitions.findLatestOfEach().stream().map(this::view).toList();
    }

    /** Every version of an index, newest first; 404 when the index is unknown. */
    public List<DefinitionView> versions(String code) {
        List<IndexDefinition> found = definitions.findVersions(code);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Index definition", code);
        }
        return found.stream().map(this::view).toList();
    }

    /** One version; 404 when absent. */
    public DefinitionView version(String code, int version) {
        return definitions
                .findVersion(code, version)
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Index definition", code + " v" + version));
    }

    /**
     * Creates the next version of {@code code} (version 1 for a new index) and recomputes every unit result of a
     * period starting on or after its effective date; results of earlier periods keep the version they had.
     */
    @Transactional
    public DefinitionChange create(String code, DefinitionRequest request) {
        validate(code, request);
        definitions
                .getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "index_definition:" + code)
                .getSingleResult();
        int next = definitions.findVersions(code).stream()
                        .mapToInt(d -> d.version)
                        .max()
                        .orElse(0)
                + 1;
        IndexDefinition entity = new IndexDefinition();
        entity.code = code;
        entity.version = next;
        entity.name = request.name().trim();
        entity.legalBasis = request.legalBasis().trim();
        entity.effectiveFrom = request.effectiveFrom();
        entity.source = request.source().name();
        entity.scaleMin = request.scaleMin();
        entity.scaleMax = request.scaleMax();
        entity.decimals = request.decimals();
        entity.bandTables = write(request.bandTables() == null ? Map.of() : request.bandTables());
        entity.rules = write(request.rules() == null ? new Rules(null, null, null, null) : request.rules());
        entity.note = request.note();
        entity.createdBy = caller.name();
        definitions.persistAndFlush(entity);
        definitions.getEntityManager().refresh(entity);
        int recomputed = results.recomputeIndex(code, request.effectiveFrom());
        return new DefinitionChange(view(entity), recomputed);
    }

    private void validate(String code, DefinitionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
            errors.add(new Problem.FieldError("code", "must be upper-case letters, digits and _ (e.g. IKM)"));
        }
        if (request.scaleMax().compareTo(request.scaleMin()) <= 0) {
            errors.add(new Problem.FieldError("scaleMax", "must be greater than scaleMin"));
        }
        Map<String, List<BandSpec>> tables = request.bandTables() == null ? Map.of() : request.bandTables();
        if (!tables.isEmpty() && !tables.containsKey(DefinitionDtos.DEFAULT_TABLE)) {
            errors.add(new Problem.FieldError("bandTables", "needs a \"default\" table"));
        }
        tables.forEach((key, specs) -> {
            Set<BigDecimal> bounds = new HashSet<>();
            for (BandSpec spec : specs) {
                if (spec != null
                        && spec.lowerBound() != null
                        && !bounds.add(spec.lowerBound().stripTrailingZeros())) {
                    errors.add(new Problem.FieldError(
                            "bandTables." + key, "two bands share the lower bound " + spec.lowerBound()));
                }
            }
        });
        Rules rules = request.rules();
        if (rules != null && rules.blend() != null && rules.blend().active()) {
            if (request.source() != Source.ASSESSMENT) {
                errors.add(new Problem.FieldError("rules.blend", "only an ASSESSMENT index can blend a survey"));
            }
            if (rules.blend().questionnaireCode() == null
                    || rules.blend().questionnaireCode().isBlank()) {
                errors.add(new Problem.FieldError("rules.blend.questionnaireCode", "is required when weight > 0"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // a table for a regulation no producer publishes would never be used: no silent fallback to "default"
        List<String> known = facts.knownRegulations();
        List<Problem.FieldError> unknown = tables.keySet().stream()
                .filter(key -> !DefinitionDtos.DEFAULT_TABLE.equals(key) && !known.contains(key))
                .map(key ->
                        new Problem.FieldError("bandTables." + key, "unknown regulation " + key + "; known: " + known))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    unknown.get(0).field() + ": " + unknown.get(0).message(),
                    unknown);
        }
    }

    private DefinitionView view(IndexDefinition d) {
        Definition def = parsed.parse(d);
        return new DefinitionView(
                d.code,
                d.version,
                d.name,
                d.legalBasis,
                d.effectiveFrom,
                def.source(),
                d.scaleMin,
                d.scaleMax,
                d.decimals,
                new LinkedHashMap<>(def.bandSpecs()),
                def.rules(),
                d.note,
                d.createdBy,
                d.createdAt);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("definition cannot be serialised", e);
        }
    }
}
