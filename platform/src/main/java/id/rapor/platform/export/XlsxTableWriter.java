package id.rapor.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through Apache POI's streaming workbook: only a window of rows stays in memory, the rest goes to a compressed
 * temporary file until the workbook is written. Numbers are numeric cells, dates are date cells shown as
 * {@code yyyy-mm-dd}, instants are ISO 8601 text in UTC. A table longer than a sheet continues on the next sheet
 * ({@code name-2}, ...) with the header repeated.
 */
final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final List<Column> columns;
    private final OutputStream out;
    private final String sheetName;
    private final SXSSFWorkbook workbook;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private SXSSFSheet sheet;
    private int sheets;
    private int rowInSheet;
    private long rows;

    XlsxTableWriter(String sheetName, List<Column> columns, OutputStream out) {
        this.columns = List.copyOf(columns);
        this.out = out;
        this.sheetName = sheetName == null || sheetName.isBlank() ? "data" : sheetName;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        newSheet();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + "-" + sheets);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        rowInSheet = 0;
    }

    @Override
    public void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        if (rowInSheet == MAX_DATA_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(++rowInSheet);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (columns.get(i).type()) {
                case TEXT -> cell.setCellValue(value.toString());
                case INTEGER, DECIMAL -> cell.setCellValue(((Number) value).doubleValue());
                case BOOLEAN -> cell.setCellValue((Boolean) value);
                case DATE -> {
                    cell.setCellValue(TableWriter.date(value));
                    cell.setCellStyle(dateStyle);
                }
                case TIMESTAMP -> cell.setCellValue(TableWriter.instant(value).toString());
            }
        }
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
