package lt.savitarna.sdk.document;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a workspace's document change feed.
 *
 * <pre>{@code
 * for (DocumentChange c : ws.documents().changes(cursor).items()) {
 *     if (c.sequence() <= lastApplied) continue; // delivery is at least once
 *     c.documentIfPresent().ifPresentOrElse(erp::upsert, () -> erp.remove(c.documentId()));
 * }
 * }</pre>
 *
 * @param sequence   strictly increasing within the workspace's feed
 * @param documentId the document concerned
 * @param change     what happened (forward compatible)
 * @param document   the metadata as of the change; {@code null} for {@code DELETED}
 * @param occurredAt when it happened
 */
public record DocumentChange(long sequence, String documentId, DocumentChangeType change, Document document,
                             Instant occurredAt) {

    /** Requires the document id and the change. */
    public DocumentChange {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(change, "change");
    }

    /** The metadata as of the change; empty for {@code DELETED}. */
    public Optional<Document> documentIfPresent() {
        return Optional.ofNullable(document);
    }
}
