package lt.savitarna.sdk.help;

import java.time.Instant;
import java.util.Objects;

/**
 * A file uploaded for the agronomist-consultant, on its own or attached to a help request.
 *
 * <!-- sample: HelpDeskUpload#attach -->
 * <pre>{@code
 * UploadedFile uploaded = help.attach(request.id(), Upload.builder(document)
 *         .description("Žemės nuomos sutarties kopija")
 *         .progress(new ProgressBar(out, document.getFileName().toString()))
 *         .build());
 * out.printf("Attached %s (%,d B, %s): %s%n", uploaded.fileName(), uploaded.size(), uploaded.mediaType(),
 *         uploaded.state());
 * }</pre>
 *
 * @param id          the opaque id
 * @param fileName    the file name as the portal keeps it
 * @param mediaType   the media type
 * @param size        the size in bytes
 * @param sha256      the lower-case hex SHA-256 the portal computed
 * @param description the description given, or {@code null}
 * @param requestId   the help request it is attached to, or {@code null}
 * @param state       where it stands (forward compatible)
 * @param createdAt   when it was received
 */
public record UploadedFile(String id, String fileName, String mediaType, long size, String sha256,
                           String description, String requestId, UploadState state, Instant createdAt) {

    /** Requires the id and the state. */
    public UploadedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
