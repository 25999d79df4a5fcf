package id.rapor.assessment.instrument;

import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.BandDef;
import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.events.Basis;
import id.rapor.scoring.Band;
import id.rapor.scoring.BandTable;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Scores a set of indicator answers under one instrument version, exactly, as the PEKPPP IPP does
 * (PermenPANRB 29/2022 jo. 4/2023): each answer's score by its answer type and mapping ({@link AnswerTypes}),
 * {@code aspect = Σ(w_i × score_i)}, {@code total = Σ(W_k × aspect_k)} with weights given in percent, then the version's grading: the total rounded half-up to the version's decimals and
 * the rounded value classified by the version's own table ({@link Grading}, the one rule every service applies).
 */
public final class Scoring {

    private static final Rational HUNDRED = Rational.of(100);

    private final Definition definition;
    private final BigDecimal scaleMax;
    private final Grading grading;
    private final Basis basis;
    private final Map<String, IndicatorDef> indicators = new LinkedHashMap<>();

    /** One indicator's input: its weight (percent of the aspect), the answer and the score it counts as. */
    @Schema(name = "IndicatorScore")
    public record IndicatorResult(
            String code,
            BigDecimal weight,

            @Schema(
                    description = "The answer's value, or for an answer in parts its measure (ticked items, capaian "
                            + "%, the years combined)")
            BigDecimal value,

            @Schema(
                    description = "The score the answer counts as on the instrument's scale (exact, or to 10 "
                            + "decimals when a fraction does not end)")
            BigDecimal score,

            @Schema(nullable = true, description = "The parts of a CHECKLIST, PERCENT_OF_TARGET or MULTI_YEAR answer")
            Map<String, BigDecimal> parts) {}

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
            @Schema(description = "Exact weighted total (to 10 decimals when the fraction does not end)")
            BigDecimal total,

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
     * The score a plain value counts as (a rubric level as itself, yes as {@code yesValue} or the scale maximum,
     * a number as itself, or as the indicator's mapping says). Throws {@link IllegalArgumentException} for a value
     * the indicator does not allow.
     */
    public BigDecimal scoreOf(IndicatorDef indicator, BigDecimal value) {
        return AnswerTypes.decimal(AnswerTypes.scoreOf(indicator, scaleMax, Answer.of(value)));
    }

    /** Validates a raw answer against its indicator; {@link AnswerTypes.InvalidAnswer} names the field at fault. */
    public void check(IndicatorDef indicator, Answer answer) {
        AnswerTypes.scoreOf(indicator, scaleMax, answer);
    }

    /** The measure of a valid raw answer (ticked items, capaian %, the years combined) as a decimal. */
    public BigDecimal measure(IndicatorDef indicator, Answer answer) {
        return AnswerTypes.decimal(AnswerTypes.measure(indicator, scaleMax, answer));
    }

    /** Whether every weighted indicator has a value. */
    public boolean isComplete(Map<String, ?> values) {
        return weightedIndicators().stream().allMatch(values::containsKey);
    }

    /** Scores a complete set of plain values (indicator code → answer); unweighted indicators may be missing. */
    public Result score(Map<String, BigDecimal> values) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        values.forEach((code, value) -> answers.put(code, Answer.of(value)));
        return scoreAnswers(answers);
    }

    /**
     * Scores a complete set of raw answers (indicator code → answer), exactly: each answer's score by its type and
     * mapping ({@link AnswerTypes}), then the weighted sums; unweighted indicators may be missing.
     */
    public Result scoreAnswers(Map<String, Answer> answers) {
        List<AspectResult> aspects = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (AspectDef aspect : definition.aspects()) {
            List<IndicatorResult> inputs = new ArrayList<>();
            Rational aspectScore = Rational.ZERO;
            for (IndicatorDef indicator : aspect.indicators()) {
                Answer answer = answers.get(indicator.code());
                Rational score = answer == null ? null : AnswerTypes.scoreOf(indicator, scaleMax, answer);
                if (score == null
                        && indicator.weight().signum() > 0
                        && aspect.weight().signum() > 0) {
                    throw new IllegalArgumentException("indicator " + indicator.code() + " has no value");
                }
                BigDecimal value = answer == null
                        ? null
                        : answer.value() != null
                                ? answer.value()
                                : AnswerTypes.decimal(AnswerTypes.measure(indicator, scaleMax, answer));
                inputs.add(new IndicatorResult(
                        indicator.code(),
                        indicator.weight(),
                        value,
                        score == null ? null : AnswerTypes.decimal(score),
                        answer == null ? null : answer.parts()));
                if (score != null) {
                    aspectScore = aspectScore.add(percent(indicator.weight()).multiply(score));
                }
            }
            aspects.add(new AspectResult(
                    aspect.code(), aspect.name(), aspect.weight(), AnswerTypes.decimal(aspectScore), inputs));
            total = total.add(percent(aspect.weight()).multiply(aspectScore));
        }
        Grading.Grade grade = grading.grade(total);
        return new Result(
                AnswerTypes.decimal(total),
                grade.value(),
                scaleMax,
                grade.code(),
                grade.label(),
                grade.zone(),
                basis,
                aspects);
    }

    /** The published value and band of an exact total under this version's grading. */
    public Grading.Grade grade(BigDecimal total) {
        return grading.grade(total);
    }

    /** The version's grading rule: its decimals and band table. */
    public Grading grading() {
        return grading;
    }

    private static Rational percent(BigDecimal weight) {
        return Rational.of(weight).divide(HUNDRED);
    }

    /** The bands of the table, highest first. */
    public List<BandDef> bands() {
        return definition.bands();
    }
}
