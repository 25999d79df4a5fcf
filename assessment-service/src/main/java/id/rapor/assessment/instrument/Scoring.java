package id.rapor.assessment.instrument;

import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.BandDef;
import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentDtos.LevelDef;
import id.rapor.events.Basis;
import id.rapor.scoring.Band;
import id.rapor.scoring.BandTable;
import id.rapor.scoring.Grading;
import id.rapor.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Scores a set of indicator values under one instrument version, exactly, as the PEKPPP IPP does
 * (PermenPANRB 29/2022 jo. 4/2023): {@code aspect = Σ(w_i × score_i)}, {@code total = Σ(W_k × aspect_k)} with
 * weights given in percent, then the version's grading: the total rounded half-up to the version's decimals and
 * the rounded value classified by the version's own table ({@link Grading}, the one rule every service applies).
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Definition definition;
    private final BigDecimal scaleMax;
    private final Grading grading;
    private final Basis basis;
    private final Map<String, IndicatorDef> indicators = new LinkedHashMap<>();

    /** One indicator's input: its weight (percent of the aspect), the answer and the score it counts as. */
    @Schema(name = "IndicatorScore")
    public record IndicatorResult(String code, BigDecimal weight, BigDecimal value, BigDecimal score) {}

    /** One aspect's weight (percent of the total), its score and the inputs it came from. */
    @Schema(name = "AspectResult")
    public record AspectResult(
            String code, String name, BigDecimal weight, BigDecimal score, List<IndicatorResult> indicators) {}

    /**
     * The exact total on the instrument's scale, the published value (the total rounded to the version's decimals),
     * the band of that value, whether it rests only on confirmed sources, and every input.
     */
    @Schema(name = "ScoreResult")
    public record Result(
            @Schema(description = "Exact weighted total") BigDecimal total,

            @Schema(description = "The total rounded half-up to the instrument's decimals; the value that is graded")
            BigDecimal value,

            BigDecimal scaleMax,
            String bandCode,
            String bandLabel,
            String zone,

            @Schema(description = "confirmed false, with reasons, when an input is not confirmed by the sources")
            Basis basis,

            List<AspectResult> aspects) {}

    /** Scoring with two decimals and no unconfirmed input. */
    public Scoring(Definition definition, BigDecimal scaleMax) {
        this(definition, scaleMax, 2, Basis.CONFIRMED);
    }

    /** Scoring of a version: its weights, its band table, its decimals and the basis of its results. */
    public Scoring(Definition definition, BigDecimal scaleMax, int decimals, Basis basis) {
        this.definition = definition;
        this.scaleMax = scaleMax;
        this.grading = new Grading(
                decimals,
                BandTable.of(definition.bands().stream()
                        .map(b -> new Band(b.lowerBound(), b.code(), b.label(), b.zone()))
                        .toList()));
        this.basis = basis;
        for (AspectDef aspect : definition.aspects()) {
            for (IndicatorDef indicator : aspect.indicators()) {
                indicators.put(indicator.code(), indicator);
            }
        }
    }

    /** The indicator with this code, if the version has one. */
    public Optional<IndicatorDef> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** Codes of the indicators that carry weight (an answer is required for them). */
    public List<String> weightedIndicators() {
        List<String> codes = new ArrayList<>();
        for (AspectDef aspect : definition.aspects()) {
            if (aspect.weight().signum() > 0) {
                aspect.indicators().stream()
                        .filter(i -> i.weight().signum() > 0)
                        .forEach(i -> codes.add(i.code()));
            }
        }
        return codes;
    }

    /**
     * The score an answer counts as: a rubric level as itself, yes as {@code yesValue} (default the scale
     * maximum) and no as 0, a number as itself. Throws {@link IllegalArgumentException} for a value the
     * indicator does not allow.
     */
    public BigDecimal scoreOf(IndicatorDef indicator, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("is required");
        }
        switch (indicator.answerType()) {
            case RUBRIC -> {
                boolean known = indicator.levels() != null
                        && indicator.levels().stream()
                                .map(LevelDef::level)
                                .anyMatch(l -> BigDecimal.valueOf(l).compareTo(value) == 0);
                if (!known) {
                    throw new IllegalArgumentException("must be one of the rubric levels "
                            + (indicator.levels() == null
                                    ? "[]"
                                    : indicator.levels().stream()
                                            .map(LevelDef::level)
                                            .toList()));
                }
                return value.stripTrailingZeros();
            }
            case YES_NO -> {
                if (value.compareTo(BigDecimal.ZERO) == 0) {
                    return BigDecimal.ZERO;
                }
                if (value.compareTo(BigDecimal.ONE) == 0) {
                    return indicator.yesValue() != null ? indicator.yesValue() : scaleMax;
                }
                throw new IllegalArgumentException("must be 1 (yes) or 0 (no)");
            }
            case NUMBER -> {
                BigDecimal min = indicator.min() != null ? indicator.min() : BigDecimal.ZERO;
                BigDecimal max = indicator.max() != null ? indicator.max() : scaleMax;
                if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                    throw new IllegalArgumentException(
                            "must lie between " + min.toPlainString() + " and " + max.toPlainString());
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown answer type " + indicator.answerType());
        }
    }

    /** Whether every weighted indicator has a value. */
    public boolean isComplete(Map<String, BigDecimal> values) {
        return weightedIndicators().stream().allMatch(values::containsKey);
    }

    /** Scores a complete set of values (indicator code → answer); unweighted indicators may be missing. */
    public Result score(Map<String, BigDecimal> values) {
        List<AspectResult> aspects = new ArrayList<>();
        List<WeightedScore.Term> totalTerms = new ArrayList<>();
        for (AspectDef aspect : definition.aspects()) {
            List<IndicatorResult> inputs = new ArrayList<>();
            List<WeightedScore.Term> terms = new ArrayList<>();
            for (IndicatorDef indicator : aspect.indicators()) {
                BigDecimal value = values.get(indicator.code());
                BigDecimal score = value == null ? null : scoreOf(indicator, value);
                if (score == null
                        && indicator.weight().signum() > 0
                        && aspect.weight().signum() > 0) {
                    throw new IllegalArgumentException("indicator " + indicator.code() + " has no value");
                }
                inputs.add(new IndicatorResult(indicator.code(), indicator.weight(), value, score));
                if (score != null) {
                    terms.add(new WeightedScore.Term(percent(indicator.weight()), score));
                }
            }
            BigDecimal aspectScore = plain(WeightedScore.sum(terms));
            aspects.add(new AspectResult(aspect.code(), aspect.name(), aspect.weight(), aspectScore, inputs));
            totalTerms.add(new WeightedScore.Term(percent(aspect.weight()), aspectScore));
        }
        BigDecimal total = plain(WeightedScore.sum(totalTerms));
        Grading.Grade grade = grading.grade(total);
        return new Result(total, grade.value(), scaleMax, grade.code(), grade.label(), grade.zone(), basis, aspects);
    }

    /** The published value and band of an exact total under this version's grading. */
    public Grading.Grade grade(BigDecimal total) {
        return grading.grade(total);
    }

    /** The version's grading rule: its decimals and band table. */
    public Grading grading() {
        return grading;
    }

    private static BigDecimal percent(BigDecimal weight) {
        return weight.divide(HUNDRED);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The bands of the table, highest first. */
    public List<BandDef> bands() {
        return definition.bands();
    }
}
