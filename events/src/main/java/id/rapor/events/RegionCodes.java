package id.rapor.events;

/**
 * Kemendagri region codes: province {@code 73}, kabupaten/kota {@code 73.15}, kecamatan {@code 73.15.01}.
 * A code's ancestors are its dotted prefixes.
 */
public final class RegionCodes {

    /** The one pattern of a region code: province, kabupaten/kota, kecamatan, desa ({@code 73.15.01.2001}). */
    public static final String PATTERN = "^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private RegionCodes() {}

    /** Whether {@code code} is a well-formed region code (not whether the register holds it). */
    public static boolean isValid(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }

    /** The province part of a region code ({@code 73.15.01} → {@code 73}), or null for null. */
    public static String province(String code) {
        return prefix(code, 1);
    }

    /** The kabupaten/kota part ({@code 73.15.01} → {@code 73.15}), or null when the code is a province. */
    public static String regency(String code) {
        return prefix(code, 2);
    }

    /** Whether {@code code} is {@code scope} itself or lies inside it. */
    public static boolean within(String code, String scope) {
        if (code == null || scope == null) {
            return false;
        }
        return code.equals(scope) || code.startsWith(scope + ".");
    }

    /** The level of a code: 1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa. */
    public static int level(String code) {
        return code.split("\\.").length;
    }

    private static String prefix(String code, int parts) {
        if (code == null) {
            return null;
        }
        String[] split = code.split("\\.");
        if (split.length < parts) {
            return null;
        }
        return String.join(".", java.util.Arrays.copyOf(split, parts));
    }

    /**
     * The SQL LIKE pattern of every code inside {@code scope} ({@code scope + ".%"}), with LIKE's wildcards and escape
     * character in the scope escaped (PostgreSQL's default escape is the backslash), so a scope of {@code %} or
     * {@code 7_} matches only itself and nothing nationwide.
     */
    public static String likeInside(String scope) {
        return scope.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%";
    }
}
