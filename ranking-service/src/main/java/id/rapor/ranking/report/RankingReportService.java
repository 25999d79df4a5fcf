package id.rapor.ranking.report;

import id.rapor.documents.Formats;
import id.rapor.documents.PdfReport;
import id.rapor.documents.PdfReport.Column;
import id.rapor.platform.error.ProblemException;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingPage;
import id.rapor.ranking.publication.RankingReads;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ranking report of a region for an index and period, as PDF or XLSX: exactly the rows of the unit ranking
 * (competition ranks, values, categories and zones as the ranking API gives them), with the zone counts.
 */
@ApplicationScoped
public class RankingReportService {

    /** The most rows a report holds; a larger region is narrowed by unit type or a smaller region. */
    static final int MAX_ROWS = 20_000;

    private static final int PAGE = 1000;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    RankingReads rankings;

    /** Every row of the ranking (validation and 400s are the ranking API's). */
    List<UnitRankingRow> rows(String index, String period, String region, String unitType) {
        List<UnitRankingRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            RankingPage<UnitRankingRow> view =
                    rankings.units(index, period, region, unitType, null, null, null, null, false, page, PAGE);
            rows.addAll(view.items());
            if (view.total() > MAX_ROWS) {
                throw ProblemException.businessRule(
                        "region",
                        "the ranking has " + view.total() + " units, more than a report holds (" + MAX_ROWS
                                + "); narrow it by region or unitType");
            }
            if (rows.size() >= view.total() || view.items().isEmpty()) {
                return rows;
            }
        }
    }

    /** The report as PDF. */
    public byte[] pdf(String index, String period, String region, String unitType) {
        List<UnitRankingRow> rows = rows(index, period, region, unitType);
        String scope = (region == null || region.isBlank() ? "nasional" : "wilayah " + region)
                + (unitType == null || unitType.isBlank() ? "" : ", jenis unit " + unitType);
        try (PdfReport pdf = new PdfReport(
                "Laporan peringkat " + index + " " + period,
                "Laporan peringkat " + index + " " + period + " - " + scope)) {
            pdf.space(10)
                    .title("LAPORAN PERINGKAT UNIT PELAYANAN PUBLIK", "INDEKS " + index + " PERIODE " + period)
                    .centredLine(scope, 11)
                    .space(6);
            long hijau = rows.stream().filter(r -> "HIJAU".equals(r.zone())).count();
            long kuning = rows.stream().filter(r -> "KUNING".equals(r.zone())).count();
            long merah = rows.stream().filter(r -> "MERAH".equals(r.zone())).count();
            long ranked = rows.stream().filter(r -> r.rank() != null).count();
            pdf.keyValues(List.of(
                    new String[] {"Indeks", index},
                    new String[] {"Periode", period},
                    new String[] {"Unit dinilai", Formats.count(ranked) + " dari " + Formats.count(rows.size())},
                    new String[] {
                        "Zona",
                        "hijau " + Formats.count(hijau) + ", kuning " + Formats.count(kuning) + ", merah "
                                + Formats.count(merah)
                    },
                    new String[] {"Tanggal cetak", Formats.date(LocalDate.now(JAKARTA))}));
            List<List<String>> table = new ArrayList<>();
            List<List<String>> precision = new ArrayList<>();
            for (UnitRankingRow r : rows) {
                table.add(List.of(
                        r.rank() == null ? "-" : String.valueOf(r.rank()),
                        r.name() == null ? String.valueOf(r.unitId()) : r.name(),
                        r.unitType() == null ? "-" : r.unitType(),
                        r.regionCode() == null ? "-" : r.regionCode(),
                        Formats.decimal(r.value()),
                        r.bandCode() == null ? "-" : r.bandCode(),
                        r.zone() == null ? "-" : r.zone(),
                        r.respondents() == null ? "-" : Formats.count(r.respondents())));
                precision.add(List.of(
                        r.rank() == null ? "-" : String.valueOf(r.rank()),
                        r.name() == null ? String.valueOf(r.unitId()) : r.name(),
                        r.interval() == null
                                ? "-"
                                : Formats.decimal(r.interval().lower()) + " - "
                                        + Formats.decimal(r.interval().upper()),
                        r.rankRange() == null ? "-" : r.rankRange().label(),
                        Boolean.TRUE.equals(r.zoneUncertain()) ? "tidak pasti" : "pasti"));
            }
            pdf.table(
                    List.of(
                            Column.center("Peringkat", 1.1f),
                            Column.left("Unit pelayanan", 4),
                            Column.left("Jenis", 1.8f),
                            Column.left("Wilayah", 1.3f),
                            Column.right("Nilai", 1.2f),
                            Column.center("Kategori", 1.1f),
                            Column.center("Zona", 1.2f),
                            Column.right("Responden", 1.4f)),
                    table);
            pdf.note("Peringkat kompetisi (1, 2, 2, 4); unit tanpa data cukup tanpa peringkat di akhir. Nilai, "
                    + "kategori dan zona sebagaimana dinilai oleh layanan sumbernya.");
            pdf.subheading("Ketelitian nilai");
            pdf.table(
                    List.of(
                            Column.center("Peringkat", 1.1f),
                            Column.left("Unit pelayanan", 4),
                            Column.center("Selang kepercayaan 95%", 3),
                            Column.center("Rentang peringkat", 1.8f),
                            Column.center("Zona", 1.6f)),
                    precision);
            pdf.note("Selang kepercayaan 95%: nilai survei yang sebenarnya berada di antara kedua batas ini dengan "
                    + "tingkat kepercayaan 95% (tanpa selang: nilai tanpa data survei atau kurang dari dua responden). "
                    + "Rentang peringkat: peringkat yang mungkin diduduki unit mengingat selang semua unit. Zona tidak "
                    + "pasti: selangnya melewati batas zona.");
            return pdf.toBytes();
        }
    }

    /** The report as an XLSX workbook: one row per unit, values as numbers. */
    public byte[] xlsx(String index, String period, String region, String unitType) {
        List<UnitRankingRow> rows = rows(index, period, region, unitType);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Peringkat");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            String[] names = {
                "Peringkat",
                "Unit ID",
                "Unit pelayanan",
                "Jenis",
                "Wilayah",
                "Nilai",
                "Kategori",
                "Label kategori",
                "Zona",
                "Responden",
                "Sampel minimum",
                "Sampel memadai",
                "Status data",
                "Batas bawah 95%",
                "Batas atas 95%",
                "Peringkat terbaik",
                "Peringkat terburuk",
                "Zona tidak pasti"
            };
            Row head = sheet.createRow(0);
            for (int c = 0; c < names.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(names[c]);
                cell.setCellStyle(header);
            }
            int r = 1;
            for (UnitRankingRow row : rows) {
                Row x = sheet.createRow(r++);
                if (row.rank() != null) {
                    x.createCell(0).setCellValue(row.rank());
                }
                x.createCell(1).setCellValue(String.valueOf(row.unitId()));
                x.createCell(2).setCellValue(row.name());
                x.createCell(3).setCellValue(row.unitType());
                x.createCell(4).setCellValue(row.regionCode());
                if (row.value() != null) {
                    x.createCell(5).setCellValue(row.value().doubleValue());
                }
                x.createCell(6).setCellValue(row.bandCode());
                x.createCell(7).setCellValue(row.bandLabel());
                x.createCell(8).setCellValue(row.zone());
                if (row.respondents() != null) {
                    x.createCell(9).setCellValue(row.respondents());
                }
                if (row.minimumSample() != null) {
                    x.createCell(10).setCellValue(row.minimumSample());
                }
                if (row.sampleAdequate() != null) {
                    x.createCell(11).setCellValue(row.sampleAdequate());
                }
                x.createCell(12).setCellValue(row.state());
                if (row.interval() != null) {
                    x.createCell(13).setCellValue(row.interval().lower().doubleValue());
                    x.createCell(14).setCellValue(row.interval().upper().doubleValue());
                }
                if (row.rankRange() != null) {
                    x.createCell(15).setCellValue(row.rankRange().best());
                    x.createCell(16).setCellValue(row.rankRange().worst());
                }
                if (row.zoneUncertain() != null) {
                    x.createCell(17).setCellValue(row.zoneUncertain());
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
