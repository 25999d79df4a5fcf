package id.rapor.assessment.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.assessment.AssessmentDtos.AnswerView;
import id.rapor.assessment.assessment.AssessmentDtos.AssessmentView;
import id.rapor.assessment.assessment.AssessmentDtos.ScoreView;
import id.rapor.assessment.assessment.AssessmentDtos.TierView;
import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.audit.AuditTrail.AuditView;
import id.rapor.assessment.cycle.CycleRepository;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.instrument.InstrumentDtos.AspectDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentView;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.Scoring;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.assessment.unit.UnitRepository;
import id.rapor.documents.Formats;
import id.rapor.documents.PdfReport;
import id.rapor.documents.PdfReport.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The PEKPPP result sheet of one assessment (PDF): the unit and cycle, each aspect's weight and score per tier, each
 * indicator's answer and scores per tier, the final index (IPP) with its category, and who verified it when (from
 * the audit trail). Every number is the assessment's own (its instrument's scoring and grading); readable by whoever
 * may read the assessment.
 */
@ApplicationScoped
public class ResultSheetService {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final ObjectMapper DETAIL = new ObjectMapper();

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentService instruments;

    @Inject
    UnitRepository units;

    @Inject
    CycleRepository cycles;

    /** The sheet as PDF bytes; the read scope is the assessment's. */
    public byte[] resultSheet(UUID id) {
        AssessmentView a = assessments.get(id);
        List<AuditView> trail = assessments.trail(id);
        InstrumentView instrument = instruments.get(a.instrumentCode(), a.instrumentVersion());
        ServiceUnit unit = units.findById(a.unitId());
        EvaluationCycle cycle = cycles.findById(a.cycleId());
        Optional<AuditView> verified =
                trail.stream().filter(e -> "VERIFIED".equals(e.action())).max(Comparator.comparing(AuditView::id));

        try (PdfReport pdf = new PdfReport(
                "Lembar hasil PEKPPP " + unit.name + " " + a.year(),
                "Lembar hasil PEKPPP " + unit.name + " - " + cycle.name)) {
            pdf.space(10)
                    .title("LEMBAR HASIL PEMANTAUAN DAN EVALUASI KINERJA", "PENYELENGGARAAN PELAYANAN PUBLIK (PEKPPP)")
                    .centredLine(unit.name + " - tahun " + a.year(), 11)
                    .space(8);
            Scoring.Result result = a.result();
            pdf.keyValues(List.of(
                    new String[] {"Unit penyelenggara layanan", unit.name},
                    new String[] {"Kode wilayah (Kemendagri)", a.regionCode()},
                    new String[] {"Siklus evaluasi", cycle.name + " (" + a.year() + ")"},
                    new String[] {
                        "Instrumen",
                        instrument.name() + " (" + a.instrumentCode() + " versi " + a.instrumentVersion() + ")"
                    },
                    new String[] {"Dasar hukum", instrument.legalBasis() == null ? "-" : instrument.legalBasis()},
                    new String[] {"Status", status(a.status().name())},
                    new String[] {"Tingkat penilaian akhir", a.finalTier().name()},
                    new String[] {
                        "Indeks Pelayanan Publik (IPP)",
                        result == null
                                ? "belum ditetapkan (menunggu verifikasi)"
                                : Formats.decimal(result.value()) + " dari " + Formats.decimal(result.scaleMax())
                    },
                    new String[] {
                        "Kategori",
                        result == null || result.bandCode() == null
                                ? "-"
                                : result.bandCode() + " (" + result.bandLabel() + ")"
                                        + (result.zone() == null ? "" : ", zona " + result.zone())
                    },
                    new String[] {
                        "Evaluator (verifikasi)",
                        verified.map(v -> evaluator(v).name()
                                        + (evaluator(v).nip() == null
                                                ? ""
                                                : " (NIP " + evaluator(v).nip() + ")"))
                                .orElse("-")
                    },
                    new String[] {
                        "Tanggal verifikasi",
                        verified.map(v -> Formats.date(LocalDate.ofInstant(v.at(), JAKARTA)))
                                .orElse("belum diverifikasi")
                    }));
            if (result != null && result.basis() != null && !result.basis().confirmed()) {
                pdf.note("Catatan: sebagian dasar penilaian belum dikonfirmasi terhadap sumber resmi: "
                        + String.join("; ", result.basis().reasons()) + ".");
            }

            List<TierView> tiers = a.tiers();
            pdf.heading("1. Nilai per aspek");
            List<Column> aspectColumns = new ArrayList<>();
            aspectColumns.add(Column.center("Kode", 0.8f));
            aspectColumns.add(Column.left("Aspek", 4));
            aspectColumns.add(Column.right("Bobot (%)", 1.3f));
            for (TierView t : tiers) {
                aspectColumns.add(Column.right(t.tier().name(), 1.5f));
            }
            List<List<String>> aspectRows = new ArrayList<>();
            for (AspectDef aspect : instrument.aspects()) {
                List<String> row = new ArrayList<>();
                row.add(aspect.code());
                row.add(aspect.name());
                row.add(Formats.decimal(aspect.weight()));
                for (TierView t : tiers) {
                    row.add(
                            t.result() == null
                                    ? "-"
                                    : t.result().aspects().stream()
                                            .filter(r -> r.code().equals(aspect.code()))
                                            .findFirst()
                                            .map(r -> Formats.decimal(r.score()))
                                            .orElse("-"));
                }
                aspectRows.add(row);
            }
            List<String> totalRow = new ArrayList<>(List.of("", "Indeks (jumlah tertimbang)", "100"));
            for (TierView t : tiers) {
                totalRow.add(
                        t.result() == null ? "-" : Formats.decimal(t.result().value()));
            }
            aspectRows.add(totalRow);
            pdf.table(aspectColumns, aspectRows, aspectRows.size() - 1);

            pdf.heading("2. Nilai per indikator");
            Map<String, BigDecimal> answers = a.answers().stream()
                    .filter(x -> x.value() != null)
                    .collect(Collectors.toMap(AnswerView::indicatorCode, AnswerView::value, (x, y) -> y));
            List<Column> columns = new ArrayList<>();
            columns.add(Column.left("Kode", 1.2f));
            columns.add(Column.left("Indikator", 5));
            columns.add(Column.right("Bobot (%)", 1.1f));
            columns.add(Column.right("Jawaban unit", 1.3f));
            for (TierView t : tiers) {
                columns.add(Column.right(t.tier().name(), 1.4f));
            }
            List<List<String>> rows = new ArrayList<>();
            for (AspectDef aspect : instrument.aspects()) {
                for (IndicatorDef indicator : aspect.indicators()) {
                    List<String> row = new ArrayList<>();
                    row.add(indicator.code());
                    row.add(indicator.text());
                    row.add(Formats.decimal(indicator.weight()));
                    row.add(Formats.decimal(answers.get(indicator.code())));
                    for (TierView t : tiers) {
                        row.add(t.scores().stream()
                                .filter(s -> s.indicatorCode().equals(indicator.code()))
                                .map(ScoreView::value)
                                .findFirst()
                                .map(Formats::decimal)
                                .orElse("-"));
                    }
                    rows.add(row);
                }
            }
            pdf.table(columns, rows);
            pdf.note("Nilai indikator pada skala 0-" + Formats.decimal(instrument.scaleMax()) + "; nilai aspek dan "
                    + "indeks dihitung dengan bobot instrumen dan dibulatkan " + instrument.decimals()
                    + " desimal sebelum dikategorikan.");
            pdf.signatory(
                    Formats.date(LocalDate.now(JAKARTA)),
                    "Evaluator",
                    verified.map(v -> evaluator(v).name()).orElse(null),
                    verified.map(v -> evaluator(v).nip()).orElse(null));
            return pdf.toBytes();
        }
    }

    private static String status(String code) {
        return switch (code) {
            case "DRAFT" -> "Draf (penilaian mandiri)";
            case "SUBMITTED" -> "Diajukan, dalam evaluasi";
            case "RETURNED" -> "Dikembalikan untuk perbaikan";
            case "VERIFIED" -> "Terverifikasi";
            default -> code;
        };
    }

    /** Who verified: name and NIP as stored at verification, else the token subject (verified before they were kept). */
    public record Evaluator(String name, String nip) {}

    /** Who verified, from a VERIFIED audit entry. */
    public static Evaluator evaluator(AuditView verified) {
        try {
            JsonNode detail = DETAIL.readTree(verified.detail() == null ? "{}" : verified.detail());
            JsonNode name = detail.get("evaluatorName");
            JsonNode nip = detail.get("evaluatorNip");
            return new Evaluator(
                    name == null || name.isNull() ? verified.actor() : name.asText(),
                    nip == null || nip.isNull() ? null : nip.asText());
        } catch (java.io.IOException e) {
            return new Evaluator(verified.actor(), null);
        }
    }
}
