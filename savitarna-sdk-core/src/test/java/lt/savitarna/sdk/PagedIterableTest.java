package lt.savitarna.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

    @Test
    void skipsEmptyPagesAndRestartsOnEveryIteration() {
        List<String> asked = new ArrayList<>();
        PagedIterable<String> letters = PagedIterable.of(cursor -> {
            asked.add(String.valueOf(cursor));
            if (cursor == null) {
                return Page.of(List.of("a"), "2");
            }
            return cursor.equals("2") ? Page.of(List.of(), "3") : Page.of(List.of("b", "c"), "");
        });

        assertEquals(List.of("a", "b", "c"), letters.stream().toList());
        assertEquals(List.of("null", "2", "3"), asked);
        assertEquals(List.of("a", "b", "c"), letters.stream().toList());
        assertEquals(6, asked.size());
    }

    @Test
    void anExhaustedIteratorSaysSo() {
        Iterator<String> it = PagedIterable.<String>of(cursor -> Page.of(List.of(), null)).iterator();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }
}
