package id.rapor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.assessment.instrument.InstrumentDtos.ChecklistItemDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentDtos.LevelDef;
import id.rapor.assessment.instrument.InstrumentDtos.ThresholdDef;
import id.rapor.platform.error.Problem;
import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The answer types and score mappings, table-driven: raw answer → measure → score, and the field at fault. */
class AnswerTypesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An indicator with only the parts a case needs. */
    private static IndicatorDef indicator(
            AnswerType type,
            ScoreMapping mapping,
            List<LevelDef> levels,
            BigDecimal min,
            BigDecimal max,
            BigDecimal yesValue,
            List<ChecklistItemDef> items,
            List<ThresholdDef> thresholds,
            Boolean reversed,
            Integer years,
            YearCombine combine) {
        return new IndicatorDef(
                "X1",
                "indicator",
                HUNDRED,
                type,
                levels,
                min,
                max,
                yesValue,
                null,
                items,
                mapping,
                thresholds,
                reversed,
                years,
                combine,
                null);
    }

    private static IndicatorDef of(AnswerType type) {
        return indicator(type, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<ChecklistItemDef> items(String... codes) {
        return Stream.of(codes).map(c -> new ChecklistItemDef(c, "item " + c)).toList();
    }

    private static List<ThresholdDef> steps(int... pairs) {
        List<ThresholdDef> steps = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            steps.add(new ThresholdDef(BigDecimal.valueOf(pairs[i]), BigDecimal.valueOf(pairs[i + 1])));
        }
        return steps;
    }

    private static List<LevelDef> levels(int n) {
        return IntStream.rangeClosed(0, n)
                .mapToObj(l -> new LevelDef(l, "level " + l))
                .toList();
    }

    private static Map<String, BigDecimal> parts(Object... pairs) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return parts;
    }

    private static Answer value(Object v) {
        return Answer.of(new BigDecimal(v.toString()));
    }

    private static final IndicatorDef CHECKLIST_4 = indicator(
            AnswerType.CHECKLIST, null, null, null, null, null, items("a", "b", "c", "d"), null, null, null, null);
    private static final IndicatorDef CHECKLIST_STEPS = indicator(
            AnswerType.CHECKLIST,
            ScoreMapping.THRESHOLDS,
            null,
            null,
            null,
            null,
            items("a", "b", "c", "d"),
            steps(0, 0, 2, 60, 4, 100),
            null,
            null,
            null);
    private static final IndicatorDef COUNT_STEPS = indicator(
            AnswerType.COUNT, null, null, null, null, null, null, steps(0, 0, 1, 40, 3, 80, 5, 100), null, null, null);
    private static final IndicatorDef COUNT_LINEAR = indicator(
            AnswerType.COUNT, ScoreMapping.LINEAR, null, null, BigDecimal.TEN, null, null, null, null, null, null);
    private static final IndicatorDef PERCENT = of(AnswerType.PERCENT_OF_TARGET);
    private static final IndicatorDef YEARS_MEAN =
            indicator(AnswerType.MULTI_YEAR, null, null, null, null, null, null, null, null, 3, null);
    private static final IndicatorDef YEARS_LAST =
            indicator(AnswerType.MULTI_YEAR, null, null, null, null, null, null, null, null, 3, YearCombine.LAST);
    private static final IndicatorDef YEARS_SUM_LINEAR = indicator(
            AnswerType.MULTI_YEAR,
            ScoreMapping.LINEAR,
            null,
            null,
            BigDecimal.TEN,
            null,
            null,
            null,
            null,
            3,
            YearCombine.SUM);
    private static final IndicatorDef RUBRIC_0_3 = indicator(
            AnswerType.RUBRIC, ScoreMapping.LINEAR, levels(3), null, null, null, null, null, null, null, null);
    private static final IndicatorDef RUBRIC_0_3_REVERSED = indicator(
            AnswerType.RUBRIC, ScoreMapping.LINEAR, levels(3), null, null, null, null, null, true, null, null);
    private static final IndicatorDef RUBRIC_0_5 =
            indicator(AnswerType.RUBRIC, null, levels(5), null, null, null, null, null, null, null, null);
    private static final IndicatorDef YES_10 =
            indicator(AnswerType.YES_NO, null, null, null, null, BigDecimal.TEN, null, null, null, null, null);

    /** A valid answer: its measure and its score on a 0..100 scale. */
    record Scored(String name, IndicatorDef indicator, Answer answer, String measure, String score) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scored> scored() {
        return Stream.of(
                // CHECKLIST: ticked of 4 items, linear onto 100 by default
                new Scored("2 of 4 ticked", CHECKLIST_4, new Answer(null, parts("a", 1, "b", 1, "c", 0)), "2", "50"),
                new Scored(
                        "all ticked", CHECKLIST_4, new Answer(null, parts("a", 1, "b", 1, "c", 1, "d", 1)), "4", "100"),
                new Scored("none ticked", CHECKLIST_4, new Answer(null, parts("a", 0)), "0", "0"),
                new Scored(
                        "3 ticked, thresholds",
                        CHECKLIST_STEPS,
                        new Answer(null, parts("a", 1, "b", 1, "d", 1)),
                        "3",
                        "60"),
                // COUNT: steps 0→0, 1→40, 3→80, 5→100
                new Scored("count 0", COUNT_STEPS, value(0), "0", "0"),
                new Scored("count 2", COUNT_STEPS, value(2), "2", "40"),
                new Scored("count 3", COUNT_STEPS, value(3), "3", "80"),
                new Scored("count 12", COUNT_STEPS, value(12), "12", "100"),
                new Scored("count 4 of 10, linear", COUNT_LINEAR, value(4), "4", "40"),
                // PERCENT_OF_TARGET: capaian = achieved / target × 100, capped at 100, linear onto 100
                new Scored("150 of 200", PERCENT, new Answer(null, parts("target", 200, "achieved", 150)), "75", "75"),
                new Scored(
                        "2 of 3",
                        PERCENT,
                        new Answer(null, parts("target", 3, "achieved", 2)),
                        "66.6666666667",
                        "66.6666666667"),
                new Scored(
                        "120 of 100, capped",
                        PERCENT,
                        new Answer(null, parts("target", 100, "achieved", 120)),
                        "100",
                        "100"),
                // MULTI_YEAR over 3 consecutive years
                new Scored(
                        "mean of 60, 70, 80",
                        YEARS_MEAN,
                        new Answer(null, parts("2010", 60, "2011", 70, "2012", 80)),
                        "70",
                        "70"),
                new Scored(
                        "last of 3 years",
                        YEARS_LAST,
                        new Answer(null, parts("2012", 80, "2010", 60, "2011", 70)),
                        "80",
                        "80"),
                new Scored(
                        "sum of 3 years on 0..30",
                        YEARS_SUM_LINEAR,
                        new Answer(null, parts("2010", 2, "2011", 4, "2012", 6)),
                        "12",
                        "40"),
                // a 0..3 rubric mapped onto 100 (Ombudsman 2022-2024 interval 0-3), and reversed
                new Scored("level 2 of 3", RUBRIC_0_3, value(2), "2", "66.6666666667"),
                new Scored("level 3 of 3", RUBRIC_0_3, value(3), "3", "100"),
                new Scored("level 1 of 3, reversed", RUBRIC_0_3_REVERSED, value(1), "1", "66.6666666667"),
                new Scored("level 3 of 3, reversed", RUBRIC_0_3_REVERSED, value(3), "3", "0"),
                // the types that existed keep their meaning
                new Scored("rubric level as is", RUBRIC_0_5, value(4), "4", "4"),
                new Scored("yes scores yesValue", YES_10, value(1), "1", "10"),
                new Scored("no scores 0", YES_10, value(0), "0", "0"),
                new Scored("number as is", of(AnswerType.NUMBER), value("57.5"), "57.5", "57.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scored")
    void shouldMapAnAnswerToItsMeasureAndScore(Scored c) {
        Rational measure = AnswerTypes.measure(c.indicator(), HUNDRED, c.answer());
        assertThat(AnswerTypes.decimal(measure)).isEqualByComparingTo(c.measure());
        assertThat(AnswerTypes.decimal(AnswerTypes.scoreOf(c.indicator(), HUNDRED, c.answer())))
                .isEqualByComparingTo(c.score());
    }

    /** An answer the indicator refuses, and the field the problem names. */
    record Refused(String name, IndicatorDef indicator, Answer answer, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused("checklist without parts", CHECKLIST_4, new Answer(null, null), "parts"),
                new Refused("checklist with a value", CHECKLIST_4, value(2), "value"),
                new Refused("unknown checklist item", CHECKLIST_4, new Answer(null, parts("a", 1, "x", 1)), "parts.x"),
                new Refused("checklist tick of 2", CHECKLIST_4, new Answer(null, parts("a", 2)), "parts.a"),
                new Refused("fractional count", COUNT_STEPS, value("2.5"), "value"),
                new Refused("negative count", COUNT_STEPS, value(-1), "value"),
                new Refused("count above max", COUNT_LINEAR, value(11), "value"),
                new Refused("count as parts", COUNT_STEPS, new Answer(BigDecimal.ONE, parts("a", 1)), "parts"),
                new Refused("target 0", PERCENT, new Answer(null, parts("target", 0, "achieved", 1)), "parts.target"),
                new Refused("no achieved", PERCENT, new Answer(null, parts("target", 10)), "parts.achieved"),
                new Refused(
                        "negative achieved",
                        PERCENT,
                        new Answer(null, parts("target", 10, "achieved", -1)),
                        "parts.achieved"),
                new Refused(
                        "extra part",
                        PERCENT,
                        new Answer(null, parts("target", 10, "achieved", 5, "extra", 1)),
                        "parts.extra"),
                new Refused("two of three years", YEARS_MEAN, new Answer(null, parts("2010", 1, "2011", 2)), "parts"),
                new Refused(
                        "years with a gap",
                        YEARS_MEAN,
                        new Answer(null, parts("2010", 1, "2011", 2, "2013", 3)),
                        "parts"),
                new Refused(
                        "not a year", YEARS_MEAN, new Answer(null, parts("abc", 1, "2011", 2, "2012", 3)), "parts.abc"),
                new Refused(
                        "year value above max",
                        YEARS_MEAN,
                        new Answer(null, parts("2010", 1, "2011", 2, "2012", 120)),
                        "parts.2012"),
                new Refused("4 on a 0..3 rubric", RUBRIC_0_3, value(4), "value"),
                new Refused("rubric without a value", RUBRIC_0_3, new Answer(null, null), "value"),
                new Refused("yes/no of 2", YES_10, value(2), "value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void shouldRefuseAnAnswerNamingItsField(Refused c) {
        assertThatThrownBy(() -> AnswerTypes.measure(c.indicator(), HUNDRED, c.answer()))
                .isInstanceOfSatisfying(
                        AnswerTypes.InvalidAnswer.class,
                        e -> assertThat(e.field()).isEqualTo(c.field()));
    }

    /** A definition that breaks a rule, and the field (under the indicator's path) the problem names. */
    record BadDefinition(String name, IndicatorDef indicator, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadDefinition> badDefinitions() {
        return Stream.of(
                new BadDefinition("checklist without items", of(AnswerType.CHECKLIST), "at.items"),
                new BadDefinition(
                        "duplicate checklist item",
                        indicator(
                                AnswerType.CHECKLIST,
                                null,
                                null,
                                null,
                                null,
                                null,
                                items("a", "a"),
                                null,
                                null,
                                null,
                                null),
                        "at.items[1].code"),
                new BadDefinition(
                        "items on a number",
                        indicator(AnswerType.NUMBER, null, null, null, null, null, items("a"), null, null, null, null),
                        "at.items"),
                new BadDefinition("count without thresholds", of(AnswerType.COUNT), "at.thresholds"),
                new BadDefinition(
                        "first threshold above the lowest count",
                        indicator(AnswerType.COUNT, null, null, null, null, null, null, steps(1, 50), null, null, null),
                        "at.thresholds[0].atLeast"),
                new BadDefinition(
                        "thresholds not ascending",
                        indicator(
                                AnswerType.COUNT,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                steps(0, 0, 0, 50),
                                null,
                                null,
                                null),
                        "at.thresholds[1].atLeast"),
                new BadDefinition(
                        "threshold score above the scale",
                        indicator(
                                AnswerType.COUNT, null, null, null, null, null, null, steps(0, 120), null, null, null),
                        "at.thresholds[0].score"),
                new BadDefinition(
                        "thresholds without THRESHOLDS",
                        indicator(
                                AnswerType.CHECKLIST,
                                ScoreMapping.LINEAR,
                                null,
                                null,
                                null,
                                null,
                                items("a"),
                                steps(0, 0),
                                null,
                                null,
                                null),
                        "at.thresholds"),
                new BadDefinition("multi-year without years", of(AnswerType.MULTI_YEAR), "at.years"),
                new BadDefinition(
                        "years on a number",
                        indicator(AnswerType.NUMBER, null, null, null, null, null, null, null, null, 3, null),
                        "at.years"),
                new BadDefinition(
                        "reversed without LINEAR",
                        indicator(AnswerType.NUMBER, null, null, null, null, null, null, null, true, null, null),
                        "at.reversed"),
                new BadDefinition(
                        "count as is without max",
                        indicator(
                                AnswerType.COUNT,
                                ScoreMapping.AS_IS,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "at.mapping"),
                new BadDefinition(
                        "count linear without max",
                        indicator(
                                AnswerType.COUNT,
                                ScoreMapping.LINEAR,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "at.max"),
                new BadDefinition(
                        "fractional count bound",
                        indicator(
                                AnswerType.COUNT,
                                null,
                                null,
                                new BigDecimal("0.5"),
                                null,
                                null,
                                null,
                                steps(0, 0),
                                null,
                                null,
                                null),
                        "at.min"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDefinitions")
    void shouldRefuseABadDefinitionNamingItsField(BadDefinition c) {
        assertThat(AnswerTypes.definitionErrors(c.indicator(), HUNDRED, "at"))
                .extracting(Problem.FieldError::field)
                .contains(c.field());
    }

    @Test
    void shouldAcceptEveryDefinitionTheScoringTableUses() {
        scored().forEach(c -> assertThat(AnswerTypes.definitionErrors(c.indicator(), HUNDRED, "at"))
                .as(c.name())
                .isEmpty());
    }

    @Test
    void shouldWriteAFractionExactlyWhenItEndsAndTo10DecimalsOtherwise() {
        assertThat(AnswerTypes.decimal(Rational.parse("45074/10000")).toPlainString())
                .isEqualTo("4.5074");
        assertThat(AnswerTypes.decimal(Rational.of(1, 3)).toPlainString()).isEqualTo("0.3333333333");
        assertThat(AnswerTypes.decimal(Rational.of(200, 3)).toPlainString()).isEqualTo("66.6666666667");
        assertThat(AnswerTypes.decimal(Rational.of(70)).toPlainString()).isEqualTo("70");
    }
}
