package id.rapor.platform.security;

/** The roles a Rapor token can carry; their one home is {@link id.rapor.identity.Roles}. */
public final class Roles {

    /** The ministry: everything, everywhere. */
    public static final String ADMIN = id.rapor.identity.Roles.ADMIN;
    /** Biro/Bagian Organisasi: reads and evaluates inside the {@code region} claim's province or kab/kota. */
    public static final String EVALUATOR = id.rapor.identity.Roles.EVALUATOR;
    /** A service unit's operator: only the unit named in the {@code unit} claim. */
    public static final String OPERATOR = id.rapor.identity.Roles.OPERATOR;
    /** Leadership: reads everything, changes nothing. */
    public static final String VIEWER = id.rapor.identity.Roles.VIEWER;

    /** Claim naming the evaluator's region (a province or kab/kota code). */
    public static final String REGION_CLAIM = id.rapor.identity.Roles.REGION_CLAIM;
    /** Claim naming the operator's unit id. */
    public static final String UNIT_CLAIM = id.rapor.identity.Roles.UNIT_CLAIM;

    private Roles() {}
}
