package id.rapor.assessment.beritaacara;

import id.rapor.assessment.assessment.AssessmentDtos.AssessmentView;
import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.assessment.AssessmentStatus;
import id.rapor.assessment.audit.AuditTrail;
import id.rapor.assessment.audit.AuditTrail.AuditView;
import id.rapor.assessment.beritaacara.BeritaAcaraDtos.SignatoriesRequest;
import id.rapor.assessment.beritaacara.BeritaAcaraDtos.SignatoryItem;
import id.rapor.assessment.beritaacara.BeritaAcaraDtos.SignatoryView;
import id.rapor.assessment.cycle.CycleRepository;
import id.rapor.assessment.cycle.CycleService;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.cycle.Phase;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.InstrumentVersion;
import id.rapor.assessment.report.ResultSheetService;
import id.rapor.assessment.report.ResultSheetService.Evaluator;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.assessment.unit.UnitRepository;
import id.rapor.documents.Formats;
import id.rapor.documents.PdfReport;
import id.rapor.documents.PdfReport.Column;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The berita acara of an evaluation cycle: issued when the cycle is finalised (moved to FINAL, or on the first
 * download once its dates made it final), numbered per year ({@code BA-001/PEKPPP/2026}), with the lokus and their
 * results, the evaluators who verified them and the signatories registered for the cycle's region. Stored as issued
 * with its SHA-256 and never rewritten.
 */
@ApplicationScoped
public class BeritaAcaraService {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** An issued berita acara. */
    public record Issued(String number, byte[] pdf, String sha256) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CycleService cycles;

    @Inject
    CycleRepository cycleRepository;

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentService instruments;

    @Inject
    UnitRepository units;

    @Inject
    AuditTrail audit;

    /** The signatories registered for a region, in signing order; for its evaluators and admins. */
    public List<SignatoryView> signatories(String regionCode) {
        requireRegion(regionCode);
        caller.requireManage(regionCode);
        return registered(regionCode).stream().map(BeritaAcaraService::view).toList();
    }

    /** Replaces a region's signatories with {@code request}'s, in its order; for its evaluators and admins. */
    @Transactional
    public List<SignatoryView> replaceSignatories(String regionCode, SignatoriesRequest request) {
        requireRegion(regionCode);
        caller.requireManage(regionCode);
        BeritaAcaraSignatory.delete("regionCode", regionCode);
        em.flush();
        Instant now = Instant.now();
        int position = 1;
        for (SignatoryItem item : request.signatories()) {
            BeritaAcaraSignatory s = new BeritaAcaraSignatory();
            s.id = UUID.randomUUID();
            s.regionCode = regionCode;
            s.position = position++;
            s.name = item.name().trim();
            s.nip = item.nip() == null || item.nip().isBlank()
                    ? null
                    : item.nip().replace(" ", "");
            s.jabatan = item.jabatan().trim();
            s.updatedAt = now;
            s.updatedBy = caller.name();
            s.persist();
        }
        return signatories(regionCode);
    }

    /** Issues the berita acara of a cycle that has just become final, unless it has one; joins the caller's write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issueIfFinal(EvaluationCycle cycle) {
        if (cycles.phase(cycle) == Phase.FINAL && stored(cycle.id) == null) {
            issue(cycle);
        }
    }

    /**
     * The berita acara of a cycle the caller may read: as issued, or issued now when the cycle is final and has
     * none yet; 422 naming {@code phase} while the cycle is not final.
     */
    @Transactional
    public Issued get(UUID cycleId) {
        cycles.get(cycleId);
        EvaluationCycle cycle = cycleRepository.findById(cycleId);
        Issued issued = stored(cycleId);
        if (issued != null) {
            return issued;
        }
        if (cycles.phase(cycle) != Phase.FINAL) {
            throw ProblemException.businessRule(
                    "phase", "The berita acara is issued when the cycle is final; it is " + cycles.phase(cycle));
        }
        return issue(cycle);
    }

    private Issued stored(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, pdf, sha256 from berita_acara where cycle_id = ?1")
                .setParameter(1, cycleId)
                .getResultList();
        return rows.isEmpty()
                ? null
                : new Issued((String) rows.get(0)[0], (byte[]) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    private Issued issue(EvaluationCycle cycle) {
        // one number at a time per year; the cycle row is locked so a cycle is issued once
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('berita-acara'), ?1)) l")
                .setParameter(1, cycle.year)
                .getSingleResult();
        Issued existing = stored(cycle.id);
        if (existing != null) {
            return existing;
        }
        int seq = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1 from berita_acara where year = ?1")
                        .setParameter(1, cycle.year)
                        .getSingleResult())
                .intValue();
        InstrumentVersion instrument = instruments.byId(cycle.instrumentVersionId);
        String number = String.format("BA-%03d/%s/%d", seq, instrument.code, cycle.year);
        Instant now = Instant.now();
        byte[] pdf = render(cycle, instrument, number, LocalDate.ofInstant(now, JAKARTA));
        String sha256 = sha256(pdf);
        em.createNativeQuery("insert into berita_acara (cycle_id, year, seq, number, pdf, sha256, issued_at, "
                        + "issued_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, cycle.id)
                .setParameter(2, cycle.year)
                .setParameter(3, seq)
                .setParameter(4, number)
                .setParameter(5, pdf)
                .setParameter(6, sha256)
                .setParameter(7, now)
                .setParameter(8, caller.name())
                .executeUpdate();
        return new Issued(number, pdf, sha256);
    }

