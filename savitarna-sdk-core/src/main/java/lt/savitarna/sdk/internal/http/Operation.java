package lt.savitarna.sdk.internal.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One logical operation against the portal: everything needed to make (and repeat) its attempts.
 * The request id and the idempotency key are fixed when the operation is built, so every retry,
 * and the one repeat after a token refresh, sends the same values.
 *
 * <pre>{@code
 * Operation<MeDto> op = Operation.builder("GET", "/me").build(ResponseReader.json(MeDto.class));
 * MeDto me = pipeline.send(op);
 * }</pre>
 */
public final class Operation<T> {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final BodySource body;
    private final String requestId;
    private final String idempotencyKey;
    private final ResponseReader<T> reader;

    private Operation(String method, String path, List<Map.Entry<String, String>> query, Map<String, String> headers,
                      BodySource body, String requestId, String idempotencyKey, ResponseReader<T> reader) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
        this.reader = reader;
    }

    /**
     * Starts an operation.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param path   the path below the API root {@code /api/v1}, starting with {@code /}; ids in it
     *               must already be encoded with {@link Paths#segment(String)}
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path below the API root. */
    public String path() {
        return path;
    }

    /** Query parameters in order, a name possibly repeated; values not yet encoded. */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** Extra request headers. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The body, or {@code null}. */
    public BodySource body() {
        return body;
    }

    /** The {@code X-Request-Id} of this operation. */
    public String requestId() {
        return requestId;
    }

    /** The {@code Idempotency-Key} of this operation, or {@code null}. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** How the answer is read. */
    public ResponseReader<T> reader() {
        return reader;
    }

    /**
     * Whether a failed attempt may be repeated: safe methods always, others only with their
     * idempotency key (the portal then replays instead of repeating the effect).
     */
    public boolean retryable() {
        return SAFE_METHODS.contains(method) || idempotencyKey != null;
    }

    /** The same operation (same request id and key) with one more header, e.g. the bearer token. */
    public Operation<T> withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Operation<>(method, path, query, Collections.unmodifiableMap(copy), body, requestId,
                idempotencyKey, reader);
    }

    @Override
    public String toString() {
        return method + " " + path + " (request id " + requestId + ")";
    }

    /** Builds an {@link Operation}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodySource body;
        private String idempotencyKey;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.path = Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/': " + path);
            }
        }

        /** Adds a query parameter; {@code null} values are left out. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /** Repeats a query parameter once per value ({@code ?type=A&type=B}), in the given order. */
        public Builder queryAll(String name, Collection<?> values) {
            for (Object value : values) {
                query(name, value);
            }
            return this;
        }

        /** Adds a request header. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the body. */
        public Builder body(BodySource body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /** Gives the operation a fresh random idempotency key, sent on every attempt. */
        public Builder idempotent() {
            this.idempotencyKey = UUID.randomUUID().toString();
            return this;
        }

        /** Gives the operation a caller-chosen idempotency key (1..255 printable ASCII). */
        public Builder idempotencyKey(String key) {
            if (key == null || key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("an idempotency key is 1..255 printable ASCII characters");
            }
            this.idempotencyKey = key;
            return this;
        }

        /** Fixes the request id and finishes the operation. */
        public <T> Operation<T> build(ResponseReader<T> reader) {
            return new Operation<>(method, path, List.copyOf(query),
                    Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body, UUID.randomUUID().toString(),
                    idempotencyKey, Objects.requireNonNull(reader, "reader"));
        }
    }
}
