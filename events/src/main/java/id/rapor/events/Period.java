package id.rapor.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of the contract, the one parser both producers and consumers use. PermenPANRB 14/2017 lets an
 * SKM run per year, semester or quarter; months and explicit date ranges are allowed too: {@code 2026},
 * {@code 2026-S1}, {@code 2026-Q3}, {@code 2026-07}, {@code 2026-01-15..2026-03-31}. A range may also be written with
 * {@code /}; it is always formatted with {@code ..}.
 */
public record Period(String text, Kind kind, LocalDate start, LocalDate end) {

    /** Granularity; history compares a period with the previous one of the same kind. */
    public enum Kind {
        YEAR,
        SEMESTER,
        QUARTER,
        MONTH,
        RANGE
    }

    /** What a client is told when a period cannot be read. */
    public static final String FORMS = "must be a year (2026), semester (2026-S1), quarter (2026-Q3), month (2026-07) "
            + "or date range (2026-01-01..2026-03-31)";

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SEMESTER = Pattern.compile("^(\\d{4})-S([12])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.|/)(\\d{4}-\\d{2}-\\d{2})$");

    /** Parses a period, or empty when the text is in none of the forms (or a range ends before it starts). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        if ((m = SEMESTER.matcher(t)).matches()) {
            return Optional.of(semester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return Optional.of(
                    new Period(t, Kind.MONTH, start, start.plusMonths(1).minusDays(1)));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            try {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Parses a period; throws {@link IllegalArgumentException} with {@link #FORMS} for the client otherwise. */
    public static Period require(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(FORMS));
    }

    /** The calendar year. */
    public static Period year(int year) {
        return new Period(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Semester 1 (January–June) or 2 (July–December). */
    public static Period semester(int year, int semester) {
        LocalDate start = LocalDate.of(year, semester == 1 ? 1 : 7, 1);
        return new Period(
                year + "-S" + semester,
                Kind.SEMESTER,
                start,
                start.plusMonths(6).minusDays(1));
    }

    /** Quarter 1..4. */
    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(
                year + "-Q" + quarter, Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    /** An explicit range, or empty when it ends before it starts. */
    public static Optional<Period> range(LocalDate start, LocalDate end) {
        return end.isBefore(start)
                ? Optional.empty()
                : Optional.of(new Period(start + ".." + end, Kind.RANGE, start, end));
    }

    /** Whether {@code other} lies wholly inside this period (a year contains its semesters, quarters, months). */
    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The period of the same kind just before this one; empty for a date range. */
    public Optional<Period> previous() {
        return shifted(-1);
    }

    /** The period of the same kind just after this one; empty for a date range. */
    public Optional<Period> next() {
        return shifted(1);
    }

    private Optional<Period> shifted(int step) {
        return switch (kind) {
            case YEAR -> Optional.of(year(year() + step));
            case SEMESTER -> {
                LocalDate s = start.plusMonths(6L * step);
                yield Optional.of(semester(s.getYear(), s.getMonthValue() <= 6 ? 1 : 2));
            }
            case QUARTER -> {
                LocalDate s = start.plusMonths(3L * step);
                yield Optional.of(quarter(s.getYear(), (s.getMonthValue() + 2) / 3));
            }
            case MONTH -> parse(start.plusMonths(step).toString().substring(0, 7));
            case RANGE -> Optional.empty();
        };
    }

    /** The year this period starts in. */
    public int year() {
        return start.getYear();
    }

    @Override
    public String toString() {
        return text;
    }
}
