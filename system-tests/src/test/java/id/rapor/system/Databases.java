package id.rapor.system;

import id.rapor.local.Stack;
import id.rapor.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Direct reads of the services' databases, for tests that check what was (not) written. */
final class Databases {

    private Databases() {}

    /** Row counts of every table of the three service databases, keyed {@code service.table}. */
    static Map<String, Long> rowCounts(Stack stack) {
        Map<String, Long> counts = new TreeMap<>();
        for (String service : List.of("assessment", "survey", "ranking")) {
            try (Connection c = PostgresServer.connect(stack.database(service));
                    Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' "
                        + "and table_name <> 'flyway_schema_history'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                        rs.next();
                        counts.put(service + "." + table, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count rows of " + service, e);
            }
        }
        return counts;
    }

    /** Waits until no table changes for a second (events in flight have been applied). */
    static Map<String, Long> quiescentRowCounts(Stack stack) throws InterruptedException {
        Map<String, Long> previous = rowCounts(stack);
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<String, Long> current = rowCounts(stack);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    /** A single number from a query on a service's database. */
    static long scalar(Stack stack, String service, String sql, Object... params) {
        try (Connection c = PostgresServer.connect(stack.database(service));
                var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + service + ": " + sql, e);
        }
    }
}
