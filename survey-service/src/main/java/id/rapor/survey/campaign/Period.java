package id.rapor.survey.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey period as PermenPANRB 14/2017 allows (a year, a semester or a quarter) or an explicit date range:
 * {@code 2026}, {@code 2026-S1}, {@code 2026-Q3}, {@code 2026-01-15..2026-03-31}.
 */
public record Period(String label, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SEMESTER = Pattern.compile("^(\\d{4})-S([12])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$");

    /** Parses a period label; throws {@link IllegalArgumentException} with a message for the client. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = SEMESTER.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int s = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, s == 1 ? 1 : 7, 1);
            return new Period(t, start, start.plusMonths(6).minusDays(1));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new Period(t, start, start.plusMonths(3).minusDays(1));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            try {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = LocalDate.parse(m.group(2));
                if (end.isBefore(start)) {
                    throw new IllegalArgumentException("the end date lies before the start date");
                }
                return new Period(t, start, end);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a valid date range");
            }
        }
        throw new IllegalArgumentException("must be a year (2026), semester (2026-S1), quarter (2026-Q3) "
                + "or date range (2026-01-01..2026-03-31)");
    }
}
