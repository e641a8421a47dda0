package lt.savitarna.sdk.document;

import java.util.List;
import java.util.Objects;

/**
 * One page of the document change feed. {@link #nextCursor()} is always there and durable: store
 * it and resume from it later, also after a restart.
 *
 * <pre>{@code
 * DocumentChangePage page = ws.documents().changes(storedCursor);
 * page.items().forEach(this::apply);
 * store(page.nextCursor());
 * if (!page.hasMore()) sleepUntilNextPoll();
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
