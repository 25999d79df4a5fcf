package id.rapor.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.platform.error.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text("name", "a name"),
            Column.integer("count", "a count"),
            Column.decimal("ikm", "an index"),
            Column.bool("voided", "a flag"),
            Column.date("period_start", "a date"),
            Column.timestamp("submitted_at", "an instant"));

    private static final Object[] ROW = {
        "Puskesmas \"Bara\", Makassar",
        42L,
        new BigDecimal("82.4375"),
        true,
        LocalDate.of(2026, 7, 1),
        Instant.parse("2026-07-01T08:15:30Z")
    };

    @Test
    void shouldWriteCsvWithHeaderIsoDatesAndDotDecimals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(ExportFormat.CSV, "t", COLUMNS, out)) {
            writer.row(ROW);
            writer.row("=HYPERLINK(\"x\")", null, 3.5d, false, null, null);
            assertThat(writer.rows()).isEqualTo(2);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("name,count,ikm,voided,period_start,submitted_at\r\n"
                        + "\"Puskesmas \"\"Bara\"\", Makassar\",42,82.4375,true,2026-07-01,2026-07-01T08:15:30Z\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",,3.5,false,,\r\n");
    }

    @Test
    void shouldWriteXlsxWithNumericAndDateCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(ExportFormat.XLSX, "responses", COLUMNS, out)) {
            writer.row(ROW);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("responses");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("ikm");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Puskesmas \"Bara\", Makassar");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(42d);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(82.4375d);
            assertThat(row.getCell(3).getBooleanCellValue()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("2026-07-01T08:15:30Z");
        }
    }

    @Test
    void shouldStreamAMillionXlsxRowsAsTheyAreWrittenHoldingNothingBack() throws Exception {
        long[] emitted = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                emitted[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                emitted[0] += len;
            }
        };
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        long peak = 0;
        List<Long> progress = new java.util.ArrayList<>();
        long beforeClose;
        try (TableWriter writer = TableWriter.open(ExportFormat.XLSX, "responses", COLUMNS, counting)) {
            for (int i = 1; i <= 1_000_000; i++) {
                writer.row(
                        "Puskesmas " + i, i, 82.4375d, i % 2 == 0, LocalDate.of(2026, 7, 1), Instant.ofEpochSecond(i));
                if (i % 100_000 == 0) {
                    progress.add(emitted[0]);
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                }
            }
            beforeClose = emitted[0];
        }
        long total = emitted[0];
        System.out.printf(
                "XLSX 1,000,000 rows: %d bytes in %d ms, heap in use at most %d MB%n",
                total, (System.nanoTime() - started) / 1_000_000, peak / (1024 * 1024));
        // the bytes leave as the rows are written: every 100,000 rows add to the output, and what close() still had to
        // write (the deflater's tail and the workbook parts) is a few kilobytes, not the table
        assertThat(progress).isSorted().doesNotHaveDuplicates().first().isNotEqualTo(0L);
        assertThat(total - beforeClose).isLessThan(256 * 1024);
    }

    @Test
    void shouldRefuseUnknownFormatNamingTheField() {
        assertThat(ExportFormat.of(null)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of("XLSX")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportFormat.of("pdf"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("format"));
    }
}
