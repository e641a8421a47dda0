package lt.savitarna.sdk.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxDocument;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SandboxWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ERP sync runs in its own JVM and is killed ({@code destroyForcibly}, like {@code kill -9})
 * at random moments, 24 times, while the portal's documents keep changing; started once more it
 * must end with exactly the portal's documents, each once, each with the portal's SHA-256, and no
 * temporary file left.
 */
class DocumentSyncKillTest {

    private static final int KILLS = 24;
    private static final String CONTENT = "/api/v1/companies/{companyId}/parties/{partyId}/documents/{documentId}/content";

    @TempDir
    Path work;

    @Test
    void aSyncKilledAtRandomMomentsEndsWithEveryDocumentExactlyOnce() throws Exception {
        Random random = new Random(20261124L);
        Path folder = Files.createDirectories(work.resolve("inbox"));
        Path checkpoint = work.resolve("state/sync.checkpoint");
        try (SandboxServer sandbox = SandboxServer.builder().start()) {
            SandboxWorkspace portal = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            // every file download takes a while, so that a kill can land in the middle of the work
            sandbox.faults().add(SandboxFault.on("GET", ".*/content").times(100_000).delay(Duration.ofMillis(120)));

            int killedWhileRunning = 0;
            for (int round = 0; round < KILLS; round++) {
                for (int change = 0; change < 3; change++) {
                    changeSomething(portal, random, round * 3 + change); // an addition, a revision, a deletion
                }
                long downloadsBefore = sandbox.counters().requests("GET", CONTENT);
                Process sync = start(sandbox, folder, checkpoint);
                // Kill at a random moment once the sync is downloading (observed, not guessed from the
                // clock, so a fast or a slow machine both kill mid-work): within the first download,
                // between two, or while a file or the checkpoint is being written.
                boolean downloading = awaitUntil(sync, () -> sandbox.counters().requests("GET", CONTENT) > downloadsBefore);
                if (downloading && !sync.waitFor(random.nextInt(300), TimeUnit.MILLISECONDS)) {
                    sync.destroyForcibly().waitFor();
                    killedWhileRunning++;
                } else {
                    sync.waitFor(60, TimeUnit.SECONDS);
                }
            }
            assertTrue(killedWhileRunning >= KILLS - 2, "the kills hit a running sync: " + killedWhileRunning);

            Process last = start(sandbox, folder, checkpoint);
            assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the final run finishes");
            String output = new String(last.getInputStream().readAllBytes());
            assertEquals(0, last.exitValue(), output);

            Map<String, String> expected = new TreeMap<>();
            for (String id : portal.documentIds()) {
                expected.put(id, portal.sha256(id));
            }
            Map<String, String> actual = new TreeMap<>();
            List<String> strays = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    int separator = name.indexOf("__");
                    if (separator < 0) {
                        strays.add(name);
                        continue;
                    }
                    String previous = actual.put(idOf(name.substring(0, separator)), sha256(file));
                    assertEquals(null, previous, "a document is in the folder twice: " + name);
                }
            }
            assertEquals(List.of(), strays, "no temporary or half-written file is left");
            assertEquals(expected, actual);
        }
    }

    /** Adds, revises or deletes a document, so that the feed keeps moving between kills. */
    private static void changeSomething(SandboxWorkspace portal, Random random, int round) {
        List<String> ids = portal.documentIds();
        switch (round % 3) {
            case 0 -> portal.addDocument(SandboxDocument.builder("OTHER", "Pažyma Nr. " + round)
                    .fileName("pazyma-" + round + ".pdf").build());
            case 1 -> portal.updateDocument(ids.get(random.nextInt(ids.size())),
                    document -> document.toBuilder().newRevision().build());
            default -> portal.deleteDocument(ids.get(random.nextInt(ids.size())));
        }
    }

    private static Process start(SandboxServer sandbox, Path folder, Path checkpoint) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                SyncProcess.class.getName(), sandbox.baseUri().toString(), DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD,
                DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID, folder.toString(), checkpoint.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theIdIsReadBackFromAnEscapedKey() {
        assertEquals("doc__dGs3KPszzEW", idOf("doc_~5FdGs3KPszzEW"));
        assertEquals("doc_jl_inv_00", idOf("doc_jl_inv_00"));
    }

    /**
     * The document id in a file name's key: the folder sink escapes what could be read as the
     * separator (an id such as {@code doc__x} is kept as {@code doc_~5Fx}), so undo the escapes.
     */
    static String idOf(String key) {
        java.io.ByteArrayOutputStream id = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '~' && i + 2 < key.length() && key.charAt(i + 1) != 'h') {
                id.write(Integer.parseInt(key.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                id.write(c);
            }
        }
        return id.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Waits until {@code condition} holds (true) or the process ends or 30 s pass (false). */
    private static boolean awaitUntil(Process process, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(5);
        }
        return false;
    }
}
