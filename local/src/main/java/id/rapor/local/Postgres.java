package id.rapor.local;

/** What to tell a user whose PostgreSQL cannot be reached. */
final class Postgres {

    static final String HOW_TO = "Start it (Debian/Ubuntu: sudo pg_ctlcluster <version> main start), install it "
            + "(sudo apt-get install postgresql), or point Rapor at another server with RAPOR_PG_HOST, RAPOR_PG_PORT, "
            + "RAPOR_PG_USER and RAPOR_PG_PASSWORD (the user needs CREATEDB).";

    private Postgres() {}
}
