package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Downloading files: headers, real PDFs, ranges, If-Range, 416, resuming a large file. */
class DocumentDownloadTest {

    private static final int LARGE_SIZE = 3 * 1024 * 1024 + 123;
    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
    private static final String LARGE = scope(DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID)
            + "/documents/" + DemoData.LARGE_DOCUMENT_ID;

    private static SandboxServer sandbox;
    private static Http http;
    private static String jonas;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().largeDocumentSize(LARGE_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aFileComesWithItsChecksumsAndName() {
        String path = MAIN + "/documents/" + DemoData.CONTRACT_AWAITING_SIGNATURE_ID;
        JsonObject file = http.get(path).bearer(jonas).send().json().getJsonObject("file");
        HttpResponse<byte[]> response = http.get(path + "/content").bearer(jonas).header("X-Request-Id", "dl-1")
                .download();

        assertEquals(200, response.statusCode());
        byte[] body = response.body();
        assertEquals(file.getJsonNumber("size").longValue(), body.length);
        String sha = TestFiles.sha256(body);
        assertEquals(file.getString("sha256"), sha);
        assertEquals(sha, header(response, "X-Checksum-SHA256"));
        assertEquals("SHA-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)),
                header(response, "Digest"));
        assertEquals("\"sha256-" + sha + "\"", header(response, "ETag"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals("application/pdf", header(response, "Content-Type"));
        assertEquals("dl-1", header(response, "X-Request-Id"));
        assertEquals("attachment; filename=\"SUT-2026-0142.pdf\"; filename*=UTF-8''SUT-2026-0142.pdf"
                .replace("2026", file.getString("name").substring(4, 8)), header(response, "Content-Disposition"));
    }

    @Test
    void filesAreValidPdfsWithTheDocumentsText() {
        byte[] pdf = http.get(MAIN + "/documents/" + DemoData.LATEST_INVOICE_ID + "/content").bearer(jonas).download()
                .body();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"));
        assertTrue(text.endsWith("%%EOF\n"));
        assertTrue(text.contains("(PVM saskaita faktura) Tj"), "title, transliterated");
        assertTrue(text.contains("(Klientas: ZUB \"Javu laukas\" \\(imones kodas 302111111\\)) Tj"), "customer");
        assertTrue(text.contains("EUR"), "amounts in EUR");
        assertValidCrossReferences(text);

        byte[] again = http.get(MAIN + "/documents/" + DemoData.LATEST_INVOICE_ID + "/content").bearer(jonas).download()
                .body();
        assertArrayEquals(pdf, again, "deterministic");
    }

    @Test
    void theLargeDocumentIsAValidPdfOfExactlyTheConfiguredSize() {
        JsonObject document = http.get(scope(DemoData.LARGE_DOCUMENT_COMPANY_ID, DemoData.LARGE_DOCUMENT_PARTY_ID)
                + "/documents/" + DemoData.LARGE_DOCUMENT_ID).bearer(jonas).send().json();
        assertEquals(LARGE_SIZE, document.getJsonObject("file").getJsonNumber("size").longValue());
        byte[] pdf = http.get(LARGE + "/content").bearer(jonas).download().body();
        assertEquals(LARGE_SIZE, pdf.length);
        assertEquals(document.getJsonObject("file").getString("sha256"), TestFiles.sha256(pdf));
        assertValidCrossReferences(new String(pdf, StandardCharsets.ISO_8859_1));
    }

    @Test
    void rangesOpenAndClosed() {
        String path = MAIN + "/documents/" + DemoData.SIGNED_CONTRACT_ID + "/content";
        HttpResponse<byte[]> whole = http.get(path).bearer(jonas).download();
        byte[] all = whole.body();
        String etag = header(whole, "ETag");

        HttpResponse<byte[]> tail = http.get(path).bearer(jonas).header("Range", "bytes=100-").download();
        assertEquals(206, tail.statusCode());
        assertEquals("bytes 100-" + (all.length - 1) + "/" + all.length, header(tail, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(all, 100, all.length), tail.body());
        assertEquals(TestFiles.sha256(all), header(tail, "X-Checksum-SHA256"), "the whole file's checksum");
        assertEquals(etag, header(tail, "ETag"));

        HttpResponse<byte[]> middle = http.get(path).bearer(jonas).header("Range", "bytes=10-19").download();
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 10-19/" + all.length, header(middle, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(all, 10, 20), middle.body());

        HttpResponse<byte[]> beyondEnd = http.get(path).bearer(jonas).header("Range", "bytes=10-99999999").download();
        assertEquals("bytes 10-" + (all.length - 1) + "/" + all.length, header(beyondEnd, "Content-Range"));

        HttpResponse<byte[]> last = http.get(path).bearer(jonas).header("Range", "bytes=" + (all.length - 1) + "-")
                .download();
        assertArrayEquals(new byte[] {all[all.length - 1]}, last.body());

        for (String ignored : new String[] {"bytes=0-1,5-6", "bytes=20-10", "lines=1-2"}) {
            HttpResponse<byte[]> full = http.get(path).bearer(jonas).header("Range", ignored).download();
            assertEquals(200, full.statusCode(), ignored);
            assertArrayEquals(all, full.body());
        }
    }

    @Test
    void aStartBeyondTheEndIsNotSatisfiable() {
        String path = MAIN + "/documents/" + DemoData.SIGNED_CONTRACT_ID + "/content";
        long size = http.get(path).bearer(jonas).download().body().length;
        Http.Reply reply = http.get(path).bearer(jonas).header("Range", "bytes=" + size + "-").send();
        assertEquals(416, reply.status());
        assertEquals("RANGE_NOT_SATISFIABLE", reply.code());
        assertEquals("bytes */" + size, reply.header("Content-Range").orElseThrow());
        assertEquals("application/problem+json", reply.header("Content-Type").orElseThrow());
    }

    @Test
    void ifRangeWithAnOldEtagGetsTheWholeNewFile() {
        SandboxWorkspace workspace = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        String id = workspace.addDocument(SandboxDocument.builder("OTHER", "Pažyma").number("P-1").build());
        String path = MAIN + "/documents/" + id + "/content";
        HttpResponse<byte[]> first = http.get(path).bearer(jonas).download();
        String etag = header(first, "ETag");

        HttpResponse<byte[]> resumed = http.get(path).bearer(jonas).header("Range", "bytes=50-").header("If-Range", etag)
                .download();
        assertEquals(206, resumed.statusCode());

        workspace.updateDocument(id, d -> d.toBuilder().newRevision().build());
        HttpResponse<byte[]> changed = http.get(path).bearer(jonas).header("Range", "bytes=50-")
                .header("If-Range", etag).download();
        assertEquals(200, changed.statusCode(), "the file changed: the whole new file");
        assertFalse(etag.equals(header(changed, "ETag")));
        assertEquals(TestFiles.sha256(changed.body()), header(changed, "X-Checksum-SHA256"));
        assertEquals(workspace.sha256(id), header(changed, "X-Checksum-SHA256"));

        workspace.updateDocument(id, d -> d.toBuilder().state("CANCELLED").build());
        assertEquals(header(changed, "ETag"), header(http.get(path).bearer(jonas).download(), "ETag"),
                "a new state is not a new file");
    }

    @Test
    void anInterruptedDownloadResumesToTheRightChecksum() throws IOException {
        sandbox.faults().add(SandboxFault.on("GET", ".*/" + DemoData.LARGE_DOCUMENT_ID + "/content").truncateBody());
        HttpResponse<InputStream> cut = http.get(LARGE + "/content").bearer(jonas).stream();
        assertEquals(200, cut.statusCode());
        String expected = header(cut, "X-Checksum-SHA256");
        String etag = header(cut, "ETag");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = cut.body()) {
            assertThrows(IOException.class, () -> {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    received.write(buffer, 0, n);
                }
            }, "the connection drops mid-body");
        }
        assertTrue(received.size() > 0 && received.size() < LARGE_SIZE, "got " + received.size());

        HttpResponse<byte[]> rest = http.get(LARGE + "/content").bearer(jonas)
                .header("Range", "bytes=" + received.size() + "-").header("If-Range", etag).download();
        assertEquals(206, rest.statusCode());
        assertEquals("bytes " + received.size() + "-" + (LARGE_SIZE - 1) + "/" + LARGE_SIZE, header(rest, "Content-Range"));
        received.writeBytes(rest.body());
        assertEquals(LARGE_SIZE, received.size());
        assertEquals(expected, TestFiles.sha256(received.toByteArray()));
    }

    @Test
    void unsafeFileNamesReachTheClientAsTheyAre() {
        String path = MAIN + "/documents/" + DemoData.UNSAFE_FILE_NAME_DOCUMENT_ID;
        assertEquals(DemoData.UNSAFE_FILE_NAME, http.get(path).bearer(jonas).send().json().getJsonObject("file")
                .getString("name"));
        String disposition = header(http.get(path + "/content").bearer(jonas).download(), "Content-Disposition");
        assertEquals("attachment; filename=\"../Pazyma: atsiskaitymai/2025_.pdf\"; "
                + "filename*=UTF-8''..%2FPa%C5%BEyma%3A%20atsiskaitymai%2F2025%07.pdf", disposition);
    }

    @Test
    void otherFilesAreOctetStreams() {
        String path = MAIN + "/documents/" + DemoData.CSV_DOCUMENT_ID;
        JsonObject file = http.get(path).bearer(jonas).send().json().getJsonObject("file");
        assertEquals("text/csv", file.getString("mediaType"));
        HttpResponse<byte[]> csv = http.get(path + "/content").bearer(jonas).download();
        assertEquals("application/octet-stream", header(csv, "Content-Type"));
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("data;dokumentas;suma;valiuta\n"));
    }

    /** Every xref entry points at "n 0 obj", and startxref at the xref table. */
    private static void assertValidCrossReferences(String pdf) {
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertTrue(start.find(), "startxref");
        int xref = Integer.parseInt(start.group(1));
        assertTrue(pdf.startsWith("xref\n0 ", xref), "startxref points at the table");
        Matcher header = Pattern.compile("xref\n0 (\\d+)\n").matcher(pdf);
        assertTrue(header.find(xref));
        int count = Integer.parseInt(header.group(1));
        int entries = header.end();
        for (int n = 1; n < count; n++) {
            String entry = pdf.substring(entries + 20 * n, entries + 20 * n + 20);
            assertTrue(entry.endsWith(" 00000 n \n"), entry);
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertTrue(pdf.startsWith(n + " 0 obj\n", offset), "object " + n + " at " + offset);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }
}