    private byte[] render(EvaluationCycle cycle, InstrumentVersion instrument, String number, LocalDate date) {
        List<AssessmentView> lokus = assessments.ofCycle(cycle.id);
        String scope = cycle.scopeRegion == null ? "nasional" : cycle.scopeRegion;
        try (PdfReport pdf = new PdfReport("Berita acara " + number, "Berita acara " + number + " - " + cycle.name)) {
            pdf.space(10)
                    .title(
                            "BERITA ACARA",
                            "PEKPPP".equals(instrument.code)
                                    ? "HASIL PEMANTAUAN DAN EVALUASI KINERJA PENYELENGGARAAN PELAYANAN PUBLIK"
                                    : "HASIL EVALUASI " + instrument.name.toUpperCase(java.util.Locale.ROOT))
                    .centredLine("Nomor: " + number, 11)
                    .space(8);
            pdf.paragraph("Pada tanggal " + Formats.date(date) + " siklus evaluasi " + cycle.name + " tahun "
                    + cycle.year + " (instrumen " + instrument.code + " versi " + instrument.version
                    + ", wilayah " + scope + ") dinyatakan final. Hasil evaluasi terhadap " + lokus.size()
                    + " lokus adalah sebagai berikut.");
            pdf.heading("1. Lokus dan hasil evaluasi");
            List<List<String>> rows = new ArrayList<>();
            int no = 1;
            Map<String, Evaluator> evaluators = new LinkedHashMap<>();
            for (AssessmentView a : lokus) {
                ServiceUnit unit = units.findById(a.unitId());
                rows.add(List.of(
                        String.valueOf(no++),
                        unit == null ? a.unitId().toString() : unit.name,
                        a.regionCode(),
                        a.status() == AssessmentStatus.VERIFIED ? "Terverifikasi" : "Belum terverifikasi",
                        a.result() == null ? "-" : Formats.decimal(a.result().value()),
                        a.result() == null || a.result().bandCode() == null
                                ? "-"
                                : a.result().bandCode() + " (" + a.result().bandLabel() + ")"));
                for (AuditView entry : audit.of(a.id())) {
                    if ("VERIFIED".equals(entry.action())) {
                        Evaluator e = ResultSheetService.evaluator(entry);
                        evaluators.putIfAbsent(e.name() + "/" + e.nip(), e);
                    }
                }
            }
            pdf.table(
                    List.of(
                            Column.center("No", 0.6f),
                            Column.left("Unit penyelenggara layanan (lokus)", 5),
                            Column.left("Kode wilayah", 1.4f),
                            Column.left("Status", 1.8f),
                            Column.right("Indeks", 1.2f),
                            Column.left("Kategori", 2.2f)),
                    rows);
            pdf.heading("2. Evaluator");
            pdf.table(
                    List.of(Column.center("No", 0.6f), Column.left("Nama", 5), Column.left("NIP", 3)),
                    evaluators.isEmpty()
                            ? List.of(List.of("-", "Belum ada verifikasi", "-"))
                            : numbered(evaluators.values()));
            pdf.heading("3. Penandatangan");
            List<BeritaAcaraSignatory> signatories =
                    cycle.scopeRegion == null ? List.of() : registered(cycle.scopeRegion);
            if (signatories.isEmpty()) {
                pdf.note("Penandatangan wilayah " + scope + " belum terdaftar; isi dan tanda tangani secara manual.");
                pdf.signatory(Formats.date(date), null, null, null);
            }
            for (BeritaAcaraSignatory s : signatories) {
                pdf.signatory(Formats.date(date), s.jabatan, s.name, s.nip == null ? null : Formats.nip(s.nip));
            }
            return pdf.toBytes();
        }
    }

    private static List<List<String>> numbered(java.util.Collection<Evaluator> evaluators) {
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (Evaluator e : evaluators) {
            rows.add(List.of(String.valueOf(no++), e.name(), e.nip() == null ? "-" : Formats.nip(e.nip())));
        }
        return rows;
    }

    private static List<BeritaAcaraSignatory> registered(String regionCode) {
        return BeritaAcaraSignatory.list("regionCode", Sort.by("position"), regionCode);
    }

    private static SignatoryView view(BeritaAcaraSignatory s) {
        return new SignatoryView(s.id, s.regionCode, s.position, s.name, s.nip, s.jabatan, s.updatedBy, s.updatedAt);
    }

    private static void requireRegion(String regionCode) {
        if (!RegionCodes.isValid(regionCode)) {
            throw ProblemException.badRequest("regionCode", "must be a Kemendagri region code such as 73 or 73.06");
        }
    }

    /** Lower-case hex SHA-256 of the bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
