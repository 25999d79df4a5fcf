package id.rapor.ranking.ranking;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import java.util.Locale;

/**
 * The level a Pemda ranks at: province governments (a two-digit region code such as {@code 76}) rank among the
 * provinces, kab/kota governments ({@code 76.05}) among the kab/kota; a ranking of Pemda never mixes the two.
 */
public enum PemdaLevel {
    PROVINSI("u.region_code not like '%.%'"),
    KABKOTA("u.region_code like '%.%' and u.region_code not like '%.%.%'");

    private final String sql;

    PemdaLevel(String sql) {
        this.sql = sql;
    }

    /** The SQL condition on {@code unit_projection u} that keeps the Pemda of this level. */
    public String sql() {
        return sql;
    }

    /** The level of a Pemda's region code. */
    public static PemdaLevel of(String regionCode) {
        return RegionCodes.level(regionCode) == 1 ? PROVINSI : KABKOTA;
    }

    /**
     * The level a ranking of {@code subjectKind} covers: for PEMDA the {@code level} asked for, or by default the
     * kab/kota when a region is given (the kab/kota governments of a province, as the province ranks them) and the
     * provinces when none is (the national ranking of provinces); null for other kinds. 400 naming {@code level}
     * when it is not PROVINSI or KABKOTA, or is given for another kind.
     */
    public static PemdaLevel require(String subjectKind, String level, String region) {
        boolean pemda = "PEMDA".equals(subjectKind);
        if (level != null && !level.isBlank()) {
            if (!pemda) {
                throw ProblemException.badRequest("level", "applies only to subjectKind=PEMDA");
            }
            try {
                return valueOf(level.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("level", "must be PROVINSI or KABKOTA");
            }
        }
        if (!pemda) {
            return null;
        }
        return region == null ? PROVINSI : KABKOTA;
    }
}
