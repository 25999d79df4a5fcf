package id.rapor.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX written straight to the output stream as rows arrive: the sheet's XML is deflated into the ZIP package row by
 * row (inline strings, no shared-string table, no temporary file), and the workbook parts that name the sheets are
 * written last, so the first bytes leave at once and memory stays one row deep whatever the length. Numbers are
 * numeric cells, dates are date cells shown as {@code yyyy-mm-dd}, instants are ISO 8601 text in UTC. A table longer
 * than a sheet continues on the next sheet ({@code name-2}, ...) with the header repeated.
 */
final class XlsxTableWriter implements TableWriter {

    /** Data rows per sheet: the format's 1,048,576 rows less the header. */
    static final int MAX_DATA_ROWS = 1_048_575;

    /** Longest sheet name the format allows. */
    private static final int MAX_NAME = 31;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell styles in styles.xml: 0 plain, 1 date, 2 bold header. */
    private static final int DATE_STYLE = 1;

    private static final int HEADER_STYLE = 2;

    /** Day 0 of the spreadsheet date serials (1900 system, as Excel counts past February 1900). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private final List<Column> columns;
    private final String[] letters;
    private final ZipOutputStream zip;
    private final Writer xml;
    private final String sheetName;
    private final List<String> sheetNames = new ArrayList<>();
    private int rowInSheet;
    private long rows;

    XlsxTableWriter(String sheetName, List<Column> columns, OutputStream out) throws IOException {
        this.columns = List.copyOf(columns);
        this.letters = new String[columns.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = letters(i);
        }
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(6);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16 * 1024);
        this.sheetName = safeName(sheetName == null || sheetName.isBlank() ? "data" : sheetName);
        newSheet();
    }

    private void newSheet() throws IOException {
        if (!sheetNames.isEmpty()) {
            endSheet();
        }
        int number = sheetNames.size() + 1;
        String suffix = number == 1 ? "" : "-" + number;
        sheetNames.add(sheetName.substring(0, Math.min(sheetName.length(), MAX_NAME - suffix.length())) + suffix);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + number + ".xml"));
        xml.write(HEADER);
        xml.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetViews>"
                + "<sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
                + " state=\"frozen\"/></sheetView></sheetViews><sheetData>");
        xml.write("<row r=\"1\">");
        for (int i = 0; i < columns.size(); i++) {
            text(i, 1, columns.get(i).name(), HEADER_STYLE);
        }
        xml.write("</row>");
        rowInSheet = 0;
    }

    private void endSheet() throws IOException {
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    @Override
    public void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        if (rowInSheet == MAX_DATA_ROWS) {
            newSheet();
        }
        int r = ++rowInSheet + 1;
        xml.write("<row r=\"");
        xml.write(Integer.toString(r));
        xml.write("\">");
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            switch (columns.get(i).type()) {
                case TEXT -> text(i, r, value.toString(), 0);
                case INTEGER, DECIMAL -> number(i, r, TableWriter.decimalText(value), 0);
                case BOOLEAN -> {
                    start(i, r, 0);
                    xml.write(" t=\"b\"><v>");
                    xml.write((Boolean) value ? "1" : "0");
                    xml.write("</v></c>");
                }
                case DATE ->
                    number(i, r, Long.toString(ChronoUnit.DAYS.between(EPOCH, TableWriter.date(value))), DATE_STYLE);
                case TIMESTAMP -> text(i, r, TableWriter.instant(value).toString(), 0);
            }
        }
        xml.write("</row>");
        rows++;
    }

    private void start(int column, int row, int style) throws IOException {
        xml.write("<c r=\"");
        xml.write(letters[column]);
        xml.write(Integer.toString(row));
        xml.write('"');
        if (style != 0) {
            xml.write(" s=\"");
            xml.write(Integer.toString(style));
            xml.write('"');
        }
    }

    private void number(int column, int row, String value, int style) throws IOException {
        start(column, row, style);
        xml.write("><v>");
        xml.write(value);
        xml.write("</v></c>");
    }

    private void text(int column, int row, String value, int style) throws IOException {
        start(column, row, style);
        xml.write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(value, xml);
        xml.write("</t></is></c>");
    }

    /** XML-escapes {@code text}, dropping the control characters XML 1.0 cannot carry. */
    static void escape(String text, Writer out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.write(c);
                        }
                    }
                }
            }
        }
    }

    /** The column letters of a zero-based index: A … Z, AA … */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** A sheet name the format accepts: at most 31 characters, none of {@code []:*?/\}. */
    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        endSheet();
        entry("xl/workbook.xml", workbook());
        entry("xl/_rels/workbook.xml.rels", workbookRelationships());
        entry("xl/styles.xml", STYLES);
        entry(
                "_rels/.rels",
                HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\"" + " Type=\""
                        + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("[Content_Types].xml", contentTypes());
        zip.finish();
        zip.flush();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String workbook() throws IOException {
        StringBuilder s = new StringBuilder(HEADER)
                .append("<workbook xmlns=\"")
                .append(MAIN)
                .append("\" xmlns:r=\"")
                .append(RELATIONSHIPS)
                .append("\"><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            java.io.StringWriter name = new java.io.StringWriter();
            escape(sheetNames.get(i), name);
            s.append("<sheet name=\"")
                    .append(name)
                    .append("\" sheetId=\"")
                    .append(i + 1)
                    .append("\" r:id=\"rId")
                    .append(i + 1)
                    .append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder s = new StringBuilder(HEADER)
                .append("<Relationships xmlns=\"")
                .append(PACKAGE_RELATIONSHIPS)
                .append("\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            s.append("<Relationship Id=\"rId")
                    .append(i)
                    .append("\" Type=\"")
                    .append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        return s.append("<Relationship Id=\"rId")
                .append(sheetNames.size() + 1)
                .append("\" Type=\"")
                .append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>")
                .toString();
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder(HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                            + "worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static final String STYLES = HEADER
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
