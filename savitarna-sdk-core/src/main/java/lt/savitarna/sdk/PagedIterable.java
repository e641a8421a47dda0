package lt.savitarna.sdk;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, cursor-paged list. Nothing is fetched until iteration starts; pages are then fetched one
 * at a time as they are needed, each as its own call with its own retries. Every iteration starts
 * from the first page again. A failure while fetching a page surfaces from {@code next()} or the
 * stream with its own type (e.g. {@code IdentityNotConfirmedException}), never wrapped.
 *
 * <!-- sample: WorkspaceTour#paged-list -->
 * <pre>{@code
 * // The next page is fetched when the loop reaches it.
 * for (Representation representation : session.representations()) {
 *     out.println("  " + representation.company().name() + " × " + representation.party().name());
 * }
 * // As a stream, only the pages up to the first match are fetched.
 * Optional<Representation> farm = session.representations().stream()
 *         .filter(r -> r.party().name().contains("Javų laukas")).findFirst();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    /**
     * Fetches one page.
     *
     * <!-- sample: CoreExamplesTest#fake-pages -->
     * <pre>{@code
     * PagedIterable<String> letters = PagedIterable.of(cursor -> cursor == null
     *         ? Page.of(List.of("a", "b"), "2") : Page.of(List.of("c"), null));
     * }</pre>
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * Fetches the page at {@code cursor}.
         *
         * @param cursor {@code null} for the first page, else a cursor from the previous page
         * @return the page
         */
        Page<T> fetch(String cursor);
    }

    private final PageFetcher<T> fetcher;

    private PagedIterable(PageFetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    /** A paged list over the given fetcher; also handy for stubbing in tests. */
    public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
        return new PagedIterable<>(Objects.requireNonNull(fetcher, "fetcher"));
    }

    /** Iterates the items of all pages, fetching each page when it is reached. */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = byPage().iterator();
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** A sequential stream of the items of all pages, fetched lazily. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The pages themselves, fetched lazily. */
    public Iterable<Page<T>> byPage() {
        return () -> new Iterator<>() {
            private boolean started;
            private String cursor;

            @Override
            public boolean hasNext() {
                return !started || cursor != null;
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page<T> page = fetcher.fetch(cursor);
                started = true;
                cursor = page.nextCursor().orElse(null);
                return page;
            }
        };
    }

    /** A sequential stream of the pages, fetched lazily. */
    public Stream<Page<T>> pages() {
        return StreamSupport.stream(byPage().spliterator(), false);
    }
}
