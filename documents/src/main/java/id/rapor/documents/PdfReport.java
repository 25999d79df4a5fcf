package id.rapor.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small flowing layout on A4 portrait over Apache PDFBox: a title block, numbered headings, wrapped paragraphs,
 * tables that break across pages with their header repeated, vector bar and trend charts, and a signatory block.
 * Text uses the standard Helvetica faces (WinAnsi); a character they cannot show is written as its closest ASCII
 * form, so no input can make a document fail. Every page gets a footer with the document's name and page numbers.
 */
public final class PdfReport implements AutoCloseable {

    /** Horizontal alignment of a table column. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A table column: header text, relative width and alignment. */
    public record Column(String header, float width, Align align) {

        public static Column left(String header, float width) {
            return new Column(header, width, Align.LEFT);
        }

        public static Column right(String header, float width) {
            return new Column(header, width, Align.RIGHT);
        }

        public static Column center(String header, float width) {
            return new Column(header, width, Align.CENTER);
        }
    }

    /** One point or bar of a chart: its label and value (null: no value, e.g. a period without data). */
    public record Datum(String label, Double value, String valueText) {}

    private static final float MARGIN = 56f;
    private static final float BODY = 10f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PAD = 3.5f;
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF1);
    private static final Color BAR = new Color(0x2F, 0x5D, 0x8A);
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final String footer;
    private PDPageContentStream content;
    private float y;

    /** A new document; {@code footer} is printed at the foot of every page next to the page number. */
    public PdfReport(String title, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(clean(title));
        document.getDocumentInformation().setCreator("Rapor");
        newPage();
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private float bottom() {
        return MARGIN + 18f;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public PdfReport ensure(float height) {
        if (y - height < bottom()) {
            newPage();
        }
        return this;
    }

    /** Starts a new page. */
    public PdfReport pageBreak() {
        newPage();
        return this;
    }

    /** Vertical space. */
    public PdfReport space(float points) {
        y -= points;
        return this;
    }

    /** Centred bold lines, e.g. the cover title. */
    public PdfReport title(String... lines) {
        for (String line : lines) {
            ensure(20);
            centred(line, bold, 14);
            y -= 19;
        }
        y -= 8;
        return this;
    }

    /** Centred regular line. */
    public PdfReport centredLine(String line, float size) {
        ensure(size * 1.6f);
        centred(line, regular, size);
        y -= size * 1.5f;
        return this;
    }

    /** A section heading (kept with at least a few lines of what follows). */
    public PdfReport heading(String text) {
        ensure(60);
        y -= 8;
        write(text, bold, 12, MARGIN, y);
        y -= 17;
        return this;
    }

    /** A sub-heading. */
    public PdfReport subheading(String text) {
        ensure(44);
        y -= 3;
        write(text, bold, BODY + 0.5f, MARGIN, y);
        y -= 15;
        return this;
    }

    /** A wrapped paragraph in the body face. */
    public PdfReport paragraph(String text) {
        return paragraph(text, regular, BODY);
    }

    /** A wrapped paragraph in italics (notes). */
    public PdfReport note(String text) {
        return paragraph(text, italic, BODY - 1);
    }

    private PdfReport paragraph(String text, PDType1Font font, float size) {
        for (String line : wrap(text, font, size, width())) {
            ensure(size * LEADING);
            write(line, font, size, MARGIN, y);
            y -= size * LEADING;
        }
        y -= 5;
        return this;
    }

    /** Label–value lines, labels in a fixed column (e.g. the report's identity). */
    public PdfReport keyValues(List<String[]> rows) {
        float labelWidth = 150f;
        for (String[] row : rows) {
            List<String> lines = wrap(row[1], regular, BODY, width() - labelWidth - 10);
            ensure(lines.size() * BODY * LEADING);
            write(row[0], regular, BODY, MARGIN, y);
            write(":", regular, BODY, MARGIN + labelWidth - 8, y);
            for (String line : lines) {
                write(line, regular, BODY, MARGIN + labelWidth, y);
                y -= BODY * LEADING;
            }
        }
        y -= 5;
        return this;
    }

    /**
     * A table over the full width: a shaded bold header (repeated on each page the table runs onto), then rows;
     * {@code boldRows} lists indexes of rows set in bold (totals). Cells wrap within their column.
     */
    public PdfReport table(List<Column> columns, List<List<String>> rows, int... boldRows) {
        float size = BODY - 1;
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width() / total * width();
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        drawRow(columns, widths, headers, bold, size, true, true);
        for (int r = 0; r < rows.size(); r++) {
            boolean isBold = contains(boldRows, r);
            float height = rowHeight(widths, rows.get(r), isBold ? bold : regular, size);
            if (y - height < bottom()) {
                newPage();
                drawRow(columns, widths, headers, bold, size, true, true);
            }
            drawRow(columns, widths, rows.get(r), isBold ? bold : regular, size, false, false);
        }
        y -= 14;
        return this;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private float rowHeight(float[] widths, List<String> cells, PDType1Font font, float size) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            lines = Math.max(
                    lines, wrap(text, font, size, widths[c] - 2 * CELL_PAD).size());
        }
        return lines * size * LEADING + 2 * CELL_PAD;
    }

    private void drawRow(
            List<Column> columns,
            float[] widths,
            List<String> cells,
            PDType1Font font,
            float size,
            boolean header,
            boolean ensureSpace) {
        float height = rowHeight(widths, cells, font, size);
        if (ensureSpace) {
            ensure(height * 2);
        }
        try {
            float x = MARGIN;
            if (header) {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, y - height, width(), height);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
            }
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
                String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                float lineY = y - CELL_PAD - size;
                Align align = header ? Align.CENTER : columns.get(c).align();
                for (String line : wrap(text, font, size, widths[c] - 2 * CELL_PAD)) {
                    float w = textWidth(line, font, size);
                    float tx = switch (align) {
                        case LEFT -> x + CELL_PAD;
                        case CENTER -> x + (widths[c] - w) / 2;
                        case RIGHT -> x + widths[c] - CELL_PAD - w;
                    };
                    write(line, font, size, tx, lineY);
                    lineY -= size * LEADING;
                }
                x += widths[c];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /**
     * A vertical bar chart with a value axis from {@code min} to {@code max} ({@code ticks} gridlines), each bar
     * labelled with its value text underneath the category label.
     */
    public PdfReport barChart(String caption, List<Datum> data, double min, double max, int ticks) {
        float height = 190f;
        ensure(height + 40);
        subheading(caption);
        float plotLeft = MARGIN + 34;
        float plotWidth = width() - 44;
        float plotBottom = y - height + 26;
        float plotHeight = height - 40;
        axes(plotLeft, plotBottom, plotWidth, plotHeight, min, max, ticks);
        try {
            float slot = plotWidth / Math.max(1, data.size());
            float barWidth = Math.min(36f, slot * 0.6f);
            for (int i = 0; i < data.size(); i++) {
                Datum d = data.get(i);
                float cx = plotLeft + slot * i + slot / 2;
                if (d.value() != null) {
                    float h = (float) ((clamp(d.value(), min, max) - min) / (max - min) * plotHeight);
                    content.setNonStrokingColor(BAR);
                    content.addRect(cx - barWidth / 2, plotBottom, barWidth, h);
                    content.fill();
                    content.setNonStrokingColor(Color.BLACK);
                    String v = d.valueText();
                    write(v, bold, 7.5f, cx - textWidth(v, bold, 7.5f) / 2, plotBottom + h + 3);
                }
                String label = d.label();
                write(label, regular, 8, cx - textWidth(label, regular, 8) / 2, plotBottom - 11);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
        return this;
    }

    /** A line chart of values over ordered categories (periods), points labelled; a null value leaves a gap. */
    public PdfReport lineChart(String caption, List<Datum> data, double min, double max, int ticks) {
        float height = 180f;
        ensure(height + 40);
        subheading(caption);
        float plotLeft = MARGIN + 34;
        float plotWidth = width() - 44;
        float plotBottom = y - height + 26;
        float plotHeight = height - 40;
        axes(plotLeft, plotBottom, plotWidth, plotHeight, min, max, ticks);
        try {
            float slot = plotWidth / Math.max(1, data.size());
            content.setStrokingColor(BAR);
            content.setLineWidth(1.6f);
            Float lastX = null;
            Float lastY = null;
            for (int i = 0; i < data.size(); i++) {
                Datum d = data.get(i);
                float cx = plotLeft + slot * i + slot / 2;
                if (d.value() == null) {
                    lastX = null;
                    continue;
                }
                float cy = plotBottom + (float) ((clamp(d.value(), min, max) - min) / (max - min) * plotHeight);
                if (lastX != null) {
                    content.moveTo(lastX, lastY);
                    content.lineTo(cx, cy);
                    content.stroke();
                }
                lastX = cx;
                lastY = cy;
            }
            for (int i = 0; i < data.size(); i++) {
                Datum d = data.get(i);
                float cx = plotLeft + slot * i + slot / 2;
                if (d.value() != null) {
                    float cy = plotBottom + (float) ((clamp(d.value(), min, max) - min) / (max - min) * plotHeight);
                    content.setNonStrokingColor(BAR);
                    content.addRect(cx - 2.5f, cy - 2.5f, 5, 5);
                    content.fill();
                    content.setNonStrokingColor(Color.BLACK);
                    String v = d.valueText();
                    write(v, bold, 7.5f, cx - textWidth(v, bold, 7.5f) / 2, cy + 6);
                }
                write(d.label(), regular, 8, cx - textWidth(d.label(), regular, 8) / 2, plotBottom - 11);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
        return this;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private void axes(float left, float bottom, float w, float h, double min, double max, int ticks) {
        try {
            content.setLineWidth(0.4f);
            for (int t = 0; t <= ticks; t++) {
                float ty = bottom + h * t / ticks;
                content.setStrokingColor(t == 0 ? RULE : GRID);
                content.moveTo(left, ty);
                content.lineTo(left + w, ty);
                content.stroke();
                String label = Formats.number(min + (max - min) * t / ticks, max - min < 10 ? 1 : 0);
                write(label, regular, 7.5f, left - 5 - textWidth(label, regular, 7.5f), ty - 2.5f);
            }
            content.setStrokingColor(RULE);
            content.moveTo(left, bottom);
            content.lineTo(left, bottom + h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signatory block at the right: place and date, the position, space for the signature, the name
     * (bold, underlined) and the NIP. Missing parts print as dotted lines to fill by hand.
     */
    public PdfReport signatory(String placeAndDate, String position, String name, String nip) {
        float size = BODY;
        ensure(120);
        y -= 14;
        float x = MARGIN + width() * 0.55f;
        float w = width() * 0.45f;
        List<String> top = new ArrayList<>();
        top.add(placeAndDate);
        top.addAll(wrap(blankIfNull(position, "...................................."), regular, size, w));
        for (String line : top) {
            write(line, regular, size, x, y);
            y -= size * LEADING;
        }
        y -= 52;
        String printed = blankIfNull(name, "(....................................)");
        write(printed, bold, size, x, y);
        try {
            content.setLineWidth(0.6f);
            content.setStrokingColor(Color.BLACK);
            content.moveTo(x, y - 2);
            content.lineTo(x + textWidth(printed, bold, size), y - 2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size * LEADING;
        write("NIP. " + blankIfNull(nip, "...................................."), regular, size, x, y);
        y -= size * LEADING;
        return this;
    }

    private static String blankIfNull(String value, String blank) {
        return value == null || value.isBlank() ? blank : value;
    }

    /** The finished document: footers on every page, then the bytes. */
    public byte[] toBytes() {
        try {
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream foot =
                        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String left = clean(footer);
                    String right = "Halaman " + (i + 1) + " dari " + pages;
                    foot.setStrokingColor(GRID);
                    foot.setLineWidth(0.4f);
                    foot.moveTo(MARGIN, MARGIN);
                    foot.lineTo(MARGIN + width(), MARGIN);
                    foot.stroke();
                    text(foot, left, italic, 7.5f, MARGIN, MARGIN - 11);
                    text(foot, right, italic, 7.5f, MARGIN + width() - textWidth(right, italic, 7.5f), MARGIN - 11);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void centred(String text, PDType1Font font, float size) {
        write(text, font, size, MARGIN + (width() - textWidth(text, font, size)) / 2, y);
    }

    private void write(String text, PDType1Font font, float size, float x, float baseline) {
        text(content, text, font, size, x, baseline);
    }

    private static void text(PDPageContentStream stream, String text, PDType1Font font, float size, float x, float y) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(Color.BLACK);
            stream.newLineAtOffset(x, y);
            stream.showText(clean(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float textWidth(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(clean(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words wrapped to {@code maxWidth}; a word longer than the width is cut. */
    private static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the standard fonts (WinAnsi) cannot show replaced by a plain form. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\t', '\r', '\n' -> out.append(' ');
                case 0x2265 -> out.append(">=");
                case 0x2264 -> out.append("<=");
                case 0x2212 -> out.append('-');
                case 0x2192 -> out.append("->");
                default -> {
                    if (cp >= 0x20 && cp < 0x7F || WIN_ANSI_EXTRA.indexOf(cp) >= 0 || cp >= 0xA0 && cp <= 0xFF) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('?');
                    }
                }
            }
        });
        return out.toString();
    }

    /** The characters WinAnsi adds in 0x80–0x9F (dashes, quotes, bullet, ellipsis, euro, ...). */
    private static final String WIN_ANSI_EXTRA =
            "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C"
                    + "\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
}
