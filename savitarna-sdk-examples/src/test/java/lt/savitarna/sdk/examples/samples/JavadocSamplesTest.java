package lt.savitarna.sdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code samples in the Javadoc of the published modules are copied from the example programs
 * (and the example tests), which CI compiles and runs: every sample names its region with a
 * {@code <!-- sample: Example#region -->} marker and must equal it. After changing an example, run
 * <pre>
 * mvn -q -pl savitarna-sdk-examples -am test -Dtest=JavadocSamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dsamples.update=true
 * </pre>
 * to copy the regions into the Javadoc again.
 */
class JavadocSamplesTest {

    private static final List<String> PUBLISHED = List.of("savitarna-sdk-core", "savitarna-sdk-signing",
            "savitarna-sdk-testkit");
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|record|enum|@interface)\\s",
            Pattern.MULTILINE);

    private static Path repository;
    private static Set<String> exported;
    private static Map<String, Region> regions;
    private static List<Path> sources;

    @BeforeAll
    static void readSources() throws IOException {
        Path examples = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        repository = examples.getParent();
        Path tests = examples.resolve("src/test/java");
        regions = ExampleRegions.read(List.of(examples.resolve("src/main/java"), tests),
                List.of(tests.resolve(JavadocSamplesTest.class.getPackageName().replace('.', '/'))));
        exported = exportedPackages();
        sources = new ArrayList<>();
        for (String module : PUBLISHED) {
            try (Stream<Path> files = Files.walk(repository.resolve(module).resolve("src/main/java"))) {
                // Internal packages are not published: their Javadoc may sketch code of its own.
                files.filter(f -> f.toString().endsWith(".java")).filter(JavadocSamplesTest::published)
                        .sorted().forEach(sources::add);
            }
        }
        if (Boolean.getBoolean("samples.update")) {
            for (Path source : sources) {
                if (JavadocSamples.rewrite(source, regions)) {
                    System.out.println("samples copied again into " + repository.relativize(source));
                }
            }
        }
    }

    @Test
    void everySampleNamesTheExampleItComesFrom() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (Path source : sources) {
            for (JavadocSample sample : JavadocSamples.find(source)) {
                if (sample.key() == null) {
                    unmarked.add(relative(sample.where()));
                }
            }
        }
        assertEquals("", String.join("\n", unmarked), "samples without a <!-- sample: Example#region --> marker");
    }

    @Test
    void everySampleEqualsItsRegion() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path source : sources) {
            for (JavadocSample sample : JavadocSamples.find(source)) {
                if (sample.key() == null) {
                    continue;
                }
                Region region = regions.get(sample.key());
                if (region == null) {
                    wrong.add(relative(sample.where()) + " names " + sample.key() + ", which no example defines");
                } else if (!region.lines().equals(sample.lines())) {
                    wrong.add(relative(sample.where()) + " differs from " + sample.key()
                            + " (run this test with -Dsamples.update=true)");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPublicTypeOfAnExportedPackageShowsASample() throws IOException {
        List<String> without = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (PUBLIC_TYPE.matcher(text).find() && JavadocSamples.find(source).stream().noneMatch(s -> s.key() != null)) {
                without.add(relative(source.toString()));
            }
        }
        assertEquals(List.of(), without, "public types without a sample from an example");
    }

    @Test
    void everyRegionIsShownAndFitsInAJavadocComment() throws IOException {
        Set<String> shown = new HashSet<>();
        for (Path source : sources) {
            JavadocSamples.find(source).forEach(s -> shown.add(s.key()));
        }
        List<String> problems = new ArrayList<>();
        for (Region region : regions.values()) {
            String where = relative(region.file().toString()) + ":" + region.line() + " " + region.key();
            if (!shown.contains(region.key())) {
                problems.add(where + " is shown in no Javadoc");
            }
            if (region.lines().isEmpty()) {
                problems.add(where + " is empty");
            }
            String unshowable = JavadocSamples.unshowable(region);
            if (unshowable != null) {
                problems.add(where + " " + unshowable);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckSeesSamplesAndRegions() {
        // Guards the checks above against passing on nothing (a wrong base directory, say).
        assertTrue(sources.size() > 100, "published sources found: " + sources.size());
        assertTrue(regions.size() > 10, "example regions found: " + regions.size());
    }

    private static boolean published(Path source) {
        return source.getFileName().toString().equals("module-info.java") || exported.contains(packageOf(source));
    }

    private static Set<String> exportedPackages() {
        Set<String> exported = new HashSet<>();
        for (String module : PUBLISHED) {
            String descriptor;
            try {
                descriptor = Files.readString(repository.resolve(module).resolve("src/main/java/module-info.java"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Matcher m = EXPORTS.matcher(descriptor);
            while (m.find()) {
                exported.add(m.group(1));
            }
        }
        return exported;
    }

    private static String packageOf(Path source) {
        Path java = source;
        while (!java.getFileName().toString().equals("java")) {
            java = java.getParent();
        }
        return java.relativize(source.getParent()).toString().replace(java.getFileSystem().getSeparator(), ".");
    }

    private String relative(String path) {
        return path.startsWith(repository.toString()) ? path.substring(repository.toString().length() + 1) : path;
    }
}
