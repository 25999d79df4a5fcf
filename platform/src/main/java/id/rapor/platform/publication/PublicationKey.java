package id.rapor.platform.publication;

/**
 * What a publication is about: its {@code kind} (e.g. {@code survey-result}, {@code ranking}), its {@code subject}
 * (a unit id, a region code, an index and region) and its {@code period}. Each key has its own version sequence.
 */
public record PublicationKey(String kind, String subject, String period) {

    public PublicationKey {
        if (kind == null
                || kind.isBlank()
                || subject == null
                || subject.isBlank()
                || period == null
                || period.isBlank()) {
            throw new IllegalArgumentException("a publication key needs kind, subject and period");
        }
    }
}
