package id.rapor.ranking.definition;

import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.scoring.Band;
import id.rapor.scoring.BandTable;
import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A definition version ready to apply: rounding, band tables by regulation, and the combination rules. */
public record Definition(String code, int version, Source source, BigDecimal scaleMin, BigDecimal scaleMax,
        int decimals, Map<String, List<BandSpec>> bandSpecs, Rules rules) {

    /** The published value: rounded half-up to the definition's decimals. */
    public BigDecimal round(Rational exact) {
        return exact.toDecimal(decimals);
    }

    /** The band of a published value under {@code regulation}'s table, or the default table. */
    public Optional<Band> classify(BigDecimal rounded, String regulation) {
        return table(regulation).classify(rounded);
    }

    /** The key of the band table used for {@code regulation}. */
    public String tableKey(String regulation) {
        return regulation != null && bandSpecs.containsKey(regulation) ? regulation : DefinitionDtos.DEFAULT_TABLE;
    }

    private BandTable table(String regulation) {
        return tables().get(tableKey(regulation));
    }

    private Map<String, BandTable> tables() {
        Map<String, BandTable> tables = new LinkedHashMap<>();
        bandSpecs.forEach((key, specs) -> tables.put(key, BandTable.of(specs.stream()
                .map(s -> new Band(s.lowerBound(), s.code(), s.label(), s.zone())).toList())));
        return tables;
    }
}
