package lt.savitarna.sdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleRegionsTest {

    @TempDir
    Path dir;

    @Test
    void regionsNestLoseTheirMarkupAndIndentation() throws IOException {
        Path file = write("Shop.java", """
                class Shop {
                    void run() {
                        // @start region=outer
                        int a = 1;
                        // @start region=inner
                        if (a > 0) {
                            a++; // @replace regex="a\\+\\+" replacement="..."
                        }
                        // @end region=inner
                        // @end
                    }
                }
                """);
        Map<String, Region> regions = ExampleRegions.read(List.of(dir));
        assertEquals(List.of("int a = 1;", "if (a > 0) {", "    ...;", "}"), regions.get("Shop#outer").lines());
        assertEquals(List.of("if (a > 0) {", "    ...;", "}"), regions.get("Shop#inner").lines());
        assertEquals(file, regions.get("Shop#inner").file());
        assertEquals(5, regions.get("Shop#inner").line());
    }

    @Test
    void brokenMarkupIsAnError() throws IOException {
        write("Open.java", "// @start region=a\nint x;\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> ExampleRegions.read(List.of(dir)))
                .getMessage().contains("never ended"));
        Files.delete(dir.resolve("Open.java"));
        write("Crossed.java", "// @start region=a\n// @start region=b\n// @end region=a\n// @end\n");
        assertThrows(IllegalStateException.class, () -> ExampleRegions.read(List.of(dir)));
        Files.delete(dir.resolve("Crossed.java"));
        write("Idle.java", "int x; // @replace regex=\"y\" replacement=\"z\"\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> ExampleRegions.readFile(dir.resolve("Idle.java")))
                .getMessage().contains("matches nothing"));
    }

    @Test
    void samplesAreFoundComparedAndRewritten() throws IOException {
        write("Shop.java", """
                class Shop {
                    // @start region=pay
                    pay(order);

                    done();
                    // @end
                }
                """);
        Path api = write("Api.java", """
                /**
                 * Pays.
                 *
                 * <!-- sample: Shop#pay -->
                 * <pre>{@code
                 * pay(old);
                 * }</pre>
                 */
                public interface Api {
                    /**
                     * <pre>{@code
                     * unmarked();
                     * }</pre>
                     */
                    void x();
                }
                """);
        Map<String, Region> regions = ExampleRegions.read(List.of(dir));
        List<JavadocSample> samples = JavadocSamples.find(api);
        assertEquals(2, samples.size());
        assertEquals("Shop#pay", samples.get(0).key());
        assertNull(samples.get(1).key());
        assertEquals(List.of("pay(old);"), samples.get(0).lines());

        assertTrue(JavadocSamples.rewrite(api, regions));
        assertEquals(List.of("pay(order);", "", "done();"), JavadocSamples.find(api).get(0).lines());
        assertTrue(Files.readString(api).contains(" * pay(order);\n *\n * done();\n * }</pre>"), Files.readString(api));
        assertEquals(false, JavadocSamples.rewrite(api, regions), "a second copy changes nothing");
    }

    @Test
    void regionsThatWouldBreakTheCommentAreFlagged() {
        assertNull(JavadocSamples.unshowable(region("if (x) {", "}")));
        assertNotNull(JavadocSamples.unshowable(region("if (x) {")));
        assertNotNull(JavadocSamples.unshowable(region("}", "{")));
        assertNotNull(JavadocSamples.unshowable(region("/* note */")));
        assertNull(JavadocSamples.unshowable(region("@Override", "public String toString() {", "}")));
    }

    private static Region region(String... lines) {
        return new Region("X#r", Path.of("X.java"), 1, List.of(lines));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
