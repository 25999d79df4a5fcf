package id.rapor.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 without a byte order mark: a header row of column names, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break, decimals with a dot, dates and instants in ISO 8601 (UTC).
 */
final class CsvTableWriter implements TableWriter {

    private final List<Column> columns;
    private final BufferedWriter out;
    private long rows;

    CsvTableWriter(List<Column> columns, OutputStream stream) throws IOException {
        this.columns = List.copyOf(columns);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        for (int i = 0; i < this.columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(this.columns.get(i).name());
        }
        out.write("\r\n");
    }

    @Override
    public void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            switch (columns.get(i).type()) {
                case TEXT -> field(guarded(value.toString()));
                case INTEGER, DECIMAL -> out.write(TableWriter.decimalText(value));
                case BOOLEAN -> out.write(value.toString());
                case DATE -> out.write(TableWriter.date(value).toString());
                case TIMESTAMP -> out.write(TableWriter.instant(value).toString());
            }
        }
        out.write("\r\n");
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** OWASP CSV injection: text a spreadsheet would read as a formula gets a leading apostrophe. */
    private static String guarded(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private void field(String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }
}
