package id.rapor.assessment.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.assessment.AssessmentStatus;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.export.Column;
import id.rapor.platform.export.ExportFormat;
import id.rapor.platform.export.TableExport;
import id.rapor.platform.feed.CommitCursor;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Assessments as CSV or XLSX for warehouses: one row per assessment and indicator with the unit's answer (MANDIRI),
 * the evaluators' scores per tier and the evidence links, streamed from the database in commit order (the
 * transaction that last wrote the assessment, see {@link CommitCursor}): an export holds every change committed
 * before its horizon and none after, and hands the horizon out as the cursor of the next increment, so a change
 * whose transaction started early and committed late is never skipped. {@code updatedSince} narrows a first pull by
 * time. Scope as the assessment list: an operator its unit, an evaluator its region.
 */
@ApplicationScoped
public class AssessmentExportService {

    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(
            Column.text("assessment_id", "The assessment"),
            Column.text("cycle_id", "Its evaluation cycle"),
            Column.text("cycle_name", "The cycle's name"),
            Column.integer("year", "The cycle's year"),
            Column.text("instrument_code", "e.g. PEKPPP"),
            Column.integer("instrument_version", "The instrument version scored under"),
            Column.text("unit_id", "The service unit (lokus)"),
            Column.text("unit_name", "Its name"),
            Column.text("region_code", "Its Kemendagri region code"),
            Column.text("status", "The assessment's status"),
            Column.timestamp("updated_at", "When the assessment last changed (UTC); what updatedSince compares"),
            Column.text("indicator_code", "The indicator"),
            Column.decimal("score_mandiri", "The unit's own answer (MANDIRI tier)"),
            Column.decimal("score_kabkota", "The kabupaten/kota evaluators' score"),
            Column.decimal("score_provinsi", "The provincial evaluators' score"),
            Column.text("evidence_links", "Evidence links and file references, ' | '-separated, as slot: target"),
            Column.text("answer_note", "The unit's note on its answer"),
            Column.timestamp("answered_at", "When the unit answered (UTC)"));

    private static final String SQL = "select a.id, a.cycle_id, c.name, c.year, iv.code, iv.version, a.unit_id, "
            + "u.name, a.region_code, a.status, a.updated_at, ind.indicator_code, ans.value, ks.value, ps.value, "
            + "ans.evidence, ans.note, ans.answered_at "
            + "from assessment a join evaluation_cycle c on c.id = a.cycle_id "
            + "join instrument_version iv on iv.id = c.instrument_version_id "
            + "join service_unit u on u.id = a.unit_id "
            + "join (select assessment_id, indicator_code from assessment_answer "
            + "union select assessment_id, indicator_code from assessment_score) ind on ind.assessment_id = a.id "
            + "left join assessment_answer ans on ans.assessment_id = a.id and ans.indicator_code = ind.indicator_code "
            + "left join assessment_score ks on ks.assessment_id = a.id and ks.tier = 'KABKOTA' "
            + "and ks.indicator_code = ind.indicator_code "
            + "left join assessment_score ps on ps.assessment_id = a.id and ps.tier = 'PROVINSI' "
            + "and ps.indicator_code = ind.indicator_code ";

    @Inject
    AssessmentService assessments;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Streams the assessments the caller may read, narrowed by cycle, unit, status, region and updatedSince. */
    public Response export(
            UUID cycleId,
            UUID unitId,
            String statusText,
            String region,
            String updatedSince,
            CommitCursor cursor,
            ExportFormat format) {
        List<Problem.FieldError> errors = new ArrayList<>();
        AssessmentStatus status = null;
        if (statusText != null && !statusText.isBlank()) {
            try {
                status = AssessmentStatus.valueOf(statusText.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", "is not an assessment status"));
            }
        }
        if (region != null && !RegionCodes.isValid(region)) {
            errors.add(new Problem.FieldError("region", "must be a region code such as 73 or 73.15"));
        }
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                String v = updatedSince.trim();
                since = v.length() == 10
                        ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(v);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("updatedSince", "must be an ISO date or instant"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        AssessmentService.ReadScope scope = assessments.readScope(unitId, region);
        StringBuilder where = new StringBuilder("where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (cycleId != null) {
            where.append(" and a.cycle_id = ?");
            params.add(cycleId);
        }
        if (scope.unitId() != null) {
            where.append(" and a.unit_id = ?");
            params.add(scope.unitId());
        }
        if (status != null) {
            where.append(" and a.status = ?");
            params.add(status.name());
        }
        if (scope.region() != null) {
            where.append(" and (a.region_code = ? or a.region_code like ?)");
            params.add(scope.region());
            params.add(RegionCodes.likeInside(scope.region()));
        }
        if (since != null) {
            where.append(" and a.updated_at >= ?");
            params.add(OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        CommitCursor horizon = CommitCursor.horizon(dataSource);
        String sql = SQL + where + CommitCursor.before("a.change_xid")
                + (cursor == null ? "" : CommitCursor.from("a.change_xid"))
                + " order by a.change_xid, a.id, ind.indicator_code";
        Response export = TableExport.fromQuery(
                dataSource,
                format,
                "assessments",
                COLUMNS,
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql);
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    int next = horizon.bindBefore(ps, params.size() + 1);
                    if (cursor != null) {
                        cursor.bindBefore(ps, next);
                    }
                    return ps;
                },
                rs -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getObject(11, OffsetDateTime.class),
                    rs.getString(12),
                    rs.getBigDecimal(13),
                    rs.getBigDecimal(14),
                    rs.getBigDecimal(15),
                    evidence(rs.getString(16)),
                    rs.getString(17),
                    rs.getObject(18, OffsetDateTime.class)
                });
        return Response.fromResponse(export)
                .header(CommitCursor.NEXT_CURSOR, horizon.text())
                .build();
    }

    /** The evidence JSON as {@code slot: link-or-file} entries separated by {@code " | "}. */
    String evidence(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            JsonNode items = json.readTree(stored);
            List<String> parts = new ArrayList<>();
            for (JsonNode item : items) {
                String target = item.hasNonNull("link")
                        ? item.get("link").asText()
                        : item.hasNonNull("fileRef") ? item.get("fileRef").asText() : "";
                parts.add(item.path("slot").asText() + ": " + target);
            }
            return parts.isEmpty() ? null : String.join(" | ", parts);
        } catch (IOException e) {
            return stored;
        }
    }
}
