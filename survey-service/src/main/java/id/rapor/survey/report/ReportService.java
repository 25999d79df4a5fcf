package id.rapor.survey.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Period;
import id.rapor.platform.error.ProblemException;
import id.rapor.scoring.Rational;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.followup.FollowUpService;
import id.rapor.survey.followup.PlanStatus;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.result.ResultConfig;
import id.rapor.survey.result.ResultDtos.Group;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultService;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.tally.TallyService;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Gathers what the survey documents print and renders them: the Laporan SKM (PDF) from the unit's result exactly as
 * the results API gives it to the caller, and the Pengolahan workbook (XLSX) from the counted responses themselves.
 * The Laporan is for the unit's managers (its operator, evaluators of its region, admins); the workbook shows every
 * respondent's answers, so only those who may read raw responses (evaluators of the region, admins) get it.
 */
@ApplicationScoped
public class ReportService {

    /** Earlier periods shown in the trend besides the reported one. */
    static final int TREND_PERIODS = 5;

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    FollowUpService followUp;

    @Inject
    ResultService results;

    @Inject
    ResultConfig resultConfig;

    @Inject
    CampaignService campaignService;

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    TallyService tallies;

    @Inject
    UnitReplicaService units;

    @Inject
    SignatoryService signatories;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The Laporan SKM of a unit for a period, as PDF bytes. */
    public byte[] laporanSkm(UUID unitId, String periodText) {
        UnitReplica unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        campaignService.requireManage(unitId);
        Period period = parse(periodText);
        ResultView result = results.forDocument(unitId, period.text());
        List<Campaign> found = campaigns.findByUnitWithin(unitId, period);
        Questionnaire q = questionnaires.findById(found.get(0).questionnaireId);
        boolean reviewer = campaignService.canReview(unitId);

        List<LaporanSkmData.Unsur> unsur = q.items.stream()
                .map(i -> new LaporanSkmData.Unsur(i.code, i.name, i.question))
                .toList();
        List<LaporanSkmData.BandLine> bands = q.bands.stream()
                .sorted(Comparator.comparing((Questionnaire.BandRow b) -> b.lowerBound)
                        .reversed())
                .map(b -> new LaporanSkmData.BandLine(b.lowerBound, b.code, b.label))
                .toList();
        LocalDate start = found.stream()
                .map(c -> c.periodStart)
                .min(Comparator.naturalOrder())
                .orElse(period.start());
        LocalDate end = found.stream()
                .map(c -> c.periodEnd)
                .max(Comparator.naturalOrder())
                .orElse(period.end());
        LaporanSkmData data = new LaporanSkmData(
                unit.name,
                unit.unitType,
                unit.regionCode,
                period.text(),
                start,
                end,
                q.name,
                result,
                unsur,
                bands,
                channels(found),
                services(q, result, found, reviewer),
                reviewer,
                trend(unitId, period, result, found),
                signatories.effective(unit).orElse(null),
                LocalDate.now(JAKARTA),
                resultConfig.minimumGroupSize(),
                followUp.plansOf(unitId, period.text()).stream()
                        .map(p -> new LaporanSkmData.PlanLine(
                                p.itemCode + " " + p.itemName,
                                p.action,
                                p.dueDate,
                                p.owner,
                                PlanStatus.valueOf(p.status).text()))
                        .toList());
        byte[] pdf = LaporanSkm.render(data);
        Log.infof("Laporan SKM of unit %s for %s: %d bytes", unitId, period.text(), pdf.length);
        return pdf;
    }

