package id.rapor.identity;

import java.util.Set;

/** The roles a Rapor token can carry, and the claims that scope them. */
public final class Roles {

    /** The ministry: everything, everywhere. */
    public static final String ADMIN = "admin";
    /** Biro/Bagian Organisasi: reads and evaluates inside the {@code region} claim's province or kab/kota. */
    public static final String EVALUATOR = "evaluator";
    /** A service unit's operator: only the unit named in the {@code unit} claim. */
    public static final String OPERATOR = "operator";
    /** Leadership: reads everything, changes nothing. */
    public static final String VIEWER = "viewer";

    /** Every role Rapor grants; any other name in the role claim (e.g. Keycloak's defaults) grants nothing. */
    public static final Set<String> ALL = Set.of(ADMIN, EVALUATOR, OPERATOR, VIEWER);

    /** Claim naming the evaluator's region (a province or kab/kota code). */
    public static final String REGION_CLAIM = "region";
    /** Claim naming the operator's unit id. */
    public static final String UNIT_CLAIM = "unit";

    private Roles() {}
}
