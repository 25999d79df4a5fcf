package id.rapor.assessment.region;

/** The levels of the region register, with the depth of their Kemendagri code. */
public enum RegionLevel {
    PROVINCE(1),
    REGENCY(2),
    DISTRICT(3);

    private final int depth;

    RegionLevel(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    /** The level of a stored depth. */
    public static RegionLevel ofDepth(int depth) {
        for (RegionLevel level : values()) {
            if (level.depth == depth) {
                return level;
            }
        }
        throw new IllegalArgumentException("no region level of depth " + depth);
    }
}
