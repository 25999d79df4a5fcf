package id.rapor.platform.export;

import id.rapor.platform.error.ProblemException;
import java.util.Locale;

/** The table formats every export offers: CSV (RFC 4180, UTF-8) and XLSX (Office Open XML, streamed). */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** Media type of CSV exports, with the charset, as the responses declare it. */
    public static final String CSV_MEDIA_TYPE = "text/csv";

    /** Media type of XLSX exports. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return this == CSV ? mediaType + "; charset=UTF-8" : mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a {@code format} query parameter ({@code csv} when absent); 400 naming the field else. */
    public static ExportFormat of(String text) {
        if (text == null || text.isBlank()) {
            return CSV;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ProblemException.badRequest("format", "must be csv or xlsx");
        };
    }
}
