package lt.savitarna.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.ReadTimeoutException;
import lt.savitarna.sdk.testing.Portal;
import lt.savitarna.sdk.testing.RecordingSleeper;
import lt.savitarna.sdk.testing.ScriptedServer;
import lt.savitarna.sdk.testing.ScriptedServer.Reply;
import lt.savitarna.sdk.testing.ScriptedServer.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads against a scripted server that can break a body off or stall it after its headers:
 * resumption with Range/If-Range, the idle-read guard, checksums and the .part file.
 */
class DocumentDownloadTest {

    /**
     * Short, so that stalls end quickly, yet long enough that a login on a loaded machine does not
     * time out before the test reaches the download it is about.
     */
    private static final Duration ATTEMPT = Duration.ofMillis(1_000);


    private static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_1";
    private static final String CONTENT_PATH = SCOPE + "/documents/doc_1/content";
    private static final String ETAG = "\"sha256-v1\"";
    private volatile String etag = ETAG;
    private static final byte[] CONTENT = new byte[300_000];
    private static final String SHA;

    static {
        new Random(42).nextBytes(CONTENT);
        SHA = sha256(CONTENT);
    }

    @TempDir
    Path dir;

    private ScriptedServer server;
    private final Deque<UnaryOperator<Reply>> faults = new ArrayDeque<>();
    private volatile String announcedSha = SHA;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SavitarnaClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer(this::answer);
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private Reply answer(Request r) {
        if (r.path().equals("/api/v1/auth/password")) {
            return Reply.of(200, Map.of("Content-Type", "application/json"),
                    Portal.tokens("at_1", "rt_1", 900, true).getBytes(StandardCharsets.UTF_8));
        }
        if (r.path().equals(SCOPE + "/documents/doc_1")) {
            String json = "{\"id\":\"doc_1\",\"type\":\"CONTRACT\",\"state\":\"SIGNED\",\"title\":\"Sutartis\","
                    + "\"file\":{\"name\":\"../../Sutartis: grūdai 2026.pdf\",\"mediaType\":\"application/pdf\","
                    + "\"size\":" + CONTENT.length + ",\"sha256\":\"" + SHA + "\"},\"signable\":false,"
                    + "\"createdAt\":\"2026-11-20T08:00:00Z\",\"updatedAt\":\"2026-11-20T08:00:00Z\"}";
            return Reply.of(200, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }
        if (r.path().equals(CONTENT_PATH)) {
            Reply reply = content(r);
            UnaryOperator<Reply> fault;
            synchronized (faults) {
                fault = faults.poll();
            }
            return fault == null ? reply : fault.apply(reply);
        }
        return Reply.of(404, Map.of("Content-Type", "application/problem+json"),
                "{\"type\":\"about:blank\",\"title\":\"nf\",\"status\":404,\"code\":\"NOT_FOUND\",\"requestId\":\"x\"}"
                        .getBytes(StandardCharsets.UTF_8));
    }

    private Reply content(Request r) {
        Map<String, String> headers = Map.of("Content-Type", "application/pdf", "ETag", etag, "Accept-Ranges", "bytes",
                "X-Checksum-SHA256", announcedSha);
        String range = r.header("Range");
        if (range != null && etag.equals(r.header("If-Range"))) {
            int start = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
            if (start >= CONTENT.length) {
                return Reply.of(416, Map.of("Content-Type", "application/problem+json",
                        "Content-Range", "bytes */" + CONTENT.length),
                        ("{\"type\":\"about:blank\",\"title\":\"r\",\"status\":416,\"code\":\"RANGE_NOT_SATISFIABLE\","
                                + "\"requestId\":\"x\"}").getBytes(StandardCharsets.UTF_8));
            }
            Map<String, String> partial = new java.util.HashMap<>(headers);
            partial.put("Content-Range", "bytes " + start + "-" + (CONTENT.length - 1) + "/" + CONTENT.length);
            return Reply.of(206, partial, Arrays.copyOfRange(CONTENT, start, CONTENT.length));
        }
        return Reply.of(200, headers, CONTENT);
    }

    private Workspace workspace(RetryPolicy policy) {
        client = SavitarnaClient.builder().baseUri(server.baseUri()).sleeper(sleeper).random(Portal.half())
                .locale(Locale.ENGLISH).attemptTimeout(ATTEMPT).deadline(Duration.ofSeconds(20))
                .retryPolicy(policy).build();
        return client.login("ona@example.lt", "Slapta-123".toCharArray()).workspace("agrokoncernas", "p_1");
    }

    private Workspace workspace() {
        return workspace(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(100)).noBudget().build());
    }

