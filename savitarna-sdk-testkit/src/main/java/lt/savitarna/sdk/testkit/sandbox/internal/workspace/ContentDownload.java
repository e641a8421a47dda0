package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.savitarna.sdk.testkit.sandbox.internal.HeaderParameters;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;

/**
 * {@code GET .../documents/{documentId}/content}: the whole file ({@code 200}) or one byte range
 * ({@code 206}), streamed from the file's generator. Follows RFC 9110: {@code If-Range} that does
 * not match the current {@code ETag} (strong comparison) turns a range request into a full
 * download; a syntactically invalid or multi-range {@code Range} is ignored; a range starting at
 * or beyond the end answers {@code 416} with {@code Content-Range: bytes *}{@code /size}.
 */
final class ContentDownload {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{1,19})-(\\d{0,19})");

    private ContentDownload() {
    }

    static Response serve(RequestContext context, DocumentRecord document) {
        FileContent content = document.content();
        FileDigests digests = content.digests();
        long size = content.size();
        String etag = "\"sha256-" + digests.sha256Hex() + "\"";
        String contentType = Documents.PDF.equals(document.mediaType()) ? Documents.PDF : "application/octet-stream";
        long[] range = requestedRange(context, size, etag);
        Response response;
        if (range == null) {
            response = Response.stream(200, contentType, size, out -> content.writeAll(out));
        } else {
            long first = range[0];
            long last = range[1];
            response = Response.stream(206, contentType, last - first + 1, out -> content.write(first, last, out))
                    .withHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        return response
                .withHeader("ETag", etag)
                .withHeader("Accept-Ranges", "bytes")
                .withHeader("Content-Disposition", attachment(document.fileName()))
                .withHeader("X-Checksum-SHA256", digests.sha256Hex())
                .withHeader("Digest", "SHA-256=" + digests.sha256Base64());
    }

    /** {@code {first, last}} to send, or {@code null} for the whole file. */
    private static long[] requestedRange(RequestContext context, long size, String etag) {
        String header = context.request().header("range").map(String::trim).orElse(null);
        if (header == null) {
            return null;
        }
        String ifRange = context.request().header("if-range").map(String::trim).orElse(null);
        if (ifRange != null && !ifRange.equals(etag)) {
            return null;
        }
        Matcher matcher = SINGLE_RANGE.matcher(header);
        if (!matcher.matches()) {
            return null;
        }
        long first;
        long last;
        try {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
        } catch (NumberFormatException e) {
            first = Long.MAX_VALUE;
            last = size - 1;
        }
        if (first >= size) {
            throw new ProblemException(Problem.of(416, "RANGE_NOT_SATISFIABLE",
                    "The range starts at or beyond the end of the file (" + size + " bytes)")
                    .withHeader("Content-Range", "bytes */" + size));
        }
        if (!matcher.group(2).isEmpty() && last < first) {
            return null;
        }
        return new long[] {first, last};
    }

    /**
     * {@code attachment} with the name twice: an ASCII {@code filename} (quotes, backslashes and
     * control characters replaced) and the exact name as RFC 8187 {@code filename*}. The name is
     * not otherwise cleaned: sanitising it is the client's job, and the seed data tests it.
     */
    static String attachment(String fileName) {
        StringBuilder fallback = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                fallback.append('_');
            } else if (c <= 0x7e) {
                fallback.append(c);
            } else {
                String ascii = PdfWriter.ascii(String.valueOf(c));
                fallback.append(ascii.equals("?") ? "_" : ascii);
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=" + HeaderParameters.encodeExtended(fileName);
    }
}
