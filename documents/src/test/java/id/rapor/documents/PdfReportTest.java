package id.rapor.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    @Test
    void shouldPrintNumbersTheIndonesianWayWithTheProducersScale() {
        assertThat(Formats.decimal(new BigDecimal("88.31"))).isEqualTo("88,31");
        assertThat(Formats.decimal(new BigDecimal("65.00"))).isEqualTo("65,00");
        assertThat(Formats.decimal(new BigDecimal("3.5324"))).isEqualTo("3,5324");
        assertThat(Formats.count(1250)).isEqualTo("1.250");
        assertThat(Formats.percent(1, 8)).isEqualTo("12,5%");
        assertThat(Formats.nip("197001011990011001")).isEqualTo("19700101 199001 1 001");
        assertThat(Formats.date(java.time.LocalDate.of(2026, 12, 2))).isEqualTo("2 Desember 2026");
    }

    @Test
    void shouldBreakLongTablesAcrossPagesAndKeepEveryRowReadable() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "Baris nomor " + i + " ≥ batas", Formats.number(i / 7.0, 2)));
        }
        byte[] pdf;
        try (PdfReport report = new PdfReport("Uji", "Uji tabel")) {
            report.title("UJI TABEL")
                    .table(
                            List.of(
                                    PdfReport.Column.center("No", 1),
                                    PdfReport.Column.left("Uraian", 6),
                                    PdfReport.Column.right("Nilai", 2)),
                            rows)
                    .barChart(
                            "Grafik",
                            List.of(new PdfReport.Datum("U1", 3.5, "3,50"), new PdfReport.Datum("U2", null, "-")),
                            0,
                            4,
                            4)
                    .signatory("Makassar, 2 Desember 2026", "Kepala Bagian Organisasi", "Andi Baso", null);
            pdf = report.toBytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Baris nomor 1 >= batas", "Baris nomor 120 >= batas", "17,14");
            assertThat(text).contains("Halaman 1 dari " + doc.getNumberOfPages(), "Andi Baso", "NIP. ....");
        }
    }
}
