package id.rapor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void shouldCountRowsAfterTheHeaderWithQuotedLineBreaksAndQuotes() {
        // header + 3 rows; the second row's suggestion spans two lines and holds an escaped quote
        String csv = "id,suggestion,U1\r\n" + "1,,4\r\n" + "2,\"antre \"\"lama\"\"\r\nloket 2\",3\r\n" + "3,ok,2\r\n";

        assertThat(count(csv, 1).rows()).isEqualTo(3);
    }

    @Test
    void shouldCountTheSameWhateverPiecesTheBodyArrivesIn() {
        String csv = "h\n\"a\nb\"\nc\n\"d\"\"\ne\"\n";
        // records: h, "a\nb", c, "d""\ne" = 4, rows after the header 3
        for (int piece = 1; piece <= csv.length(); piece++) {
            assertThat(count(csv, piece).records())
                    .as("pieces of %d bytes", piece)
                    .isEqualTo(4);
        }
    }

    @Test
    void shouldCountALastRecordWithoutALineBreakAndNothingForAnEmptyBody() {
        assertThat(count("h\r\n1\r\n2", 3).rows()).isEqualTo(2);
        assertThat(count("h\r\n", 3).rows()).isZero();
        assertThat(count("", 3).records()).isZero();
    }

    private static CsvRecords count(String csv, int piece) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        CsvRecords records = new CsvRecords();
        for (int from = 0; from < bytes.length; from += piece) {
            records.accept(bytes, from, Math.min(piece, bytes.length - from));
        }
        return records;
    }
}
