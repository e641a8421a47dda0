package lt.savitarna.sdk.testkit.sandbox.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body as it arrives, in one pass with a fixed buffer: the
 * delimiter is found with a Knuth-Morris-Pratt scan, so that it may straddle buffer refills, and
 * every part's content goes through a counter and a SHA-256 digest instead of into memory. The
 * stream is always read to its end, also when the body is malformed.
 */
final class MultipartParser {

    private static final int MAX_PARTS = 20;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_BOUNDARY = 70;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] staging = new byte[8 * 1024];
    private final byte[] delimiter;
    private final int[] failure;
    private int position;
    private int limit;

    private MultipartParser(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.failure = failureTable(delimiter);
    }

    /** The boundary of a {@code multipart/form-data} content type, if it is one with a usable boundary. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = HeaderParameters.parse(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY
                || !boundary.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return Optional.of("");
        }
        return Optional.of(boundary);
    }

    /** Parses (and drains) {@code in}; never throws for malformed input, only for I/O failures. */
    static MultipartForm parse(InputStream in, String boundary) throws IOException {
        if (boundary.isEmpty()) {
            in.transferTo(OutputStream.nullOutputStream());
            return MultipartForm.malformed("the content type has no usable boundary");
        }
        MultipartParser parser = new MultipartParser(in, boundary);
        try {
            return parser.parseAll();
        } catch (Malformed e) {
            parser.drain();
            return MultipartForm.malformed(e.getMessage());
        }
    }

    private MultipartForm parseAll() throws IOException {
        // The first delimiter may start the body without the CRLF that precedes every later one:
        // scan the preamble as if that CRLF had just been seen.
        if (!scanToDelimiter(OutputSink.DISCARD, 2)) {
            throw new Malformed("no opening boundary");
        }
        List<MultipartForm.Part> parts = new ArrayList<>();
        while (true) {
            int a = next();
            int b = next();
            if (a == '-' && b == '-') {
                drain();
                return new MultipartForm(parts, null);
            }
            while (a == ' ' || a == '\t') {
                a = b;
                b = next();
            }
            if (a != '\r' || b != '\n') {
                throw new Malformed("a boundary line is not followed by CRLF");
            }
            if (parts.size() == MAX_PARTS) {
                throw new Malformed("more than " + MAX_PARTS + " parts");
            }
            Map<String, String> headers = readHeaders();
            PartSink sink = new PartSink();
            if (!scanToDelimiter(sink, 0)) {
                throw new Malformed("a part is not terminated by a boundary");
            }
            parts.add(sink.toPart(headers));
        }
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = next()) != '\n') {
                if (c < 0) {
                    throw new Malformed("the body ends inside part headers");
                }
                if (++total > MAX_HEADER_BYTES) {
                    throw new Malformed("part headers are too long");
                }
                line.write(c);
            }
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("a part header has no name");
            }
            headers.putIfAbsent(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
        }
    }

    /**
     * Copies bytes to {@code sink} until the delimiter; true if found, false at the end of the
     * stream. {@code matched} delimiter bytes count as already seen.
     */
    private boolean scanToDelimiter(OutputSink sink, int matched) throws IOException {
        byte[] pattern = delimiter;
        int j = matched;
        int staged = 0;
        while (true) {
            if (position == limit && !fill()) {
                sink.write(staging, 0, staged);
                return false;
            }
            byte b = buffer[position++];
            while (j > 0 && b != pattern[j]) {
                // The held-back bytes pattern[0..j) can no longer all be part of a match: release
                // those that the longest border pattern[0..k) does not keep.
                int k = failure[j - 1];
                for (int i = 0; i < j - k; i++) {
                    staging[staged++] = pattern[i];
                    if (staged == staging.length) {
                        sink.write(staging, 0, staged);
                        staged = 0;
                    }
                }
                j = k;
            }
            if (b == pattern[j]) {
                if (++j == pattern.length) {
                    sink.write(staging, 0, staged);
                    return true;
                }
            } else {
                staging[staged++] = b;
                if (staged == staging.length) {
                    sink.write(staging, 0, staged);
                    staged = 0;
                }
            }
        }
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void drain() throws IOException {
        position = limit;
        while (in.read(buffer) >= 0) {
            // discard the epilogue or the rest of a malformed body
        }
    }

    private static int[] failureTable(byte[] pattern) {
        int[] table = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** Where scanned bytes go. */
    private interface OutputSink {
        OutputSink DISCARD = (bytes, offset, length) -> { };

        void write(byte[] bytes, int offset, int length);
    }

    /** Counts and hashes a part's content, keeping it only while it is small. */
    private static final class PartSink implements OutputSink {
        private final MessageDigest sha256 = sha256();
        private ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long size;

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (length == 0) {
                return;
            }
            sha256.update(bytes, offset, length);
            size += length;
            if (kept != null) {
                if (size > MultipartForm.KEPT_PART_BYTES) {
                    kept = null;
                } else {
                    kept.write(bytes, offset, length);
                }
            }
        }

        MultipartForm.Part toPart(Map<String, String> headers) {
            Map<String, String> disposition = HeaderParameters.parse(headers.get("content-disposition"));
            String fileName = Optional.ofNullable(disposition.get("filename*"))
                    .flatMap(HeaderParameters::decodeExtended)
                    .orElse(disposition.get("filename"));
            return new MultipartForm.Part(headers, disposition.get("name"), fileName, headers.get("content-type"),
                    size, HexFormat.of().formatHex(sha256.digest()), kept == null ? null : kept.toByteArray());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }
    }

    private static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null);
        }
    }
}
