package id.rapor.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How documents print numbers and dates, the Indonesian way: a decimal comma and a dot between thousands
 * ({@code 88,31}, {@code 1.250}), dates as {@code 2 Desember 2026}. A decimal is printed with the scale it already
 * has: the rounding is the producer's (its grading), never this class's.
 */
public final class Formats {

    /** Media type of a PDF document. */
    public static final String PDF = "application/pdf";

    /** Media type of an Office Open XML workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private Formats() {}

    /** A decimal as published (its own scale), with a decimal comma; "-" for null. */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return pattern(Math.max(0, value.scale())).format(value);
    }

    /** A decimal rounded half-up to {@code decimals} for display only (axes, shares), with a decimal comma. */
    public static String number(double value, int decimals) {
        return pattern(decimals).format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A count with a dot between thousands. */
    public static String count(long value) {
        return pattern(0).format(value);
    }

    /** A share of a whole as a percentage with one decimal ({@code 12,5%}); "-" when the whole is zero. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return decimal(share) + "%";
    }

    /** A date as {@code 2 Desember 2026}. */
    public static String date(LocalDate date) {
        return date == null ? "-" : DATE.format(date);
    }

    /** A NIP (18 digits) grouped as printed on letters: {@code 19700101 199001 1 001}; other values unchanged. */
    public static String nip(String nip) {
        if (nip == null || !nip.matches("[0-9]{18}")) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }

    private static DecimalFormat pattern(int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(INDONESIAN));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
