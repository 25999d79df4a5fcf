package id.rapor.platform.export;

/**
 * One column of an exported table: its name (the CSV header and the XLSX header cell), the kind of value it holds and
 * what it means, for the export's documentation.
 */
public record Column(String name, Type type, String description) {

    /** How a value is written: text as is, numbers as numbers, dates and instants in ISO 8601. */
    public enum Type {
        /** Free text; in CSV a leading {@code = + - @} is escaped with a quote so spreadsheets never run it. */
        TEXT,
        /** A whole number (Long, Integer). */
        INTEGER,
        /** A decimal (BigDecimal or Double): a dot as separator in CSV, a numeric cell in XLSX. */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** A calendar date (LocalDate): {@code 2026-07-01}; a date cell in XLSX. */
        DATE,
        /** An instant (Instant, OffsetDateTime or Timestamp): {@code 2026-07-01T08:15:30Z} in UTC, as text. */
        TIMESTAMP
    }

    public static Column text(String name, String description) {
        return new Column(name, Type.TEXT, description);
    }

    public static Column integer(String name, String description) {
        return new Column(name, Type.INTEGER, description);
    }

    public static Column decimal(String name, String description) {
        return new Column(name, Type.DECIMAL, description);
    }

    public static Column bool(String name, String description) {
        return new Column(name, Type.BOOLEAN, description);
    }

    public static Column date(String name, String description) {
        return new Column(name, Type.DATE, description);
    }

    public static Column timestamp(String name, String description) {
        return new Column(name, Type.TIMESTAMP, description);
    }
}
