package id.rapor.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes one table row by row to an output stream, holding at most a small window of rows in memory: the one home
 * of how Rapor writes CSV and XLSX (column names, ISO dates, decimals with a dot or as numbers).
 */
public interface TableWriter extends AutoCloseable {

    /** Writes one row; {@code values} follow the columns, null for an empty cell. */
    void row(Object... values) throws IOException;

    /** Rows written so far (without the header). */
    long rows();

    /** Finishes the table (for XLSX: writes the workbook) and flushes; does not close the stream. */
    @Override
    void close() throws IOException;

    /** A writer of {@code format} with a header row of {@code columns}; {@code sheet} names the XLSX sheet. */
    static TableWriter open(ExportFormat format, String sheet, List<Column> columns, OutputStream out)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(columns, out);
            case XLSX -> new XlsxTableWriter(sheet, columns, out);
        };
    }

    /** The instant held by a TIMESTAMP value, or null. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not an instant: " + value.getClass().getSimpleName());
    }

    /** The date held by a DATE value, or null. */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getSimpleName());
    }

    /** The plain decimal text of a number ({@code 3.25}, never {@code 3,25} or {@code 3.25E+0}). */
    static String decimalText(Object value) {
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        throw new IllegalArgumentException("not a number: " + value.getClass().getSimpleName());
    }
}