    private List<Request> contentRequests() {
        return server.requests().stream().filter(r -> r.path().equals(CONTENT_PATH)).toList();
    }

    private void fault(UnaryOperator<Reply> f) {
        synchronized (faults) {
            faults.add(f);
        }
    }

    @Test
    void downloadsIntoADirectoryUnderTheSanitisedNameWithChecksumAndProgress() throws IOException {
        List<long[]> progress = new CopyOnWriteArrayList<>();

        DownloadResult r = workspace().documents().download("doc_1", dir, DownloadOptions.builder()
                .progress((done, total) -> progress.add(new long[] {done, total})).build());

        assertEquals(dir.resolve("Sutartis_ grūdai 2026.pdf"), r.file());
        assertArrayEquals(CONTENT, Files.readAllBytes(r.file()));
        assertEquals(SHA, r.sha256());
        assertEquals(CONTENT.length, r.size());
        assertFalse(r.resumed());
        assertEquals(List.of(r.file()), listing(dir), "no .part or .part.meta is left");
        long[] last = progress.get(progress.size() - 1);
        assertEquals(CONTENT.length, last[0]);
        assertEquals(CONTENT.length, last[1]);
        assertTrue(progress.size() > 2, "progress is reported as the bytes arrive");
        assertNull(contentRequests().get(0).header("Range"));
    }

