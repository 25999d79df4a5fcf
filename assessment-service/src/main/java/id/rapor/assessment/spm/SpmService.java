package id.rapor.assessment.spm;

import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.audit.RegisterAudit.Register;
import id.rapor.assessment.region.Region;
import id.rapor.assessment.spm.SpmCatalogue.Indicator;
import id.rapor.assessment.spm.SpmCatalogue.Service;
import id.rapor.assessment.spm.SpmDtos.EntriesRequest;
import id.rapor.assessment.spm.SpmDtos.Entry;
import id.rapor.assessment.spm.SpmDtos.GroupSummary;
import id.rapor.assessment.spm.SpmDtos.IndicatorView;
import id.rapor.assessment.spm.SpmDtos.ReviewRequest;
import id.rapor.assessment.spm.SpmDtos.ReviewView;
import id.rapor.assessment.spm.SpmDtos.Row;
import id.rapor.assessment.spm.SpmDtos.ServiceView;
import id.rapor.assessment.spm.SpmDtos.Sheet;
import id.rapor.assessment.spm.SpmDtos.Summary;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.assessment.unit.SubjectKind;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.scoring.Rational;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Standar Pelayanan Minimal per Pemda (PP 2/2018, Permendagri 59/2021): the seeded catalogue of basic services and
 * indicators per level; a Pemda's operator (or an admin) enters per year and indicator the sasaran and the number
 * served; evaluators of the region (and admins, viewers) read the sheet and its summary, and evaluators of the region (or admins) review
 * it (terverifikasi or dikembalikan). Audited per Pemda.
 */
@ApplicationScoped
public class SpmService {

    static final String PROVINSI = "PROVINSI";
    static final String KABKOTA = "KABKOTA";
    static final String NOTE = "The mean of the indicators' capaian, not the official SPM index: how penerima and "
            + "mutu indicators are weighted into the index was not found (INSTRUMENTS-ADDENDUM §4.4, unconfirmed)";

    private static final List<String> BIDANG =
            List.of("PENDIDIKAN", "KESEHATAN", "PEKERJAAN_UMUM", "PERUMAHAN_RAKYAT", "TRANTIBUMLINMAS", "SOSIAL");

    @Inject
    Caller caller;

    @Inject
    RegisterAudit audit;

