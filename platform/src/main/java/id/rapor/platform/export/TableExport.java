package id.rapor.platform.export;

import io.quarkus.logging.Log;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Streams a table straight from the database to the client: one read-only, repeatable-read transaction on its own
 * connection, a server-side cursor ({@link #FETCH_SIZE} rows per round trip) and a {@link TableWriter}, so an export
 * of millions of rows never holds more than a fetch and a writer window in memory. Check the caller's scope before
 * building the response: once the first byte is sent, a failure can only cut the transfer short.
 */
public final class TableExport {

    /** Rows PostgreSQL sends per round trip of the cursor. */
    public static final int FETCH_SIZE = 2_000;

    /** Binds the query's parameters. */
    @FunctionalInterface
    public interface Query {
        PreparedStatement prepare(Connection connection) throws SQLException;
    }

    /** Turns the current result row into the table's values, in column order. */
    @FunctionalInterface
    public interface RowMapper {
        Object[] map(ResultSet row) throws SQLException;
    }

    private TableExport() {}

    /** A 200 response streaming the rows of {@code query} as {@code format}, downloaded as {@code baseName.ext}. */
    public static Response fromQuery(
            DataSource dataSource,
            ExportFormat format,
            String baseName,
            List<Column> columns,
            Query query,
            RowMapper mapper) {
        StreamingOutput body = out -> writeQuery(dataSource, format, baseName, columns, query, mapper, out);
        return response(format, baseName, body);
    }

    /** A 200 response writing rows computed elsewhere (small tables: rankings, results). */
    public static Response fromRows(
            ExportFormat format, String baseName, List<Column> columns, Iterable<Object[]> rows) {
        StreamingOutput body = out -> {
            try (TableWriter writer = TableWriter.open(format, baseName, columns, out)) {
                for (Object[] row : rows) {
                    writer.row(row);
                }
            }
        };
        return response(format, baseName, body);
    }

    /** Writes the rows of {@code query} to {@code out}; returns how many were written. */
    public static long writeQuery(
            DataSource dataSource,
            ExportFormat format,
            String sheet,
            List<Column> columns,
            Query query,
            RowMapper mapper,
            OutputStream out)
            throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement statement = query.prepare(connection)) {
                statement.setFetchSize(FETCH_SIZE);
                long written;
                try (ResultSet rows = statement.executeQuery();
                        TableWriter writer = TableWriter.open(format, sheet, columns, out)) {
                    while (rows.next()) {
                        writer.row(mapper.map(rows));
                    }
                    written = writer.rows();
                }
                connection.commit();
                return written;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // Headers are gone already: log the state only (never row contents) and cut the transfer short.
            Log.errorf("export %s failed (SQL state %s)", sheet, e.getSQLState());
            throw new IOException("export failed", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Response response(ExportFormat format, String baseName, StreamingOutput body) {
        return Response.ok(body, format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