    @Test
    void aBodyThatBreaksOffIsResumedWithRangeAndIfRangeInTheSameCall() throws IOException {
        fault(reply -> reply.cutAfter(100_000));
        Path target = dir.resolve("doc.pdf");

        DownloadResult r = workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        // A broken connection may swallow the last bytes sent; the resumption starts after what arrived.
        assertTrue(r.resumedFrom() > 0 && r.resumedFrom() <= 100_000, "resumed from " + r.resumedFrom());
        List<Request> requests = contentRequests();
        assertEquals(2, requests.size());
        assertEquals("bytes=" + r.resumedFrom() + "-", requests.get(1).header("Range"));
        assertEquals(ETAG, requests.get(1).header("If-Range"));
        assertEquals(requests.get(0).header("X-Request-Id"), requests.get(1).header("X-Request-Id"),
                "one logical download keeps its request id");
        assertEquals(1, sleeper.waits().size(), "the resumption waits as the retry policy says");
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aStalledBodyFailsWithATypedTimeoutAndItsPartFileLetsALaterCallResume() throws IOException {
        fault(reply -> reply.stallAfter(50_000));
        Workspace ws = workspace(RetryPolicy.none());
        Path target = dir.resolve("doc.pdf");

        long started = System.nanoTime();
        ReadTimeoutException e = assertThrows(ReadTimeoutException.class,
                () -> ws.documents().download("doc_1", target));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(ErrorCodes.READ_TIMEOUT, e.getCode());
        assertEquals(ATTEMPT, e.idleTimeout());
        assertTrue(millis < 5_000, "the stall was cut off after the attempt timeout, took " + millis + " ms");
        assertFalse(Files.exists(target));
        assertEquals(50_000, Files.size(dir.resolve("doc.pdf.part")));
        assertTrue(Files.exists(dir.resolve("doc.pdf.part.meta")));

        DownloadResult again = ws.documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(50_000, again.resumedFrom());
        assertEquals("bytes=50000-", contentRequests().get(1).header("Range"));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aStalledBodyIsResumedAutomaticallyWithinTheRetryPolicy() throws IOException {
        fault(reply -> reply.stallAfter(70_000));
        Path target = dir.resolve("doc.pdf");

        DownloadResult r = workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(70_000, r.resumedFrom());
    }

    @Test
    void resumptionsStopWhenTheRetryPolicyIsSpent() {
        for (int i = 0; i < 5; i++) {
            fault(reply -> reply.stallAfter(0));
        }
        Workspace ws = workspace();

        ReadTimeoutException e = assertThrows(ReadTimeoutException.class,
                () -> ws.documents().download("doc_1", dir.resolve("doc.pdf")));

        assertEquals(3, contentRequests().size(), "three attempts without progress, as maxAttempts says");
        assertEquals(3, e.attempts());
        assertEquals(2, sleeper.waits().size());
    }

    @Test
    void aFileThatChangedMeanwhileIsSentWholeAndReplacesThePart() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.write(dir.resolve("doc.pdf.part"), new byte[1000]);
        Files.writeString(dir.resolve("doc.pdf.part.meta"), "documentId=doc_1\netag=\"sha256-old\"\nsize=1\n");

        DownloadResult r = workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(0, r.resumedFrom());
        Request only = contentRequests().get(0);
        assertEquals("bytes=1000-", only.header("Range"));
        assertEquals("\"sha256-old\"", only.header("If-Range"));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void piecesThatDoNotAddUpAreFetchedWholeOnceMore() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.write(dir.resolve("doc.pdf.part"), new byte[1000]); // wrong bytes under the right ETag
        Files.writeString(dir.resolve("doc.pdf.part.meta"), "documentId=doc_1\netag=" + ETAG + "\n");

        DownloadResult r = workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        List<Request> requests = contentRequests();
        assertEquals(2, requests.size());
        assertEquals("bytes=1000-", requests.get(0).header("Range"));
        assertNull(requests.get(1).header("Range"));
        assertFalse(r.resumed());
    }

    @Test
    void aRangeBeyondTheEndStartsOver() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.write(dir.resolve("doc.pdf.part"), new byte[CONTENT.length + 10]);
        Files.writeString(dir.resolve("doc.pdf.part.meta"), "documentId=doc_1\netag=" + ETAG + "\n");

        workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(2, contentRequests().size());
    }

    @Test
    void aPartThatIsAlreadyCompleteAndVerifiedIsRenamedWithoutARequest() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.write(dir.resolve("doc.pdf.part"), CONTENT);
        Files.writeString(dir.resolve("doc.pdf.part.meta"), "documentId=doc_1\netag=" + ETAG + "\nsha256=" + SHA
                + "\nsize=" + CONTENT.length + "\n");

