package lt.savitarna.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a cursor-paged list: its items and the cursor of the next page, if there is one.
 *
 * <!-- sample: WorkspaceTour#pages -->
 * <pre>{@code
 * for (Page<Representation> page : session.representations(2).byPage()) {
 *     out.println("A page of " + page.items().size() + " representation(s), more to come: " + page.hasNext());
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final String nextCursor;

    private Page(List<T> items, String nextCursor) {
        this.items = List.copyOf(items);
        this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    }

    /**
     * A page.
     *
     * @param items      the items (copied; no {@code null}s)
     * @param nextCursor the next page's cursor; {@code null} or empty on the last page
     */
    public static <T> Page<T> of(List<T> items, String nextCursor) {
        return new Page<>(Objects.requireNonNull(items, "items"), nextCursor);
    }

    /** The items of this page, in order. */
    public List<T> items() {
        return items;
    }

    /** The cursor of the next page; empty on the last page. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor != null;
    }

    @Override
    public String toString() {
        return "Page[items=" + items.size() + ", hasNext=" + hasNext() + "]";
    }
}
