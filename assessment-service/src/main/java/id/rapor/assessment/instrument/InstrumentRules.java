package id.rapor.assessment.instrument;

import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.BandDef;
import id.rapor.assessment.instrument.InstrumentDtos.EvidenceSlotDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentRequest;
import id.rapor.assessment.instrument.InstrumentDtos.LevelDef;
import id.rapor.platform.error.Problem;
import id.rapor.scoring.Rational;
import id.rapor.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an instrument version must satisfy beyond field formats: aspect weights sum to 100%, the indicator
 * weights of each weighted aspect sum to 100% (an aspect of weight 0, such as PEKPPP's informasi tambahan, holds
 * only unweighted indicators), unique codes, rubric levels 0..n in order, the rules of each answer type and score
 * mapping ({@link AnswerTypes}), and a band table starting at 0.
 */
public final class InstrumentRules {

    private InstrumentRules() {}

    /** Every rule the request breaks, each naming its field; empty when it may be published. */
    public static List<Problem.FieldError> violations(InstrumentRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.validFromYear() != null
                && request.validToYear() != null
                && request.validToYear() < request.validFromYear()) {
            errors.add(new Problem.FieldError("validToYear", "must not be before validFromYear"));
        }
        BigDecimal aspectSum =
                request.aspects().stream().map(AspectDef::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!sumToHundredPercent(
                request.aspects().stream().map(AspectDef::weight).toList())) {
            errors.add(new Problem.FieldError(
                    "aspects.weight", "aspect weights sum to " + aspectSum.toPlainString() + "%, not 100%"));
        }
        Set<String> aspectCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int a = 0; a < request.aspects().size(); a++) {
            AspectDef aspect = request.aspects().get(a);
            String at = "aspects[" + a + "]";
            if (!aspectCodes.add(aspect.code())) {
                errors.add(new Problem.FieldError(at + ".code", "duplicate aspect code " + aspect.code()));
            }
            BigDecimal sum =
                    aspect.indicators().stream().map(IndicatorDef::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (aspect.weight().signum() > 0
                    && !sumToHundredPercent(aspect.indicators().stream()
                            .map(IndicatorDef::weight)
                            .toList())) {
                errors.add(new Problem.FieldError(
                        at + ".indicators.weight",
                        "indicator weights of aspect " + aspect.code() + " sum to " + sum.toPlainString()
                                + "%, not 100%"));
            }
            if (aspect.weight().signum() == 0 && sum.signum() != 0) {
                errors.add(new Problem.FieldError(
                        at + ".indicators.weight", "an aspect of weight 0 holds only indicators of weight 0"));
            }
            for (int i = 0; i < aspect.indicators().size(); i++) {
                indicator(
                        aspect.indicators().get(i),
                        request.scaleMax(),
                        at + ".indicators[" + i + "]",
                        indicatorCodes,
                        errors);
            }
        }
        bands(request.bands(), errors);
        return errors;
    }

    /** Weights in percent obey the one rule of weights: as fractions they sum to exactly 1. */
    private static boolean sumToHundredPercent(List<BigDecimal> percents) {
        return WeightedScore.weightsSumToOne(percents.stream()
                .map(p -> Rational.of(p).divide(Rational.of(100)))
                .toList());
    }

    private static void indicator(
            IndicatorDef indicator,
            BigDecimal scaleMax,
            String at,
            Set<String> codes,
            List<Problem.FieldError> errors) {
        if (!codes.add(indicator.code())) {
            errors.add(new Problem.FieldError(at + ".code", "duplicate indicator code " + indicator.code()));
        }
        if (indicator.answerType() == AnswerType.RUBRIC) {
            List<LevelDef> levels = indicator.levels();
            if (levels == null || levels.size() < 2) {
                errors.add(new Problem.FieldError(at + ".levels", "a rubric needs at least two levels"));
            } else {
                for (int l = 0; l < levels.size(); l++) {
                    if (levels.get(l).level() != l) {
                        errors.add(new Problem.FieldError(
                                at + ".levels[" + l + "].level", "levels must run 0, 1, 2, ... in order"));
                        break;
                    }
                }
            }
        }
        if (indicator.answerType() == AnswerType.NUMBER
                && indicator.min() != null
                && indicator.max() != null
                && indicator.min().compareTo(indicator.max()) >= 0) {
            errors.add(new Problem.FieldError(at + ".max", "must be above min"));
        }
        if (indicator.answerType() != AnswerType.RUBRIC || (levels(indicator) >= 2)) {
            errors.addAll(AnswerTypes.definitionErrors(indicator, scaleMax, at));
        }
        if (indicator.evidence() != null) {
            Set<String> slots = new HashSet<>();
            for (int e = 0; e < indicator.evidence().size(); e++) {
                EvidenceSlotDef slot = indicator.evidence().get(e);
                if (!slots.add(slot.code())) {
                    errors.add(new Problem.FieldError(at + ".evidence[" + e + "].code", "duplicate slot code"));
                }
            }
        }
    }

    private static int levels(IndicatorDef indicator) {
        return indicator.levels() == null ? 0 : indicator.levels().size();
    }

    private static void bands(List<BandDef> bands, List<Problem.FieldError> errors) {
        Set<BigDecimal> bounds = new HashSet<>();
        Set<String> codes = new HashSet<>();
        BigDecimal lowest = null;
        for (int b = 0; b < bands.size(); b++) {
            BandDef band = bands.get(b);
            if (!bounds.add(band.lowerBound().stripTrailingZeros())) {
                errors.add(new Problem.FieldError("bands[" + b + "].lowerBound", "two bands share this lower bound"));
            }
            if (!codes.add(band.code())) {
                errors.add(new Problem.FieldError("bands[" + b + "].code", "duplicate band code"));
            }
            lowest = lowest == null || band.lowerBound().compareTo(lowest) < 0 ? band.lowerBound() : lowest;
        }
        if (lowest != null && lowest.signum() > 0) {
            errors.add(new Problem.FieldError("bands.lowerBound", "the lowest band must start at 0 or below"));
        }
    }
}
