package lt.savitarna.sdk.testkit.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body as the sandbox keeps it: for every part its headers, size
 * and SHA-256, and the bytes only of small parts (form fields). File contents are counted and
 * hashed while they arrive and then dropped, so an upload of any size costs no memory.
 *
 * @param parts     the parts in the order received; empty when {@code malformed}
 * @param malformed why the body could not be read as multipart, or {@code null}
 */
public record MultipartForm(List<Part> parts, String malformed) {

    /** Parts up to this size keep their bytes (enough for any text field the contract has). */
    public static final int KEPT_PART_BYTES = 64 * 1024;

    public MultipartForm {
        parts = List.copyOf(parts);
    }

    public static MultipartForm malformed(String reason) {
        return new MultipartForm(List.of(), reason);
    }

    public boolean isMalformed() {
        return malformed != null;
    }

    /** The first part with this form field name. */
    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst();
    }

    /**
     * What identifies the body for the idempotency ledger: the parts' names, file names, media
     * types and content digests, but not the boundary, which a client may choose anew per attempt.
     */
    public byte[] fingerprint() {
        StringBuilder text = new StringBuilder(isMalformed() ? "malformed\n" : "multipart\n");
        for (Part part : parts) {
            text.append(part.name()).append('\u0000').append(part.fileName()).append('\u0000')
                    .append(part.contentType()).append('\u0000').append(part.size()).append('\u0000')
                    .append(part.sha256()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One part.
     *
     * @param headers     part headers, names in lower case
     * @param name        the form field name, or {@code null}
     * @param fileName    the file name ({@code filename*} preferred over {@code filename}), or {@code null}
     * @param contentType the part's {@code Content-Type}, or {@code null}
     * @param size        content bytes
     * @param sha256      lower-case hex SHA-256 of the content
     * @param content     the content if at most {@link #KEPT_PART_BYTES}, otherwise {@code null}
     */
    public record Part(Map<String, String> headers, String name, String fileName, String contentType, long size,
                       String sha256, byte[] content) {

        public Part {
            headers = Map.copyOf(headers);
            content = content == null ? null : content.clone();
        }

        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }

        /** The content as UTF-8 text, if it was kept. */
        public Optional<String> text() {
            return content == null ? Optional.empty() : Optional.of(new String(content, StandardCharsets.UTF_8));
        }

        /** The media type without parameters, lower case, or {@code null}. */
        public String mediaType() {
            if (contentType == null) {
                return null;
            }
            int semicolon = contentType.indexOf(';');
            String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
            return bare.trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "Part[" + name + ", " + fileName + ", " + contentType + ", " + size + " bytes]";
        }
    }
}
