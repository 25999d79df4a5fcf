package id.rapor.platform.publication;

import java.util.UUID;

/**
 * A published snapshot with its content as stored (JSON text); read the content typed with
 * {@link Publications#content(StoredPublication, Class)}.
 */
public record StoredPublication(PublicationView view, String contentJson) {

    public UUID id() {
        return view.id();
    }

    public int version() {
        return view.version();
    }
}
