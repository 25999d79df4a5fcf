package id.rapor.ranking.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Period;
import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads index definitions ready to apply. A definition version never changes once stored, so its JSON is parsed once
 * per transaction (a recompute over thousands of unit-periods parses each version once) and once per read outside
 * one. Used by the results, which the definition service recomputes, so neither depends on the other.
 */
@ApplicationScoped
public class Definitions {

    private static final TypeReference<Map<String, List<BandSpec>>> BAND_TABLES = new TypeReference<>() {};
    private static final TypeReference<Rules> RULES = new TypeReference<>() {};

    @Inject
    DefinitionRepository definitions;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** The definition of {@code code} in force for {@code period}, if any. */
    public Optional<Definition> inForce(String code, Period period) {
        return definitions.findInForce(code, period.start()).map(this::parse);
    }

    /** Every index code that has a definition. */
    public List<String> codes() {
        return definitions.findCodes();
    }

    /** A stored definition version, parsed (once in the current transaction). */
    public Definition parse(IndexDefinition d) {
        if (transaction.getTransactionKey() == null) {
            return parseStored(d);
        }
        @SuppressWarnings("unchecked")
        Map<String, Definition> parsed = (Map<String, Definition>) transaction.getResource(Definitions.class);
        if (parsed == null) {
            parsed = new HashMap<>();
            transaction.putResource(Definitions.class, parsed);
        }
        return parsed.computeIfAbsent(d.code + "/v" + d.version, k -> parseStored(d));
    }

    private Definition parseStored(IndexDefinition d) {
        return new Definition(
                d.code,
                d.version,
                Source.valueOf(d.source),
                d.scaleMin,
                d.scaleMax,
                d.decimals,
                read(d.bandTables, BAND_TABLES),
                read(d.rules, RULES));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition is not valid JSON", e);
        }
    }
}
