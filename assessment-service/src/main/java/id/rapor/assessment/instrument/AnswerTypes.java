package id.rapor.assessment.instrument;

import id.rapor.assessment.instrument.InstrumentDtos.ChecklistItemDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentDtos.LevelDef;
import id.rapor.assessment.instrument.InstrumentDtos.ThresholdDef;
import id.rapor.platform.error.Problem;
import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one home of the answer types: what a definition of each type must hold, how a raw answer becomes its measure
 * ({@link AnswerType}) and how the measure becomes the indicator's score ({@link ScoreMapping}). Pure and exact:
 * measures and scores are fractions, so 2 of 3 on a 0..3 rubric mapped linearly onto 100 is exactly 200/3.
 */
public final class AnswerTypes {

    /** The parts of a PERCENT_OF_TARGET answer. */
    public static final String TARGET = "target";

    public static final String ACHIEVED = "achieved";

    private static final Rational HUNDRED = Rational.of(100);

    private static final int MAX_YEARS = 10;

    private AnswerTypes() {}

    /** An answer the indicator does not allow; {@code field} is relative to the answer ({@code value}, {@code parts.x}). */
    public static final class InvalidAnswer extends IllegalArgumentException {

        private final String field;

        InvalidAnswer(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The range of an indicator's measure; {@code hi} is null when the measure has no upper bound. */
    public record Range(Rational lo, Rational hi) {}

    /** The range of the measure an indicator's answers yield. */
    public static Range range(IndicatorDef indicator, BigDecimal scaleMax) {
        return switch (indicator.answerType()) {
            case RUBRIC -> {
                List<LevelDef> levels = indicator.levels() == null ? List.of() : indicator.levels();
                int lo = levels.stream().mapToInt(LevelDef::level).min().orElse(0);
                int hi = levels.stream().mapToInt(LevelDef::level).max().orElse(0);
                yield new Range(Rational.of(lo), Rational.of(hi));
            }
            case YES_NO -> new Range(Rational.ZERO, Rational.ONE);
            case NUMBER ->
                new Range(
                        Rational.of(or(indicator.min(), BigDecimal.ZERO)), Rational.of(or(indicator.max(), scaleMax)));
            case CHECKLIST ->
                new Range(
                        Rational.ZERO,
                        Rational.of(
                                indicator.items() == null
                                        ? 0
                                        : indicator.items().size()));
            case COUNT ->
                new Range(
                        Rational.of(or(indicator.min(), BigDecimal.ZERO)),
                        indicator.max() == null ? null : Rational.of(indicator.max()));
            case PERCENT_OF_TARGET -> new Range(Rational.ZERO, HUNDRED);
            case MULTI_YEAR -> {
                Rational lo = Rational.of(or(indicator.min(), BigDecimal.ZERO));
                Rational hi = Rational.of(or(indicator.max(), scaleMax));
                if (indicator.combineOrDefault() == YearCombine.SUM && indicator.years() != null) {
                    Rational n = Rational.of(indicator.years());
                    yield new Range(lo.multiply(n), hi.multiply(n));
                }
                yield new Range(lo, hi);
            }
        };
    }

    /**
     * Every rule of the answer types a definition breaks, each naming its field under {@code at} (the indicator's
     * path in the request). Rubric levels and number bounds are checked by {@link InstrumentRules}.
     */
    public static List<Problem.FieldError> definitionErrors(IndicatorDef indicator, BigDecimal scaleMax, String at) {
        List<Problem.FieldError> errors = new ArrayList<>();
        AnswerType type = indicator.answerType();
        List<ChecklistItemDef> items = indicator.items() == null ? List.of() : indicator.items();
        if (type == AnswerType.CHECKLIST) {
            if (items.isEmpty()) {
                errors.add(error(at + ".items", "a CHECKLIST needs at least one item"));
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!codes.add(items.get(i).code())) {
                    errors.add(error(
                            at + ".items[" + i + "].code",
                            "duplicate item code " + items.get(i).code()));
                }
            }
        } else if (!items.isEmpty()) {
            errors.add(error(at + ".items", "only a CHECKLIST has items"));
        }
        if (type == AnswerType.MULTI_YEAR) {
            if (indicator.years() == null || indicator.years() < 2 || indicator.years() > MAX_YEARS) {
                errors.add(error(at + ".years", "a MULTI_YEAR indicator covers 2 to " + MAX_YEARS + " years"));
            }
        } else {
            if (indicator.years() != null) {
                errors.add(error(at + ".years", "only a MULTI_YEAR indicator has years"));
            }
            if (indicator.combine() != null) {
                errors.add(error(at + ".combine", "only a MULTI_YEAR indicator combines years"));
            }
        }
        if (type == AnswerType.COUNT) {
            if (indicator.min() != null
                    && (!whole(indicator.min()) || indicator.min().signum() < 0)) {
                errors.add(error(at + ".min", "a COUNT starts at a whole number of 0 or more"));
            }
            if (indicator.max() != null && !whole(indicator.max())) {
                errors.add(error(at + ".max", "a COUNT ends at a whole number"));
            }
        }
        if ((type == AnswerType.COUNT || type == AnswerType.MULTI_YEAR)
                && indicator.min() != null
                && indicator.max() != null
                && indicator.min().compareTo(indicator.max()) >= 0) {
            errors.add(error(at + ".max", "must be above min"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        mapping(indicator, scaleMax, at, errors);
        return errors;
    }

    private static void mapping(
            IndicatorDef indicator, BigDecimal scaleMax, String at, List<Problem.FieldError> errors) {
        ScoreMapping mapping = indicator.mappingOrDefault();
        Range range = range(indicator, scaleMax);
        List<ThresholdDef> thresholds = indicator.thresholds() == null ? List.of() : indicator.thresholds();
        if (mapping != ScoreMapping.THRESHOLDS && !thresholds.isEmpty()) {
            errors.add(error(at + ".thresholds", "thresholds apply only with mapping THRESHOLDS"));
        }
        if (indicator.isReversed() && mapping != ScoreMapping.LINEAR) {
            errors.add(error(at + ".reversed", "only a LINEAR mapping is reversed"));
        }
        switch (mapping) {
            case THRESHOLDS -> {
                if (thresholds.isEmpty()) {
                    errors.add(error(at + ".thresholds", "a THRESHOLDS mapping needs at least one threshold"));
                    return;
                }
                if (Rational.of(thresholds.get(0).atLeast()).compareTo(range.lo()) > 0) {
                    errors.add(error(
                            at + ".thresholds[0].atLeast",
                            "must be at or below the lowest measure "
                                    + decimal(range.lo()).toPlainString() + " so every answer scores"));
                }
                for (int t = 0; t < thresholds.size(); t++) {
                    ThresholdDef step = thresholds.get(t);
                    if (t > 0 && step.atLeast().compareTo(thresholds.get(t - 1).atLeast()) <= 0) {
                        errors.add(error(at + ".thresholds[" + t + "].atLeast", "must be above the one before"));
                    }
                    if (step.score().signum() < 0 || step.score().compareTo(scaleMax) > 0) {
                        errors.add(error(
                                at + ".thresholds[" + t + "].score",
                                "must lie between 0 and the scale maximum " + scaleMax.toPlainString()));
                    }
                }
            }
            case LINEAR -> {
                if (range.hi() == null || range.hi().compareTo(range.lo()) <= 0) {
                    errors.add(error(at + ".max", "a LINEAR mapping needs a measure range with max above min"));
                }
            }
            case AS_IS -> {
                boolean newType = indicator.answerType() != AnswerType.RUBRIC
                        && indicator.answerType() != AnswerType.YES_NO
                        && indicator.answerType() != AnswerType.NUMBER;
                if (newType
                        && (range.hi() == null
                                || range.lo().signum() < 0
                                || range.hi().compareTo(Rational.of(scaleMax)) > 0)) {
                    errors.add(error(
                            at + ".mapping",
                            "AS_IS needs the measure within 0.." + scaleMax.toPlainString() + "; use LINEAR or "
                                    + "THRESHOLDS"));
                }
            }
            default -> throw new IllegalStateException("unknown mapping " + mapping);
        }
    }

    /** The measure a raw answer stands for; {@link InvalidAnswer} naming the field when the indicator refuses it. */
    public static Rational measure(IndicatorDef indicator, BigDecimal scaleMax, Answer answer) {
        AnswerType type = indicator.answerType();
        boolean byParts =
                type == AnswerType.CHECKLIST || type == AnswerType.PERCENT_OF_TARGET || type == AnswerType.MULTI_YEAR;
        if (byParts) {
            if (answer.value() != null) {
                throw new InvalidAnswer("value", "a " + type + " indicator is answered with parts, not a value");
            }
            if (!answer.hasParts()) {
                throw new InvalidAnswer("parts", "is required for a " + type + " indicator");
            }
        } else {
            if (answer.value() == null) {
                throw new InvalidAnswer("value", "is required");
            }
            if (answer.hasParts()) {
                throw new InvalidAnswer("parts", "a " + type + " indicator is answered with a value, not parts");
            }
        }
        BigDecimal value = answer.value();
        return switch (type) {
            case RUBRIC -> {
                List<Integer> levels = indicator.levels() == null
                        ? List.of()
                        : indicator.levels().stream().map(LevelDef::level).toList();
                if (levels.stream().noneMatch(l -> BigDecimal.valueOf(l).compareTo(value) == 0)) {
                    throw new InvalidAnswer("value", "must be one of the rubric levels " + levels);
                }
                yield Rational.of(value);
            }
            case YES_NO -> {
                if (value.signum() != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    throw new InvalidAnswer("value", "must be 1 (yes) or 0 (no)");
                }
                yield Rational.of(value);
            }
            case NUMBER -> within("value", value, range(indicator, scaleMax));
            case COUNT -> {
                if (!whole(value)) {
                    throw new InvalidAnswer("value", "must be a whole count");
                }
                yield within("value", value, range(indicator, scaleMax));
            }
            case CHECKLIST -> checklist(indicator, answer.parts());
            case PERCENT_OF_TARGET -> percentOfTarget(answer.parts());
            case MULTI_YEAR -> years(indicator, scaleMax, answer.parts());
        };
    }

    private static Rational checklist(IndicatorDef indicator, Map<String, BigDecimal> parts) {
        Set<String> codes = new HashSet<>();
        indicator.items().forEach(i -> codes.add(i.code()));
        int ticked = 0;
        for (Map.Entry<String, BigDecimal> part : new TreeMap<>(parts).entrySet()) {
            if (!codes.contains(part.getKey())) {
                throw new InvalidAnswer(
                        "parts." + part.getKey(),
                        "no checklist item " + part.getKey() + "; the items are "
                                + indicator.items().stream()
                                        .map(ChecklistItemDef::code)
                                        .toList());
            }
            BigDecimal tick = part.getValue();
            if (tick == null || (tick.signum() != 0 && tick.compareTo(BigDecimal.ONE) != 0)) {
                throw new InvalidAnswer("parts." + part.getKey(), "must be 1 (ticked) or 0 (not ticked)");
            }
            ticked += tick.signum();
        }
        return Rational.of(ticked);
    }

    private static Rational percentOfTarget(Map<String, BigDecimal> parts) {
        for (String key : new TreeMap<>(parts).keySet()) {
            if (!TARGET.equals(key) && !ACHIEVED.equals(key)) {
                throw new InvalidAnswer("parts." + key, "a PERCENT_OF_TARGET answer has only target and achieved");
            }
        }
        BigDecimal target = parts.get(TARGET);
        BigDecimal achieved = parts.get(ACHIEVED);
        if (target == null || target.signum() <= 0) {
            throw new InvalidAnswer("parts." + TARGET, "is required and must be above 0");
        }
        if (achieved == null || achieved.signum() < 0) {
            throw new InvalidAnswer("parts." + ACHIEVED, "is required and must be 0 or more");
        }
        // SPM capaian = realisasi / target × 100 (Permendagri 59/2021); over-achievement counts as 100.
        Rational percent = Rational.of(achieved).divide(Rational.of(target)).multiply(HUNDRED);
        return percent.compareTo(HUNDRED) > 0 ? HUNDRED : percent;
    }

    private static Rational years(IndicatorDef indicator, BigDecimal scaleMax, Map<String, BigDecimal> parts) {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> part : new TreeMap<>(parts).entrySet()) {
            if (!part.getKey().matches("^(19|2[01])\\d\\d$")) {
                throw new InvalidAnswer("parts." + part.getKey(), "must be a year such as 2012");
            }
            if (part.getValue() == null) {
                throw new InvalidAnswer("parts." + part.getKey(), "is required");
            }
            byYear.put(Integer.valueOf(part.getKey()), part.getValue());
        }
        int n = indicator.years();
        if (byYear.size() != n || byYear.lastKey() - byYear.firstKey() != n - 1) {
            throw new InvalidAnswer("parts", "must hold " + n + " consecutive years, one value each");
        }
        BigDecimal lo = or(indicator.min(), BigDecimal.ZERO);
        BigDecimal hi = or(indicator.max(), scaleMax);
        List<Rational> values = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> year : byYear.entrySet()) {
            values.add(within("parts." + year.getKey(), year.getValue(), new Range(Rational.of(lo), Rational.of(hi))));
        }
        Rational sum = values.stream().reduce(Rational.ZERO, Rational::add);
        return switch (indicator.combineOrDefault()) {
            case MEAN -> sum.divide(Rational.of(n));
            case SUM -> sum;
            case LAST -> values.get(values.size() - 1);
            case MIN -> values.stream().min(Rational::compareTo).orElseThrow();
            case MAX -> values.stream().max(Rational::compareTo).orElseThrow();
        };
    }

    /** The score a measure counts as under the indicator's mapping, on the instrument's scale. */
    public static Rational score(IndicatorDef indicator, BigDecimal scaleMax, Rational measure) {
        Range range = range(indicator, scaleMax);
        Rational max = Rational.of(scaleMax);
        return switch (indicator.mappingOrDefault()) {
            case AS_IS -> {
                if (indicator.answerType() == AnswerType.YES_NO) {
                    yield measure.signum() == 0
                            ? Rational.ZERO
                            : Rational.of(indicator.yesValue() != null ? indicator.yesValue() : scaleMax);
                }
                yield measure;
            }
            case LINEAR -> {
                Rational span = range.hi().subtract(range.lo());
                Rational position =
                        indicator.isReversed() ? range.hi().subtract(measure) : measure.subtract(range.lo());
                yield position.divide(span).multiply(max);
            }
            case THRESHOLDS -> {
                Rational score = Rational.ZERO;
                for (ThresholdDef step : indicator.thresholds()) {
                    if (Rational.of(step.atLeast()).compareTo(measure) <= 0) {
                        score = Rational.of(step.score());
                    }
                }
                yield score;
            }
        };
    }

    /** Validates an answer and returns its score: {@code score(measure(answer))}. */
    public static Rational scoreOf(IndicatorDef indicator, BigDecimal scaleMax, Answer answer) {
        return score(indicator, scaleMax, measure(indicator, scaleMax, answer));
    }

    /**
     * A fraction as a decimal: exact when its expansion ends (every PEKPPP total does), otherwise rounded half-up
     * to 10 decimals (a third of a 0..3 rubric mapped onto 100).
     */
    public static BigDecimal decimal(Rational value) {
        BigInteger d = value.denominator();
        int twos = 0;
        int fives = 0;
        while (d.mod(BigInteger.TWO).signum() == 0) {
            d = d.divide(BigInteger.TWO);
            twos++;
        }
        while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
            d = d.divide(BigInteger.valueOf(5));
            fives++;
        }
        BigDecimal decimal = d.equals(BigInteger.ONE) ? value.toDecimal(Math.max(twos, fives)) : value.toDecimal(10);
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Rational within(String field, BigDecimal value, Range range) {
        Rational v = Rational.of(value);
        if (v.compareTo(range.lo()) < 0 || (range.hi() != null && v.compareTo(range.hi()) > 0)) {
            throw new InvalidAnswer(
                    field,
                    range.hi() == null
                            ? "must be at least " + decimal(range.lo()).toPlainString()
                            : "must lie between " + decimal(range.lo()).toPlainString() + " and "
                                    + decimal(range.hi()).toPlainString());
        }
        return v;
    }

    private static boolean whole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
