package lt.savitarna.sdk.testkit.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartParserTest {

    private static final String BOUNDARY = "xYz--bound";

    @Test
    void contentThatAlmostLooksLikeADelimiterSurvivesEveryChunking() throws Exception {
        // Prefixes of the delimiter, CR runs and a partial match right before the real delimiter.
        byte[] tricky = ("a\r\n--xYz--boun\r\r\n-\r\n--xYz-\r\r\r\n--xYz--bounX\r\n\r\n--x" + "end\r")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = form(tricky);
        for (int chunk : new int[] {1, 2, 3, 7, 64, 100_000}) {
            MultipartForm form = MultipartParser.parse(chunked(body, chunk), BOUNDARY);
            assertNull(form.malformed(), "chunk " + chunk);
            MultipartForm.Part file = form.part("file").orElseThrow();
            assertArrayEquals(tricky, file.content(), "chunk " + chunk);
            assertEquals(tricky.length, file.size());
            assertEquals(sha256(tricky), file.sha256());
            assertEquals("Pažyma.pdf", file.fileName(), "filename* wins");
            assertEquals("application/pdf", file.mediaType());
            assertEquals("aprašymas", form.part("description").orElseThrow().text().orElseThrow());
        }
    }

    @Test
    void largeRandomContentIsHashedButNotKept() throws Exception {
        byte[] random = new byte[300_000];
        new Random(42).nextBytes(random);
        MultipartForm form = MultipartParser.parse(chunked(form(random), 4093), BOUNDARY);
        MultipartForm.Part file = form.part("file").orElseThrow();
        assertEquals(random.length, file.size());
        assertEquals(sha256(random), file.sha256());
        assertNull(file.content(), "too large to keep");
    }

    @Test
    void brokenBodiesAreReportedAndDrained() throws Exception {
        for (String body : new String[] {"no boundary at all", "--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                + " name=\"file\"\r\n\r\nnever terminated", "--" + BOUNDARY + "garbage"}) {
            InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII));
            MultipartForm form = MultipartParser.parse(in, BOUNDARY);
            assertTrue(form.isMalformed(), body);
            assertEquals(-1, in.read(), "drained");
        }
        assertEquals("", MultipartParser.boundary("multipart/form-data").orElseThrow(), "no boundary");
        assertEquals("a b", MultipartParser.boundary("multipart/form-data; boundary=\"a b\"").orElseThrow());
        assertTrue(MultipartParser.boundary("application/json").isEmpty());
    }

    @Test
    void theFingerprintIgnoresTheBoundary() throws Exception {
        byte[] content = "same".getBytes(StandardCharsets.US_ASCII);
        MultipartForm one = MultipartParser.parse(new ByteArrayInputStream(form(content)), BOUNDARY);
        String other = "other-boundary";
        byte[] body = new String(form(content), StandardCharsets.ISO_8859_1).replace(BOUNDARY, other)
                .getBytes(StandardCharsets.ISO_8859_1);
        MultipartForm two = MultipartParser.parse(new ByteArrayInputStream(body), other);
        assertArrayEquals(one.fingerprint(), two.fingerprint());
    }

    private static byte[] form(byte[] fileContent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble to ignore\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"description\"\r\n\r\naprašymas\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"Pazyma.pdf\"; filename*=UTF-8''Pa%C5%BEyma.pdf\r\n"
                + "Content-Type: application/pdf; charset=binary\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(fileContent);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A stream that hands out at most {@code chunk} bytes per read. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }

            @Override
            public int read(byte[] b) throws IOException {
                return read(b, 0, b.length);
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
