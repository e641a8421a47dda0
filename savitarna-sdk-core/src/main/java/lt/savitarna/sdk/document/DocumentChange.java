package lt.savitarna.sdk.document;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a workspace's document change feed.
 *
 * <!-- sample: DocumentChangeFeed#follow-feed -->
 * <pre>{@code
 * DocumentChangePage page;
 * do {
 *     page = documents.changes(cursor);
 *     for (DocumentChange change : page.items()) {
 *         apply(change);
 *     }
 *     cursor = page.nextCursor();
 *     Files.writeString(cursorFile, cursor); // durable: the next run resumes from here
 * } while (page.hasMore());
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
