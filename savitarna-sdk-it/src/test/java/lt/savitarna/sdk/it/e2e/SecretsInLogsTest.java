package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other class of this module (highest {@link Order}) and scans the whole run's
 * TRACE log and every {@code toString()} and exception message the tests collected: no password,
 * no access or refresh token, no full personal code may appear.
 */
@Order(Integer.MAX_VALUE)
class SecretsInLogsTest {

    private static final java.util.regex.Pattern SK_REFERENCE_CLIENT_LINE =
            java.util.regex.Pattern.compile("^\\d+ \\[[^\\]]*\\] [A-Z]+ ee\\.sk\\.");

    @Test
    void noSecretInAnyLogLineOrRenderedObject() throws IOException {
        Path logFile = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/e2e-trace.log"));
        assertTrue(Files.exists(logFile), "the TRACE log of the run is missing: " + logFile);
        // SK's own reference clients (ee.sk.*), run unchanged by the simulator acceptance tests, log
        // their test persons' codes; they are not part of the SDK and are left out of the scan.
        List<String> lines = new ArrayList<>(Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !SK_REFERENCE_CLIENT_LINE.matcher(line).find()).toList());
        assertTrue(lines.stream().anyMatch(line -> line.contains("TRACE") && line.contains("/api/v1/")),
                "the scan needs the SDK's TRACE lines to mean anything");
        lines.addAll(Secrets.renderedTexts());
        assertTrue(Secrets.passwords().size() >= 3, "the end-to-end tests registered their passwords");

        List<String> leaks = leaks(lines, Secrets.passwords(), Secrets.personalCodes());
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " secrets leaked:\n" + String.join("\n", leaks.subList(0, Math.min(20, leaks.size()))));
        }
    }

    @Test
    void theScanFindsEachKindOfSecret() {
        List<String> lines = List.of(
                "TRACE body {\"password\":\"Slaptas-1\"}",
                "DEBUG Authorization: Bearer at_0123456789abcdefghijABCDEFGHIJ_-",
                "INFO code 38001010000 confirmed",
                "TRACE Authorization: ***");
        List<String> found = leaks(lines, java.util.Set.of("Slaptas-1"), java.util.Set.of("38001010000"));
        org.junit.jupiter.api.Assertions.assertEquals(3, found.size(), found.toString());
    }

    /** Every line that shows a password, a personal code or a token, with the secret itself masked. */
    static List<String> leaks(List<String> lines, java.util.Set<String> passwords, java.util.Set<String> codes) {
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (String password : passwords) {
                if (line.contains(password)) {
                    leaks.add("password in: " + line.replace(password, "<PASSWORD>"));
                }
            }
            for (String code : codes) {
                if (line.contains(code)) {
                    leaks.add("personal code in: " + line.replace(code, "<CODE>"));
                }
            }
            Matcher token = Secrets.TOKEN.matcher(line);
            if (token.find()) {
                leaks.add("token in: " + token.replaceAll("<TOKEN>"));
            }
        }
        return leaks;
    }
}
