package lt.savitarna.sdk.examples.samples;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code <pre>{@code …}</pre>} block of a Javadoc comment and the marker before it that names
 * the example region it is copied from ({@code <!-- sample: FirstSteps#register -->}).
 *
 * @param file   the source holding the comment
 * @param first  index of the {@code <pre>{@code} line, 0-based
 * @param last   index of the closing {@code }</pre>} line, 0-based
 * @param key    the region it names, or {@code null} when the block has no marker
 * @param margin what precedes the code on each line, e.g. {@code "     * "}
 * @param lines  the code as it stands, without the margin
 */
record JavadocSample(Path file, int first, int last, String key, String margin, List<String> lines) {

    JavadocSample {
        lines = List.copyOf(lines);
    }

    /** {@code file:line} of the block, 1-based, for messages. */
    String where() {
        return file + ":" + (first + 1);
    }

    /** The comment lines that show {@code code} in this block's margin. */
    List<String> render(List<String> code) {
        String bare = margin.stripTrailing();
        return code.stream().map(line -> line.isEmpty() ? bare : margin + line).toList();
    }
}
