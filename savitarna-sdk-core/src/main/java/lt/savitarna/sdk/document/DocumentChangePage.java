package lt.savitarna.sdk.document;

import java.util.List;
import java.util.Objects;

/**
 * One page of the document change feed. {@link #nextCursor()} is always there and durable: store
 * it and resume from it later, also after a restart.
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
 * @param items      the changes, in ascending sequence order
 * @param nextCursor where to resume
 * @param hasMore    whether more changes are available right now
 */
public record DocumentChangePage(List<DocumentChange> items, String nextCursor, boolean hasMore) {

    /** Copies the items; requires the cursor. */
    public DocumentChangePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
