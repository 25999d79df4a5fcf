package id.rapor.survey.feed;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Which responses of a campaign a read or an export covers: channel, submission window, quality flags, voided, and
 * {@code updatedSince} (inclusive) for increments. Parsed from query parameters (400 naming the parameter) and turned
 * into one SQL condition used by the feed and the exports alike.
 */
public record ResponseFilter(
        String channel,
        Instant submittedFrom,
        Instant submittedBefore,
        Boolean flagged,
        Boolean voided,
        Instant since) {

    /** The channels a response arrives by: single submissions, JSON batches, CSV imports of paper forms. */
    public static final Set<String> CHANNELS = Set.of("WEB", "BATCH", "CSV");

    /** Parses the query parameters; dates are whole days in UTC ({@code submittedTo} includes its day). */
    public static ResponseFilter parse(
            String channel,
            String submittedFrom,
            String submittedTo,
            Boolean flagged,
            Boolean voided,
            String updatedSince) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String normalisedChannel = null;
        if (channel != null && !channel.isBlank()) {
            normalisedChannel = channel.trim().toUpperCase(Locale.ROOT);
            if (!CHANNELS.contains(normalisedChannel)) {
                errors.add(new Problem.FieldError("channel", "must be WEB, BATCH or CSV"));
            }
        }
        Instant from = instant(submittedFrom, false, "submittedFrom", errors);
        Instant to = instant(submittedTo, true, "submittedTo", errors);
        Instant since = instant(updatedSince, false, "updatedSince", errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new Problem.FieldError("submittedTo", "must not be before submittedFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ResponseFilter(normalisedChannel, from, to, flagged, voided, since);
    }

    /**
     * An ISO date ({@code 2026-07-01}) or instant ({@code 2026-07-01T08:00:00Z}). As an upper bound a date stands for
     * the start of the next day (exclusive) and an instant for the instant just after it, so both include themselves.
     */
    private static Instant instant(String text, boolean upper, String field, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            Instant at = Instant.parse(value);
            return upper ? at.plusNanos(1000) : at;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(
                    field, "must be an ISO date (2026-07-01) or instant (2026-07-01T08:00:00Z)"));
            return null;
        }
    }

    /** The SQL condition on {@code survey_response r} for the campaign and this filter; binds with {@link #bind}. */
    public String where() {
        StringBuilder sql = new StringBuilder("r.campaign_id = ?");
        if (channel != null) {
            sql.append(" and r.channel = ?");
        }
        if (submittedFrom != null) {
            sql.append(" and r.submitted_at >= ?");
        }
        if (submittedBefore != null) {
            sql.append(" and r.submitted_at < ?");
        }
        if (flagged != null) {
            sql.append(flagged ? " and cardinality(r.quality_flags) > 0" : " and cardinality(r.quality_flags) = 0");
        }
        if (voided != null) {
            sql.append(" and r.voided = ?");
        }
        if (since != null) {
            sql.append(" and r.updated_at >= ?");
        }
        return sql.toString();
    }

    /** Binds the parameters of {@link #where()} from index 1; returns the next free index. */
    public int bind(PreparedStatement ps, UUID campaignId) throws SQLException {
        int i = 1;
        ps.setObject(i++, campaignId);
        if (channel != null) {
            ps.setString(i++, channel);
        }
        if (submittedFrom != null) {
            ps.setObject(i++, utc(submittedFrom));
        }
        if (submittedBefore != null) {
            ps.setObject(i++, utc(submittedBefore));
        }
        if (voided != null) {
            ps.setBoolean(i++, voided);
        }
        if (since != null) {
            ps.setObject(i++, utc(since));
        }
        return i;
    }

    /** An instant as the driver binds it to a timestamptz without the JVM's time zone in between. */
    public static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
