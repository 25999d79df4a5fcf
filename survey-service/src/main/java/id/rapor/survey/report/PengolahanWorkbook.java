package id.rapor.survey.report;

import id.rapor.scoring.Grading;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.Rational;
import id.rapor.survey.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The "Pengolahan" tabulation sheet every SKM office keeps (PermenPANRB 14/2017, Lampiran): one row per respondent
 * with the answer to each unsur, then per unsur the sum, the number of answers, NRR, bobot and NRR tertimbang, then
 * IKM, konversi (× 25), the rounded value and mutu. Those rows are real Excel formulas over the answers, so a
 * reviewer can follow and recompute them; each carries as its stored result the exact value Rapor computed (exact
 * fractions by {@link Ikm}, rounded and graded by the questionnaire's {@link Grading}), so a reader that does not
 * recalculate shows the API's numbers. Rows are written as they are read (a streaming workbook keeps 200 in memory).
 */
final class PengolahanWorkbook implements AutoCloseable {

    /** One counted response: its client id, channel, submission time and answers by unsur code. */
    record Respondent(String clientId, String channel, OffsetDateTime submittedAt, Map<String, Integer> answers) {}

    static final String SHEET = "Pengolahan";
    static final String BANDS_SHEET = "Tabel konversi";
    private static final int FIRST_ITEM_COLUMN = 4;
    private static final int HEADER_ROW = 4;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final Questionnaire questionnaire;
    private final long[][] sums;
    private final CellStyle header;
    private final CellStyle boldStyle;
    private final CellStyle decimal4;
    private final CellStyle decimal2;
    private final CellStyle dateStyle;
    private int nextRow = HEADER_ROW + 1;
    private int respondents;

    PengolahanWorkbook(Questionnaire questionnaire, String unitName, String period) {
        this.questionnaire = questionnaire;
        this.sums = new long[questionnaire.items.size()][2];
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(boldFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        decimal4 = workbook.createCellStyle();
        decimal4.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
        decimal2 = workbook.createCellStyle();
        decimal2.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

        text(row(0), 0, "PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT", boldStyle);
        text(row(1), 0, "Unit layanan: " + unitName, null);
        text(
                row(2),
                0,
                "Periode: " + period + "; kuesioner " + questionnaire.code + " versi " + questionnaire.version + " ("
                        + questionnaire.regulation + ")",
                null);
        Row head = row(HEADER_ROW);
        text(head, 0, "No", header);
        text(head, 1, "Kode responden", header);
        text(head, 2, "Kanal", header);
        text(head, 3, "Waktu (UTC)", header);
        for (int i = 0; i < questionnaire.items.size(); i++) {
            text(head, FIRST_ITEM_COLUMN + i, questionnaire.items.get(i).code, header);
        }
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(3, 17 * 256);
        sheet.createFreezePane(FIRST_ITEM_COLUMN, HEADER_ROW + 1);
    }

    /** Appends one respondent's row and adds its answers to the per unsur totals. */
    void add(Respondent r) {
        respondents++;
        Row row = row(nextRow++);
        row.createCell(0).setCellValue(respondents);
        text(row, 1, r.clientId(), null);
        text(row, 2, r.channel(), null);
        Cell at = row.createCell(3);
        at.setCellValue(r.submittedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        at.setCellStyle(dateStyle);
        for (int i = 0; i < questionnaire.items.size(); i++) {
            Integer answer = r.answers().get(questionnaire.items.get(i).code);
            if (answer != null) {
                row.createCell(FIRST_ITEM_COLUMN + i).setCellValue(answer);
                sums[i][0] += answer;
                sums[i][1]++;
            }
        }
    }

    /** Respondents written so far. */
    int respondents() {
        return respondents;
    }

    /** Writes the summary rows (formulas with Rapor's exact values as their results) and the band sheet. */
    void finish() {
        int first = HEADER_ROW + 2; // 1-based first data row
        int last = nextRow; // 1-based last data row
        boolean hasData = respondents > 0;
        int items = questionnaire.items.size();
        boolean complete = true;
        List<Ikm.ItemStat> stats = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Questionnaire.Item item = questionnaire.items.get(i);
            complete &= sums[i][1] > 0;
            stats.add(new Ikm.ItemStat(item.code, item.weightValue(), sums[i][0], sums[i][1]));
        }
        Ikm.Result result = complete ? Ikm.compute(stats) : null;
        Grading.Grade grade = result == null ? null : questionnaire.grading().grade(result.ikmKonversi());

        int base = nextRow + 1;
        Row sumRow = row(base);
        Row countRow = row(base + 1);
        Row nrrRow = row(base + 2);
        Row weightRow = row(base + 3);
        Row weightedRow = row(base + 4);
        text(sumRow, 1, "Jumlah nilai per unsur", boldStyle);
        text(countRow, 1, "Jumlah jawaban per unsur", boldStyle);
        text(nrrRow, 1, "NRR per unsur", boldStyle);
        text(weightRow, 1, "Bobot", boldStyle);
        text(weightedRow, 1, "NRR tertimbang", boldStyle);
        for (int i = 0; i < items; i++) {
            int col = FIRST_ITEM_COLUMN + i;
            String letter = CellReference.convertNumToColString(col);
            String range = letter + first + ":" + letter + last;
            formula(sumRow, col, hasData ? "SUM(" + range + ")" : null, sums[i][0], null);
            formula(countRow, col, hasData ? "COUNT(" + range + ")" : null, sums[i][1], null);
            Rational weight = questionnaire.items.get(i).weightValue();
            Ikm.ItemResult exact = result == null ? null : result.items().get(i);
            String sumRef = letter + (base + 1);
            String countRef = letter + (base + 2);
            String nrrRef = letter + (base + 3);
            String weightRef = letter + (base + 4);
            formula(
                    nrrRow,
                    col,
                    sums[i][1] > 0 ? sumRef + "/" + countRef : null,
                    sums[i][1] > 0 ? Rational.of(sums[i][0], sums[i][1]).toDecimal(10) : null,
                    decimal4);
            formula(weightRow, col, weight.numerator() + "/" + weight.denominator(), weight.toDecimal(10), decimal4);
            formula(
                    weightedRow,
                    col,
                    sums[i][1] > 0 ? nrrRef + "*" + weightRef : null,
                    exact == null ? null : exact.weightedNrr().toDecimal(10),
                    decimal4);
        }
        String firstItem = CellReference.convertNumToColString(FIRST_ITEM_COLUMN);
        String lastItem = CellReference.convertNumToColString(FIRST_ITEM_COLUMN + items - 1);
        int ikmRowIndex = base + 6;
        Row ikmRow = row(ikmRowIndex);
        Row konversiRow = row(ikmRowIndex + 1);
        Row roundedRow = row(ikmRowIndex + 2);
        Row mutuRow = row(ikmRowIndex + 3);
        Row kinerjaRow = row(ikmRowIndex + 4);
        Row exactRow = row(ikmRowIndex + 5);
        Row respondentsRow = row(ikmRowIndex + 6);
        text(ikmRow, 1, "IKM (skala 1-4) = jumlah NRR tertimbang", boldStyle);
        text(konversiRow, 1, "IKM konversi = IKM x 25", boldStyle);
        text(roundedRow, 1, "IKM unit pelayanan (dibulatkan " + questionnaire.decimals + " desimal)", boldStyle);
        text(mutuRow, 1, "Mutu pelayanan", boldStyle);
        text(kinerjaRow, 1, "Kinerja unit pelayanan", boldStyle);
        text(exactRow, 1, "IKM (skala 1-4) sebagai pecahan eksak", boldStyle);
        text(respondentsRow, 1, "Jumlah responden", boldStyle);
        int valueCol = FIRST_ITEM_COLUMN;
        String ikmRef = firstItem + (ikmRowIndex + 1);
        String konversiRef = firstItem + (ikmRowIndex + 2);
        String roundedRef = firstItem + (ikmRowIndex + 3);
        formula(
                ikmRow,
                valueCol,
                result == null ? null : "SUM(" + firstItem + (base + 5) + ":" + lastItem + (base + 5) + ")",
                result == null ? null : result.ikm().toDecimal(10),
                decimal4);
        formula(
                konversiRow,
                valueCol,
                result == null ? null : ikmRef + "*25",
                result == null ? null : result.ikmKonversi().toDecimal(10),
                decimal4);
        formula(
                roundedRow,
                valueCol,
                result == null ? null : "ROUND(" + konversiRef + "," + questionnaire.decimals + ")",
                grade == null ? null : grade.value(),
                decimal2);
        List<Questionnaire.BandRow> bands = new ArrayList<>(questionnaire.bands);
        bands.sort(
                Comparator.comparing((Questionnaire.BandRow b) -> b.lowerBound).reversed());
        textFormula(mutuRow, valueCol, grade == null ? null : mutuFormula(bands, roundedRef, true), code(grade));
        textFormula(kinerjaRow, valueCol, grade == null ? null : mutuFormula(bands, roundedRef, false), label(grade));
        text(exactRow, valueCol, result == null ? "-" : result.ikm().toString(), null);
        respondentsRow.createCell(valueCol).setCellValue(respondents);

        Row note = row(ikmRowIndex + 8);
        text(
                note,
                1,
                "Rumus PermenPANRB 14/2017: NRR = jumlah nilai / jumlah jawaban; NRR tertimbang = NRR x bobot; "
                        + "IKM = jumlah NRR tertimbang; IKM unit = IKM x 25, dibulatkan lalu diklasifikasikan "
                        + "menurut tabel konversi.",
                null);
        bandSheet(bands);
    }

    private static String code(Grading.Grade grade) {
        return grade == null || grade.code() == null ? "-" : grade.code();
    }

    private static String label(Grading.Grade grade) {
        return grade == null || grade.label() == null ? "-" : grade.label();
    }

    private static String mutuFormula(List<Questionnaire.BandRow> bands, String ref, boolean code) {
        String formula = "\"-\"";
        for (int i = bands.size() - 1; i >= 0; i--) {
            Questionnaire.BandRow b = bands.get(i);
            String value = (code ? b.code : b.label).replace("\"", "\"\"");
            formula = "IF(" + ref + ">=" + b.lowerBound.toPlainString() + ",\"" + value + "\"," + formula + ")";
        }
        return formula;
    }

    private void bandSheet(List<Questionnaire.BandRow> bands) {
        SXSSFSheet s = workbook.createSheet(BANDS_SHEET);
        Row head = s.createRow(0);
        text(head, 0, "Batas bawah (25-100)", header);
        text(head, 1, "Mutu", header);
        text(head, 2, "Kinerja unit", header);
        int r = 1;
        for (Questionnaire.BandRow b : bands) {
            Row row = s.createRow(r++);
            Cell lower = row.createCell(0);
            lower.setCellValue(b.lowerBound.doubleValue());
            lower.setCellStyle(decimal2);
            text(row, 1, b.code, null);
            text(row, 2, b.label, null);
        }
    }

    /** Writes the workbook. */
    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(int index) {
        return sheet.createRow(index);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A formula cell whose stored result is Rapor's value; without a formula, the plain value (or empty). */
    private static void formula(Row row, int col, String formula, Object value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (formula != null) {
            cell.setCellFormula(formula);
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Long l) {
            cell.setCellValue(l);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void textFormula(Row row, int col, String formula, String value) {
        Cell cell = row.createCell(col);
        if (formula != null) {
            cell.setCellFormula(formula);
        }
        cell.setCellValue(value);
    }
}
