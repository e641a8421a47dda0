package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a workspace's change feed.
 *
 * @param document the document as of the change; {@code null} for {@code DELETED}
 */
public record DocumentChange(long sequence, String documentId, String change, DocumentRecord document,
                             Instant occurredAt) {

    public DocumentChange {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
