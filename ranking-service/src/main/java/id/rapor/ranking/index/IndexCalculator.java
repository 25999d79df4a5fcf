package id.rapor.ranking.index;

import id.rapor.events.AssessmentScored.AspectScore;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.events.SurveyTallyChanged.ScoreTally;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.Blend;
import id.rapor.scoring.Band;
import id.rapor.scoring.ConfidenceInterval;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.KrejcieMorgan;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Computes one unit's index for one period from its stored facts under one definition version. Pure. */
public final class IndexCalculator {

    private IndexCalculator() {}

    /** One campaign's latest tally. */
    public record TallyInput(
            UUID campaignId,
            long tallyVersion,
            UUID eventId,
            String questionnaireCode,
            int questionnaireVersion,
            String regulation,
            long respondents,
            List<ItemTally> items,
            GradeScale scale,
            Basis basis,
            Long population,
            ScoreTally scores) {

        /** A tally without score moments (events before schema 3). */
        public TallyInput(
                UUID campaignId,
                long tallyVersion,
                UUID eventId,
                String questionnaireCode,
                int questionnaireVersion,
                String regulation,
                long respondents,
                List<ItemTally> items,
                GradeScale scale,
                Basis basis,
                Long population) {
            this(
                    campaignId,
                    tallyVersion,
                    eventId,
                    questionnaireCode,
                    questionnaireVersion,
                    regulation,
                    respondents,
                    items,
                    scale,
                    basis,
                    population,
                    null);
        }
    }

    /**
     * Sample adequacy (PermenPANRB 14/2017 sets the sample by Krejcie–Morgan): the summed population of the
     * campaigns, its minimum sample and whether the respondents reach it; all null when a population is unknown.
     */
    public record Sample(Long population, Long minimum, Boolean adequate) {

        static final Sample UNKNOWN = new Sample(null, null, null);
    }

    /** One assessment's latest state. */
    public record AssessmentInput(
            UUID assessmentId,
            long version,
            UUID eventId,
            String eventType,
            String tier,
            String instrumentCode,
            Integer instrumentVersion,
            BigDecimal total,
            BigDecimal scaleMax,
            List<AspectScore> aspects,
            String producerBand,
            Instant occurredAt,
            GradeScale scale,
            Basis basis) {}

    /** Summed statistics of one item. */
    public record ItemSum(String code, Rational weight, long sum, long count) {}

    /**
     * The outcome: state, value, band, the scale it was graded with, whether it rests only on confirmed parts, and
     * the inputs that explain it.
     */
    public record Computation(
            String state,
            String reason,
            BigDecimal value,
            BigDecimal valueExact,
            Band band,
            String regulation,
            Long respondents,
            Map<String, Object> inputs,
            List<ItemSum> items,
            GradeScale scale,
            Basis basis,
            Sample sample,
            Precision precision) {

        /** A computation without an interval. */
        public Computation(
                String state,
                String reason,
                BigDecimal value,
                BigDecimal valueExact,
                Band band,
                String regulation,
                Long respondents,
                Map<String, Object> inputs,
                List<ItemSum> items,
                GradeScale scale,
                Basis basis,
                Sample sample) {
            this(
                    state,
                    reason,
                    value,
                    valueExact,
                    band,
                    regulation,
                    respondents,
                    inputs,
                    items,
                    scale,
                    basis,
                    sample,
                    null);
        }
    }

    /** Reason named when a definition blends the F-03 survey: its weight and minimum are not confirmed. */
    static final String F03_DEFAULTS = "F-03 blend weight, minimum respondents and below-minimum rule";

    /**
     * IKM from the summed sufficient statistics of a unit's campaigns in a period (PermenPANRB 14/2017: NRR per
     * unsur = Σ nilai ÷ Σ jawaban over all campaigns, so larger campaigns weigh more). Campaigns of different
     * regulations cannot be summed item by item; the regulation with the most respondents is used and the rest
     * is named in the inputs. Returns empty when there is no tally at all.
     */
    public static Optional<Computation> survey(Definition def, List<TallyInput> tallies) {
        return survey(def, tallies, null);
    }

