package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An answer, complete before it is sent, so that the dispatcher can store it in the idempotency
 * ledger, record it, or deliver it damaged when a fault says so. Header names are kept as given;
 * lookups ignore case.
 *
 * <p>File downloads are the exception: their body is a {@link BodyWriter} that generates the
 * bytes in chunks while they are sent, so that a file of any size never sits in memory. Such a
 * response has a known length but no {@link #body()} bytes.
 */
public final class Response {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final BodyWriter writer;
    private final long streamLength;

    private Response(int status, Map<String, List<String>> headers, byte[] body) {
        this(status, headers, body, null, 0);
    }

    private Response(int status, Map<String, List<String>> headers, byte[] body, BodyWriter writer,
                     long streamLength) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.writer = writer;
        this.streamLength = streamLength;
    }

    /** Writes a streamed body; called once per delivery, possibly more than once per response. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A response whose {@code length} bytes are produced by {@code writer} while they are sent. */
    public static Response stream(int status, String contentType, long length, BodyWriter writer) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of(contentType));
        return new Response(status, headers, new byte[0], Objects.requireNonNull(writer, "writer"),
                length);
    }

    public static Response json(int status, JsonValue body) {
        return of(status, JSON, Json.write(body));
    }

    public static Response of(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of(contentType));
        return new Response(status, headers, body.clone());
    }

    public static Response noContent() {
        return new Response(204, new TreeMap<>(String.CASE_INSENSITIVE_ORDER), new byte[0]);
    }

    public Response withHeader(String name, String value) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, List.of(value));
        return new Response(status, copy, body, writer, streamLength);
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** Whether the body is produced by a {@link BodyWriter} rather than held as bytes. */
    public boolean isStreamed() {
        return writer != null;
    }

    /** The length of a streamed body. */
    public long streamLength() {
        return streamLength;
    }

    /** The writer of a streamed body, or {@code null}. */
    public BodyWriter writer() {
        return writer;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the body is JSON (plain or problem), i.e. worth recording for contract checks. */
    public boolean isJson() {
        return header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT))
                .map(t -> t.startsWith(JSON) || t.startsWith(PROBLEM_JSON)).orElse(false);
    }
}
