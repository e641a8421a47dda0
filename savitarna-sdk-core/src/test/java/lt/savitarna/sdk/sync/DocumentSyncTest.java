package lt.savitarna.sdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentFile;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.testing.Portal;
import lt.savitarna.sdk.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync against a WireMock portal whose feed has ten changes over three pages (creations,
 * updates with a rename, deletions, a document created and deleted again) plus a document older
 * than the feed, known only from the full listing.
 */
class DocumentSyncTest {

    private static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_1";

    /** The portal's documents at the end, by id: file name and content. */
    private static final Map<String, Object[]> FINAL = new LinkedHashMap<>();
    private static final byte[] DOC1_V1 = "sutartis v1".getBytes(StandardCharsets.UTF_8);

    static {
        FINAL.put("doc_1", new Object[] {"Sutartis Nr. 1.pdf", "sutartis v2".getBytes(StandardCharsets.UTF_8)});
        FINAL.put("DOC_3.x", new Object[] {"Sąskaita 3.pdf", "sąskaita".getBytes(StandardCharsets.UTF_8)});
        byte[] big = new byte[150_000];
        new Random(3).nextBytes(big);
        FINAL.put("doc_4", new Object[] {"Didelis.pdf", big});
        FINAL.put("doc_5", new Object[] {"../kvitas.pdf", "kvitas".getBytes(StandardCharsets.UTF_8)});
        FINAL.put("doc_6", new Object[] {"Senas.pdf", "senas".getBytes(StandardCharsets.UTF_8)});
    }

    static Portal portal;

    @TempDir
    Path tmp;

    private SavitarnaClient client;
    private Workspace ws;

    @BeforeAll
    static void startPortal() {
        portal = new Portal();
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @BeforeEach
    void stubPortal() {
        portal.server.resetAll();
        portal.stub(post(urlEqualTo("/api/v1/auth/password"))
                .willReturn(json(200, Portal.tokens("at_1", "rt_1", 900, true))));
        stubFeed();
        stubListing();
        FINAL.forEach((id, f) -> stubContent(id, (byte[]) f[1]));
        portal.stub(get(urlPathMatching(SCOPE + "/documents/doc_[27]/content")).willReturn(problem(404, "NOT_FOUND")));
        client = portal.client().build();
        ws = client.login("erp@example.lt", "Slapta-123".toCharArray()).workspace("agrokoncernas", "p_1");
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static void stubFeed() {
        page(null, "c1", true,
                change(1, "doc_1", "CREATED", meta("doc_1", "Sutartis Nr. 1.pdf", DOC1_V1)),
                change(2, "doc_2", "CREATED", meta("doc_2", "Priedas.pdf", new byte[] {2})),
                change(3, "DOC_3.x", "CREATED", meta("DOC_3.x", "saskaita-3.pdf", bytes("DOC_3.x"))));
        page("c1", "c2", true,
                change(4, "doc_1", "UPDATED", finalMeta("doc_1")),
                change(5, "doc_4", "CREATED", finalMeta("doc_4")),
                change(6, "DOC_3.x", "UPDATED", finalMeta("DOC_3.x")));
        page("c2", "c3", false,
                change(7, "doc_2", "DELETED", null),
                change(8, "doc_7", "CREATED", meta("doc_7", "Trumpas.pdf", new byte[] {7})),
                change(9, "doc_7", "DELETED", null),
                change(10, "doc_5", "CREATED", finalMeta("doc_5")));
        page("c3", "c3", false);
    }

    private static void stubListing() {
        List<String> ids = new ArrayList<>(FINAL.keySet());
        String first = ids.subList(0, 3).stream().map(DocumentSyncTest::finalMeta).collect(Collectors.joining(","));
        String second = ids.subList(3, 5).stream().map(DocumentSyncTest::finalMeta).collect(Collectors.joining(","));
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents")).withQueryParam("cursor", absent())
                .willReturn(json(200, "{\"items\":[" + first + "],\"nextCursor\":\"l2\"}")));
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents")).withQueryParam("cursor", equalTo("l2"))
                .willReturn(json(200, "{\"items\":[" + second + "],\"nextCursor\":null}")));
    }

