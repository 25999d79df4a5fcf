package id.rapor.platform.feed;

import id.rapor.platform.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * A position in commit order, shared by every feed and incremental export: rows carry {@code change_xid}, the id of
 * the transaction that last wrote them (an {@code xid8} column with a default and a touch trigger), and a reader
 * returns only rows whose transaction is below the oldest one still running ({@code pg_snapshot_xmin}). A transaction
 * that started first and commits last is thus never skipped: its rows stay out until it commits, and then come after
 * any cursor handed out meanwhile. Clients see the cursor as opaque base64url text; {@code (xid, 0)} stands for
 * "everything written by transaction xid and later".
 *
 * @param xid the writing transaction's id
 * @param id the row's own id within that transaction (0: from the transaction's first row on)
 */
public record CommitCursor(long xid, long id) {

    /** Response header carrying the cursor of the next increment of an export. */
    public static final String NEXT_CURSOR = "Rapor-Next-Cursor";

    /** Rows whose writing transaction has ended (the column is the table's {@code change_xid}). */
    public static String committed(String column) {
        return " and " + column + " < pg_snapshot_xmin(pg_current_snapshot())";
    }

    /** Rows after a cursor by (transaction, row id): two parameters, see {@link #bind}. */
    public static String after(String xidColumn, String idColumn) {
        return " and (" + xidColumn + ", " + idColumn + ") > (?::xid8, ?)";
    }

    /** Rows written by the cursor's transaction or later: one parameter, see {@link #bindBefore}. */
    public static String from(String xidColumn) {
        return " and " + xidColumn + " >= ?::xid8";
    }

    /** Rows written before a horizon: one parameter, see {@link #bindBefore}. */
    public static String before(String xidColumn) {
        return " and " + xidColumn + " < ?::xid8";
    }

    /**
     * The horizon of a read starting now: every transaction below it has ended, none at or above it is visible yet.
     * As a cursor it continues with everything from that transaction on.
     */
    public static CommitCursor horizon(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new CommitCursor(Long.parseUnsignedLong(rs.getString(1)), 0);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the snapshot failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** The cursor as clients see it. */
    public String text() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("x" + Long.toUnsignedString(xid) + "." + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Binds the two parameters of {@link #after} from {@code index}; returns the next free index. */
    public int bind(PreparedStatement ps, int index) throws SQLException {
        ps.setString(index, Long.toUnsignedString(xid));
        ps.setLong(index + 1, id);
        return index + 2;
    }

    /** Binds the parameter of {@link #before} or {@link #from} at {@code index} with this cursor's transaction. */
    public int bindBefore(PreparedStatement ps, int index) throws SQLException {
        ps.setString(index, Long.toUnsignedString(xid));
        return index + 1;
    }

    /** The cursor in {@code text}, null when blank; 400 naming {@code cursor} when it is not one of ours. */
    public static CommitCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
            int dot = raw.indexOf('.');
            if (!raw.startsWith("x") || dot < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new CommitCursor(
                    Long.parseUnsignedLong(raw.substring(1, dot)), Long.parseLong(raw.substring(dot + 1)));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("cursor", "is not a cursor this feed returned");
        }
    }
}
