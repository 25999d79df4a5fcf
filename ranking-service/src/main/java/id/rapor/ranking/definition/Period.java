package id.rapor.ranking.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the producers write it ({@code 2026}, {@code 2026-S1}, {@code 2026-Q3}, {@code 2026-07},
 * or a date range {@code 2026-01-01/2026-06-30}): its kind and its first day, which selects the definition
 * version in force.
 */
public record Period(String text, Kind kind, LocalDate start) {

    /** Granularity; history compares a period with the previous one of the same kind. */
    public enum Kind { YEAR, SEMESTER, QUARTER, MONTH, RANGE }

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SEMESTER = Pattern.compile("^(\\d{4})-S([12])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:/|\\.\\.)(\\d{4}-\\d{2}-\\d{2})$");

    /** Parses a period, or empty when the text is in none of the known forms. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return Optional.of(new Period(t, Kind.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)));
        }
        if ((m = SEMESTER.matcher(t)).matches()) {
            int s = Integer.parseInt(m.group(2));
            return Optional.of(new Period(t, Kind.SEMESTER, LocalDate.of(Integer.parseInt(m.group(1)), s == 1 ? 1 : 7,
                    1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(2));
            return Optional.of(new Period(t, Kind.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1)));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            return Optional.of(new Period(t, Kind.MONTH, LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), 1)));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            try {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                return to.isBefore(from) ? Optional.empty() : Optional.of(new Period(t, Kind.RANGE, from));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
