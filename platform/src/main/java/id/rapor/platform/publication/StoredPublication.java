package id.rapor.platform.publication;

import java.util.UUID;

/**
 * A published snapshot as readers find it: its view (version, hash, state, ...). The content, which may be large (a
 * national ranking), is read only when asked for, with {@link Publications#content(StoredPublication, Class)}, so a
 * caller that keeps parsed snapshots by id reads no content at all for a snapshot it already has.
 */
public record StoredPublication(PublicationView view) {

    public UUID id() {
        return view.id();
    }

    public int version() {
        return view.version();
    }
}