        DownloadResult r = workspace().documents().download("doc_1", target);

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertTrue(r.resumed());
        assertEquals(0, contentRequests().size());
    }

    @Test
    void aChecksumMismatchLeavesNothingAtTheDestination() throws IOException {
        announcedSha = sha256("something else".getBytes(StandardCharsets.UTF_8));
        Workspace ws = workspace();
        Path target = dir.resolve("doc.pdf");

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> ws.documents().download("doc_1", target));

        assertEquals(announcedSha, e.expected());
        assertEquals(SHA, e.actual());
        assertEquals("doc_1", e.documentId());
        assertNotNull(e.getRequestId());
        assertEquals(List.of(), listing(dir), "neither the file nor a part of it is kept");
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("sugadintas"));
    }

    @Test
    void aChecksumTheCallerExpectsMustMatchToo() {
        Workspace ws = workspace();
        String other = sha256(new byte[1]);

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> ws.documents()
                .download("doc_1", dir.resolve("doc.pdf"), DownloadOptions.builder().expectedSha256(other).build()));

        assertEquals(other, e.expected());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void downloadsToAStreamAndResumesItsBody() {
        fault(reply -> reply.cutAfter(123_456));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long n = workspace().documents().download("doc_1", out);

        assertEquals(CONTENT.length, n);
        assertArrayEquals(CONTENT, out.toByteArray());
        String range = contentRequests().get(1).header("Range");
        long from = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
        assertTrue(from > 0 && from <= 123_456, range);
    }

    @Test
    void aStreamCannotTakeBackBytesWhenTheFileChangedMeanwhile() {
        fault(reply -> {
            etag = "\"sha256-v2\""; // the next answer comes from a changed file
            return reply.cutAfter(50_000);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workspace ws = workspace();

        lt.savitarna.sdk.error.ApiException e = assertThrows(lt.savitarna.sdk.error.ApiException.class,
                () -> ws.documents().download("doc_1", out));

        assertEquals(ErrorCodes.RANGE_NOT_SATISFIABLE, e.code());
        assertEquals(2, contentRequests().size());
        assertTrue(out.size() > 0 && out.size() <= 50_000);
    }

    @Test
    void opensAStreamThatChecksTheChecksumAtItsEnd() throws IOException {
        Workspace ws = workspace();
        try (InputStream in = ws.documents().open("doc_1")) {
            assertArrayEquals(CONTENT, in.readAllBytes());
        }

        announcedSha = sha256(new byte[1]);
        try (InputStream in = ws.documents().open("doc_1")) {
            byte[] buf = new byte[8192];
            ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> {
                while (in.read(buf) >= 0) {
                    // read to the end
                }
            });
            assertEquals(SHA, e.actual());
        }
    }

    @Test
    void anOpenedStreamThatStallsFailsWithATypedTimeout() throws IOException {
        fault(reply -> reply.stallAfter(10_000));
        try (InputStream in = workspace().documents().open("doc_1")) {
            ReadTimeoutException e = assertThrows(ReadTimeoutException.class, in::readAllBytes);
            assertEquals(ErrorCodes.READ_TIMEOUT, e.getCode());
        }
    }

    @Test
    void anExistingFileIsKeptWhenOverwritingIsOff() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.writeString(target, "mine");
        Workspace ws = workspace();

        LocalFileException e = assertThrows(LocalFileException.class, () -> ws.documents()
                .download("doc_1", target, DownloadOptions.builder().overwrite(false).build()));

        assertEquals(target, e.path());
        assertEquals("mine", Files.readString(target));
        assertEquals(0, contentRequests().size(), "nothing is downloaded in vain");
    }

    @Test
    void twoDownloadsToOneFileDoNotInterleave() throws IOException {
        Workspace ws = workspace();
        Path target = dir.resolve("doc.pdf");
        try (FileChannel ch = FileChannel.open(dir.resolve("doc.pdf.part"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            assertNotNull(lock);
            assertThrows(LocalFileException.class, () -> ws.documents().download("doc_1", target));
        }
        assertEquals(0, contentRequests().size());
    }

    @Test
    void withoutResumingAFailedDownloadLeavesNothing() {
        fault(reply -> reply.cutAfter(1000));
        Workspace ws = workspace(RetryPolicy.none());

        assertThrows(lt.savitarna.sdk.error.TransportException.class, () -> ws.documents()
                .download("doc_1", dir.resolve("doc.pdf"), DownloadOptions.builder().resume(false).build()));

        assertEquals(List.of(), listing(dir));
    }

    @Test
    void withoutForcingToDiskTheFileIsStillWholeVerifiedAndRenamed() throws IOException {
        fault(reply -> reply.cutAfter(100_000));
        Path target = dir.resolve("doc.pdf");
        Files.writeString(target, "an older copy");

        DownloadResult r = workspace().documents().download("doc_1", target,
                DownloadOptions.builder().forceToDisk(false).build());

        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(SHA, r.sha256());
        assertTrue(r.resumed(), "resuming works without forcing too");
        assertEquals(List.of(target), listing(dir), "no .part or .part.meta is left");
    }

    @Test
    void forcingToDiskIsTheDefaultAndCanBeTurnedOff() {
        assertTrue(DownloadOptions.defaults().forceToDisk());
        DownloadOptions off = DownloadOptions.builder().forceToDisk(false).build();
        assertFalse(off.forceToDisk());
        assertTrue(off.toString().contains("forceToDisk=false"), off.toString());
    }

    private static List<Path> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
