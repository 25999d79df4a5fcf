package id.rapor.ranking.definition;

import id.rapor.events.GradeScale;
import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A definition version ready to apply: decimals, the combination rules and, only for an index no producer grades,
 * band tables by regulation ({@code default} for facts without one). An index a producer grades is graded with the
 * producer's scale from its events.
 */
public record Definition(
        String code,
        int version,
        Source source,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        int decimals,
        Map<String, List<BandSpec>> bandSpecs,
        Rules rules) {

    /**
     * The scale to grade with: the producer's when the facts carry one (the one authored table of that index),
     * otherwise this definition's own table for {@code regulation} (or its default), otherwise none.
     */
    public GradeScale scale(GradeScale producer, String regulation) {
        if (producer != null) {
            return producer;
        }
        // a regulation without a table of its own gets no band, never the default table of another regulation
        List<BandSpec> specs = bandSpecs == null
                ? null
                : bandSpecs.get(regulation == null ? DefinitionDtos.DEFAULT_TABLE : regulation);
        return new GradeScale(
                code + "/v" + version,
                decimals,
                false,
                specs == null
                        ? List.of()
                        : specs.stream()
                                .map(b -> new GradeScale.BandRow(b.lowerBound(), b.code(), b.label(), b.zone()))
                                .toList());
    }
}
