package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sandbox is a second implementation of the contract: if it borrowed the client's classes, a
 * mapping bug would hide on both sides at once.
 */
class SandboxSourceIndependenceTest {

    private static final Path SANDBOX_SOURCES = Path.of("src/main/java/lt/savitarna/sdk/testkit/sandbox");
    // Any reference to an SDK package outside the testkit: imports, static imports, qualified names.
    private static final Pattern SDK_REFERENCE = Pattern.compile("lt\\.savitarna\\.sdk\\.(?!testkit\\b)[\\w.]*");
    private static final Pattern SDK_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?lt\\.savitarna\\.sdk\\.");

    @Test
    void sandboxSourcesUseNoSdkClientCode() throws IOException {
        assertTrue(Files.isDirectory(SANDBOX_SOURCES), "run from the module directory: " + SANDBOX_SOURCES.toAbsolutePath());
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SANDBOX_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 20, "found only " + sources.size() + " sources");

        List<String> offences = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher reference = SDK_REFERENCE.matcher(line);
                boolean foreignImport = SDK_IMPORT.matcher(line).find() && !line.contains("lt.savitarna.sdk.testkit.");
                if (foreignImport || reference.find()) {
                    offences.add(SANDBOX_SOURCES.relativize(source) + ":" + (i + 1) + ": " + line.trim());
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckWouldCatchAnImport() {
        assertTrue(SDK_REFERENCE.matcher("import lt.savitarna.sdk.core.SavitarnaClient;").find());
        assertTrue(SDK_REFERENCE.matcher("import static lt.savitarna.sdk.signing.Foo.BAR;").find());
        assertTrue(SDK_REFERENCE.matcher("var c = new lt.savitarna.sdk.core.SavitarnaClient();").find());
        assertTrue(SDK_REFERENCE.matcher("import lt.savitarna.sdk.testkitx.Foo;").find(), "only the testkit itself");
        assertFalse(SDK_REFERENCE.matcher("import lt.savitarna.sdk.testkit.sandbox.DemoData;").find());
    }
}
