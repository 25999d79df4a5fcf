package id.rapor.assessment.unit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.rapor.assessment.unit.UnitDtos.UnitRequest;
import id.rapor.assessment.unit.UnitService.BulkRow;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the documented unit CSV ({@code name,type,regionCode,parentOrganisation}, header first) into rows. */
public final class UnitCsv {

    /** The header a bulk CSV must start with; parentOrganisation may be left out. */
    public static final List<String> HEADER = List.of("name", "type", "regionCode", "parentOrganisation");

    private static final CsvMapper MAPPER =
            new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private UnitCsv() {}

    /** The rows of {@code text}, each labelled {@code line N} (the header is line 1). */
    public static List<BulkRow> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("body", "CSV body is empty; expected header " + String.join(",", HEADER));
        }
        List<BulkRow> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text.strip())) {
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            List<String> columns = new ArrayList<>();
            schema.forEach(c -> columns.add(c.getName()));
            if (!Set.copyOf(HEADER).containsAll(columns) || !columns.containsAll(HEADER.subList(0, 3))) {
                throw ProblemException.badRequest(
                        "header",
                        "CSV header must be " + String.join(",", HEADER) + " but was " + String.join(",", columns));
            }
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> values = it.nextValue();
                String label = "line " + line;
                UnitType type = null;
                String typeText = blankToNull(values.get("type"));
                if (typeText != null) {
                    try {
                        type = UnitType.valueOf(typeText.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        errors.add(new Problem.FieldError(
                                label + ".type", "must be one of " + java.util.Arrays.toString(UnitType.values())));
                        continue;
                    }
                }
                rows.add(new BulkRow(
                        label,
                        new UnitRequest(
                                values.get("name"),
                                type,
                                blankToNull(values.get("regionCode")),
                                blankToNull(values.get("parentOrganisation")))));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            String reason = e.getMessage() == null
                    ? "malformed"
                    : e.getMessage().lines().findFirst().orElse("malformed");
            throw ProblemException.badRequest("body", "CSV could not be read: " + reason);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return rows;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
