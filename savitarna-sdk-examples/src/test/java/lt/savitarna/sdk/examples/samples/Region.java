package lt.savitarna.sdk.examples.samples;

import java.nio.file.Path;
import java.util.List;

/**
 * A named stretch of an example program, marked as the JDK's {@code @snippet} regions are
 * ({@code // @start region=name} … {@code // @end}), so that the same markers serve once the
 * baseline allows {@code {@snippet file=… region=…}}.
 *
 * @param key   {@code ExampleClass#region}, as a Javadoc sample marker names it
 * @param file  the example source it comes from
 * @param line  the line of its {@code @start} marker, 1-based
 * @param lines its code, without markup, with the common indentation removed
 */
record Region(String key, Path file, int line, List<String> lines) {

    Region {
        lines = List.copyOf(lines);
    }
}
