package lt.savitarna.sdk.examples.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the regions of the example sources. The markup is the subset of the JDK's snippet markup
 * the samples need: {@code // @start region=name}, {@code // @end} or {@code // @end region=name},
 * each on a line of its own, and {@code // @replace regex="…" replacement="…"} at the end of a line,
 * which rewrites that line (to elide a detail that only the runnable program needs).
 */
final class ExampleRegions {

    private static final Pattern START = Pattern.compile("^\\s*//\\s*@start\\s+region=\"?([\\w-]+)\"?\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*@end(?:\\s+region=\"?([\\w-]+)\"?)?\\s*$");
    private static final Pattern REPLACE = Pattern.compile(
            "\\s*//\\s*@replace\\s+regex=\"((?:[^\"\\\\]|\\\\.)*)\"\\s+replacement=\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

    private ExampleRegions() {
    }

    /** Every region of every {@code .java} file under the roots, by {@code ExampleClass#region}. */
    static Map<String, Region> read(List<Path> roots) {
        return read(roots, List.of());
    }

    /** As {@link #read(List)}, skipping the folders in {@code skipped} (this checker's own sources). */
    static Map<String, Region> read(List<Path> roots, List<Path> skipped) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> skipped.stream().noneMatch(f::startsWith)).sorted().toList()) {
                    for (Region region : readFile(file)) {
                        Region earlier = regions.putIfAbsent(region.key(), region);
                        if (earlier != null) {
                            throw new IllegalStateException("region " + region.key() + " is defined twice: "
                                    + earlier.file() + ":" + earlier.line() + " and " + file + ":" + region.line());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regions;
    }

    static List<Region> readFile(Path file) throws IOException {
        String className = file.getFileName().toString().replaceFirst("\\.java$", "");
        List<String> source = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Region> done = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < source.size(); i++) {
            String text = source.get(i);
            Matcher start = START.matcher(text);
            Matcher end = END.matcher(text);
            if (start.matches()) {
                open.push(new Open(start.group(1), i + 1, new ArrayList<>()));
            } else if (end.matches()) {
                Open closing = open.poll();
                String where = file + ":" + (i + 1);
                if (closing == null) {
                    throw new IllegalStateException("@end without @start at " + where);
                }
                if (end.group(1) != null && !end.group(1).equals(closing.name)) {
                    throw new IllegalStateException("@end region=" + end.group(1) + " closes region "
                            + closing.name + " at " + where);
                }
                done.add(new Region(className + "#" + closing.name, file, closing.line, dedent(closing.lines)));
            } else {
                String line = applyReplace(text, file, i + 1);
                for (Open region : open) {
                    region.lines.add(line);
                }
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("region " + open.peek().name + " in " + file + " is never ended");
        }
        return done;
    }

    private static String applyReplace(String text, Path file, int line) {
        Matcher replace = REPLACE.matcher(text);
        if (!replace.find()) {
            if (text.contains("@replace")) {
                throw new IllegalStateException("malformed @replace at " + file + ":" + line);
            }
            return text;
        }
        String code = text.substring(0, replace.start());
        String regex = unescape(replace.group(1));
        String replacement = unescape(replace.group(2));
        String rewritten = code.replaceAll(regex, Matcher.quoteReplacement(replacement));
        if (rewritten.equals(code)) {
            throw new IllegalStateException("@replace matches nothing at " + file + ":" + line);
        }
        return rewritten;
    }

    private static String unescape(String quoted) {
        return quoted.replace("\\\"", "\"");
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private record Open(String name, int line, List<String> lines) {
    }
}
