package id.rapor.bench;

/**
 * Counts the records of an RFC 4180 CSV fed in pieces as it arrives: a line break inside a quoted field (a
 * suggestion written over several lines) does not end a record, {@code ""} inside quotes is a quote. Works on UTF-8
 * bytes as they are, since a quote and a line feed never occur inside a multi-byte character.
 */
final class CsvRecords {

    private boolean quoted;
    private boolean pending;
    private long records;

    void accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
                pending = true;
            } else if (b == '\n' && !quoted) {
                records++;
                pending = false;
            } else if (b != '\r') {
                pending = true;
            }
        }
    }

    /** Records so far, the last one counted even without a final line break. */
    long records() {
        return records + (pending ? 1 : 0);
    }

    /** Records after the header line. */
    long rows() {
        return Math.max(0, records() - 1);
    }
}