    private static void page(String cursor, String next, boolean hasMore, String... changes) {
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents/changes"))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
                .willReturn(json(200, "{\"items\":[" + String.join(",", changes) + "],\"nextCursor\":\"" + next
                        + "\",\"hasMore\":" + hasMore + "}")));
    }

    private static void stubContent(String id, byte[] content) {
        portal.stub(get(urlEqualTo(SCOPE + "/documents/" + id + "/content")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withHeader("ETag", "\"" + sha256(content).substring(0, 16) + "\"")
                .withHeader("X-Checksum-SHA256", sha256(content))
                .withBody(content)));
    }

    private static String change(long sequence, String id, String type, String document) {
        return "{\"sequence\":" + sequence + ",\"documentId\":\"" + id + "\",\"change\":\"" + type
                + "\",\"occurredAt\":\"2026-11-24T10:00:00Z\"" + (document == null ? "" : ",\"document\":" + document) + "}";
    }

    private static String finalMeta(String id) {
        return meta(id, (String) FINAL.get(id)[0], (byte[]) FINAL.get(id)[1]);
    }

    private static String meta(String id, String name, byte[] content) {
        return "{\"id\":\"" + id + "\",\"type\":\"CONTRACT\",\"state\":\"SIGNED\",\"title\":\"" + id + "\",\"file\":{\"name\":\""
                + name + "\",\"mediaType\":\"application/pdf\",\"size\":" + content.length + ",\"sha256\":\""
                + sha256(content) + "\"},\"signable\":false,\"createdAt\":\"2026-11-20T08:00:00Z\","
                + "\"updatedAt\":\"2026-11-20T08:00:00Z\"}";
    }

    private static byte[] bytes(String id) {
        return (byte[]) FINAL.get(id)[1];
    }

    private static Document document(String id) {
        Object[] f = FINAL.get(id);
        byte[] content = (byte[]) f[1];
        return new Document(id, DocumentType.CONTRACT, DocumentState.SIGNED, id, null, null, null, null,
                new DocumentFile((String) f[0], "application/pdf", content.length, sha256(content)), false,
                Instant.EPOCH, Instant.EPOCH);
    }

    /** What the folder must hold at the end: one file per live document, by name, with its checksum. */
    private static Map<String, String> expectedFolder() {
        Map<String, String> expected = new TreeMap<>();
        FINAL.forEach((id, f) -> expected.put(DocumentSync.fileName(document(id)), sha256((byte[]) f[1])));
        return expected;
    }

    private static Map<String, String> folder(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                files.put(p.getFileName().toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private DocumentSync.Builder sync(Path target, Path checkpoint) {
        return DocumentSync.builder().workspace(ws).targetDirectory(target).checkpointFile(checkpoint).pageSize(3);
    }

    private int contentRequests() {
        return portal.server.findAll(getRequestedFor(urlPathMatching(SCOPE + "/documents/.*/content"))).size();
    }

    @Test
    void theFirstRunTakesTheFullListingAndThenFollowsTheFeed() throws IOException {
        Path target = tmp.resolve("inbox");
        Path checkpoint = tmp.resolve("state/agrokoncernas.checkpoint");

        SyncResult r = sync(target, checkpoint).build().runOnce();

        assertEquals(expectedFolder(), folder(target));
        assertTrue(folder(target).containsKey("doc_1__Sutartis Nr. 1.pdf"));
        assertTrue(folder(target).containsKey("DOC_3~2Ex__Sąskaita 3.pdf"));
        assertTrue(folder(target).containsKey("doc_5__kvitas.pdf"));
        assertTrue(r.resynchronised());
        assertEquals(10, r.lastSequence());
        // The listing stores the five live documents. Replaying the feed from its oldest change
        // then stores doc_1 (seq 1: older checksum) and DOC_3.x (seq 3: older name) again, seq 6
        // renames DOC_3.x back, seq 4, 5 and 10 find their documents in place, and the four
        // deletions (two of them for documents that were gone when fetched) are applied.
        assertEquals(new SyncResult(7, 1, 4, 3, 0, true, 10), r);
        Properties cp = new Properties();
        cp.load(Files.newBufferedReader(checkpoint));
        assertEquals("c3", cp.getProperty("cursor"));
        assertEquals("10", cp.getProperty("lastSequence"));
        assertEquals(List.of("agrokoncernas.checkpoint", "agrokoncernas.checkpoint.lock"),
                Files.list(checkpoint.getParent()).map(p -> p.getFileName().toString()).sorted().toList());

        int before = contentRequests();
        SyncResult again = sync(target, checkpoint).build().runOnce();

        assertEquals(0, again.changed());
        assertFalse(again.resynchronised());
        assertEquals(before, contentRequests(), "nothing is downloaded twice");
        assertEquals(expectedFolder(), folder(target));
    }

    /** A process kill thrown from a step of the run. */
    static final class Crash extends RuntimeException {
        Crash(String step) {
            super("killed at " + step, null, false, false);
        }
    }

    @Test
    void aSyncKilledAtAnyMomentEndsWithEveryDocumentExactlyOnceAndNoneHalfWritten() throws IOException {
        List<String> steps = List.of(SyncHook.PAGE, SyncHook.DOWNLOADING, SyncHook.DOWNLOADED, SyncHook.STORED,
                SyncHook.DELETED, SyncHook.CHECKPOINT_WRITTEN, SyncHook.CHECKPOINT_SAVED);
        int totalCrashes = 0;
        Set<String> stepsHit = new java.util.TreeSet<>();
        // Random kills: each step draws from a stream of its own, because how often DOWNLOADING
        // fires (once a buffer received) depends on the network's timing and must not shift the
        // draws of the other steps.
        for (int iteration = 0; iteration < 24; iteration++) {
            Random random = new Random(1_000 + iteration);
            double p = 0.01 + random.nextDouble() * 0.03;
            Map<String, Random> draws = new java.util.HashMap<>();
            int seed = iteration;
            totalCrashes += killUntilDone("run" + iteration, random, stepsHit,
                    step -> draws.computeIfAbsent(step, s -> new Random(seed * 31L + s.hashCode())).nextDouble() < p);
        }
        // And one run a step killed at that step's first moment, so that every step is killed at
        // least once whatever the random runs hit.
        for (String step : steps) {
            boolean[] killed = {false};
            totalCrashes += killUntilDone("first-" + step, new Random(step.hashCode()), stepsHit, at -> {
                if (!killed[0] && at.equals(step)) {
                    killed[0] = true;
                    return true;
                }
                return false;
            });
        }
        assertTrue(totalCrashes >= 40, "the kills really happened: " + totalCrashes);
        assertTrue(stepsHit.containsAll(steps), "every step was killed at least once: " + stepsHit);
    }

    /**
     * Runs the sync into {@code run}'s folders until a run completes, killing it wherever
     * {@code kill} says and leaving what a real kill leaves; then checks the folder and the
     * checkpoint. Returns the number of kills.
     */
    private int killUntilDone(String run, Random random, Set<String> stepsHit,
                              java.util.function.Predicate<String> kill) throws IOException {
        Path target = tmp.resolve(run + "/inbox");
        Path checkpoint = tmp.resolve(run + "/state/ws.checkpoint");
        int crashes = 0;
        while (true) {
            DocumentSync sync = sync(target, checkpoint).hook(step -> {
                if (kill.test(step)) {
                    stepsHit.add(step);
                    throw new Crash(step);
                }
            }).build();
            try {
                sync.runOnce();
                break;
            } catch (Crash c) {
                crashes++;
                leaveWhatARealKillLeaves(random, target, checkpoint);
            }
            assertTrue(crashes < 2_000, "the sync makes progress across restarts");
        }
        assertEquals(expectedFolder(), folder(target), run + " after " + crashes + " kills");
        Properties cp = new Properties();
        cp.load(Files.newBufferedReader(checkpoint));
        assertEquals("10", cp.getProperty("lastSequence"), run);
        assertEquals(List.of("ws.checkpoint", "ws.checkpoint.lock"), Files.list(checkpoint.getParent())
                .map(f -> f.getFileName().toString()).sorted().toList(), "no checkpoint debris stays: " + run);
        return crashes;
    }

    /** Exceptions run finally blocks; a real kill does not. Leave the debris it would. */
    private static void leaveWhatARealKillLeaves(Random random, Path target, Path checkpoint) throws IOException {
        if (random.nextBoolean() && Files.isDirectory(target)) {
            byte[] junk = new byte[random.nextInt(5000)];
            random.nextBytes(junk);
            String name = ".savitarna-sync-" + random.nextInt(1_000_000) + ".download";
            Files.write(target.resolve(name + ".part"), junk);
            Files.writeString(target.resolve(name + ".part.meta"), "documentId=doc_4\netag=\"x\"\n");
            if (random.nextBoolean()) {
                Files.write(target.resolve(name), junk);
            }
        }
        if (random.nextBoolean() && Files.isDirectory(checkpoint.getParent())) {
            Files.writeString(checkpoint.resolveSibling("." + checkpoint.getFileName() + "." + random.nextInt(1000) + ".tmp"),
                    "format=1\ncursor=half-writ");
        }
    }

    @Test
    void anExpiredCursorLeadsToAFullListingThatAlsoRemovesWhatDisappeared() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("inbox"));
        Path checkpoint = tmp.resolve("state/ws.checkpoint");
        Files.createDirectories(checkpoint.getParent());
        Files.writeString(checkpoint, "format=1\ncursor=c_gone\nlastSequence=10\ninitialized=true\n");
        Files.writeString(target.resolve("doc_99__Pamirštas.pdf"), "gone from the portal");
        Files.writeString(target.resolve("skaityk-mane.txt"), "the ERP's own note");
        portal.stub(get(urlPathEqualTo(SCOPE + "/documents/changes")).withQueryParam("cursor", equalTo("c_gone"))
                .willReturn(problem(410, "CURSOR_EXPIRED")));

        SyncResult r = sync(target, checkpoint).build().runOnce();

        assertTrue(r.resynchronised());
        Map<String, String> expected = new TreeMap<>(expectedFolder());
        expected.put("skaityk-mane.txt", sha256("the ERP's own note".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, folder(target));
        assertEquals(10, r.skipped(), "changes up to the last applied sequence are not applied again");
    }

    @Test
    void aCallersSinkGetsVerifiedFilesAndIdempotentDeletions() throws IOException {
        Path staging = tmp.resolve("staging");
        Map<String, String> stored = new TreeMap<>();
        List<String> deletedIds = new ArrayList<>();
        AtomicReference<Set<String>> retained = new AtomicReference<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void store(Document document, Path verifiedFile) {
                assertEquals(staging, verifiedFile.getParent());
                try {
                    stored.put(document.id(), sha256(Files.readAllBytes(verifiedFile)));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public void delete(String documentId) {
                deletedIds.add(documentId);
                stored.remove(documentId);
            }

            @Override
            public void retainOnly(Set<String> documentIds) {
                retained.set(documentIds);
            }
        };

        SyncResult r = DocumentSync.builder().workspace(ws).sink(sink).stagingDirectory(staging)
                .checkpointFile(tmp.resolve("ws.checkpoint")).build().runOnce();

        Map<String, String> expected = new TreeMap<>();
        FINAL.forEach((id, f) -> expected.put(id, sha256((byte[]) f[1])));
        assertEquals(expected, stored);
        assertEquals(FINAL.keySet(), retained.get());
        assertTrue(deletedIds.containsAll(List.of("doc_2", "doc_7")), deletedIds.toString());
        assertEquals(10, r.lastSequence());
        assertEquals(List.of(), Files.list(staging).toList(), "nothing stays in the staging folder");
    }

    @Test
    void twoSyncsCannotWorkOnOneCheckpointAtOnce() {
        Path checkpoint = tmp.resolve("ws.checkpoint");
        AtomicReference<RuntimeException> second = new AtomicReference<>();
        AtomicInteger calls = new AtomicInteger();
        DocumentSync other = sync(tmp.resolve("other"), checkpoint).build();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void store(Document document, Path verifiedFile) {
                if (calls.getAndIncrement() == 0) {
                    second.set(assertThrows(IllegalStateException.class, other::runOnce));
                }
            }

            @Override
            public void delete(String documentId) {
            }

            @Override
            public void retainOnly(Set<String> documentIds) {
            }
        };

        DocumentSync.builder().workspace(ws).sink(sink).checkpointFile(checkpoint).build().runOnce();

        assertTrue(second.get().getMessage().contains("another document sync"), second.get().getMessage());
    }

    @Test
    void theLoopRetriesPassingFailuresAndStopsWhenAsked() throws IOException {
        Path target = tmp.resolve("inbox");
        portal.failThenSucceed(() -> get(urlPathEqualTo(SCOPE + "/documents")).withQueryParam("cursor", absent()), 3,
                problem(503, "SERVICE_UNAVAILABLE"), json(200, "{\"items\":[" + finalMeta("doc_6") + "]}"));
        RecordingSleeper waits = new RecordingSleeper();
        AtomicInteger asked = new AtomicInteger();

        SyncResult r = sync(target, tmp.resolve("ws.checkpoint")).sleeper(waits).build()
                .run(Duration.ofMinutes(5), () -> asked.incrementAndGet() > 5);

        assertEquals(List.of(Duration.ofMinutes(5), Duration.ofMinutes(5)), waits.waits(),
                "runs: failed, succeeded, succeeded; a wait between each; then stopped");
        assertEquals(10, r.lastSequence());
        assertTrue(folder(target).containsKey("doc_6__Senas.pdf"));
    }

    @Test
    void idKeysAreUnambiguousAndSafe() {
        assertEquals("doc_1", DocumentSync.idKey("doc_1"));
        assertEquals("a_~5Fb", DocumentSync.idKey("a__b"));
        assertEquals("x~5F", DocumentSync.idKey("x_"));
        assertEquals("~2E~2E~2Fetc", DocumentSync.idKey("../etc"));
        assertEquals("~C5~BEodis", DocumentSync.idKey("žodis"));
        String longKey = DocumentSync.idKey("x".repeat(65));
        assertTrue(longKey.startsWith("~h") && longKey.length() == 42, longKey);
        for (String id : List.of("a", "a_", "a__", "a_b", "a__b", "a~5Fb", "_", "__a")) {
            String key = DocumentSync.idKey(id);
            assertFalse(key.contains("__") || key.endsWith("_"), id + " -> " + key);
        }
        assertEquals(8, Stream.of("a", "a_", "a__", "a_b", "a__b", "a~5Fb", "_", "__a").map(DocumentSync::idKey)
                .distinct().count());
    }

    @Test
    void theBuilderNeedsItsParts() {
        assertThrows(IllegalStateException.class, () -> DocumentSync.builder().workspace(ws)
                .checkpointFile(tmp.resolve("c")).build());
        assertThrows(IllegalStateException.class, () -> DocumentSync.builder().workspace(ws).targetDirectory(tmp)
                .sink(DocumentSink.directory(tmp)).checkpointFile(tmp.resolve("c")).build());
        assertThrows(IllegalStateException.class, () -> DocumentSync.builder().targetDirectory(tmp)
                .checkpointFile(tmp.resolve("c")).build());
        assertThrows(IllegalArgumentException.class, () -> DocumentSync.builder().pageSize(0));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