    /**
     * The Pengolahan workbook of a unit for a period: every counted response of its campaigns in the period (never
     * voided, held or excluded ones), streamed into the sheet. The caller writes it out and closes it.
     */
    @Transactional
    PengolahanWorkbook pengolahan(UUID unitId, String periodText) {
        UnitReplica unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        campaignService.requireReview(unitId);
        Period period = parse(periodText);
        List<Campaign> found = campaigns.findByUnitWithin(unitId, period);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Campaigns of unit " + unitId + " in period", period.text());
        }
        UUID questionnaireId = found.get(0).questionnaireId;
        if (found.stream().anyMatch(c -> !c.questionnaireId.equals(questionnaireId))) {
            throw ProblemException.businessRule(
                    "period",
                    "the unit's campaigns of " + period.text()
                            + " use different questionnaire versions; a workbook needs one");
        }
        Questionnaire q = questionnaires.findById(questionnaireId);
        PengolahanWorkbook workbook = new PengolahanWorkbook(q, unit.name, period.text());
        try (Stream<?> rows = em.createNativeQuery("select client_id, channel, submitted_at, answers::text "
                        + "from survey_response where campaign_id in (:ids) and not voided "
                        + "and review_state in ('COUNTED', 'ACCEPTED') order by submitted_at, id")
                .setParameter("ids", found.stream().map(c -> c.id).toList())
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream()) {
            rows.forEach(row -> {
                Object[] cells = (Object[]) row;
                workbook.add(new PengolahanWorkbook.Respondent(
                        (String) cells[0], (String) cells[1], timestamp(cells[2]), answers((String) cells[3])));
            });
            workbook.finish();
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
        Log.infof(
                "Pengolahan workbook of unit %s for %s: %d respondents", unitId, period.text(), workbook.respondents());
        return workbook;
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + value.getClass().getSimpleName());
    }

    private Map<String, Integer> answers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() {});
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored answers are not a JSON object of integers", e);
        }
    }

    private static Period parse(String text) {
        try {
            return Period.require(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("period", e.getMessage());
        }
    }

    /** Counted responses per channel (aggregates only). */
    private Map<String, Long> channels(List<Campaign> found) {
        Map<String, Long> counts = new TreeMap<>();
        if (found.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select channel, count(*) from survey_response "
                        + "where campaign_id in (:ids) and not voided and review_state in ('COUNTED', 'ACCEPTED') "
                        + "group by channel")
                .setParameter("ids", found.stream().map(c -> c.id).toList())
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The jenis layanan lines: exactly the groups the result shows under its privacy floor. A reviewer's document
     * adds NRR per unsur from the live group tallies (the merged group sums every group not shown by itself);
     * others see respondents and IKM from their result only, so no second read can reveal one response.
     */
    private List<LaporanSkmData.ServiceLine> services(
            Questionnaire q, ResultView result, List<Campaign> found, boolean perUnsur) {
        List<Group> groups =
                result.breakdowns() == null ? List.of() : result.breakdowns().getOrDefault("serviceUsed", List.of());
        Map<TallyDelta.GroupKey, Map<String, long[]>> sums =
                perUnsur ? tallies.groupItemTotals(found.stream().map(c -> c.id).toList()) : Map.of();
        List<String> shown = groups.stream().map(Group::value).toList();
        List<LaporanSkmData.ServiceLine> lines = new ArrayList<>();
        for (Group g : groups) {
            Map<String, long[]> groupSums = new LinkedHashMap<>();
            sums.forEach((key, items) -> {
                boolean member = key.dimension().equals("serviceUsed")
                        && (Group.MERGED.equals(g.value())
                                ? !shown.contains(key.value())
                                : key.value().equals(g.value()));
                if (member) {
                    items.forEach((code, sc) -> {
                        long[] acc = groupSums.computeIfAbsent(code, c -> new long[2]);
                        acc[0] += sc[0];
                        acc[1] += sc[1];
                    });
                }
            });
            Map<String, BigDecimal> nrr = new LinkedHashMap<>();
            for (Questionnaire.Item item : q.items) {
                long[] sc = groupSums.get(item.code);
                if (sc != null && sc[1] > 0) {
                    // NRR = jumlah nilai ÷ jumlah jawaban, shown with the result's 2 decimals
                    nrr.put(item.code, Rational.of(sc[0], sc[1]).toDecimal(2));
                }
            }
            lines.add(new LaporanSkmData.ServiceLine(g.value(), g.respondents(), nrr, g.ikmKonversi()));
        }
        return lines;
    }

    /**
     * The reported period and up to {@link #TREND_PERIODS} earlier ones of the same kind (a year report compares
     * years, pooling their campaigns), each as the results API gives it to the caller.
     */
    private List<LaporanSkmData.TrendPoint> trend(
            UUID unitId, Period period, ResultView current, List<Campaign> inPeriod) {
        Map<LocalDate, Period> earlier = new TreeMap<>();
        for (Campaign c : campaigns.findByUnit(unitId, null)) {
            Optional<Period> own = Period.parse(c.period);
            if (own.isEmpty()) {
                continue;
            }
            Period candidate =
                    period.kind() == Period.Kind.YEAR ? Period.year(own.get().year()) : own.get();
            if (candidate.end().isBefore(period.start())) {
                earlier.put(candidate.start(), candidate);
            }
        }
        List<Period> chosen = new ArrayList<>(earlier.values());
        if (chosen.size() > TREND_PERIODS) {
            chosen = chosen.subList(chosen.size() - TREND_PERIODS, chosen.size());
        }
        List<LaporanSkmData.TrendPoint> points = new ArrayList<>();
        for (Period p : chosen) {
            try {
                ResultView r = results.forDocument(unitId, p.text());
                points.add(new LaporanSkmData.TrendPoint(p.text(), r.ikmKonversi(), r.mutu(), r.respondents()));
            } catch (ProblemException e) {
                // a period whose campaigns mix questionnaire versions has no single IKM; the trend skips it
                Log.debugf("trend of unit %s skips %s: %s", unitId, p.text(), e.getMessage());
            }
        }
        points.add(new LaporanSkmData.TrendPoint(
                period.text(), current.ikmKonversi(), current.mutu(), current.respondents()));
        return points;
    }
}
