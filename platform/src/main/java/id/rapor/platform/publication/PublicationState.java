package id.rapor.platform.publication;

/** Where a published snapshot stands for readers at a given instant. */
public enum PublicationState {
    /** Held by an embargo that has not passed yet: only managers see it. */
    SCHEDULED,
    /** The current snapshot readers see. */
    PUBLISHED,
    /** Replaced by a later version whose embargo has passed. */
    SUPERSEDED
}