    /**
     * As {@link #survey(Definition, List)}, with the 95 % interval from the campaigns' score moments (when every
     * campaign's tally carries them) and, for a {@code targetHalfWidth}, the respondents it needs.
     */
    public static Optional<Computation> survey(Definition def, List<TallyInput> tallies, BigDecimal targetHalfWidth) {
        if (tallies.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<TallyInput>> byRegulation = new LinkedHashMap<>();
        tallies.stream()
                .sorted(Comparator.comparing(TallyInput::campaignId))
                .forEach(t -> byRegulation
                        .computeIfAbsent(t.regulation() == null ? "" : t.regulation(), k -> new ArrayList<>())
                        .add(t));
        String regulation = byRegulation.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<TallyInput>>>comparingLong(e -> e.getValue().stream()
                                .mapToLong(TallyInput::respondents)
                                .sum())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        List<TallyInput> used = byRegulation.get(regulation);
        String reg = regulation.isEmpty() ? null : regulation;

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("definitionVersion", def.version());
        inputs.put("regulation", reg);
        List<Map<String, Object>> campaigns = new ArrayList<>();
        long respondents = 0;
        Map<String, ItemSum> sums = new LinkedHashMap<>();
        String conflict = null;
        for (TallyInput t : used) {
            respondents += t.respondents();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("campaignId", t.campaignId());
            c.put("tallyVersion", t.tallyVersion());
            c.put("eventId", t.eventId());
            c.put("questionnaireCode", t.questionnaireCode());
            c.put("questionnaireVersion", t.questionnaireVersion());
            c.put("respondents", t.respondents());
            campaigns.add(c);
            for (ItemTally item : t.items()) {
                Rational weight = Rational.parse(item.weight());
                ItemSum prior = sums.get(item.code());
                if (prior == null) {
                    sums.put(item.code(), new ItemSum(item.code(), weight, item.sum(), item.count()));
                } else {
                    if (!prior.weight().equals(weight)) {
                        conflict = "campaigns weigh item " + item.code() + " differently";
                    }
                    sums.put(
                            item.code(),
                            new ItemSum(
                                    item.code(),
                                    prior.weight(),
                                    prior.sum() + item.sum(),
                                    prior.count() + item.count()));
                }
            }
        }
        inputs.put("campaigns", campaigns);
        inputs.put("respondents", respondents);
        if (byRegulation.size() > 1) {
            inputs.put(
                    "excludedRegulations",
                    byRegulation.keySet().stream()
                            .filter(k -> !k.equals(regulation))
                            .toList());
        }
        inputs.put("sourceEventIds", used.stream().map(TallyInput::eventId).toList());
        List<ItemSum> items = List.copyOf(sums.values());
        // the questionnaire's own scale, as its events carry it: of the campaign with the most respondents
        GradeScale scale = def.scale(
                used.stream()
                        .filter(t -> t.scale() != null)
                        .max(Comparator.comparingLong(TallyInput::respondents))
                        .map(TallyInput::scale)
                        .orElse(null),
                reg);
        inputs.put("bandTable", scale.regulation());
        Basis basis =
                used.stream().map(TallyInput::basis).filter(Objects::nonNull).reduce(Basis.CONFIRMED, Basis::and);
        Sample sample = Sample.UNKNOWN;
        if (used.stream().allMatch(t -> t.population() != null && t.population() > 0)) {
            long population = used.stream().mapToLong(TallyInput::population).sum();
            long minimum = KrejcieMorgan.minimumSample(population);
            sample = new Sample(population, minimum, respondents >= minimum);
        }
        inputs.put("sample", sample);

        String reason = conflict;
        if (reason == null && respondents < def.rules().minimumRespondentsOrOne()) {
            reason = respondents + " respondents, fewer than the minimum "
                    + def.rules().minimumRespondentsOrOne();
        }
        if (reason == null && items.isEmpty()) {
            reason = "no items";
        }
        if (reason == null) {
            for (ItemSum item : items) {
                if (item.count() <= 0) {
                    reason = "item " + item.code() + " has no answers";
                    break;
                }
            }
        }
        Ikm.Result ikm = null;
        if (reason == null) {
            try {
                ikm = Ikm.compute(items.stream()
                        .map(i -> new Ikm.ItemStat(i.code(), i.weight(), i.sum(), i.count()))
                        .toList());
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
        }
        if (reason != null) {
            inputs.put("items", items.stream().map(i -> itemView(i, null)).toList());
            return Optional.of(new Computation(
                    UnitResult.INSUFFICIENT_DATA,
                    reason,
                    null,
                    null,
                    null,
                    reg,
                    respondents,
                    inputs,
                    items,
                    scale,
                    basis,
                    sample));
        }
        List<Map<String, Object>> itemViews = new ArrayList<>();
        for (Ikm.ItemResult r : ikm.items()) {
            itemViews.add(itemView(new ItemSum(r.code(), r.weight(), r.sum(), r.count()), r));
        }
        inputs.put("items", itemViews);
        inputs.put("ikm", ikm.ikm().toDecimal(4));
        inputs.put("ikmKonversiExact", ikm.ikmKonversi().toString());
        Grading.Grade grade = scale.grading().grade(ikm.ikmKonversi());
        Rational estimate = ikm.ikm();
        Long population = sample.population();
        Precision precision = moments(used)
                .map(m -> Precision.of(
                        estimate,
                        m,
                        population,
                        Ikm.intervalScale(scale.decimals(), scaleMin(used), scaleMax(used)),
                        scale,
                        targetHalfWidth))
                .orElse(null);
        return Optional.of(new Computation(
                UnitResult.OK,
                null,
                grade.value(),
                ikm.ikmKonversi().toDecimal(12),
                grade.band(),
                reg,
                respondents,
                inputs,
                items,
                scale,
                basis,
                sample,
                precision));
    }

    /**
     * An assessment index: the verified assessment of the most authoritative tier (the definition's
     * {@code tierPriority}), optionally blended with the public survey as the definition says. Returns empty when
     * no verified assessment exists.
     */
    public static Optional<Computation> assessment(
            Definition def, List<AssessmentInput> verified, List<TallyInput> surveyTallies) {
        if (verified.isEmpty()) {
            return Optional.empty();
        }
        List<String> tiers = def.rules().tiers();
        AssessmentInput chosen = verified.stream()
                .min(Comparator.<AssessmentInput>comparingInt(a -> {
                            int i = tiers.indexOf(a.tier());
                            return i < 0 ? Integer.MAX_VALUE : i;
                        })
                        .thenComparing(AssessmentInput::occurredAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(AssessmentInput::assessmentId))
                .orElseThrow();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("definitionVersion", def.version());
        inputs.put("assessmentId", chosen.assessmentId());
        inputs.put("assessmentVersion", chosen.version());
        inputs.put("tier", chosen.tier());
        inputs.put("instrumentCode", chosen.instrumentCode());
        inputs.put("instrumentVersion", chosen.instrumentVersion());
        inputs.put("evaluatorTotal", chosen.total());
        inputs.put("producerBand", chosen.producerBand());
        inputs.put("aspects", chosen.aspects() == null ? List.of() : chosen.aspects());
        List<UUID> sources = new ArrayList<>();
        sources.add(chosen.eventId());
        Rational exact = Rational.of(chosen.total());
        Rational blendFactor = null;
        Basis basis = chosen.basis() == null ? Basis.CONFIRMED : chosen.basis();

        Blend blend = def.rules().blend();
        if (blend != null && blend.active()) {
            Map<String, Object> blendView = new LinkedHashMap<>();
            blendView.put("questionnaireCode", blend.questionnaireCode());
            blendView.put("weight", blend.weight());
            blendView.put("minimumRespondents", blend.minimumRespondents());
            long respondents =
                    surveyTallies.stream().mapToLong(TallyInput::respondents).sum();
            blendView.put("respondents", respondents);
            Rational survey = null;
            boolean surveyMeasured = false;
            boolean enough = respondents >= (blend.minimumRespondents() == null ? 1 : blend.minimumRespondents());
            if (enough) {
                survey = surveyScore(def, surveyTallies);
                surveyMeasured = survey != null;
            }
            Rational w = Rational.of(blend.weight());
            if (survey == null && !"EVALUATOR_ONLY".equals(blend.belowMinimum())) {
                // a local practice: a unit below the minimum respondents gets an effective survey score of 0
                survey = Rational.ZERO;
            }
            if (survey != null) {
                blendView.put("surveyScore", survey.toDecimal(4));
                exact = Rational.ONE.subtract(w).multiply(exact).add(w.multiply(survey));
                if (surveyMeasured && w.signum() > 0) {
                    // the evaluator's score has no sampling error: the blend's interval is the survey's, × weight
                    blendFactor = w.multiply(Rational.of(def.scaleMax())).divide(Rational.of(scaleMax(surveyTallies)));
                }
                surveyTallies.forEach(t -> sources.add(t.eventId()));
                for (TallyInput t : surveyTallies) {
                    basis = basis.and(t.basis());
                }
            } else {
                blendView.put("surveyScore", null);
            }
            if (!Boolean.TRUE.equals(blend.confirmed())) {
                basis = basis.and(Basis.of(List.of(F03_DEFAULTS)));
            }
            inputs.put("blend", blendView);
        }
        inputs.put("sourceEventIds", sources);
        // the blend changes the value, not the scale: the producer's scale grades it
        GradeScale scale = def.scale(chosen.scale(), null);
        inputs.put("bandTable", scale.regulation());
        Grading.Grade grade = scale.grading().grade(exact);
        Precision precision = null;
        if (blendFactor != null) {
            Rational factor = blendFactor;
            Rational centre = exact;
            Long population = surveyTallies.stream().allMatch(t -> t.population() != null && t.population() > 0)
                    ? surveyTallies.stream().mapToLong(TallyInput::population).sum()
                    : null;
            precision = moments(surveyTallies)
                    .map(m -> Precision.of(
                            centre.divide(factor),
                            m,
                            population,
                            new ConfidenceInterval.Scale(factor, scale.decimals(), BigDecimal.ZERO, def.scaleMax()),
                            scale,
                            null))
                    .orElse(null);
        }
        return Optional.of(new Computation(
                UnitResult.OK,
                null,
                grade.value(),
                exact.toDecimal(12),
                grade.band(),
                null,
                null,
                inputs,
                List.of(),
                scale,
                basis,
                Sample.UNKNOWN,
                precision));
    }

    /**
     * The survey's IKM on its 1–4 scale (scoring's {@link Ikm}: Σ sums ÷ Σ counts per item, weighted) rescaled from
     * the items' maximum to the index's maximum; null when some item has no answer or the weights do not sum to 1.
     */
    private static Rational surveyScore(Definition def, List<TallyInput> tallies) {
        Map<String, Ikm.ItemStat> sums = new LinkedHashMap<>();
        int scaleMax = 0;
        for (TallyInput t : tallies.stream()
                .sorted(Comparator.comparing(TallyInput::campaignId))
                .toList()) {
            for (ItemTally item : t.items()) {
                scaleMax = Math.max(scaleMax, item.scaleMax());
                Ikm.ItemStat prior = sums.get(item.code());
                sums.put(
                        item.code(),
                        prior == null
                                ? new Ikm.ItemStat(item.code(), Rational.parse(item.weight()), item.sum(), item.count())
                                : new Ikm.ItemStat(
                                        item.code(),
                                        prior.weight(),
                                        prior.sum() + item.sum(),
                                        prior.count() + item.count()));
            }
        }
        if (sums.isEmpty() || scaleMax <= 0) {
            return null;
        }
        try {
            return Ikm.compute(List.copyOf(sums.values()))
                    .ikm()
                    .multiply(Rational.of(def.scaleMax()))
                    .divide(Rational.of(scaleMax));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The campaigns' score moments summed; empty when some tally predates them. */
    private static Optional<ScoreMoments> moments(List<TallyInput> tallies) {
        if (tallies.isEmpty() || tallies.stream().anyMatch(t -> t.scores() == null)) {
            return Optional.empty();
        }
        return Optional.of(tallies.stream()
                .map(t -> ScoreMoments.parse(
                        t.scores().count(), t.scores().sum(), t.scores().sumOfSquares()))
                .reduce(ScoreMoments.EMPTY, ScoreMoments::plus));
    }

    private static int scaleMin(List<TallyInput> tallies) {
        return tallies.stream()
                .flatMap(t -> t.items().stream())
                .mapToInt(ItemTally::scaleMin)
                .min()
                .orElse(1);
    }

    private static int scaleMax(List<TallyInput> tallies) {
        return tallies.stream()
                .flatMap(t -> t.items().stream())
                .mapToInt(ItemTally::scaleMax)
                .max()
                .orElse(4);
    }

    private static Map<String, Object> itemView(ItemSum item, Ikm.ItemResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", item.code());
        view.put("weight", item.weight().toString());
        view.put("sum", item.sum());
        view.put("count", item.count());
        view.put("nrr", result == null ? null : result.nrr().toDecimal(4));
        view.put("weightedNrr", result == null ? null : result.weightedNrr().toDecimal(4));
        return view;
    }
}
