package lt.savitarna.sdk.examples.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the code samples of a source file's Javadoc, checks them against regions, rewrites them. */
final class JavadocSamples {

    private static final Pattern OPEN = Pattern.compile("^(\\s*\\* )<pre>\\{@code\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*\\*\\s*\\}</pre>.*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*\\* <!-- sample: (\\S+#[\\w-]+) -->\\s*$");

    private JavadocSamples() {
    }

    static List<JavadocSample> find(Path file) throws IOException {
        List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<JavadocSample> samples = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            Matcher open = OPEN.matcher(source.get(i));
            if (!open.matches()) {
                continue;
            }
            int close = i + 1;
            while (close < source.size() && !CLOSE.matcher(source.get(close)).matches()) {
                close++;
            }
            if (close == source.size()) {
                throw new IllegalStateException("no }</pre> for the sample at " + file + ":" + (i + 1));
            }
            String margin = open.group(1);
            List<String> code = new ArrayList<>();
            for (String line : source.subList(i + 1, close)) {
                String bare = margin.stripTrailing();
                code.add(line.startsWith(margin) ? line.substring(margin.length())
                        : line.stripTrailing().equals(bare) ? "" : line);
            }
            Matcher marker = i > 0 ? MARKER.matcher(source.get(i - 1)) : null;
            String key = marker != null && marker.matches() ? marker.group(1) : null;
            samples.add(new JavadocSample(file, i, close, key, margin, code));
            i = close;
        }
        return samples;
    }

    /**
     * Replaces each marked sample of the file with its region's code; returns whether the file
     * changed. Unknown regions are left as they are (the check reports them).
     */
    static boolean rewrite(Path file, Map<String, Region> regions) throws IOException {
        List<String> source = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<JavadocSample> samples = find(file);
        boolean changed = false;
        for (int s = samples.size() - 1; s >= 0; s--) { // from the end, so earlier indexes stay valid
            JavadocSample sample = samples.get(s);
            Region region = sample.key() == null ? null : regions.get(sample.key());
            if (region == null || region.lines().equals(sample.lines())) {
                continue;
            }
            List<String> body = source.subList(sample.first() + 1, sample.last());
            body.clear();
            body.addAll(sample.render(region.lines()));
            changed = true;
        }
        if (changed) {
            Files.write(file, source, StandardCharsets.UTF_8);
        }
        return changed;
    }

    /**
     * Why the region cannot be shown inside {@code {@code …}} in a Javadoc comment, or
     * {@code null}: the comment would end at a star-slash, and the inline tag ends at the first
     * unbalanced closing brace. (Lines starting with an annotation are fine inside the tag.)
     */
    static String unshowable(Region region) {
        int depth = 0;
        for (String line : region.lines()) {
            if (line.contains("*/")) {
                return "contains */";
            }
            for (char c : line.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth < 0) {
                    return "closes a brace it did not open";
                }
            }
        }
        return depth == 0 ? null : "leaves " + depth + " brace(s) open";
    }
}
