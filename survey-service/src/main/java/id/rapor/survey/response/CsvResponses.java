package id.rapor.survey.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.response.ResponseDtos.ResponseRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads paper forms typed into a CSV file, one respondent per row. The header names the columns:
 * {@code client_response_id, gender, age, age_band, education, occupation, service_used, consent, suggestion}
 * (all optional except {@code consent}) plus one column per answered item, named by its item code
 * ({@code U1 ... U9}); a blank answer cell means the item was not answered. Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */
final class CsvResponses {

    static final List<String> FIXED_COLUMNS = List.of(
            "client_response_id",
            "gender",
            "age",
            "age_band",
            "education",
            "occupation",
            "service_used",
            "consent",
            "suggestion");

    /** Request property → CSV column, for error reports. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "clientResponseId",
            "client_response_id",
            "ageBand",
            "age_band",
            "serviceUsed",
            "service_used",
            "answers",
            "item columns");

    private static final CsvMapper MAPPER = new CsvMapper();

    private static final int MAX_ERRORS = 100;

    private CsvResponses() {}

    /** The spreadsheet row number of data row {@code index} (0-based). */
    static int rowNumber(int index) {
        return index + 2;
    }

    /** How a property of data row {@code index} is named in error reports: {@code row 4, column U3}. */
    static String name(int index, String property) {
        String column = property.startsWith("answers.")
                ? property.substring("answers.".length())
                : COLUMN_OF.getOrDefault(property, property);
        return "row " + rowNumber(index) + ", column " + column;
    }

    /** The requests read from a file and, for each, its 0-based data row (blank lines are skipped). */
    record Parsed(List<ResponseRequest> requests, List<Integer> dataRows) {

        /** Names a property of request {@code position} by the file's row and column. */
        String name(int position, String property) {
            return CsvResponses.name(dataRows.get(position), property);
        }
    }

    /**
     * Parses the file into requests, or throws a 400 problem naming every row and column at fault. Rows are read one
     * at a time and turned into requests as they come; the parsed cells are never held for the whole file.
     */
    static Parsed parse(String body, Questionnaire questionnaire, int maxRows) {
        List<ResponseRequest> requests = new ArrayList<>();
        List<Integer> dataRows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Columns columns = null;
        int index = -1;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(body == null ? "" : body)) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                boolean blank = row.length == 1 && row[0].isBlank();
                if (columns == null) {
                    if (blank) {
                        throw ProblemException.badRequest("row 1", "the header row is missing");
                    }
                    columns = Columns.of(row, questionnaire);
                    continue;
                }
                index++;
                if (index + 1 > maxRows) {
                    throw ProblemException.badRequest("body", "at most " + maxRows + " rows per file");
                }
                if (blank || errors.size() >= MAX_ERRORS) {
                    continue;
                }
                ResponseRequest request = columns.request(row, index, questionnaire, errors);
                if (request != null) {
                    dataRows.add(index);
                    requests.add(request);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ProblemException.badRequest("row " + line, "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "cannot read the CSV body");
        }
        if (columns == null) {
            throw ProblemException.badRequest("row 1", "the header row is missing");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Parsed(requests, dataRows);
    }

    /** The header: where each fixed column and each item column is. */
    private record Columns(int width, Map<String, Integer> fixed, Map<String, Integer> items) {

        /** Reads the header row, or throws a 400 problem naming every column at fault. */
        static Columns of(String[] header, Questionnaire questionnaire) {
            List<Problem.FieldError> errors = new ArrayList<>();
            Map<String, Integer> fixed = new HashMap<>();
            Map<String, Integer> items = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                String name = header[c].trim();
                String lower = name.toLowerCase(Locale.ROOT);
                if (FIXED_COLUMNS.contains(lower)) {
                    if (fixed.put(lower, c) != null) {
                        errors.add(new Problem.FieldError("row 1, column " + name, "duplicate column"));
                    }
                } else if (questionnaire.item(name).isPresent()) {
                    if (items.put(name, c) != null) {
                        errors.add(new Problem.FieldError("row 1, column " + name, "duplicate column"));
                    }
                } else {
                    errors.add(new Problem.FieldError(
                            "row 1, column " + name,
                            "unknown column: expected one of "
                                    + FIXED_COLUMNS + " or an item code of questionnaire " + questionnaire.code + " v"
                                    + questionnaire.version));
                }
            }
            if (!fixed.containsKey("consent")) {
                errors.add(new Problem.FieldError("row 1, column consent", "required column is missing"));
            }
            if (items.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "row 1", "no item column (" + questionnaire.items.get(0).code + " ...)"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return new Columns(header.length, fixed, items);
        }

        /** The request of data row {@code index}, or null when the row has errors (added to {@code errors}). */
        ResponseRequest request(String[] row, int index, Questionnaire questionnaire, List<Problem.FieldError> errors) {
            if (row.length != width) {
                errors.add(new Problem.FieldError(
                        "row " + rowNumber(index), "has " + row.length + " fields but the header has " + width));
                return null;
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> item : items.entrySet()) {
                String cell = row[item.getValue()].trim();
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    answers.put(item.getKey(), Integer.parseInt(cell));
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError(
                            name(index, "answers." + item.getKey()),
                            "must be a whole number between " + questionnaire.scaleMin + " and "
                                    + questionnaire.scaleMax));
                }
            }
            Integer age = null;
            String ageText = cell(row, fixed, "age");
            if (ageText != null) {
                try {
                    age = Integer.parseInt(ageText);
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError(name(index, "age"), "must be a whole number"));
                }
            }
            Boolean consent = null;
            String consentText = cell(row, fixed, "consent");
            if (consentText != null) {
                consent = switch (consentText.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "y", "ya", "yes" -> Boolean.TRUE;
                    case "false", "0", "n", "tidak", "no" -> Boolean.FALSE;
                    default -> {
                        errors.add(new Problem.FieldError(name(index, "consent"), "must be true or false"));
                        yield null;
                    }
                };
            }
            return new ResponseRequest(
                    cell(row, fixed, "client_response_id"),
                    answers,
                    cell(row, fixed, "gender"),
                    age,
                    cell(row, fixed, "age_band"),
                    cell(row, fixed, "education"),
                    cell(row, fixed, "occupation"),
                    cell(row, fixed, "service_used"),
                    cell(row, fixed, "suggestion"),
                    consent);
        }
    }

    private static String cell(String[] row, Map<String, Integer> fixed, String column) {
        Integer c = fixed.get(column);
        if (c == null) {
            return null;
        }
        String value = row[c].trim();
        return value.isEmpty() ? null : value;
    }
}