    /** The catalogue, optionally of one level (provinsi or kabkota), by level, bidang and position. */
    public List<ServiceView> services(String level) {
        String wanted = level == null ? null : level.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !PROVINSI.equals(wanted) && !KABKOTA.equals(wanted)) {
            throw ProblemException.badRequest("level", "must be provinsi or kabkota");
        }
        Map<String, List<Indicator>> byService = Indicator.<Indicator>list("order by code").stream()
                .collect(Collectors.groupingBy(i -> i.serviceCode, LinkedHashMap::new, Collectors.toList()));
        return orderedServices(wanted).stream()
                .map(s -> new ServiceView(
                        s.code,
                        text(s.level),
                        text(s.bidang),
                        s.name,
                        s.regulation,
                        s.validFrom,
                        s.confirmed,
                        s.reason,
                        s.source,
                        byService.getOrDefault(s.code, List.of()).stream()
                                .map(SpmService::view)
                                .toList()))
                .toList();
    }

    /** Records the given entries of a Pemda's year; for the Pemda's operator and admins. */
    @Transactional
    public Sheet enter(UUID pemdaId, int year, EntriesRequest request) {
        ServiceUnit pemda = pemda(pemdaId);
        if (!caller.isAdmin() && !caller.ownsUnit(pemda.id)) {
            throw ProblemException.forbidden("Only the Pemda's operator or an admin enters its SPM achievement");
        }
        String level = level(pemda);
        Map<String, Indicator> indicators =
                indicatorsOf(level).stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < request.entries().size(); n++) {
            Entry e = request.entries().get(n);
            String code = e.indicatorCode().trim();
            if (!seen.add(code)) {
                throw ProblemException.badRequest("entries[" + n + "].indicatorCode", code + " is entered twice");
            }
            if (!indicators.containsKey(code)) {
                throw Indicator.findById(code) == null
                        ? ProblemException.badRequest("entries[" + n + "].indicatorCode", "no such SPM indicator")
                        : ProblemException.businessRule(
                                "entries[" + n + "].indicatorCode",
                                code + " is not an indicator of the " + text(level) + " level");
            }
        }
        Instant now = Instant.now();
        List<String> codes = new ArrayList<>();
        for (Entry e : request.entries()) {
            String code = e.indicatorCode().trim();
            SpmAchievement a = SpmAchievement.<SpmAchievement>find(
                            "pemdaId = ?1 and year = ?2 and indicatorCode = ?3", pemda.id, year, code)
                    .firstResult();
            if (a == null) {
                a = new SpmAchievement();
                a.id = UUID.randomUUID();
                a.pemdaId = pemda.id;
                a.regionCode = pemda.regionCode;
                a.year = year;
                a.indicatorCode = code;
            }
            a.sasaran = e.sasaran();
            a.dilayani = e.dilayani();
            a.evidenceUrl = e.evidenceUrl() == null || e.evidenceUrl().isBlank()
                    ? null
                    : e.evidenceUrl().trim();
            a.enteredBy = caller.name();
            a.enteredAt = now;
            a.persist();
            codes.add(code);
        }
        audit.record(Register.SPM, pemda.id, "SPM_ENTERED", Map.of("year", year, "indicators", codes));
        return sheet(pemda, level, year);
    }

    /** A Pemda's sheet of a year: every indicator of its level with its entry, if any. */
    public Sheet get(UUID pemdaId, int year) {
        ServiceUnit pemda = readable(pemdaId);
        return sheet(pemda, level(pemda), year);
    }

    /** A Pemda's summary of a year: per bidang and overall, mean capaian and indicators at 100 %. */
    public Summary summary(UUID pemdaId, int year) {
        ServiceUnit pemda = readable(pemdaId);
        String level = level(pemda);
        Map<String, Service> services = servicesByCode(level);
        Map<String, SpmAchievement> entries = entries(pemda.id, year);
        Map<String, List<Indicator>> byBidang = new LinkedHashMap<>();
        for (Indicator i : indicatorsOf(level)) {
            byBidang.computeIfAbsent(services.get(i.serviceCode).bidang, b -> new ArrayList<>())
                    .add(i);
        }
        List<GroupSummary> groups = new ArrayList<>();
        List<Indicator> all = new ArrayList<>();
        for (String bidang : BIDANG) {
            List<Indicator> of = byBidang.getOrDefault(bidang, List.of());
            all.addAll(of);
            groups.add(group(text(bidang), of, entries));
        }
        return new Summary(pemda.id, text(level), year, groups, group(null, all, entries), NOTE);
    }

    /**
     * Records an evaluator's review of a Pemda's entries of a year (evaluators of the Pemda's region and admins);
     * needs at least one entry.
     */
    @Transactional
    public Sheet review(UUID pemdaId, int year, ReviewRequest request) {
        ServiceUnit pemda = pemda(pemdaId);
        if (!caller.canManage(pemda.regionCode)) {
            throw ProblemException.forbidden("Only an evaluator of the Pemda's region or an admin reviews its SPM");
        }
        if (entries(pemda.id, year).isEmpty()) {
            throw ProblemException.businessRule("year", "the Pemda has no SPM entry for " + year + " to review");
        }
        SpmReview r = new SpmReview();
        r.id = UUID.randomUUID();
        r.pemdaId = pemda.id;
        r.year = year;
        r.verdict = request.verdict().toUpperCase(Locale.ROOT);
        r.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        r.reviewedBy = caller.name();
        r.reviewedAt = Instant.now();
        r.persist();
        audit.record(Register.SPM, pemda.id, "SPM_REVIEWED", Map.of("year", year, "verdict", text(r.verdict)));
        return sheet(pemda, level(pemda), year);
    }

    /** The trail of a Pemda's SPM entries. */
    public List<RegisterAudit.AuditView> trail(UUID pemdaId) {
        ServiceUnit pemda = readable(pemdaId);
        return audit.of(Register.SPM, pemda.id);
    }

    private static GroupSummary group(String bidang, List<Indicator> indicators, Map<String, SpmAchievement> entries) {
        int entered = 0;
        int withCapaian = 0;
        int atTarget = 0;
        Rational sum = Rational.ZERO;
        for (Indicator i : indicators) {
            SpmAchievement a = entries.get(i.code);
            if (a == null) {
                continue;
            }
            entered++;
            Optional<Rational> capaian = SpmCapaian.of(a.sasaran, a.dilayani);
            if (capaian.isEmpty()) {
                continue;
            }
            withCapaian++;
            sum = sum.add(capaian.get());
            atTarget += SpmCapaian.meetsTarget(capaian.get()) ? 1 : 0;
        }
        return new GroupSummary(
                bidang,
                indicators.size(),
                entered,
                withCapaian,
                withCapaian == 0 ? null : SpmCapaian.display(sum.divide(Rational.of(withCapaian))),
                atTarget);
    }

    private Sheet sheet(ServiceUnit pemda, String level, int year) {
        Map<String, Service> services = servicesByCode(level);
        Map<String, SpmAchievement> entries = entries(pemda.id, year);
        List<Row> rows = new ArrayList<>();
        for (Indicator i : indicatorsOf(level)) {
            Service s = services.get(i.serviceCode);
            SpmAchievement a = entries.get(i.code);
            Optional<Rational> capaian = a == null ? Optional.empty() : SpmCapaian.of(a.sasaran, a.dilayani);
            String reason = s.confirmed ? i.reason : s.reason;
            rows.add(new Row(
                    text(s.bidang),
                    s.code,
                    s.name,
                    i.code,
                    i.name,
                    s.confirmed && i.confirmed,
                    reason,
                    a == null ? null : a.sasaran,
                    a == null ? null : a.dilayani,
                    capaian.map(SpmCapaian::display).orElse(null),
                    capaian.map(c -> SpmCapaian.meetsTarget(c) ? "memenuhi" : "tidak_memenuhi")
                            .orElse(null),
                    a != null && a.dilayani > a.sasaran,
                    a == null ? null : a.evidenceUrl,
                    a == null ? null : a.enteredBy,
                    a == null ? null : a.enteredAt));
        }
        ReviewView review = SpmReview.<SpmReview>find(
                        "pemdaId = ?1 and year = ?2 order by reviewedAt desc, id", pemda.id, year)
                .firstResultOptional()
                .map(r -> new ReviewView(
                        text(r.verdict),
                        r.note,
                        r.reviewedBy,
                        r.reviewedAt,
                        entries.values().stream().anyMatch(a -> a.enteredAt.isAfter(r.reviewedAt))))
                .orElse(null);
        return new Sheet(pemda.id, pemda.name, pemda.regionCode, text(level), year, rows, review);
    }

    private static Map<String, SpmAchievement> entries(UUID pemdaId, int year) {
        return SpmAchievement.<SpmAchievement>list("pemdaId = ?1 and year = ?2", pemdaId, year).stream()
                .collect(Collectors.toMap(a -> a.indicatorCode, Function.identity()));
    }

    /** The indicators of a level, in catalogue order (bidang, service position, indicator code). */
    private static List<Indicator> indicatorsOf(String level) {
        Map<String, Integer> order = new HashMap<>();
        List<Service> services = orderedServices(level);
        for (int n = 0; n < services.size(); n++) {
            order.put(services.get(n).code, n);
        }
        return Indicator.<Indicator>list("order by code").stream()
                .filter(i -> order.containsKey(i.serviceCode))
                .sorted((a, b) -> order.get(a.serviceCode).equals(order.get(b.serviceCode))
                        ? a.code.compareTo(b.code)
                        : Integer.compare(order.get(a.serviceCode), order.get(b.serviceCode)))
                .toList();
    }

    private static Map<String, Service> servicesByCode(String level) {
        return orderedServices(level).stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Service> orderedServices(String level) {
        List<Service> all = level == null ? Service.listAll() : Service.list("level", level);
        return all.stream()
                .sorted((a, b) -> {
                    int byLevel = a.level.compareTo(b.level);
                    if (byLevel != 0) {
                        return byLevel;
                    }
                    int byBidang = Integer.compare(BIDANG.indexOf(a.bidang), BIDANG.indexOf(b.bidang));
                    return byBidang != 0 ? byBidang : Integer.compare(a.position, b.position);
                })
                .toList();
    }

    private static IndicatorView view(Indicator i) {
        return new IndicatorView(
                i.code, text(i.kind), i.name, i.served, i.sasaran, i.targetRule, i.confirmed, i.reason, i.source);
    }

    private ServiceUnit readable(UUID pemdaId) {
        ServiceUnit pemda = pemda(pemdaId);
        caller.requireRead(pemda.regionCode, pemda.id);
        return pemda;
    }

    /** The Pemda's level from its region: a province (depth 1) or a kab/kota (depth 2). */
    private static String level(ServiceUnit pemda) {
        Region region = Region.findById(pemda.regionCode);
        return region != null && region.level == 1 ? PROVINSI : KABKOTA;
    }

    private static ServiceUnit pemda(UUID id) {
        ServiceUnit unit = ServiceUnit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Pemda", id);
        }
        if (unit.subjectKind != SubjectKind.PEMDA) {
            throw ProblemException.businessRule(
                    "pemdaId", "SPM is applied by a Pemda (a province or kab/kota government), not by a service unit");
        }
        return unit;
    }

    private static String text(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
